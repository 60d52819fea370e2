"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import type { TTableField } from "@/lib/table-schema/field-types";
import type { TTableView } from "@/lib/tables/table-view";
import { AddFieldDialog } from "./add-field-dialog";
import { FieldChip } from "./field-chip";
import { tablesApi } from "./tables-api";

/** The table's fields; editors add one or remove one (its values go from every record, after a confirmation). */
export function FieldsStrip({
  table,
  canEdit,
  onChange,
}: {
  table: TTableView;
  canEdit: boolean;
  onChange(t: TTableView): void;
}) {
  const [isAdding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const run = async (action: () => Promise<TTableView>, done: () => void) => {
    setBusy(true);
    setError(undefined);
    try {
      onChange(await action());
      done();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-1.5" aria-label="Fields">
      <span className="mr-1 text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">
        Fields
      </span>
      {table.fields.map((f) => (
        <FieldChip key={f.name} field={f}>
          {canEdit && table.fields.length > 1 && (
            <button
              type="button"
              aria-label={`Remove field ${f.name}`}
              className="ml-0.5 rounded px-0.5 text-zinc-400 hover:bg-zinc-200 hover:text-red-600 dark:hover:bg-zinc-700"
              onClick={() => setRemoving(f.name)}
            >
              ×
            </button>
          )}
        </FieldChip>
      ))}
      {canEdit && (
        <Button size="sm" variant="ghost" icon="plus" onClick={() => setAdding(true)}>
          Field
        </Button>
      )}
      {error && !isAdding && (
        <span role="alert" className="text-xs text-red-600 dark:text-red-400">
          {error}
        </span>
      )}
      {isAdding && (
        <AddFieldDialog
          table={table.name}
          recordCount={table.recordCount}
          isBusy={busy}
          error={error}
          onClose={() => {
            setAdding(false);
            setError(undefined);
          }}
          onSubmit={(field: TTableField) =>
            run(
              () => tablesApi.addField(table.name, field),
              () => setAdding(false),
            )
          }
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          run(
            () => tablesApi.removeField(table.name, removing!),
            () => setRemoving(null),
          )
        }
        title={`Remove the field ${removing}?`}
        description={`Its value is deleted from ${table.recordCount === 1 ? "the 1 record" : `all ${table.recordCount.toLocaleString("en")} records`} of ${table.name}, for good. Stacks that still store it fail until you change them.`}
        confirmLabel="Remove field"
        isBusy={busy}
      />
    </div>
  );
}
