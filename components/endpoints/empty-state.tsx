import { Button } from "@/components/ui/button";
import { Icon, type IconName } from "@/components/ui/icon";

const STEPS: { icon: IconName; title: string; text: string }[] = [
  {
    icon: "layers",
    title: "Build",
    text: "Drag steps onto a canvas: verify the signature, check the event, store records, answer.",
  },
  {
    icon: "rocket",
    title: "Publish",
    text: "Publishing freezes a version and makes it live. Drafts never affect the live URL.",
  },
  {
    icon: "link",
    title: "Connect",
    text: "Paste the endpoint's URL into Stripe, GitHub, Shopify or any service that sends webhooks.",
  },
];

/** What a first-time visitor sees: what an endpoint is, and one obvious thing to do. */
export function EndpointsEmptyState({ onCreate }: { onCreate(): void }) {
  return (
    <section
      aria-labelledby="empty-title"
      className="flex flex-col items-center rounded-xl border border-dashed border-zinc-300 bg-white px-8 py-14 text-center dark:border-zinc-700 dark:bg-zinc-900/50"
    >
      <span className="flex h-11 w-11 items-center justify-center rounded-xl bg-indigo-50 text-indigo-600 ring-1 ring-indigo-100 dark:bg-indigo-500/10 dark:text-indigo-400 dark:ring-indigo-500/20">
        <Icon name="link" size={20} />
      </span>
      <h2 id="empty-title" className="mt-4 text-base font-semibold tracking-tight">
        No endpoints yet
      </h2>
      <p className="mt-1.5 max-w-md text-[13px] leading-5 text-zinc-500 dark:text-zinc-400">
        An endpoint is a web address that receives webhooks. Every request sent to it runs a function stack you build
        visually, with no server to write or host.
      </p>
      <ol className="mt-8 grid w-full max-w-2xl grid-cols-3 gap-3 text-left">
        {STEPS.map((s, i) => (
          <li
            key={s.title}
            className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-3.5 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <div className="flex items-center gap-2 text-[13px] font-medium">
              <span className="flex h-5 w-5 items-center justify-center rounded-full bg-white text-[11px] font-semibold text-zinc-500 ring-1 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-400 dark:ring-zinc-700">
                {i + 1}
              </span>
              {s.title}
            </div>
            <p className="mt-1.5 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">{s.text}</p>
          </li>
        ))}
      </ol>
      <Button variant="primary" icon="plus" className="mt-8" onClick={onCreate}>
        Create your first endpoint
      </Button>
    </section>
  );
}
