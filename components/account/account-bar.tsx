"use client";

import { useEffect, useState } from "react";
import type { TWorkspaceOut } from "@/lib/accounts/schemas";
import { Menu, type MenuItem } from "@/components/ui/menu";
import { Icon } from "@/components/ui/icon";
import { callApi } from "./call-api";

type TSession = { kind: "person"; user: { name: string; email: string }; role: string | null };

/** The header's right side: the workspace switcher and the person's menu (members, keys, sign out). */
export function AccountBar() {
  const [session, setSession] = useState<TSession>();
  const [workspaces, setWorkspaces] = useState<TWorkspaceOut[]>([]);
  useEffect(() => {
    void callApi<TSession>("GET", "/session")
      .then(setSession)
      .catch(() => undefined);
    void callApi<{ workspaces: TWorkspaceOut[] }>("GET", "/workspaces")
      .then((r) => setWorkspaces(r.workspaces))
      .catch(() => undefined);
  }, []);
  if (!session) return null;
  const current = workspaces.find((w) => w.isCurrent);

  const switchTo = (id: string) =>
    void callApi("PUT", "/session/workspace", { workspaceId: id }).then(() => window.location.assign("/endpoints"));
  const signOut = async () => {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    window.location.assign("/sign-in");
  };
  const workspaceItems: MenuItem[] = [
    ...workspaces.map((w) => ({
      label: `${w.isCurrent ? "✓ " : ""}${w.name} · ${w.role}`,
      onSelect: () => !w.isCurrent && switchTo(w.id),
    })),
    { label: "New workspace…", icon: "plus" as const, onSelect: () => window.location.assign("/workspaces") },
  ];
  const isOwner = session.role === "owner";
  const personItems: MenuItem[] = [
    ...(isOwner
      ? [
          { label: "Members", onSelect: () => window.location.assign("/settings/members") },
          { label: "API keys", onSelect: () => window.location.assign("/settings/keys") },
        ]
      : []),
    { label: "Sign out", onSelect: () => void signOut() },
  ];
  return (
    <div className="flex items-center gap-2 text-[13px]">
      <Menu
        label="Switch workspace"
        isWide
        items={workspaceItems}
        trigger={
          <span
            className="flex items-center gap-1.5 px-1 font-medium text-zinc-700 dark:text-zinc-300"
            data-testid="workspace-switcher"
          >
            {current?.name ?? "Workspaces"}
            {current && (
              <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-[11px] font-normal text-zinc-500 dark:bg-zinc-800">
                {current.role}
              </span>
            )}
            <Icon name="chevronDown" size={14} />
          </span>
        }
      />
      <Menu
        label={`Account of ${session.user.name}`}
        items={personItems}
        trigger={
          <span
            className="flex h-7 w-7 items-center justify-center rounded-full bg-indigo-100 text-[12px] font-semibold text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300"
            title={session.user.email}
          >
            {session.user.name.slice(0, 1).toUpperCase()}
          </span>
        }
      />
    </div>
  );
}
