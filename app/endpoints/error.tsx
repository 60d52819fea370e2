"use client";

import { AppHeader } from "@/components/app-header";
import { Button } from "@/components/ui/button";

/** An unexpected failure while loading endpoints or an editor: say so plainly and offer a retry. */
export default function EndpointsError({ error, reset }: { error: Error & { digest?: string }; reset(): void }) {
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto flex max-w-md flex-col items-center px-6 py-24 text-center">
        <h1 className="text-xl font-semibold tracking-tight">Something went wrong</h1>
        <p className="mt-2 text-[13px] leading-5 text-zinc-500 dark:text-zinc-400">
          The page could not be loaded. Nothing was changed.
          {error.digest && <span className="mt-1 block font-mono text-xs">Reference: {error.digest}</span>}
        </p>
        <Button variant="primary" className="mt-6" onClick={reset}>
          Try again
        </Button>
      </main>
    </div>
  );
}
