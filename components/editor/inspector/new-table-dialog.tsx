"use client";

import { useEffect, useState } from "react";
import { FIELD_TYPES, ZTableDefinition } from "@/lib/table-schema/field-types";
import type { TTableInfo } from "@/lib/editor-store/types";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";

type Row = { key: number; name: string; type: (typeof FIELD_TYPES)[number]; required: boolean };

let nextKey = 0;
const row = (name = "", type: Row["type"] = "text"): Row => ({ key: ++nextKey, name, type, required: false });
const toName = (s: string) => s.toLowerCase().replace(/[^a-z0-9_]/g, "_");

/** Defines a table (name and typed fields) without leaving the editor; records get `id` and `createdAt` anyway. */
export function NewTableDialog({
  open,
  onClose,
  onCreate,
  suggestedFields = [],
}: {
  open: boolean;
  onClose(): void;
  onCreate(table: TTableInfo): Promise<string | undefined>;
  /** Field names the node already writes, offered as the first rows. */
  suggestedFields?: readonly string[];
}) {
  const [name, setName] = useState("");
  const [rows, setRows] = useState<Row[]>([row()]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setName("");
    setRows(suggestedFields.length ? suggestedFields.map((f) => row(toName(f))) : [row()]);
    setError(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens, not as suggestions change
  }, [open]);

  const table = {
    name,
    fields: rows
      .filter((r) => r.name)
      .map(({ name: n, type, required }) => ({ name: n, type, required, unique: false })),
  };
  const parsed = ZTableDefinition.safeParse(table);
  const problem = name && !parsed.success ? parsed.error.issues[0]?.message : undefined;

  const submit = async () => {
    if (!parsed.success) return;
    setBusy(true);
    const refused = await onCreate(parsed.data);
    setBusy(false);
    if (refused) setError(refused);
    else onClose();
  };
  const update = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <Dialog
      open={open}
      onClose={onClose}
      width="lg"
      title="New table"
      description="Records added by function stacks are stored here. Every record also gets an id and a createdAt time."
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!parsed.success} isBusy={busy}>
            Create table
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <Field label="Table name" htmlFor="table-name" errors={error ? [error] : problem ? [problem] : undefined}>
          <Input
            id="table-name"
            value={name}
            isMono
            autoFocus
            autoComplete="off"
            placeholder="invoice_lines"
            onChange={(e) => setName(toName(e.target.value))}
          />
        </Field>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">Fields</legend>
          {rows.map((r, i) => (
            <div key={r.key} className="flex items-center gap-2">
              <Input
                aria-label={`Field ${i + 1} name`}
                value={r.name}
                isMono
                placeholder="amount"
                className="flex-1"
                onChange={(e) => update(r.key, { name: toName(e.target.value) })}
              />
              <div className="w-36 shrink-0">
                <Select
                  aria-label={`Field ${i + 1} type`}
                  value={r.type}
                  onChange={(e) => update(r.key, { type: e.target.value as Row["type"] })}
                >
                  {FIELD_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </Select>
              </div>
              <label className="flex shrink-0 items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
                <input
                  type="checkbox"
                  checked={r.required}
                  onChange={(e) => update(r.key, { required: e.target.checked })}
                  className="accent-indigo-600"
                />
                required
              </label>
              <Button
                variant="ghost"
                iconOnly
                icon="x"
                aria-label={`Remove field ${i + 1}`}
                disabled={rows.length === 1}
                onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
              />
            </div>
          ))}
          <Button size="sm" icon="plus" className="self-start" onClick={() => setRows([...rows, row()])}>
            Add field
          </Button>
        </fieldset>
      </div>
    </Dialog>
  );
}
