"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { ApiError } from "@/lib/editor-store/api-client";
import { messageOf } from "@/lib/editor-store/slices/document-slice";
import { SETTINGS_FORM } from "@/lib/settings/settings-form-fields";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ReadOnlyNote, useIsReadOnly } from "../read-only";
import { SettingFields } from "./setting-field";
import {
  errorsByPath,
  FORM_KEYS,
  fromSettings,
  toSettings,
  unclaimedErrors,
  type TFieldErrors,
  type TSettingsForm,
} from "./settings-form";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-label={title}
      className="flex flex-col gap-3 border-b border-zinc-200 px-3 py-3.5 dark:border-zinc-800"
    >
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{title}</h3>
      {children}
    </section>
  );
}

/**
 * The endpoint's settings (PATCH /endpoints/{id} `settings`): what the public URL accepts, whether it answers at once
 * and runs in the background, and limits under the server's. Saved straight to the endpoint, outside the draft.
 * Its sections and fields come from SETTINGS_FORM (lib/settings/settings-form-fields.ts).
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
  const isReadOnly = useIsReadOnly();

  // A refused save takes the keyboard (and the eye) to the first field it names.
  useEffect(() => {
    const field = Object.keys(errors).length
      ? formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
      : null;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.scrollIntoView({ block: "center" }); // clear of the sticky Save bar
  }, [errors]);

  const isDirty = JSON.stringify(form) !== JSON.stringify(baseline);
  const set = (key: string, value: TSettingsForm[string]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setIsSaved(false);
  };

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
      store.setState({ endpoint: { ...store.getState().endpoint, settings: saved.settings } });
      const fresh = fromSettings(saved.settings);
      setBaseline(fresh);
      setForm(fresh);
      setErrors({});
      setIsSaved(true);
    } catch (error) {
      setErrors(
        error instanceof ApiError && error.errors.length ? errorsByPath(error.errors) : { "": [messageOf(error)] },
      );
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
  const retentionDays = settings.retentionDays ?? limits?.retentionDays;
  const retentionCount = settings.retentionCount ?? limits?.retentionCount;

  return (
    <form
      ref={formRef}
      onSubmit={(e) => void save(e)}
      aria-label="Endpoint settings"
      className="flex min-h-full flex-col"
      data-testid="settings-panel"
      noValidate
    >
      <div className="flex flex-col gap-1 px-3 pt-3">
        <h2 className="text-[13px] font-semibold text-zinc-900 dark:text-zinc-50">Endpoint settings</h2>
        <p className="flex items-start gap-1.5 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
          <Icon name="info" size={14} className="mt-0.5 shrink-0" />
          Saved to the endpoint straight away when you press Save: not part of the draft, undo or publishing.
        </p>
        {isReadOnly && <ReadOnlyNote>&rsquo;s settings.</ReadOnlyNote>}
      </div>

      {/* A viewer reads every setting and changes none: the fields are disabled as one and there is no Save. */}
      <fieldset disabled={isReadOnly} className="contents">
        {SETTINGS_FORM.map((section) => (
          <Section key={section.title} title={section.title}>
            {section.intro && (
              <p className="-mt-1 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">{section.intro}</p>
            )}
            <SettingFields
              fields={section.fields}
              idPrefix={id}
              form={form}
              errors={errors}
              limits={limits}
              set={set}
            />
          </Section>
        ))}
      </fieldset>

      <Section title="History">
        <div
          className="flex items-center justify-between gap-2 text-xs text-zinc-600 dark:text-zinc-400"
          data-testid="settings-retention"
        >
          <span>
            {retentionDays !== undefined && retentionCount !== undefined
              ? `Requests are kept ${retentionDays} day${retentionDays === 1 ? "" : "s"}, newest ${retentionCount.toLocaleString("en")}.`
              : "Requests are kept as long as the server’s retention allows."}
          </span>
          {!isReadOnly && (
            <Button size="sm" variant="ghost" icon="history" onClick={() => setPanel("history")}>
              Change in History
            </Button>
          )}
        </div>
      </Section>

      {!isReadOnly && (
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
      )}
    </form>
  );
}
