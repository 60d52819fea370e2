"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";
import { STARTERS } from "@/lib/starters";

type Props = {
  open: boolean;
  onClose(): void;
  onSubmit(input: { name: string; starter?: string }): void;
  error?: string;
  isBusy?: boolean;
};

const EMPTY = {
  id: "",
  title: "Empty stack",
  provider: "Start from scratch",
  description: "One Webhook node: build the stack yourself.",
  env: [] as readonly string[],
  tables: undefined,
};

/** A name and a starting point: an empty stack or one of the starters (lib/starters), shown as a gallery. */
export function NewEndpointDialog({ open, onClose, onSubmit, error, isBusy }: Props) {
  const [name, setName] = useState("");
  const [starter, setStarter] = useState("");
  const [named, setNamed] = useState(false);
  useEffect(() => {
    if (!open) return;
    setName("");
    setStarter("");
    setNamed(false);
  }, [open]);
  const pick = (id: string) => {
    setStarter(id);
    // Until the person types a name, the starter's title is the name.
    if (!named) setName(id ? (STARTERS.find((s) => s.id === id)?.title ?? "") : "");
  };
  const trimmed = name.trim();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      width="lg"
      title="New endpoint"
      description="You get a URL at once; it starts answering when you publish the function stack. Starters come with their tables; you fill in the named secrets."
      onSubmit={() => trimmed && onSubmit({ name: trimmed, ...(starter ? { starter } : {}) })}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!trimmed} isBusy={isBusy}>
            Create endpoint
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <Field label="Name" htmlFor="endpoint-name" errors={error ? [error] : undefined}>
          <Input
            id="endpoint-name"
            value={name}
            maxLength={100}
            autoFocus
            autoComplete="off"
            placeholder="GitHub pushes"
            onChange={(e) => {
              setName(e.target.value);
              setNamed(e.target.value !== "");
            }}
          />
        </Field>
        <fieldset>
          <legend className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">Start from</legend>
          <div
            role="radiogroup"
            aria-label="Start from"
            className="grid max-h-[46vh] grid-cols-2 gap-2 overflow-y-auto p-0.5"
          >
            {[EMPTY, ...STARTERS].map((s) => {
              const isOn = starter === s.id;
              return (
                <button
                  key={s.id || "empty"}
                  type="button"
                  role="radio"
                  aria-checked={isOn}
                  data-starter={s.id || "empty"}
                  onClick={() => pick(s.id)}
                  className={cn(
                    "flex flex-col gap-1 rounded-lg border p-3 text-left transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-500",
                    isOn
                      ? "border-indigo-500 bg-indigo-50/60 ring-1 ring-indigo-500 dark:border-indigo-400 dark:bg-indigo-500/10 dark:ring-indigo-400"
                      : "border-zinc-200 hover:border-zinc-300 hover:bg-zinc-50 dark:border-zinc-700/80 dark:hover:border-zinc-600 dark:hover:bg-zinc-800/40",
                  )}
                >
                  <span className="text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
                    {s.provider}
                  </span>
                  <span className="text-[13px] font-semibold">{s.title}</span>
                  <span className="line-clamp-3 text-xs leading-4 text-zinc-500 dark:text-zinc-400">
                    {s.description}
                  </span>
                  {(s.env.length > 0 || (s.tables?.length ?? 0) > 0) && (
                    <span className="mt-1 flex flex-wrap gap-1 font-mono text-[10.5px] text-zinc-600 dark:text-zinc-400">
                      {s.tables?.map((t) => (
                        <span
                          key={t.name}
                          className="rounded bg-emerald-50 px-1 text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300"
                        >
                          table {t.name}
                        </span>
                      ))}
                      {s.env.map((e) => (
                        <span
                          key={e}
                          className="rounded bg-amber-50 px-1 text-amber-800 dark:bg-amber-500/10 dark:text-amber-300"
                        >
                          $env.{e}
                        </span>
                      ))}
                    </span>
                  )}
                </button>
              );
            })}
          </div>
        </fieldset>
      </div>
    </Dialog>
  );
}
