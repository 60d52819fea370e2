/** Grey stand-ins for a stack's nodes while it loads: the canvas never looks empty on its way to showing a stack. */
export function CanvasSkeleton() {
  return (
    <div
      role="status"
      aria-label="Loading the function stack"
      data-testid="canvas-skeleton"
      className="pointer-events-none absolute inset-0 flex flex-col items-center gap-10 bg-zinc-50/80 pt-16 dark:bg-zinc-950/80"
    >
      {[0, 1, 2].map((i) => (
        <div key={i} className="flex flex-col items-center gap-10">
          <div className="flex h-[60px] w-[248px] animate-pulse items-center gap-2.5 rounded-xl border border-zinc-200 bg-white px-3 dark:border-zinc-800 dark:bg-zinc-900">
            <span className="h-9 w-9 rounded-lg bg-zinc-100 dark:bg-zinc-800" />
            <span className="flex flex-1 flex-col gap-1.5">
              <span className="h-2.5 w-24 rounded bg-zinc-200 dark:bg-zinc-700" />
              <span className="h-2 w-36 rounded bg-zinc-100 dark:bg-zinc-800" />
            </span>
          </div>
        </div>
      ))}
    </div>
  );
}

/** The whole editor while its page loads on the server: bars where the toolbar, palette and panels will be. */
export function EditorSkeleton() {
  return (
    <div className="flex h-screen flex-col overflow-hidden" aria-busy="true">
      <div className="h-12 shrink-0 border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" />
      <div className="flex min-h-0 flex-1">
        <div className="w-[232px] shrink-0 border-r border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" />
        <div className="relative min-w-0 flex-1">
          <CanvasSkeleton />
        </div>
        <div className="w-[360px] shrink-0 border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900" />
      </div>
    </div>
  );
}
