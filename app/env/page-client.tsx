"use client";

import { ListTable } from "@/components/ui/list-table";
import { useState } from "react";
import { AppHeader } from "@/components/app-header";
import { envApi } from "@/components/env/env-api";
import { EnvUsers, namesOf } from "@/components/env/env-users";
import { EnvValueDialog } from "@/components/env/env-value-dialog";
import { formatTime } from "@/lib/format/time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { ToastProvider, useToast } from "@/components/ui/toast";
import type { TEnvVarListItem } from "@/lib/env/list-env-vars";

type Props = { initialVariables: TEnvVarListItem[]; canEdit: boolean };

export function EnvPageClient(props: Props) {
  return (
    <ToastProvider>
      <EnvPage {...props} />
    </ToastProvider>
  );
}

function EnvPage({ initialVariables, canEdit }: Props) {
  const toast = useToast();
  const [variables, setVariables] = useState(initialVariables);
  const [editing, setEditing] = useState<TEnvVarListItem | null | undefined>(undefined); // null: a new one
  const [deleting, setDeleting] = useState<TEnvVarListItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      setVariables(await envApi.list());
      setEditing(undefined);
      setDeleting(null);
      toast({ title: done, tone: "success" });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const liveUsers = deleting?.usedBy.filter((u) => u.live) ?? [];
  return (
    <div className="min-h-screen">
      <AppHeader current="env" />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <div className="mb-6 flex items-end justify-between gap-4">
          <div>
            <h1 className="flex items-center gap-2 text-xl font-semibold tracking-tight">
              Environment variables {!canEdit && <Badge>Read-only</Badge>}
            </h1>
            <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
              Secrets and settings your stacks read as <code className="font-mono">$env.NAME</code>. Values are stored
              encrypted and never shown again.
            </p>
          </div>
          {canEdit && (
            <Button variant="primary" icon="plus" onClick={() => setEditing(null)}>
              New variable
            </Button>
          )}
        </div>
        {variables.length === 0 ? (
          <div className="rounded-xl border border-dashed border-zinc-300 p-10 text-center text-[13px] text-zinc-500 dark:border-zinc-700">
            No variables yet.{canEdit ? " Create one here, or with “+ New” beside a secret in the editor." : ""}
          </div>
        ) : (
          <ListTable
            columns={[
              { label: "Name", width: "w-[28%]" },
              { label: "Last changed", width: "w-[190px]" },
              { label: "Used by" },
              ...(canEdit ? [{ label: "Actions", width: "w-[150px]", isLabelHidden: true }] : []),
            ]}
          >
            {variables.map((v) => (
              <tr key={v.name} className="h-12" data-env-name={v.name}>
                <td className="truncate px-4 font-mono font-medium">{v.name}</td>
                <td className="px-4 text-zinc-500" title={formatTime(v.updatedAt)}>
                  <RelativeTime iso={v.updatedAt} />
                </td>
                <td className="px-4 py-2">
                  <EnvUsers users={v.usedBy} />
                </td>
                {canEdit && (
                  <td className="px-4 text-right">
                    <Button size="sm" onClick={() => setEditing(v)}>
                      Replace
                    </Button>{" "}
                    <Button
                      size="sm"
                      variant="ghost"
                      iconOnly
                      icon="trash"
                      aria-label={`Delete ${v.name}`}
                      onClick={() => setDeleting(v)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </ListTable>
        )}
      </main>
      {editing !== undefined && (
        <EnvValueDialog
          variable={editing}
          existingNames={variables.map((v) => v.name)}
          isBusy={busy}
          error={error}
          onClose={() => {
            setEditing(undefined);
            setError(undefined);
          }}
          onSubmit={(name, value) =>
            act(
              () => (editing ? envApi.replace(name, value) : envApi.create(name, value)),
              editing ? `${name} replaced` : `${name} created`,
            )
          }
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={() => act(() => envApi.remove(deleting!.name), `${deleting!.name} deleted`)}
        title={`Delete ${deleting?.name}?`}
        description={
          liveUsers.length
            ? `Published stacks use it: ${namesOf(liveUsers)}. Their requests fail from now on, until a variable of this name exists again.`
            : deleting?.usedBy.length
              ? `Only drafts use it (${namesOf(deleting.usedBy)}); they fail to run until it exists again.`
              : "No endpoint uses it."
        }
        confirmLabel={liveUsers.length ? `Delete, used live by ${liveUsers.length}` : "Delete variable"}
        isBusy={busy}
      />
    </div>
  );
}
