"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { JsonTree } from "@/components/ui/json-tree";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/editor-store/api-client";
import type { TRecordDetail } from "@/lib/tables/get-record";
import type { TRecordView } from "@/lib/tables/record-rows";
import type { TTableView } from "@/lib/tables/table-view";
import { draftOf, RecordForm, valuesOf, type TRecordDraft } from "./record-form";
import { formatTime } from "@/lib/format/time";
import { tablesApi } from "./tables-api";

type Props = {
  table: TTableView;
  /** A record's id, or null for a new one. */
  recordId: string | null;
  canEdit: boolean;
  onClose(): void;
  onSaved(record: TRecordView, isNew: boolean): void;
  onDeleted(id: string): void;
};

const DT = "text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400";

function StoredBy({ detail }: { detail: TRecordDetail }) {
  const by = detail.storedBy;
  if (!by) return <span className="text-zinc-500">by hand (in this page, an import or the API)</span>;
  if (!by.endpointId)
    return (
      <span className="font-mono text-[12px]">
        request {by.requestId} <span className="font-sans text-zinc-500">(no longer in the history)</span>
      </span>
    );
  return (
    <span>
      <Link
        href={`/endpoints/${by.endpointId}?request=${by.requestId}`}
        className="font-mono text-[12px] text-indigo-600 hover:underline dark:text-indigo-400"
      >
        {by.requestId}
      </Link>{" "}
      to <span className="font-medium">{by.endpointName}</span>
      {by.receivedAt && <span className="text-zinc-500">, received {formatTime(by.receivedAt)}</span>}
    </span>
  );
}

/** A record: its JSON, when and by which request it was stored; editors change or delete it, or add a new one. */
export function RecordDialog({ table, recordId, canEdit, onClose, onSaved, onDeleted }: Props) {
  const [detail, setDetail] = useState<TRecordDetail | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [draft, setDraft] = useState<TRecordDraft | null>(recordId ? null : draftOf(table.fields));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);

  useEffect(() => {
    if (!recordId) return;
    tablesApi.record(table.name, recordId).then(setDetail, (err: Error) => setLoadError(err.message));
  }, [table.name, recordId]);

  const save = async () => {
    if (!draft) return;
    const { values, errors: local } = valuesOf(table.fields, draft);
    setErrors(local);
    setFormError(undefined);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const saved = detail
        ? await tablesApi.editRecord(table.name, detail.record.id, values, detail.version)
        : await tablesApi.addRecord(table.name, values);
      onSaved(saved, !detail);
    } catch (err) {
      const byField =
        err instanceof ApiError
          ? Object.fromEntries(err.errors.filter((e) => e.path).map((e) => [e.path!, e.message]))
          : {};
      setErrors(byField);
      setFormError(Object.keys(byField).length ? undefined : (err as Error).message);
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!detail) return;
    setBusy(true);
    try {
      await tablesApi.removeRecord(table.name, detail.record.id);
      onDeleted(detail.record.id);
    } catch (err) {
      setFormError((err as Error).message);
      setBusy(false);
    }
  };

  const isEditing = draft !== null;
  const title = !recordId ? `New ${table.name} record` : isEditing ? "Edit record" : "Record";
  const footer = isEditing ? (
    <>
      <Button onClick={() => (detail ? setDraft(null) : onClose())}>Cancel</Button>
      <Button type="submit" variant="primary" isBusy={busy}>
        {detail ? "Save changes" : "Add record"}
      </Button>
    </>
  ) : isConfirmingDelete ? (
    <>
      <span className="mr-auto self-center text-[13px] text-red-600 dark:text-red-400">
        Delete this record for good?
      </span>
      <Button onClick={() => setConfirmingDelete(false)}>Keep it</Button>
      <Button variant="danger" isBusy={busy} onClick={remove} autoFocus>
        Delete record
      </Button>
    </>
  ) : (
    <>
      {canEdit && detail && (
        <Button
          variant="ghost"
          icon="trash"
          className="mr-auto text-red-600 dark:text-red-400"
          onClick={() => setConfirmingDelete(true)}
        >
          Delete
        </Button>
      )}
      <Button onClick={onClose}>Close</Button>
      {canEdit && detail && (
        <Button variant="primary" icon="pencil" onClick={() => setDraft(draftOf(table.fields, detail.record))}>
          Edit
        </Button>
      )}
    </>
  );

  return (
    <Dialog
      open
      onClose={onClose}
      width="lg"
      title={title}
      onSubmit={isEditing ? save : undefined}
      footer={footer}
      description={
        isEditing ? "Checked as the Add record node checks a record: types, required and unique fields." : undefined
      }
    >
      {isEditing ? (
        <>
          <RecordForm fields={table.fields} draft={draft} errors={errors} onChange={setDraft} />
          {formError && (
            <p role="alert" className="mt-3 text-xs text-red-600 dark:text-red-400">
              {formError}
            </p>
          )}
        </>
      ) : loadError ? (
        <p role="alert" className="text-[13px] text-red-600 dark:text-red-400">
          {loadError}
        </p>
      ) : !detail ? (
        <div className="flex justify-center py-8">
          <Spinner />
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <dl className="grid grid-cols-[110px_1fr] gap-x-3 gap-y-2 text-[13px]">
            <dt className={DT}>id</dt>
            <dd className="flex items-center gap-1 font-mono text-[12px]">
              {detail.record.id} <CopyButton value={detail.record.id} label="Copy id" />
            </dd>
            <dt className={DT}>created</dt>
            <dd className="tabular-nums">{formatTime(detail.record.createdAt)}</dd>
            <dt className={DT}>version</dt>
            <dd className="tabular-nums">
              {detail.version}{" "}
              <span className="text-zinc-500">
                {detail.version > 1 ? `(changed ${detail.version - 1}×)` : "(never changed)"}
              </span>
            </dd>
            <dt className={DT}>stored by</dt>
            <dd>
              <StoredBy detail={detail} />
            </dd>
          </dl>
          <div className="max-h-[40vh] overflow-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-mono text-[12px] dark:border-zinc-800 dark:bg-zinc-950/40">
            <JsonTree value={detail.record} defaultExpandDepth={2} />
          </div>
          {formError && (
            <p role="alert" className="text-xs text-red-600 dark:text-red-400">
              {formError}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}
