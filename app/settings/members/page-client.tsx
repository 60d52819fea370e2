"use client";

import { useState, type FormEvent } from "react";
import { callApi } from "@/components/account/call-api";
import { ErrorNote, Section, SettingsShell, TABLE, TableHead } from "@/components/account/settings-shell";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLES, type TRole } from "@/lib/access/scopes";
import type { TInvitationOut, TMemberOut } from "@/lib/accounts/schemas";

const ROLE_HELP: Record<TRole, string> = {
  owner: "everything, members and API keys",
  editor: "build, test, publish, data",
  viewer: "reads stacks, history and records",
};

type Props = { initialMembers: TMemberOut[]; initialInvitations: TInvitationOut[]; selfId: string };

export function MembersPageClient({ initialMembers, initialInvitations, selfId }: Props) {
  const [members, setMembers] = useState(initialMembers);
  const [invitations, setInvitations] = useState(initialInvitations);
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<TInvitationOut>();

  const act = async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const changeRole = (m: TMemberOut, role: TRole) =>
    act(async () => {
      const updated = await callApi<TMemberOut>("PATCH", `/members/${m.id}`, { role });
      setMembers((all) => all.map((x) => (x.id === m.id ? updated : x)));
    });
  const remove = (m: TMemberOut) =>
    act(async () => {
      await callApi("DELETE", `/members/${m.id}`);
      setMembers((all) => all.filter((x) => x.id !== m.id));
    });
  const revoke = (inv: TInvitationOut) =>
    act(async () => {
      await callApi("DELETE", `/invitations/${inv.id}`);
      setInvitations((all) => all.filter((x) => x.id !== inv.id));
    });
  const invite = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = e.currentTarget;
    void act(async () => {
      const inv = await callApi<TInvitationOut>("POST", "/invitations", {
        email: form.get("email"),
        role: form.get("role"),
        expiresInDays: Number(form.get("days")),
      });
      setInvitations((all) => [inv, ...all]);
      setCreated(inv);
      target.reset();
    });
  };

  return (
    <SettingsShell
      title="Members"
      description="Who can open this workspace, and what they may do. Invitations are links you copy and send yourself."
    >
      <ErrorNote message={error} />
      <Section title="People">
        <table className={TABLE}>
          <TableHead columns={["Name", "Email", "Role"]} />
          <tbody>
            {members.map((m) => (
              <tr key={m.id} data-member-email={m.email}>
                <td className="font-medium">
                  {m.name}
                  {m.userId === selfId && <span className="ml-1.5 text-xs text-zinc-400">(you)</span>}
                </td>
                <td className="text-zinc-600 dark:text-zinc-400">{m.email}</td>
                <td className="w-40">
                  <Select
                    aria-label={`Role of ${m.email}`}
                    value={m.role}
                    onChange={(e) => void changeRole(m, e.target.value as TRole)}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </Select>
                </td>
                <td className="w-24 text-right">
                  <Button size="sm" variant="ghost" onClick={() => void remove(m)} aria-label={`Remove ${m.email}`}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <Section title="Invite someone">
        <form onSubmit={invite} className="grid grid-cols-[1fr_140px_120px_auto] items-end gap-3">
          <Field label="Email" htmlFor="invite-email">
            <Input id="invite-email" name="email" type="email" required placeholder="teammate@example.com" />
          </Field>
          <Field label="Role" htmlFor="invite-role">
            <Select id="invite-role" name="role" defaultValue="editor">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Expires in days" htmlFor="invite-days">
            <Input id="invite-days" name="days" type="number" min={1} max={90} defaultValue={7} />
          </Field>
          <Button type="submit" variant="primary">
            Create link
          </Button>
        </form>
        <p className="mt-2 text-xs text-zinc-500">{ROLES.map((r) => `${r}: ${ROLE_HELP[r]}`).join(" · ")}</p>
        {created && (
          <div
            className="mt-4 flex items-center gap-2 rounded-md bg-indigo-50 px-3 py-2 text-[13px] dark:bg-indigo-950/40"
            data-testid="invitation-link"
          >
            <span className="shrink-0">Send this link to {created.email}:</span>
            <code className="truncate font-mono text-[12px]">{created.url}</code>
            <CopyButton value={created.url} label="Copy invitation link" />
          </div>
        )}
      </Section>

      <Section title="Pending invitations">
        {invitations.length === 0 ? (
          <p className="text-[13px] text-zinc-500">None.</p>
        ) : (
          <table className={TABLE}>
            <TableHead columns={["Email", "Role", "Expires"]} />
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <td>{inv.email}</td>
                  <td>{inv.role}</td>
                  <td>
                    {new Date(inv.expiresAt) < new Date() ? (
                      <span className="text-red-600">expired</span>
                    ) : (
                      <RelativeTime iso={inv.expiresAt} />
                    )}
                  </td>
                  <td className="flex justify-end gap-1">
                    <CopyButton value={inv.url} label={`Copy link for ${inv.email}`} />
                    <Button size="sm" variant="ghost" onClick={() => void revoke(inv)}>
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
