import { Fragment } from "react";

/** Catalog descriptions mark code with backticks; show those parts as code. */
export function RichText({ text }: { text: string }) {
  const parts = text.split("`");
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code
            key={i}
            className="rounded bg-zinc-100 px-1 font-mono text-[0.92em] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
          >
            {part}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
