import { cn } from "./cn";

export function Switch({
  checked,
  onChange,
  label,
  disabled,
  id,
  size = "md",
}: {
  checked: boolean;
  onChange(checked: boolean): void;
  /** Accessible name when no visible label points at it. */
  label?: string;
  disabled?: boolean;
  id?: string;
  size?: "sm" | "md";
}) {
  return (
    <button
      id={id}
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      className={cn(
        "relative inline-flex shrink-0 cursor-pointer items-center rounded-full transition-colors",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-not-allowed disabled:opacity-50",
        size === "sm" ? "h-4 w-7" : "h-5 w-9",
        checked ? "bg-indigo-600 dark:bg-indigo-500" : "bg-zinc-300 dark:bg-zinc-700",
      )}
    >
      <span
        className={cn(
          "inline-block rounded-full bg-white shadow-sm transition-transform",
          size === "sm" ? "h-3 w-3" : "h-4 w-4",
          checked ? (size === "sm" ? "translate-x-3.5" : "translate-x-4.5") : "translate-x-0.5",
        )}
      />
    </button>
  );
}
