"use client";

import type { ReactNode } from "react";
import type { TNumberField, TServerLimits, TSettingField } from "@/lib/settings/settings-form-fields";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { errorsFor, formatBytes, type TFieldErrors, type TSettingsForm } from "./settings-form";

/** What every field renderer gets: the form, its errors, a setter and the server's maxima for placeholders. */
export type TFieldProps = {
  idPrefix: string;
  form: TSettingsForm;
  errors: TFieldErrors;
  limits?: TServerLimits;
  set(key: string, value: TSettingsForm[string]): void;
};

const Suffix = ({ children }: { children: ReactNode }) => (
  <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{children}</span>
);

/** "1000 (server max)", or "server default" while the page has not sent the maxima. */
const under = (max: number | undefined, show: (n: number) => string = String) =>
  max === undefined ? "server default" : `${show(max)} (server max)`;

/** The fields of one section or branch; consecutive half-width fields share a row. */
export function SettingFields({ fields, ...props }: TFieldProps & { fields: readonly TSettingField[] }) {
  const rows: TSettingField[][] = [];
  for (const field of fields) {
    const last = rows[rows.length - 1];
    if (field.isHalf && last?.[0]?.isHalf && last.length < 2) last.push(field);
    else rows.push([field]);
  }
  return rows.map((row) =>
    row[0]!.isHalf ? (
      <div key={row[0]!.key} className="grid grid-cols-2 gap-2">
        {row.map((field) => (
          <SettingField key={field.key} field={field} {...props} />
        ))}
      </div>
    ) : (
      <SettingField key={row[0]!.key} field={row[0]!} {...props} />
    ),
  );
}

function SettingField({ field, ...props }: TFieldProps & { field: TSettingField }) {
  switch (field.kind) {
    case "number":
      return <NumberField field={field} {...props} />;
    case "checkboxes":
      return <Checkboxes field={field} {...props} />;
    case "size":
      return <SizeField field={field} {...props} />;
    case "json":
      return <JsonField field={field} {...props} />;
    case "switch":
      return <SwitchField field={field} {...props} />;
    case "choice":
      return <ChoiceField field={field} {...props} />;
  }
}

function NumberField({ field, idPrefix, form, errors, limits, set }: TFieldProps & { field: TNumberField }) {
  const err = errorsFor(errors, field.path);
  const scale = field.scale ?? 1;
  const placeholder = field.limit ? under(limits?.[field.limit], (n) => String(n / scale)) : (field.placeholder ?? "");
  return (
    <div className="min-w-0" data-field={field.path}>
      <Field label={field.label} htmlFor={`${idPrefix}-${field.key}`} errors={err} help={field.help}>
        <div className="flex items-center gap-2">
          <Input
            id={`${idPrefix}-${field.key}`}
            inputMode="numeric"
            value={form[field.key] as string}
            onChange={(e) => set(field.key, e.target.value)}
            placeholder={placeholder}
            isInvalid={err.length > 0}
          />
          {field.suffix && <Suffix>{field.suffix}</Suffix>}
        </div>
      </Field>
    </div>
  );
}

function Checkboxes({
  field,
  form,
  errors,
  set,
}: TFieldProps & { field: Extract<TSettingField, { kind: "checkboxes" }> }) {
  const ticked = form[field.key] as readonly string[];
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">{field.label}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1.5">
        {field.options.map((option) => (
          <label
            key={option}
            className="inline-flex items-center gap-1.5 font-mono text-[12px] text-zinc-700 dark:text-zinc-300"
          >
            <input
              type="checkbox"
              className="h-3.5 w-3.5 accent-indigo-600"
              checked={ticked.includes(option)}
              onChange={(e) =>
                set(field.key, e.target.checked ? [...ticked, option] : ticked.filter((x) => x !== option))
              }
            />
            {option}
          </label>
        ))}
      </div>
      <FieldErrors messages={errorsFor(errors, field.path)} help={field.help} />
    </fieldset>
  );
}

