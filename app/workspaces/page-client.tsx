"use client";

import { useState, type FormEvent } from "react";
import { callApi } from "@/components/account/call-api";
import { Section, SettingsShell, TABLE } from "@/components/account/settings-shell";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TWorkspaceOut } from "@/lib/accounts/schemas";

export function WorkspacesPageClient({ initialWorkspaces }: { initialWorkspaces: TWorkspaceOut[] }) {
  const [error, setError] = useState<string>();
  const open = (id: string) =>
    callApi("PUT", "/session/workspace", { workspaceId: id }).then(() => window.location.assign("/endpoints"));
  const create = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = new FormData(e.currentTarget).get("name");
    callApi("POST", "/workspaces", { name })
      .then(() => window.location.assign("/endpoints"))
      .catch((err: Error) => setError(err.message));
  };
  return (
    <SettingsShell
      title="Workspaces"
      description="Each workspace has its own endpoints, tables, variables, members and API keys."
    >
      <Section title="Your workspaces">
        {initialWorkspaces.length === 0 ? (
          <p className="text-[13px] text-zinc-500">
            You are not in any workspace. Create one, or ask an owner for an invitation.
          </p>
        ) : (
          <table className={TABLE}>
            <tbody>
              {initialWorkspaces.map((w) => (
                <tr key={w.id}>
                  <td className="font-medium">{w.name}</td>
                  <td className="text-zinc-500">{w.role}</td>
                  <td className="text-right">
                    {w.isCurrent ? (
                      <span className="text-xs text-zinc-400">current</span>
                    ) : (
                      <Button size="sm" onClick={() => void open(w.id)}>
                        Open
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title="New workspace">
        <form onSubmit={create} className="flex items-end gap-3">
          <Field label="Name" htmlFor="workspace-name" className="flex-1" errors={error ? [error] : undefined}>
            <Input id="workspace-name" name="name" required placeholder="Payments team" />
          </Field>
          <Button type="submit" variant="primary">
            Create workspace
          </Button>
        </form>
      </Section>
    </SettingsShell>
  );
}
