"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { TFieldType, TTableField } from "@/lib/table-schema/field-types";
import { cellValue } from "@/lib/tables/csv";
import type { TRecordFilter } from "./tables-api";

const OPS_BY_TYPE: Record<TFieldType, string[]> = {
  text: ["=", "!=", "contains", "in", "<", ">", "is empty", "is not empty"],
  integer: ["=", "!=", "<", "<=", ">", ">=", "in", "is empty", "is not empty"],
  decimal: ["=", "!=", "<", "<=", ">", ">=", "is empty", "is not empty"],
  boolean: ["=", "!=", "is empty", "is not empty"],
  timestamp: [">=", "<", "=", "is empty", "is not empty"],
  json: ["is empty", "is not empty"],
};
const NO_VALUE = new Set(["is empty", "is not empty"]);

const describe = (f: TRecordFilter) =>
  NO_VALUE.has(f.op)
    ? `${f.field} ${f.op}`
    : `${f.field} ${f.op} ${Array.isArray(f.value) ? f.value.join(", ") : String(f.value)}`;

/** Conditions on field values, all of which must hold (the queryRecords node's filters). */
export function FilterBar({
  fields,
  filters,
  onChange,
}: {
  fields: readonly TTableField[];
  filters: TRecordFilter[];
  onChange(f: TRecordFilter[]): void;
}) {
  const all: Pick<TTableField, "name" | "type">[] = [
    ...fields,
    { name: "id", type: "text" },
    { name: "createdAt", type: "timestamp" },
  ];
  const [field, setField] = useState(all[0]!.name);
  const type = all.find((f) => f.name === field)?.type ?? "text";
  const [op, setOp] = useState(OPS_BY_TYPE[type][0]!);
  const [value, setValue] = useState("");
  const ops = OPS_BY_TYPE[type];

  const add = () => {
    const read = (text: string) => cellValue(type, text.trim());
    const next: TRecordFilter = NO_VALUE.has(op)
      ? { field, op }
      : { field, op, value: op === "in" ? value.split(",").map(read) : read(value) };
    onChange([...filters, next]);
    setValue("");
  };

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Filters">
      <div className="w-40">
        <Select
          aria-label="Filter field"
          value={field}
          onChange={(e) => {
            const next = all.find((f) => f.name === e.target.value)!;
            setField(next.name);
            if (!OPS_BY_TYPE[next.type].includes(op)) setOp(OPS_BY_TYPE[next.type][0]!);
          }}
        >
          {all.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="w-32">
        <Select aria-label="Filter operator" value={op} onChange={(e) => setOp(e.target.value)}>
          {ops.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </Select>
      </div>
      {!NO_VALUE.has(op) && (
        <div className="w-48">
          <Input
            aria-label="Filter value"
            placeholder={
              op === "in"
                ? "a, b, c"
                : type === "timestamp"
                  ? "2026-12-01"
                  : type === "boolean"
                    ? "true or false"
                    : "value"
            }
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
      )}
      <Button icon="filter" onClick={add}>
        Add filter
      </Button>
      {filters.map((f, i) => (
        <span
          key={i}
          className="inline-flex h-7 items-center gap-1 rounded-md bg-indigo-50 pl-2 pr-1 font-mono text-[12px] text-indigo-700 ring-1 ring-inset ring-indigo-200 dark:bg-indigo-500/10 dark:text-indigo-300 dark:ring-indigo-500/30"
        >
          {describe(f)}
          <button
            type="button"
            aria-label={`Remove filter ${describe(f)}`}
            className="rounded px-1 hover:bg-indigo-100 dark:hover:bg-indigo-500/20"
            onClick={() => onChange(filters.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
