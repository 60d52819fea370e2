"use client";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { FIELD_TYPES, type TFieldType } from "@/lib/table-schema/field-types";

export type TFieldDraft = { name: string; type: TFieldType; required: boolean; unique: boolean; indexed: boolean };

export const emptyField = (): TFieldDraft => ({
  name: "",
  type: "text",
  required: false,
  unique: false,
  indexed: false,
});

const CHECK = "flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400";

/** One field of a table being defined: name, type and the three options; `onRemove` absent for a lone row. */
export function FieldRow({
  field,
  index,
  onChange,
  onRemove,
  isInvalid,
}: {
  field: TFieldDraft;
  index: number;
  onChange(f: TFieldDraft): void;
  onRemove?(): void;
  isInvalid?: boolean;
}) {
  const set = (patch: Partial<TFieldDraft>) => onChange({ ...field, ...patch });
  return (
    <div className="flex items-center gap-2" data-field-row={index}>
      <div className="min-w-0 flex-1">
        <Input
          aria-label={`Field ${index + 1} name`}
          placeholder="field_name"
          isMono
          isInvalid={isInvalid}
          value={field.name}
          onChange={(e) => set({ name: e.target.value })}
        />
      </div>
      <div className="w-32 shrink-0">
        <Select
          aria-label={`Field ${index + 1} type`}
          value={field.type}
          onChange={(e) =>
            set({ type: e.target.value as TFieldType, indexed: e.target.value === "json" ? false : field.indexed })
          }
        >
          {FIELD_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
      </div>
      <label className={CHECK}>
        <input type="checkbox" checked={field.required} onChange={(e) => set({ required: e.target.checked })} />{" "}
        required
      </label>
      <label className={CHECK}>
        <input type="checkbox" checked={field.unique} onChange={(e) => set({ unique: e.target.checked })} /> unique
      </label>
      <label
        className={CHECK}
        title={
          field.type === "json" ? "json fields cannot be indexed" : "filters and sorts on this field seek an index"
        }
      >
        <input
          type="checkbox"
          checked={field.indexed}
          disabled={field.type === "json"}
          onChange={(e) => set({ indexed: e.target.checked })}
        />{" "}
        indexed
      </label>
      {onRemove && (
        <Button
          size="sm"
          variant="ghost"
          iconOnly
          icon="x"
          aria-label={`Remove field ${index + 1}`}
          onClick={onRemove}
        />
      )}
    </div>
  );
}
