import type { ReactNode } from "react";
import type { TTableField } from "@/lib/table-schema/field-types";

/** A field as a compact chip: name, type, and its options as small marks. */
export function FieldChip({ field, children }: { field: TTableField; children?: ReactNode }) {
  const marks = [field.required && "required", field.unique && "unique", field.indexed && "indexed"]
    .filter(Boolean)
    .join(", ");
  return (
    <span
      className="inline-flex h-6 items-center gap-1.5 rounded-md border border-zinc-200 bg-zinc-50 pl-2 pr-1.5 font-mono text-[11.5px] text-zinc-700 dark:border-zinc-700/80 dark:bg-zinc-800/60 dark:text-zinc-300"
      title={marks ? `${field.type}, ${marks}` : field.type}
    >
      {field.name}
      <span className="text-zinc-400 dark:text-zinc-500">{field.type}</span>
      {field.required && (
        <span className="text-red-500" aria-label="required">
          *
        </span>
      )}
      {field.unique && (
        <span className="text-[10px] font-sans font-medium text-indigo-600 dark:text-indigo-400">U</span>
      )}
      {field.indexed && (
        <span className="text-[10px] font-sans font-medium text-emerald-600 dark:text-emerald-400">IX</span>
      )}
      {children}
    </span>
  );
}
