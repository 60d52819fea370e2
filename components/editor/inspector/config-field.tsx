"use client";

import type { FieldSpec } from "@/lib/nodes/fields";
import { useEditor } from "@/lib/editor-store/context";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { ExpressionInput } from "./expression-input";
import { ExpressionMapInput } from "./expression-map-input";
import { SecretInput } from "./secret-input";
import { TableInput } from "./table-input";
import { RichText } from "../rich-text";

export function fieldDomId(nodeId: string, name: string) {
  return `field-${nodeId}-${name}`;
}

const asString = (v: unknown) => (typeof v === "string" ? v : "");
const asMap = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, string>) : {});

/** Default a field shows when the config leaves it out (the zod default). */
function defaultOf(spec: FieldSpec): unknown {
  const parsed = spec.schema.safeParse(undefined);
  return parsed.success ? parsed.data : undefined;
}

/** One config field, rendered from its spec: the control follows `ui.kind`; nothing here knows node types. */
export function ConfigField({
  nodeId,
  name,
  spec,
  value,
  errors,
  tableName,
  mapKeys,
}: {
  nodeId: string;
  name: string;
  spec: FieldSpec;
  value: unknown;
  errors?: readonly string[];
  /** For map fields of nodes that write a table: the table picked in the same node, to suggest its fields. */
  tableName?: string;
  /** Keys of the node's map fields, suggested as field names when creating a table here. */
  mapKeys?: readonly string[];
}) {
  const update = useEditor((s) => s.updateConfig);
  const tables = useEditor((s) => s.tables);
  const { ui } = spec;
  const id = fieldDomId(nodeId, name);
  const set = (v: unknown) => update(nodeId, name, v);
  const fallback = defaultOf(spec);
  const helpText =
    ui.help ?? (ui.kind === "expression" && ui.defaultExpression ? `Empty means ${ui.defaultExpression}.` : undefined);
  const help = helpText ? <RichText text={helpText} /> : undefined;

  switch (ui.kind) {
    case "expression":
      return (
        <Field label={ui.label} htmlFor={id} isRequired={ui.required} help={help}>
          <ExpressionInput
            id={id}
            nodeId={nodeId}
            value={asString(value)}
            field={[name]}
            placeholder={ui.placeholder ?? ui.defaultExpression}
            errors={errors}
            onChange={(v) => set(v === "" && !ui.required ? undefined : v)}
          />
        </Field>
      );
    case "secret":
      return (
        <Field label={ui.label} htmlFor={id} isRequired help={help}>
          <SecretInput
            id={id}
            nodeId={nodeId}
            value={asString(value)}
            onChange={set}
            errors={errors}
            placeholder={ui.placeholder}
          />
        </Field>
      );
    case "expressionMap": {
      const fields = tables.find((t) => t.name === tableName)?.fields.map((f) => f.name) ?? [];
      return (
        <Field label={ui.label} htmlFor={id} help={help}>
          <ExpressionMapInput
            id={id}
            nodeId={nodeId}
            name={name}
            value={asMap(value)}
            keyLabel={ui.keyLabel ?? "name"}
            keySuggestions={fields}
            errors={errors}
            onChange={set}
          />
        </Field>
      );
    }
    case "table":
      return (
        <Field label={ui.label} htmlFor={id} isRequired>
          <TableInput id={id} value={asString(value)} onChange={set} errors={errors} suggestedFields={mapKeys} />
        </Field>
      );
    case "choice":
      return (
        <Field label={ui.label} htmlFor={id} help={help} errors={errors}>
          <Select
            id={id}
            value={asString(value ?? fallback)}
            onChange={(e) => set(e.target.value)}
            isInvalid={!!errors?.length}
          >
            {(ui.options ?? []).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      );
    case "integer":
      return (
        <Field label={ui.label} htmlFor={id} help={help} errors={errors}>
          <Input
            id={id}
            type="number"
            inputMode="numeric"
            step={1}
            value={typeof value === "number" ? value : ""}
            placeholder={typeof fallback === "number" ? String(fallback) : ui.placeholder}
            isInvalid={!!errors?.length}
            onChange={(e) => {
              const n = e.target.valueAsNumber;
              set(e.target.value === "" || Number.isNaN(n) ? undefined : Math.trunc(n));
            }}
            className="tabular-nums"
          />
        </Field>
      );
    case "boolean":
      return (
        <Field label={ui.label} htmlFor={id} help={help} errors={errors}>
          <Switch id={id} checked={value === undefined ? fallback === true : value === true} onChange={set} />
        </Field>
      );
    case "name":
      return (
        <Field
          label={ui.label}
          htmlFor={id}
          isRequired={ui.required}
          help={help ?? "Later nodes read it with $ in front."}
          errors={errors}
        >
          <div className="relative">
            <span className="pointer-events-none absolute left-2.5 top-1/2 -translate-y-1/2 font-mono text-[12.5px] text-zinc-400">
              $
            </span>
            <Input
              id={id}
              isMono
              value={asString(value)}
              placeholder={typeof fallback === "string" ? fallback : ui.placeholder}
              isInvalid={!!errors?.length}
              onChange={(e) => set(e.target.value === "" && !ui.required ? undefined : e.target.value)}
              className="pl-5"
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        </Field>
      );
    case "text":
      return (
        <Field label={ui.label} htmlFor={id} help={help} errors={errors}>
          <Input
            id={id}
            value={asString(value)}
            placeholder={ui.placeholder ?? (typeof fallback === "string" ? fallback : undefined)}
            isInvalid={!!errors?.length}
            onChange={(e) => set(e.target.value === "" ? undefined : e.target.value)}
            autoComplete="off"
          />
        </Field>
      );
    default: {
      const exhaustive: never = ui.kind;
      return exhaustive;
    }
  }
}
