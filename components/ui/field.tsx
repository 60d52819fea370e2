import type { ReactNode } from "react";
import { cn } from "./cn";

/** A labelled form row: label, control, then help or the error messages under it. */
export function Field({
  label,
  htmlFor,
  isRequired,
  help,
  errors,
  aside,
  children,
  className,
}: {
  label: ReactNode;
  htmlFor?: string;
  isRequired?: boolean;
  help?: ReactNode;
  errors?: readonly string[];
  /** Small content at the right of the label row (a mode switch, a link). */
  aside?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const hasErrors = !!errors && errors.length > 0;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex min-h-5 items-center justify-between gap-2">
        <label htmlFor={htmlFor} className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
          {label}
          {isRequired && (
            <span className="ml-0.5 text-red-500" aria-hidden="true">
              *
            </span>
          )}
        </label>
        {aside}
      </div>
      {children}
      {hasErrors ? (
        <ul className="flex flex-col gap-0.5" role="alert">
          {errors.map((e) => (
            <li key={e} className="text-xs leading-4 text-red-600 dark:text-red-400">
              {e}
            </li>
          ))}
        </ul>
      ) : help ? (
        <p className="text-xs leading-4 text-zinc-500 dark:text-zinc-400">{help}</p>
      ) : null}
    </div>
  );
}
