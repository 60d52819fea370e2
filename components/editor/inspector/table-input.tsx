"use client";

import Link from "next/link";
import { useState } from "react";
import { Icon } from "@/components/ui/icon";
import { useEditor } from "@/lib/editor-store/context";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { NewTableDialog } from "./new-table-dialog";

/** A table picked by name from the workspace's tables, or created on the spot. */
export function TableInput({
  id,
  value,
  onChange,
  errors,
  suggestedFields,
}: {
  id: string;
  value: string;
  onChange(value: string): void;
  errors?: readonly string[];
  /** Field names the node writes, offered when creating a table from here. */
  suggestedFields?: readonly string[];
}) {
  const tables = useEditor((s) => s.tables);
  const loaded = useEditor((s) => s.resourcesLoaded);
  const createTable = useEditor((s) => s.createTable);
  const [isCreating, setIsCreating] = useState(false);
  const isUnknown = !!value && loaded && !tables.some((t) => t.name === value);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex gap-1.5">
        <div className="min-w-0 flex-1">
          <Select
            id={id}
            value={value}
            isInvalid={!!errors?.length || isUnknown}
            onChange={(e) => onChange(e.target.value)}
            className="font-mono text-[12.5px]"
          >
            <option value="">{tables.length ? "Choose a table…" : "No tables yet"}</option>
            {tables.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name} ({t.fields.length} field{t.fields.length === 1 ? "" : "s"})
              </option>
            ))}
            {isUnknown && <option value={value}>{value} (missing)</option>}
          </Select>
        </div>
        <Button icon="plus" onClick={() => setIsCreating(true)} aria-label="New table" title="New table">
          New
        </Button>
      </div>
      {isUnknown ? (
        <p className="text-xs leading-4 text-amber-700 dark:text-amber-400">
          There is no table named {value}; runs will fail until it exists.
        </p>
      ) : errors && errors.length > 0 ? (
        <p role="alert" className="text-xs leading-4 text-red-600 dark:text-red-400">
          {errors.join(" · ")}
        </p>
      ) : (
        <p className="text-xs leading-4 text-zinc-500 dark:text-zinc-400">
          Records are written when the run ends, all or none.
          {value && (
            <>
              {" "}
              <Link
                href={`/tables/${encodeURIComponent(value)}`}
                target="_blank"
                className="inline-flex items-center gap-0.5 font-medium text-indigo-600 hover:underline dark:text-indigo-400"
              >
                Open {value} <Icon name="external" size={11} />
              </Link>
            </>
          )}
        </p>
      )}
      <NewTableDialog
        open={isCreating}
        onClose={() => setIsCreating(false)}
        suggestedFields={suggestedFields}
        onCreate={async (table) => {
          const refused = await createTable(table);
          if (!refused) onChange(table.name);
          return refused;
        }}
      />
    </div>
  );
}
