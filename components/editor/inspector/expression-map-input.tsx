"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ExpressionInput } from "./expression-input";

/** `named`: the row's last non-empty name, kept while its name is cleared to type a new one. */
type Row = { key: string; value: string; rowId: number; named: string };

function rowsOf(map: Record<string, string>, nextId: () => number): Row[] {
  return Object.entries(map).map(([key, value]) => ({ key, value, rowId: nextId(), named: key }));
}

/**
 * The map the rows mean. A row whose name is being retyped keeps its last name meanwhile, so renaming never
 * passes through "no such entry" (a switch case would lose its connection).
 */
function mapOf(rows: readonly Row[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const name = r.key.trim() || r.named;
    if (name) out[name] = r.value;
  }
  return out;
}

const renamed = (row: Row, key: string): Row => ({ ...row, key, named: key.trim() || row.named });

/**
 * `{ name: expression }` as rows. Rows are local so a half-typed or duplicate name does not lose a row; the map
 * is written on each change, and replaced from outside (undo) when it no longer matches the rows.
 */
export function ExpressionMapInput({
  id,
  nodeId,
  value,
  onChange,
  keyLabel,
  keySuggestions = [],
  errors,
  name,
}: {
  id: string;
  nodeId: string;
  /** The config field the map is, for the values each entry had in the last run. */
  name?: string;
  value: Record<string, string>;
  onChange(value: Record<string, string>): void;
  keyLabel: string;
  keySuggestions?: readonly string[];
  errors?: readonly string[];
}) {
  const counter = useRef(0);
  const nextId = () => ++counter.current;
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value, nextId));
  const listId = useId();

  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (JSON.stringify(mapOf(rows)) !== serialized)
      setRows(rowsOf(JSON.parse(serialized) as Record<string, string>, () => ++counter.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only an outside change of the map (undo, another node) resets the rows
  }, [serialized]);

  const update = (next: Row[]) => {
    setRows(next);
    onChange(mapOf(next));
  };
  const names = rows.map((r) => r.key.trim());
  const missing = keySuggestions.filter((k) => !names.includes(k));

  return (
    <div className="flex flex-col gap-2" id={id}>
      {rows.length === 0 && (
        <p className="rounded-md border border-dashed border-zinc-200 px-3 py-2 text-xs text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          No {keyLabel}s yet.
        </p>
      )}
      {rows.map((row, i) => {
        const isDuplicate = !!row.key.trim() && names.indexOf(row.key.trim()) !== i;
        return (
          <div key={row.rowId} className="flex items-start gap-1.5" data-map-row={row.key}>
            <div className="w-[38%] shrink-0">
              <Input
                aria-label={`${keyLabel} name ${i + 1}`}
                value={row.key}
                placeholder={row.named || keyLabel}
                isMono
                list={keySuggestions.length ? listId : undefined}
                isInvalid={isDuplicate}
                title={isDuplicate ? `“${row.key}” is used twice; the last one wins` : undefined}
                onChange={(e) => update(rows.map((r) => (r.rowId === row.rowId ? renamed(r, e.target.value) : r)))}
              />
            </div>
            <ExpressionInput
              id={`${id}-value-${row.rowId}`}
              ariaLabel={`${row.key || keyLabel} value`}
              nodeId={nodeId}
              value={row.value}
              field={name && row.key.trim() ? [name, row.key.trim()] : undefined}
              placeholder="expression"
              onChange={(v) => update(rows.map((r) => (r.rowId === row.rowId ? { ...r, value: v } : r)))}
              className="min-w-0 flex-1"
            />
            <Button
              variant="ghost"
              size="md"
              iconOnly
              icon="x"
              aria-label={`Remove ${row.key || keyLabel}`}
              onClick={() => update(rows.filter((r) => r.rowId !== row.rowId))}
            />
          </div>
        );
      })}
      {keySuggestions.length > 0 && (
        <datalist id={listId}>
          {keySuggestions.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      )}
      <div className="flex flex-wrap gap-1.5">
        <Button
          size="sm"
          icon="plus"
          onClick={() => setRows([...rows, { key: "", value: "", rowId: nextId(), named: "" }])}
        >
          Add {keyLabel}
        </Button>
        {missing.length > 0 && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() =>
              update([...rows, ...missing.map((key) => ({ key, value: "", rowId: nextId(), named: key }))])
            }
          >
            Add all table fields ({missing.length})
          </Button>
        )}
      </div>
      {errors && errors.length > 0 && (
        <p role="alert" className="text-xs leading-4 text-red-600 dark:text-red-400">
          {errors.join(" · ")}
        </p>
      )}
    </div>
  );
}
