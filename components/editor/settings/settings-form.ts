import {
  FORM_KEYS,
  SETTINGS_FORM,
  SETTINGS_OBJECT_DEFAULTS,
  type TNumberField,
  type TSettingField,
} from "@/lib/settings/settings-form-fields";

/**
 * The Settings tab's form ↔ `settings` conversion, driven by the form's definition (lib/settings/settings-form-fields.ts;
 * pure, so it is unit-tested). Inputs are kept as text; numbers are only parsed here, never range-checked: the
 * server's 400 names the field and says what it accepts.
 */
export { FORM_KEYS };

export type TSizeUnit = "KB" | "MB";
/** The form's state by field key: text for inputs, a flag for switches, the ticked options for checkboxes. */
export type TSettingsForm = Record<string, string | boolean | readonly string[]>;
export type TSettings = Record<string, unknown>;
/** Field errors by settings path without the `settings.` prefix (`rateLimit.limit`, `acceptedResponse.status`). */
export type TFieldErrors = Record<string, string[]>;

const KB = 1024;
const MB = 1024 * 1024;
const FIELDS = SETTINGS_FORM.flatMap((section) => section.fields);

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
/** 1500 ms at scale 1000 → "1.5"; keeps what the stored value was exactly (no rounding on the way in). */
const text = (v: number | undefined, scale = 1) => (v === undefined ? "" : String(v / scale));

function valueAt(settings: TSettings, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((at, key) => (at && typeof at === "object" ? (at as TSettings)[key] : undefined), settings);
}

function setAt(settings: TSettings, path: string, value: unknown) {
  const keys = path.split(".");
  const last = keys.pop()!;
  let at = settings;
  for (const key of keys) at = (at[key] ??= { ...SETTINGS_OBJECT_DEFAULTS[key] }) as TSettings;
  at[last] = value;
}

function readField(field: TSettingField, s: TSettings, form: TSettingsForm) {
  const value = valueAt(s, field.path);
  switch (field.kind) {
    case "number": {
      const parent = field.path.includes(".") ? valueAt(s, field.path.split(".")[0]!) : s;
      form[field.key] = parent == null && field.initial !== undefined ? field.initial : text(num(value), field.scale);
      return;
    }
    case "checkboxes": {
      const ticked = Array.isArray(value) ? field.options.filter((o) => (value as unknown[]).includes(o)) : [];
      form[field.key] = ticked.length ? ticked : field.fallback;
      return;
    }
    case "size": {
      const bytes = num(value);
      const unit: TSizeUnit = bytes !== undefined && bytes % MB !== 0 ? "KB" : "MB";
      form[field.key] = bytes === undefined ? "" : String(bytes / (unit === "MB" ? MB : KB));
      form[field.unitKey] = unit;
      return;
    }
    case "json":
      form[field.key] = value !== undefined ? JSON.stringify(value, null, 2) : "";
      return;
    case "switch":
      form[field.key] = !!value;
      for (const f of field.fields) readField(f, s, form);
      return;
    case "choice":
      form[field.key] = field.options.some((o) => o.value === value) ? (value as string) : field.fallback;
      for (const f of field.options.flatMap((o) => o.fields ?? [])) readField(f, s, form);
      return;
  }
}

export function fromSettings(settings: TSettings): TSettingsForm {
  const form: TSettingsForm = {};
  for (const field of FIELDS) readField(field, settings, form);
  return form;
}

/** Text → number: empty is `undefined` (the default), anything not a number is an error. */
function parse(value: string, path: string, errors: TFieldErrors, scale = 1, whole = true): number | undefined {
  const t = value.trim();
  if (t === "") return undefined;
  const n = Number(t);
  if (!Number.isFinite(n) || !/^-?\d*\.?\d+$/.test(t) || (whole && scale === 1 && !Number.isInteger(n))) {
    (errors[path] ??= []).push(
      whole && scale === 1
        ? "Enter a whole number, or leave it empty for the default."
        : "Enter a number, or leave it empty for the default.",
    );
    return undefined;
  }
  return Math.round(n * scale);
}

