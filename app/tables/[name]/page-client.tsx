"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { AppHeader } from "@/components/app-header";
import { FieldsStrip } from "@/components/tables/fields-strip";
import { FilterBar } from "@/components/tables/filter-bar";
import { ImportDialog } from "@/components/tables/import-dialog";
import { RecordDialog } from "@/components/tables/record-dialog";
import { RecordsGrid } from "@/components/tables/records-grid";
import { tablesApi, type TRecordFilter } from "@/components/tables/tables-api";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/input";
import { ToastProvider, useToast } from "@/components/ui/toast";
import type { TRecordView } from "@/lib/tables/record-rows";
import type { TTableView } from "@/lib/tables/table-view";

type TPage = { records: TRecordView[]; nextCursor: string | null };
type Props = { initialTable: TTableView; initialPage: TPage; canEdit: boolean };

export function TablePageClient(props: Props) {
  return (
    <ToastProvider>
      <TablePage {...props} />
    </ToastProvider>
  );
}

function TablePage({ initialTable, initialPage, canEdit }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [table, setTable] = useState(initialTable);
  const [page, setPage] = useState<TPage>(initialPage);
  // Keyset pages: the cursor each page before this one started at (the first starts at none).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [order, setOrder] = useState<"newest" | "oldest">("newest");
  const [filters, setFilters] = useState<TRecordFilter[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const [isLoading, setLoading] = useState(false);
  const [open, setOpen] = useState<string | null | undefined>(undefined); // a record id, null for a new one
  const [isImporting, setImporting] = useState(false);
  const [isDeleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const first = useRef(true);

  const load = useCallback(
    async (cursor: string | undefined) => {
      setLoading(true);
      try {
        setPage(await tablesApi.records(table.name, { cursor, order, filters }));
        setLoadError(undefined);
      } catch (err) {
        setLoadError((err as Error).message);
      } finally {
        setLoading(false);
      }
    },
    [table.name, order, filters],
  );

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setCursors([undefined]);
    void load(undefined);
  }, [load]);

  const refresh = async () => {
    await load(cursors[cursors.length - 1]);
    setTable(await tablesApi.get(table.name));
  };

  const deleteTable = async () => {
    setBusy(true);
    try {
      await tablesApi.remove(table.name);
      router.push("/tables");
    } catch (err) {
      toast({ title: "Could not delete the table", description: (err as Error).message, tone: "danger" });
      setBusy(false);
    }
  };

  const pageNumber = cursors.length;
  return (
    <div className="min-h-screen">
      <AppHeader current="tables" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <nav aria-label="Breadcrumb" className="mb-2 text-[13px] text-zinc-500">
          <Link href="/tables" className="hover:text-zinc-900 dark:hover:text-zinc-100">
            Tables
          </Link>{" "}
          /
        </nav>
        <div className="mb-4 flex items-end justify-between gap-4">
          <div>
            <h1 className="flex items-center gap-2 font-mono text-xl font-semibold tracking-tight">
              {table.name}
              <Badge>{table.recordCount.toLocaleString("en")} records</Badge>
              {!canEdit && <Badge className="font-sans">Read-only</Badge>}
            </h1>
          </div>
          <div className="flex items-center gap-2">
            <Button
              icon="download"
              onClick={() => window.location.assign(tablesApi.exportUrl(table.name, "csv", filters))}
            >
              Export CSV
            </Button>
            <Button
              icon="download"
              onClick={() => window.location.assign(tablesApi.exportUrl(table.name, "json", filters))}
            >
              Export JSON
            </Button>
            {canEdit && (
              <>
                <Button icon="upload" onClick={() => setImporting(true)}>
                  Import CSV
                </Button>
                <Button icon="trash" variant="ghost" onClick={() => setDeleting(true)}>
                  Delete table
                </Button>
                <Button variant="primary" icon="plus" onClick={() => setOpen(null)}>
                  Add record
                </Button>
              </>
            )}
          </div>
        </div>
        <div className="mb-4 flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-3 shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
          <FieldsStrip
            table={table}
            canEdit={canEdit}
            onChange={(t) => {
              setTable(t);
              void load(undefined);
              setCursors([undefined]);
            }}
          />
          <div className="flex flex-wrap items-start justify-between gap-2 border-t border-zinc-100 pt-3 dark:border-zinc-800">
            <div className="min-w-0 flex-1">
              <FilterBar fields={table.fields} filters={filters} onChange={setFilters} />
            </div>
            <div className="w-40">
              <Select
                aria-label="Sort by creation"
                value={order}
                onChange={(e) => setOrder(e.target.value as "newest" | "oldest")}
              >
                <option value="newest">Newest first</option>
                <option value="oldest">Oldest first</option>
              </Select>
            </div>
          </div>
        </div>
        {loadError && (
          <p role="alert" className="mb-3 text-[13px] text-red-600 dark:text-red-400">
            {loadError}
          </p>
        )}
        {page.records.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-[13px] text-zinc-500 dark:border-zinc-700">
            {filters.length
              ? "No record matches these filters."
              : canEdit
                ? "No records yet: stacks add them with an Add record node, or add one here, or import a CSV file."
                : "No records yet."}
          </div>
        ) : (
          <RecordsGrid fields={table.fields} records={page.records} onOpen={setOpen} />
        )}
        <div className="mt-3 flex items-center justify-end gap-2 text-[13px] text-zinc-500">
          <span aria-live="polite">
            Page {pageNumber}
            {isLoading ? " · loading…" : ""}
          </span>
          <Button
            size="sm"
            disabled={pageNumber === 1 || isLoading}
            onClick={() => {
              const previous = cursors.slice(0, -1);
              setCursors(previous);
              void load(previous[previous.length - 1]);
            }}
          >
            Previous
          </Button>
          <Button
            size="sm"
            disabled={!page.nextCursor || isLoading}
            onClick={() => {
              setCursors([...cursors, page.nextCursor!]);
              void load(page.nextCursor!);
            }}
          >
            Next
          </Button>
        </div>
      </main>
      {open !== undefined && (
        <RecordDialog
          table={table}
          recordId={open}
          canEdit={canEdit}
          onClose={() => setOpen(undefined)}
          onSaved={(record, isNew) => {
            setOpen(undefined);
            toast({ title: isNew ? "Record added" : "Record saved", description: record.id, tone: "success" });
            void refresh();
          }}
          onDeleted={(id) => {
            setOpen(undefined);
            toast({ title: "Record deleted", description: id });
            void refresh();
          }}
        />
      )}
      {isImporting && (
        <ImportDialog
          table={table}
          onClose={() => setImporting(false)}
          onImported={(n) => {
            setImporting(false);
            toast({ title: `Imported ${n.toLocaleString("en")} records`, tone: "success" });
            setCursors([undefined]);
            void load(undefined);
            void tablesApi.get(table.name).then(setTable);
          }}
        />
      )}
      <ConfirmDialog
        open={isDeleting}
        onClose={() => setDeleting(false)}
        onConfirm={deleteTable}
        title={`Delete the table ${table.name}?`}
        description={`Its ${table.recordCount.toLocaleString("en")} records are deleted with it, for good. Stacks that store into ${table.name} fail until a table of that name exists again.`}
        confirmLabel="Delete table"
        isBusy={busy}
      />
    </div>
  );
}
