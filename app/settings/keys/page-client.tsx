"use client";

import { formatTime } from "@/lib/format/time";
import { useState, type FormEvent } from "react";
import { callApi } from "@/components/account/call-api";
import { ErrorNote, Section, SettingsShell, TABLE, TableHead } from "@/components/account/settings-shell";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { SCOPES, type TScope } from "@/lib/access/scopes";
import type { TApiKeyOut } from "@/lib/accounts/schemas";

type TCreated = TApiKeyOut & { key: string };

export function KeysPageClient({ initialKeys }: { initialKeys: TApiKeyOut[] }) {
  const [keys, setKeys] = useState(initialKeys);
  const [created, setCreated] = useState<TCreated>();
  const [error, setError] = useState<string>();

  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = e.currentTarget;
    const expires = String(form.get("expires") ?? "");
    setError(undefined);
    callApi<TCreated>("POST", "/keys", {
      name: form.get("name"),
      scopes: form.getAll("scope") as TScope[],
      ...(expires && { expiresAt: new Date(`${expires}T23:59:59`).toISOString() }),
    })
      .then((key) => {
        setCreated(key);
        setKeys((all) => [key, ...all]);
        target.reset();
      })
      .catch((err: Error) => setError(err.message));
  };
  const revoke = (key: TApiKeyOut) =>
    callApi("DELETE", `/keys/${key.id}`)
      .then(() => setKeys((all) => all.filter((k) => k.id !== key.id)))
      .catch((err: Error) => setError(err.message));

  return (
    <SettingsShell
      title="API keys"
      description="Keys let scripts call the management API (Authorization: Bearer <key>). Each key belongs to this workspace and can do only what its scopes allow."
    >
      <ErrorNote message={error} />
      {created && (
        <div
          className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-[13px] dark:border-amber-700 dark:bg-amber-950/40"
          data-testid="new-api-key"
        >
          <p className="font-medium">
            Copy “{created.name}” now: it is shown only this once (Hookstack keeps only a hash).
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code className="truncate rounded bg-white px-2 py-1 font-mono text-[12px] dark:bg-zinc-900">
              {created.key}
            </code>
            <CopyButton value={created.key} label="Copy API key" />
          </div>
        </div>
      )}
      <Section title="New key">
        <form onSubmit={create} className="flex flex-col gap-4">
          <div className="grid grid-cols-[1fr_200px] gap-3">
            <Field label="Name" htmlFor="key-name">
              <Input id="key-name" name="name" required placeholder="deploy script" />
            </Field>
            <Field label="Expires (optional)" htmlFor="key-expires">
              <Input id="key-expires" name="expires" type="date" />
            </Field>
          </div>
          <fieldset>
            <legend className="mb-2 text-xs font-medium text-zinc-700 dark:text-zinc-300">Scopes</legend>
            <div className="grid grid-cols-4 gap-2 text-[13px]">
              {SCOPES.map((scope) => (
                <label key={scope} className="flex items-center gap-2">
                  <input type="checkbox" name="scope" value={scope} defaultChecked={scope.endsWith(":read")} />
                  <code className="font-mono text-[12px]">{scope}</code>
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <Button type="submit" variant="primary" icon="key">
              Create key
            </Button>
          </div>
        </form>
      </Section>
      <Section title="Keys">
        {keys.length === 0 ? (
          <p className="text-[13px] text-zinc-500">
            No keys yet. You can also create one with <code>npm run -s apikey -- --scopes all</code>.
          </p>
        ) : (
          <table className={TABLE}>
            <TableHead columns={["Name", "Key", "Scopes", "Last used", "Expires"]} />
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} data-key-name={k.name}>
                  <td className="whitespace-nowrap font-medium">{k.name}</td>
                  <td>
                    <code className="font-mono text-[12px] text-zinc-500">{k.start}…</code>
                  </td>
                  <td className="text-[12px] text-zinc-600 dark:text-zinc-400">{k.scopes.join(", ")}</td>
                  <td className="whitespace-nowrap">
                    {k.lastUsedAt ? <RelativeTime iso={k.lastUsedAt} /> : <span className="text-zinc-400">never</span>}
                  </td>
                  <td>
                    {k.expiresAt ? formatTime(k.expiresAt).slice(0, 10) : <span className="text-zinc-400">never</span>}
                  </td>
                  <td className="text-right">
                    <Button size="sm" variant="ghost" onClick={() => void revoke(k)}>
                      Revoke
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </SettingsShell>
  );
}
