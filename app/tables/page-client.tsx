"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { AppHeader } from "@/components/app-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CreateTableDialog } from "@/components/tables/create-table-dialog";
import { TableList } from "@/components/tables/table-list";
import { tablesApi } from "@/components/tables/tables-api";
import { ApiError } from "@/lib/editor-store/api-client";
import type { TTableDefinition } from "@/lib/table-schema/field-types";
import type { TTableView } from "@/lib/tables/table-view";

/** `canEdit` is false for viewers: the list is read-only. */
type Props = { initialTables: TTableView[]; canEdit: boolean };

export function TablesPageClient({ initialTables, canEdit }: Props) {
  const router = useRouter();
  const [isCreating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ path?: string; message: string }[]>([]);

  const create = async (table: TTableDefinition) => {
    setBusy(true);
    setErrors([]);
    try {
      const created = await tablesApi.create(table);
      router.push(`/tables/${created.name}`);
    } catch (err) {
      setErrors(err instanceof ApiError && err.errors.length ? err.errors : [{ message: (err as Error).message }]);
      setBusy(false);
    }
  };

  return (
    <div className="min-h-screen">
      <AppHeader current="tables" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <div className="mb-6 flex items-end justify-between gap-4">
          <div>
            <h1 className="flex items-center gap-2 text-xl font-semibold tracking-tight">
              Tables {!canEdit && <Badge>Read-only</Badge>}
            </h1>
            <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
              The records your stacks store, with their fields. Open a table to browse, filter, edit, import and export
              its records.
            </p>
          </div>
          {canEdit && (
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              New table
            </Button>
          )}
        </div>
        {initialTables.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-[13px] text-zinc-500 dark:border-zinc-700">
            {canEdit
              ? "No tables yet. Create one here, then store records into it with an Add record node."
              : "No tables yet."}
          </div>
        ) : (
          <TableList tables={initialTables} />
        )}
      </main>
      {isCreating && (
        <CreateTableDialog open isBusy={busy} errors={errors} onClose={() => setCreating(false)} onSubmit={create} />
      )}
    </div>
  );
}
