"use client";

import { useState, type FormEvent } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { messageOf } from "@/lib/editor-store/slices/document-slice";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { TRetention } from "@/lib/history/retention-policy";
import { useIsReadOnly } from "../read-only";

const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/**
 * How long this endpoint's history is kept, and a small form to change it (`settings.retentionDays` and
 * `retentionCount`); an empty field falls back to the server's default.
 */
export function RetentionSetting({ retention, onSaved }: { retention: TRetention | undefined; onSaved(): void }) {
  const store = useEditorStoreApi();
  const settings = useEditor((s) => s.endpoint.settings);
  const [isEditing, setIsEditing] = useState(false);
  const [days, setDays] = useState("");
  const [count, setCount] = useState("");
  const [error, setError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const isReadOnly = useIsReadOnly();
  if (!retention) return null;

  const open = () => {
    setDays(settings.retentionDays === undefined ? "" : String(settings.retentionDays));
    setCount(settings.retentionCount === undefined ? "" : String(settings.retentionCount));
    setError(undefined);
    setIsEditing(true);
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const d = days.trim() ? whole(days) : undefined;
    const c = count.trim() ? whole(count) : undefined;
    if ((days.trim() && !d) || (count.trim() && !c))
      return setError("Use whole numbers of 1 or more, or leave a field empty for the default.");
    const { retentionDays: _d, retentionCount: _c, ...rest } = settings;
    const next = { ...rest, ...(d ? { retentionDays: d } : {}), ...(c ? { retentionCount: c } : {}) };
    setIsBusy(true);
    try {
      const s = store.getState();
      const saved = await s.runApi.updateSettings(s.endpoint.id, next);
      store.setState({ endpoint: { ...store.getState().endpoint, settings: saved.settings } });
      setIsEditing(false);
      onSaved();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setIsBusy(false);
    }
  };

  if (!isEditing) {
    return (
      <div
        className="flex items-center gap-2 border-t border-zinc-200 px-3 py-2 text-[11.5px] text-zinc-500 dark:border-zinc-800 dark:text-zinc-400"
        data-testid="retention"
      >
        <span className="min-w-0 flex-1 truncate">
          Kept {retention.days} day{retention.days === 1 ? "" : "s"}, newest {retention.count.toLocaleString("en")}
        </span>
        {!isReadOnly && (
          <Button size="sm" variant="ghost" onClick={open}>
            Change
          </Button>
        )}
      </div>
    );
  }
  return (
    <form
      onSubmit={(e) => void save(e)}
      className="flex flex-col gap-2 border-t border-zinc-200 px-3 py-2.5 dark:border-zinc-800"
      aria-label="History retention"
    >
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Delete this endpoint’s requests older than, or beyond the newest:
      </p>
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-1 text-[11px] text-zinc-500">
          Days
          <Input
            value={days}
            onChange={(e) => setDays(e.target.value)}
            placeholder={`default`}
            inputMode="numeric"
            className="h-7 text-xs"
          />
        </label>
        <label className="flex flex-col gap-1 text-[11px] text-zinc-500">
          Requests
          <Input
            value={count}
            onChange={(e) => setCount(e.target.value)}
            placeholder={`default`}
            inputMode="numeric"
            className="h-7 text-xs"
          />
        </label>
      </div>
      {error && (
        <p className="text-xs text-red-600 dark:text-red-400" role="alert">
          {error}
        </p>
      )}
      <div className="flex justify-end gap-1.5">
        <Button size="sm" variant="ghost" onClick={() => setIsEditing(false)}>
          Cancel
        </Button>
        <Button size="sm" variant="primary" type="submit" isBusy={isBusy}>
          Save
        </Button>
      </div>
    </form>
  );
}
