import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TEnvUser } from "@/lib/env/env-usage";

/** The endpoints that read a variable, live ones marked. */
export function EnvUsers({ users }: { users: readonly TEnvUser[] }) {
  if (users.length === 0) return <span className="text-zinc-400 dark:text-zinc-500">no endpoint</span>;
  return (
    <span className="flex flex-wrap gap-x-3 gap-y-1">
      {users.map((u) => (
        <span key={u.id} className="inline-flex items-center gap-1.5">
          <Link
            href={`/endpoints/${u.id}`}
            className="text-zinc-800 hover:text-indigo-600 dark:text-zinc-200 dark:hover:text-indigo-400"
          >
            {u.name}
          </Link>
          {u.live ? <Badge tone="success">live</Badge> : <Badge>draft</Badge>}
        </span>
      ))}
    </span>
  );
}

/** "A and B" for a confirmation sentence. */
export const namesOf = (users: readonly TEnvUser[]) =>
  users.length <= 1
    ? (users[0]?.name ?? "")
    : `${users
        .slice(0, -1)
        .map((u) => u.name)
        .join(", ")} and ${users.at(-1)!.name}`;