const parseNumber = (f: TNumberField, form: TSettingsForm, errors: TFieldErrors) =>
  parse(String(form[f.key] ?? ""), f.path, errors, f.scale ?? 1, f.scale === undefined);

function writeField(field: TSettingField, form: TSettingsForm, out: TSettings, errors: TFieldErrors) {
  switch (field.kind) {
    case "number": {
      const n = parseNumber(field, form, errors);
      if (n !== undefined) setAt(out, field.path, n);
      return;
    }
    case "checkboxes": {
      const chosen = field.options.filter((o) => (form[field.key] as readonly string[]).includes(o));
      if (chosen.length === 0) errors[field.path] = [field.emptyMessage];
      else if (chosen.join() !== field.fallback.join()) setAt(out, field.path, chosen);
      return;
    }
    case "size": {
      const bytes = parse(String(form[field.key]), field.path, errors, form[field.unitKey] === "MB" ? MB : KB, false);
      if (bytes !== undefined) setAt(out, field.path, bytes);
      return;
    }
    case "json": {
      const source = String(form[field.key] ?? "");
      if (!source.trim()) return;
      try {
        setAt(out, field.path, JSON.parse(source));
      } catch {
        errors[field.path] = ["The body is not valid JSON."];
      }
      return;
    }
    case "switch": {
      if (!form[field.key]) return;
      const values = field.fields.map((f) => {
        const n = parseNumber(f, form, errors);
        if (n === undefined && !errors[f.path] && f.missing) errors[f.path] = [f.missing];
        return n;
      });
      if (values.every((n) => n !== undefined)) field.fields.forEach((f, i) => setAt(out, f.path, values[i]));
      return;
    }
    case "choice": {
      const chosen = field.options.find((o) => o.value === form[field.key]);
      if (chosen && chosen.value !== field.fallback) setAt(out, field.path, chosen.value);
      for (const f of chosen?.fields ?? []) writeField(f, form, out, errors);
      return;
    }
  }
}

/**
 * The whole settings object to PATCH: `current` with the form's keys replaced (defaults left out), or the errors
 * that keep it from being sent. Out-of-range numbers go through as typed so the server's message shows.
 */
export function toSettings(form: TSettingsForm, current: TSettings): { settings: TSettings; errors: TFieldErrors } {
  const errors: TFieldErrors = {};
  const out: TSettings = {};
  for (const [k, v] of Object.entries(current)) if (!FORM_KEYS.includes(k)) out[k] = v;
  for (const field of FIELDS) writeField(field, form, out, errors);
  return { settings: out, errors };
}

/** A 400's `errors` → messages by settings path (`settings.rateLimit.limit` → `rateLimit.limit`). */
export function errorsByPath(errors: readonly { path?: string; message: string }[]): TFieldErrors {
  const out: TFieldErrors = {};
  for (const e of errors) {
    const path = (e.path ?? "").replace(/^settings\.?/, "");
    (out[path] ??= []).push(e.message);
  }
  return out;
}

/** The messages for a field: its own path and any deeper one (`allowedMethods.1`). */
export function errorsFor(errors: TFieldErrors, path: string): string[] {
  return Object.entries(errors).flatMap(([p, list]) => (p === path || p.startsWith(`${path}.`) ? list : []));
}

/** Messages no field on the form claims (shown above the Save button). */
export function unclaimedErrors(errors: TFieldErrors, paths: readonly string[]): string[] {
  return Object.entries(errors).flatMap(([p, list]) =>
    paths.some((f) => p === f || p.startsWith(`${f}.`)) ? [] : list,
  );
}

/** Bytes as the placeholder shows them: "1 MB", "512 KB". */
export function formatBytes(bytes: number): string {
  if (bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.round((bytes / KB) * 10) / 10} KB`;
}
