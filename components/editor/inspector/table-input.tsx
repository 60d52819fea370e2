"use client";

import { useEditor } from "@/lib/editor-store/context";
import { Select } from "@/components/ui/input";

/** A table picked by name from the workspace's tables. */
export function TableInput({
  id,
  value,
  onChange,
  errors,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  errors?: readonly string[];
}) {
  const tables = useEditor((s) => s.tables);
  const loaded = useEditor((s) => s.resourcesLoaded);
  const isUnknown = !!value && loaded && !tables.some((t) => t.name === value);
  return (
    <div className="flex flex-col gap-1.5">
      <Select id={id} value={value} isInvalid={!!errors?.length || isUnknown} onChange={(e) => onChange(e.target.value)} className="font-mono text-[12.5px]">
        <option value="">{tables.length ? "Choose a table…" : "No tables yet"}</option>
        {tables.map((t) => (
          <option key={t.name} value={t.name}>
            {t.name} ({t.fields.length} field{t.fields.length === 1 ? "" : "s"})
          </option>
        ))}
        {isUnknown && <option value={value}>{value} (missing)</option>}
      </Select>
      {isUnknown ? (
        <p className="text-xs leading-4 text-amber-700 dark:text-amber-400">There is no table named {value}; runs will fail until it exists.</p>
      ) : errors && errors.length > 0 ? (
        <p role="alert" className="text-xs leading-4 text-red-600 dark:text-red-400">{errors.join(" · ")}</p>
      ) : loaded && tables.length === 0 ? (
        <p className="text-xs leading-4 text-zinc-500 dark:text-zinc-400">
          Create a table first (<code className="font-mono">POST /api/v1/tables</code>), then pick it here.
        </p>
      ) : !value ? (
        <p className="text-xs leading-4 text-zinc-500 dark:text-zinc-400">Records are written when the run ends, all or none.</p>
      ) : null}
    </div>
  );
}