function SizeField({
  field,
  idPrefix,
  form,
  errors,
  limits,
  set,
}: TFieldProps & { field: Extract<TSettingField, { kind: "size" }> }) {
  const err = errorsFor(errors, field.path);
  return (
    <Field label={field.label} htmlFor={`${idPrefix}-${field.key}`} errors={err} help={field.help}>
      <div className="flex items-center gap-2">
        <Input
          id={`${idPrefix}-${field.key}`}
          inputMode="decimal"
          value={form[field.key] as string}
          onChange={(e) => set(field.key, e.target.value)}
          placeholder={under(limits?.[field.limit], formatBytes)}
          isInvalid={err.length > 0}
        />
        <div className="w-20 shrink-0">
          <Select
            aria-label="Body size unit"
            value={form[field.unitKey] as string}
            onChange={(e) => set(field.unitKey, e.target.value)}
          >
            <option value="KB">KB</option>
            <option value="MB">MB</option>
          </Select>
        </div>
      </div>
    </Field>
  );
}

function JsonField({
  field,
  idPrefix,
  form,
  errors,
  set,
}: TFieldProps & { field: Extract<TSettingField, { kind: "json" }> }) {
  const err = errorsFor(errors, field.path);
  const parentErrors = field.alsoShowsErrorsOf ? (errors[field.alsoShowsErrorsOf] ?? []) : [];
  return (
    <Field label={field.label} htmlFor={`${idPrefix}-${field.key}`} errors={[...err, ...parentErrors]}>
      <Textarea
        id={`${idPrefix}-${field.key}`}
        isMono
        rows={3}
        value={form[field.key] as string}
        onChange={(e) => set(field.key, e.target.value)}
        placeholder={field.placeholder}
        isInvalid={err.length > 0}
        spellCheck={false}
      />
    </Field>
  );
}

function SwitchField({ field, ...props }: TFieldProps & { field: Extract<TSettingField, { kind: "switch" }> }) {
  const { idPrefix, form, errors, set } = props;
  const isOn = !!form[field.key];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={`${idPrefix}-${field.key}`} className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
          {field.label}
        </label>
        <Switch
          id={`${idPrefix}-${field.key}`}
          label={field.label}
          checked={isOn}
          onChange={(on) => set(field.key, on)}
        />
      </div>
      {isOn ? <SettingFields fields={field.fields} {...props} /> : null}
      <FieldErrors messages={isOn ? (errors[field.path] ?? []) : []} help={isOn ? field.on : field.off} />
    </div>
  );
}

function ChoiceField({ field, ...props }: TFieldProps & { field: Extract<TSettingField, { kind: "choice" }> }) {
  const { idPrefix, form, errors, set } = props;
  const chosen = field.options.find((o) => o.value === form[field.key]);
  return (
    <>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">{field.label}</legend>
        {field.options.map((option) => (
          <ChoiceOption
            key={option.value}
            name={`${idPrefix}-${field.key}`}
            checked={chosen === option}
            onSelect={() => set(field.key, option.value)}
            title={option.title}
            detail={option.detail}
          />
        ))}
        <FieldErrors messages={errorsFor(errors, field.path)} />
      </fieldset>
      {chosen?.fields && (
        <div className="flex flex-col gap-3 rounded-md bg-zinc-50 p-2.5 dark:bg-zinc-800/40">
          {chosen.intro && <p className="text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">{chosen.intro}</p>}
          <SettingFields fields={chosen.fields} {...props} />
        </div>
      )}
    </>
  );
}

export function FieldErrors({ messages, help }: { messages: readonly string[]; help?: ReactNode }) {
  if (messages.length)
    return (
      <ul className="flex flex-col gap-0.5" role="alert">
        {messages.map((m) => (
          <li key={m} className="text-xs leading-4 text-red-600 dark:text-red-400">
            {m}
          </li>
        ))}
      </ul>
    );
  return help ? <p className="text-xs leading-4 text-zinc-500 dark:text-zinc-400">{help}</p> : null;
}

function ChoiceOption({
  name,
  checked,
  onSelect,
  title,
  detail,
}: {
  name: string;
  checked: boolean;
  onSelect(): void;
  title: string;
  detail: string;
}) {
  return (
    <label
      className={cn(
        "flex cursor-pointer items-start gap-2 rounded-md border px-2.5 py-2 transition-colors",
        checked
          ? "border-indigo-300 bg-indigo-50/60 dark:border-indigo-500/50 dark:bg-indigo-500/10"
          : "border-zinc-200 hover:border-zinc-300 dark:border-zinc-700/80 dark:hover:border-zinc-600",
      )}
    >
      <input type="radio" name={name} checked={checked} onChange={onSelect} className="mt-0.5 accent-indigo-600" />
      <span className="flex flex-col">
        <span className="text-[13px] font-medium text-zinc-800 dark:text-zinc-100">{title}</span>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{detail}</span>
      </span>
    </label>
  );
}
