"use client";

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";

/**
 * A modal on the native <dialog>: the browser traps focus, Escape closes it and the page behind is inert.
 * Wrapping content in a form makes Enter submit.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  onSubmit,
  width = "md",
}: {
  open: boolean;
  onClose(): void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  onSubmit?(): void;
  width?: "sm" | "md" | "lg";
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit?.();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        if (e.target === ref.current) onClose();
      }}
      className={cn(
        "m-auto rounded-xl border border-zinc-200 bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/40 backdrop:backdrop-blur-[2px]",
        "dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100 dark:backdrop:bg-black/60",
        width === "sm" ? "w-[400px]" : width === "md" ? "w-[480px]" : "w-[640px]",
        "max-w-[calc(100vw-2rem)]",
      )}
    >
      {open && (
        <form onSubmit={submit} className="flex flex-col">
          <div className="flex flex-col gap-1 px-5 pt-5">
            <h2 id={titleId} className="text-[15px] font-semibold tracking-tight">
              {title}
            </h2>
            {description && (
              <p id={descId} className="text-[13px] leading-5 text-zinc-500 dark:text-zinc-400">
                {description}
              </p>
            )}
          </div>
          {children && <div className="px-5 pt-4">{children}</div>}
          <div className="mt-5 flex justify-end gap-2 border-t border-zinc-100 bg-zinc-50/60 px-5 py-3 dark:border-zinc-800 dark:bg-zinc-950/30 rounded-b-xl">
            {footer}
          </div>
        </form>
      )}
    </dialog>
  );
}

export function ConfirmDialog({
  open,
  onClose,
  onConfirm,
  title,
  description,
  confirmLabel,
  tone = "danger",
  isBusy,
}: {
  open: boolean;
  onClose(): void;
  onConfirm(): void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  isBusy?: boolean;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      width="sm"
      onSubmit={onConfirm}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant={tone} isBusy={isBusy} autoFocus>
            {confirmLabel}
          </Button>
        </>
      }
    />
  );
}
