"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiError } from "@/lib/editor-store/api-client";
import type { TTableView } from "@/lib/tables/table-view";
import { tablesApi } from "./tables-api";

/** Adds one record per row of a CSV file whose header names the table's fields; all rows or none. */
export function ImportDialog({
  table,
  onClose,
  onImported,
}: {
  table: TTableView;
  onClose(): void;
  onImported(count: number): void;
}) {
  const [file, setFile] = useState<{ name: string; text: string; rows: number } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const pick = async (f: File | undefined) => {
    setErrors([]);
    if (!f) return setFile(null);
    const text = await f.text();
    setFile({ name: f.name, text, rows: Math.max(0, text.split(/\r?\n/).filter((l) => l.trim()).length - 1) });
  };

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    try {
      onImported((await tablesApi.importCsv(table.name, file.text)).imported);
    } catch (err) {
      setErrors(
        err instanceof ApiError && err.errors.length ? err.errors.map((e) => e.message) : [(err as Error).message],
      );
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      width="lg"
      title={`Import CSV into ${table.name}`}
      description={
        <>
          The first row names the fields ({table.fields.map((f) => f.name).join(", ")}); <code>id</code> and{" "}
          <code>createdAt</code> columns are ignored. Every row is checked as the Add record node checks a record: if
          one is wrong, nothing is imported.
        </>
      }
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" icon="upload" isBusy={busy} disabled={!file}>
            {file ? `Import ${file.rows.toLocaleString("en")} rows` : "Import"}
          </Button>
        </>
      }
    >
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file"
        onChange={(e) => void pick(e.target.files?.[0])}
        className="block w-full text-[13px] file:mr-3 file:rounded-md file:border file:border-zinc-200 file:bg-white file:px-3 file:py-1.5 file:text-[13px] file:font-medium dark:file:border-zinc-700 dark:file:bg-zinc-900 dark:file:text-zinc-100"
      />
      {errors.length > 0 && (
        <ul
          role="alert"
          className="mt-3 flex max-h-40 flex-col gap-0.5 overflow-y-auto text-xs text-red-600 dark:text-red-400"
        >
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
