"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { TTableField } from "@/lib/table-schema/field-types";
import { cellValue } from "@/lib/tables/csv";

/** The form's text per field: what the inputs hold. */
export type TRecordDraft = Record<string, string>;

export function draftOf(fields: readonly TTableField[], record?: Record<string, unknown>): TRecordDraft {
  const draft: TRecordDraft = {};
  for (const f of fields) {
    const v = record?.[f.name];
    draft[f.name] = v === null || v === undefined ? "" : f.type === "json" ? JSON.stringify(v, null, 2) : String(v);
  }
  return draft;
}

/**
 * The draft as the values the server checks (lib/table-schema/coerce-record.ts, as for the addRecord node): empty
 * is no value; JSON that does not parse is refused here, naming the field.
 */
export function valuesOf(
  fields: readonly TTableField[],
  draft: TRecordDraft,
): { values: Record<string, unknown>; errors: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const text = draft[f.name] ?? "";
    if (f.type === "json" && text.trim() !== "") {
      try {
        values[f.name] = JSON.parse(text);
      } catch {
        errors[f.name] = "not valid JSON";
      }
    } else values[f.name] = cellValue(f.type, f.type === "text" ? text : text.trim());
  }
  return { values, errors };
}

function FieldInput({
  field,
  value,
  onChange,
  isInvalid,
}: {
  field: TTableField;
  value: string;
  onChange(v: string): void;
  isInvalid: boolean;
}) {
  const id = `record-field-${field.name}`;
  switch (field.type) {
    case "boolean":
      return (
        <Select id={id} value={value} onChange={(e) => onChange(e.target.value)} isInvalid={isInvalid}>
          <option value="">(empty)</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </Select>
      );
    case "json":
      return (
        <Textarea
          id={id}
          isMono
          rows={4}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          isInvalid={isInvalid}
          placeholder='{"key": "value"}'
        />
      );
    case "integer":
    case "decimal":
      return (
        <Input
          id={id}
          type="number"
          step={field.type === "integer" ? 1 : "any"}
          isMono
          value={value}
          onChange={(e) => onChange(e.target.value)}
          isInvalid={isInvalid}
        />
      );
    case "timestamp":
      return (
        <div className="flex gap-2">
          <Input
            id={id}
            isMono
            value={value}
            onChange={(e) => onChange(e.target.value)}
            isInvalid={isInvalid}
            placeholder="2026-12-03T09:00:00Z"
          />
          <Button size="md" onClick={() => onChange(new Date().toISOString())}>
            Now
          </Button>
        </div>
      );
    case "text":
      return <Input id={id} value={value} onChange={(e) => onChange(e.target.value)} isInvalid={isInvalid} />;
  }
}

/** One typed input per field; `errors` by field name (from the server's check or valuesOf). */
export function RecordForm({
  fields,
  draft,
  errors,
  onChange,
}: {
  fields: readonly TTableField[];
  draft: TRecordDraft;
  errors: Record<string, string>;
  onChange(d: TRecordDraft): void;
}) {
  return (
    <div className="flex max-h-[55vh] flex-col gap-3 overflow-y-auto pr-1">
      {fields.map((f) => (
        <Field
          key={f.name}
          label={
            <span className="font-mono">
              {f.name}{" "}
              <span className="font-sans font-normal text-zinc-400">
                {f.type}
                {f.unique ? ", unique" : ""}
              </span>
            </span>
          }
          htmlFor={`record-field-${f.name}`}
          isRequired={f.required}
          errors={errors[f.name] ? [errors[f.name]!] : undefined}
        >
          <FieldInput
            field={f}
            value={draft[f.name] ?? ""}
            isInvalid={!!errors[f.name]}
            onChange={(v) => onChange({ ...draft, [f.name]: v })}
          />
        </Field>
      ))}
    </div>
  );
}
