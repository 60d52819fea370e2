import type { InputHTMLAttributes, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cn } from "./cn";

export const CONTROL =
  "w-full rounded-md border border-zinc-200 bg-white text-[13px] text-zinc-900 shadow-xs transition-colors placeholder:text-zinc-400 " +
  "hover:border-zinc-300 focus:border-indigo-500 focus:outline-none focus:ring-3 focus:ring-indigo-500/15 " +
  "disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-700/80 dark:bg-zinc-900 dark:text-zinc-100 " +
  "dark:placeholder:text-zinc-500 dark:hover:border-zinc-600 dark:focus:border-indigo-400 dark:focus:ring-indigo-400/20";

export const INVALID =
  "border-red-400 hover:border-red-400 focus:border-red-500 focus:ring-red-500/15 dark:border-red-500/70";

type Common = { isInvalid?: boolean; isMono?: boolean };

export function Input({
  className,
  isInvalid,
  isMono,
  ref,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & Common & { ref?: Ref<HTMLInputElement> }) {
  return (
    <input
      ref={ref}
      aria-invalid={isInvalid || undefined}
      className={cn(CONTROL, "h-8 px-2.5", isMono && "font-mono text-[12.5px]", isInvalid && INVALID, className)}
      {...props}
    />
  );
}

export function Textarea({
  className,
  isInvalid,
  isMono,
  ref,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Common & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <textarea
      ref={ref}
      aria-invalid={isInvalid || undefined}
      className={cn(
        CONTROL,
        "block resize-none px-2.5 py-1.5 leading-5",
        isMono && "font-mono text-[12.5px]",
        isInvalid && INVALID,
        className,
      )}
      {...props}
    />
  );
}

export function Select({
  className,
  isInvalid,
  ref,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & Common & { ref?: Ref<HTMLSelectElement> }) {
  return (
    <div className="relative">
      <select
        ref={ref}
        aria-invalid={isInvalid || undefined}
        className={cn(CONTROL, "h-8 appearance-none pl-2.5 pr-8", isInvalid && INVALID, className)}
        {...props}
      >
        {children}
      </select>
      <svg
        className="pointer-events-none absolute right-2.5 top-1/2 -translate-y-1/2 text-zinc-400"
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M6 9l6 6 6-6" />
      </svg>
    </div>
  );
}
