"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { ApiError } from "@/lib/editor-store/api-client";
import { messageOf } from "@/lib/editor-store/slices/document-slice";
import { HTTP_METHODS } from "@/lib/settings/endpoint-settings";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icon";
import { Input, Select, Textarea } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import {
  errorsByPath,
  errorsFor,
  FORM_KEYS,
  formatBytes,
  fromSettings,
  toSettings,
  unclaimedErrors,
  type TFieldErrors,
  type TSettingsForm,
} from "./settings-form";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3 border-b border-zinc-200 px-3 py-3.5 dark:border-zinc-800">
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{title}</h3>
      {children}
    </section>
  );
}

const Suffix = ({ children }: { children: ReactNode }) => <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{children}</span>;

/**
 * The endpoint's settings (PATCH /endpoints/{id} `settings`): what the public URL accepts, whether it answers at once
 * and runs in the background, and limits under the server's. Saved straight to the endpoint, outside the draft.
 */
export function SettingsPanel() {
  const store = useEditorStoreApi();
  const settings = useEditor((s) => s.endpoint.settings);
  const limits = useEditor((s) => s.endpoint.serverLimits);
  const setPanel = useEditor((s) => s.setPanel);
  const [baseline, setBaseline] = useState(() => fromSettings(settings));
  const [form, setForm] = useState(baseline);
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [isBusy, setIsBusy] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  // A refused save takes the keyboard (and the eye) to the first field it names.
  useEffect(() => {
    const field = Object.keys(errors).length ? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: "center" }); // clear of the sticky Save bar
  }, [errors]);

  const isDirty = JSON.stringify(form) !== JSON.stringify(baseline);
  const set = <K extends keyof TSettingsForm>(key: K, value: TSettingsForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setIsSaved(false);
  };
  const err = (path: string) => errorsFor(errors, path);
  const num = (key: keyof TSettingsForm, path: string, label: string, placeholder: string, help?: ReactNode, suffix?: string) => (
    <div className="min-w-0" data-field={path}>
      <Field label={label} htmlFor={`${id}-${key}`} errors={err(path)} help={help}>
        <div className="flex items-center gap-2">
          <Input
            id={`${id}-${key}`}
            inputMode="numeric"
            value={form[key] as string}
            onChange={(e) => set(key, e.target.value)}
            placeholder={placeholder}
            isInvalid={err(path).length > 0}
          />
          {suffix && <Suffix>{suffix}</Suffix>}
        </div>
      </Field>
    </div>
  );
  const under = (max: number | undefined, show: (n: number) => string = String) => (max === undefined ? "server default" : `${show(max)} (server max)`);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!isDirty || isBusy) return;
    const current = store.getState().endpoint.settings;
    const { settings: next, errors: local } = toSettings(form, current);
    if (Object.keys(local).length) {
      setErrors(local);
      return;
    }
    setIsBusy(true);
    try {
      const s = store.getState();
      const saved = await s.runApi.updateSettings(s.endpoint.id, next);
      const stored = saved.settings ?? next;
      store.setState({ endpoint: { ...store.getState().endpoint, settings: stored } });
      const fresh = fromSettings(stored);
      setBaseline(fresh);
      setForm(fresh);
      setErrors({});
      setIsSaved(true);
    } catch (error) {
      setErrors(error instanceof ApiError && error.errors.length ? errorsByPath(error.errors) : { "": [messageOf(error)] });
    } finally {
      setIsBusy(false);
    }
  };
  const discard = () => {
    setForm(baseline);
    setErrors({});
  };

  // Every key the form owns has a field that shows its errors (and those of its sub-paths); the rest go above Save.
  const other = unclaimedErrors(errors, FORM_KEYS);
  const retentionDays = (settings?.retentionDays as number | undefined) ?? limits?.retentionDays;
  const retentionCount = (settings?.retentionCount as number | undefined) ?? limits?.retentionCount;

  return (
    <form ref={formRef} onSubmit={(e) => void save(e)} aria-label="Endpoint settings" className="flex min-h-full flex-col" data-testid="settings-panel" noValidate>
      <div className="flex flex-col gap-1 px-3 pt-3">
        <h2 className="text-[13px] font-semibold text-zinc-900 dark:text-zinc-50">Endpoint settings</h2>
        <p className="flex items-start gap-1.5 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
          <Icon name="info" size={14} className="mt-0.5 shrink-0" />
          Saved to the endpoint straight away when you press Save: not part of the draft, undo or publishing.
        </p>
      </div>

      <Section title="Requests">
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">Allowed methods</legend>
          <div className="flex flex-wrap gap-x-3 gap-y-1.5">
            {HTTP_METHODS.map((m) => (
              <label key={m} className="inline-flex items-center gap-1.5 font-mono text-[12px] text-zinc-700 dark:text-zinc-300">
                <input
                  type="checkbox"
                  className="h-3.5 w-3.5 accent-indigo-600"
                  checked={form.methods.includes(m)}
                  onChange={(e) => set("methods", e.target.checked ? [...form.methods, m] : form.methods.filter((x) => x !== m))}
                />
                {m}
              </label>
            ))}
          </div>
          <FieldErrors messages={err("allowedMethods")} help="GET lets a provider’s handshake (Meta’s hub.challenge) reach the stack." />
        </fieldset>

        <Field label="Max body size" htmlFor={`${id}-bodySize`} errors={err("maxBodyBytes")} help="Larger requests get 413.">
          <div className="flex items-center gap-2">
            <Input
              id={`${id}-bodySize`}
              inputMode="decimal"
              value={form.bodySize}
              onChange={(e) => set("bodySize", e.target.value)}
              placeholder={under(limits?.maxBodyBytes, formatBytes)}
              isInvalid={err("maxBodyBytes").length > 0}
            />
            <div className="w-20 shrink-0">
              <Select aria-label="Body size unit" value={form.bodyUnit} onChange={(e) => set("bodyUnit", e.target.value as TSettingsForm["bodyUnit"])}>
                <option value="KB">KB</option>
                <option value="MB">MB</option>
              </Select>
            </div>
          </div>
        </Field>

        <div className="flex flex-col gap-2">
          <div className="flex items-center justify-between gap-2">
            <label htmlFor={`${id}-rate`} className="text-xs font-medium text-zinc-700 dark:text-zinc-300">
              Rate limit
            </label>
            <Switch id={`${id}-rate`} label="Rate limit" checked={form.isRateLimited} onChange={(on) => set("isRateLimited", on)} />
          </div>
          {form.isRateLimited ? (
            <div className="grid grid-cols-2 gap-2">
              {num("rateLimit", "rateLimit.limit", "Max requests", "e.g. 100")}
              {num("rateWindowSeconds", "rateLimit.windowSeconds", "Window (seconds)", "60")}
            </div>
          ) : null}
          <FieldErrors
            messages={form.isRateLimited ? (errors.rateLimit ?? []) : []}
            help={form.isRateLimited ? "More requests in the window answer 429 with Retry-After." : "Off: every request is served."}
          />
        </div>
      </Section>

      <Section title="Processing">
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1.5 text-xs font-medium text-zinc-700 dark:text-zinc-300">When a request arrives</legend>
          <ModeOption
            name={`${id}-mode`}
            checked={form.mode === "direct"}
            onSelect={() => set("mode", "direct")}
            title="Run the stack, then answer"
            detail="The sender waits for the stack’s response."
          />
          <ModeOption
            name={`${id}-mode`}
            checked={form.mode === "background"}
            onSelect={() => set("mode", "background")}
            title="Respond immediately, run in the background"
            detail="For providers that give up on slow answers."
          />
          <FieldErrors messages={err("mode")} />
        </fieldset>
        {form.mode === "background" && (
          <div className="flex flex-col gap-3 rounded-md bg-zinc-50 p-2.5 dark:bg-zinc-800/40">
            <p className="text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">
              Each request is stored before it is answered, then a worker runs the stack; a run that ends in an error is
              retried with exponential backoff.
            </p>
            <div className="grid grid-cols-2 gap-2">
              {num("acceptedStatus", "acceptedResponse.status", "Accepted status", "202", "200–299")}
              {num("maxAttempts", "maxAttempts", "Max attempts", "5", "1–20")}
            </div>
            <Field label="Accepted body (JSON, optional)" htmlFor={`${id}-acceptedBody`} errors={[...err("acceptedResponse.body"), ...(errors.acceptedResponse ?? [])]}>
              <Textarea
                id={`${id}-acceptedBody`}
                isMono
                rows={3}
                value={form.acceptedBody}
                onChange={(e) => set("acceptedBody", e.target.value)}
                placeholder={'{ "accepted": true, "requestId": "…" }'}
                isInvalid={err("acceptedResponse.body").length > 0}
                spellCheck={false}
              />
            </Field>
            {num("retryDelaySeconds", "retryBaseDelayMs", "Retry base delay", "2", "Doubles after each failed attempt.", "seconds")}
          </div>
        )}
      </Section>

      <Section title="Limits">
        <p className="-mt-1 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">Empty uses the server’s limit; a value here can only lower it.</p>
        <div className="grid grid-cols-2 gap-2">
          {num("maxSteps", "maxSteps", "Steps per run", under(limits?.maxSteps))}
          {num("maxIterations", "maxIterations", "Iterations per loop", under(limits?.maxIterations))}
          {num("runTimeoutSeconds", "runTimeoutMs", "Run timeout (s)", under(limits?.runTimeoutMs, (ms) => String(ms / 1000)))}
          {num("expressionTimeoutMs", "expressionTimeoutMs", "Expression timeout (ms)", under(limits?.expressionTimeoutMs))}
        </div>
      </Section>

      <Section title="History">
        <div className="flex items-center justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400" data-testid="settings-retention">
          <span>
            {retentionDays !== undefined && retentionCount !== undefined
              ? `Requests are kept ${retentionDays} day${retentionDays === 1 ? "" : "s"}, newest ${retentionCount.toLocaleString("en")}.`
              : "Requests are kept as long as the server’s retention allows."}
          </span>
          <Button size="sm" variant="ghost" icon="history" onClick={() => setPanel("history")}>
            Change in History
          </Button>
        </div>
      </Section>

      <div className="sticky bottom-0 mt-auto flex flex-col gap-2 border-t border-zinc-200 bg-white px-3 py-2.5 dark:border-zinc-800 dark:bg-zinc-900">
        {other.length > 0 && (
          <ul className="flex flex-col gap-0.5 rounded-md bg-red-50 px-2.5 py-1.5 dark:bg-red-500/10" role="alert">
            {other.map((m) => (
              <li key={m} className="text-xs text-red-700 dark:text-red-300">
                {m}
              </li>
            ))}
          </ul>
        )}
        <div className="flex items-center gap-2">
          <span className="min-w-0 flex-1 text-xs" role="status">
            {isSaved && !isDirty ? (
              <span className="inline-flex items-center gap-1 text-emerald-700 dark:text-emerald-400">
                <Icon name="checkCircle" size={14} /> Settings saved
              </span>
            ) : isDirty ? (
              <span className="text-zinc-500 dark:text-zinc-400">Unsaved settings</span>
            ) : null}
          </span>
          {isDirty && (
            <Button size="sm" variant="ghost" onClick={discard} disabled={isBusy}>
              Discard
            </Button>
          )}
          <Button size="sm" variant="primary" type="submit" icon="save" isBusy={isBusy} disabled={!isDirty}>
            Save settings
          </Button>
        </div>
      </div>
    </form>
  );
}

function FieldErrors({ messages, help }: { messages: readonly string[]; help?: ReactNode }) {
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

function ModeOption({ name, checked, onSelect, title, detail }: { name: string; checked: boolean; onSelect(): void; title: string; detail: string }) {
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
