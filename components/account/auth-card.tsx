import type { ReactNode } from "react";
import { Logo } from "@/components/app-header";

/** The centred card of the pages people see before they are signed in (setup, sign in, invitation). */
export function AuthCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4 dark:bg-zinc-950">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2 text-[15px] font-semibold tracking-tight">
          <Logo />
          Hookstack
        </div>
        <section className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
          <h1 className="text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</h1>
          {description && <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">{description}</p>}
          <div className="mt-5">{children}</div>
        </section>
      </div>
    </main>
  );
}
