"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ZEnvName } from "@/lib/env/env-name";
import type { TEnvVarListItem } from "@/lib/env/list-env-vars";
import { namesOf } from "./env-users";

type Props = {
  /** The variable whose value is replaced, or null for a new one. */
  variable: TEnvVarListItem | null;
  existingNames: readonly string[];
  isBusy: boolean;
  error?: string;
  onClose(): void;
  onSubmit(name: string, value: string): void;
};

/** A new variable, or a new value for one; replacing one that live stacks use says so before it is sent. */
export function EnvValueDialog({ variable, existingNames, isBusy, error, onClose, onSubmit }: Props) {
  const [name, setName] = useState(variable?.name ?? "");
  const [value, setValue] = useState("");
  const live = variable?.usedBy.filter((u) => u.live) ?? [];
  const nameProblem = variable
    ? undefined
    : name && !ZEnvName.safeParse(name).success
      ? "Use capital letters, digits and _, like GITHUB_WEBHOOK_SECRET."
      : existingNames.includes(name)
        ? `${name} already exists: replace its value from the list instead.`
        : undefined;
  return (
    <Dialog
      open
      onClose={onClose}
      title={variable ? `Replace ${variable.name}` : "New variable"}
      description={
        variable
          ? "The old value is overwritten at once; it cannot be read back or restored."
          : "Stored encrypted. Stacks read it as $env.NAME; the value is never shown again."
      }
      onSubmit={() => !nameProblem && name && value && onSubmit(name, value)}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant={live.length ? "danger" : "primary"}
            isBusy={isBusy}
            disabled={!name || !value || !!nameProblem}
          >
            {variable ? (live.length ? `Replace, used live by ${live.length}` : "Replace value") : "Create variable"}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        {live.length > 0 && (
          <p
            role="alert"
            className="rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-900 ring-1 ring-inset ring-amber-200 dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-500/30"
          >
            Published stacks use {variable!.name}: <strong>{namesOf(live)}</strong>. They verify with the new value from
            their next request; if the provider still signs with the old one, those requests fail.
          </p>
        )}
        {!variable && (
          <Field label="Name" htmlFor="env-page-name" errors={nameProblem ? [nameProblem] : undefined}>
            <Input
              id="env-page-name"
              isMono
              autoFocus
              autoComplete="off"
              placeholder="GITHUB_WEBHOOK_SECRET"
              value={name}
              onChange={(e) => setName(e.target.value.toUpperCase().replace(/[^A-Z0-9_]/g, "_"))}
            />
          </Field>
        )}
        <Field label={variable ? "New value" : "Value"} htmlFor="env-page-value" errors={error ? [error] : undefined}>
          <Input
            id="env-page-value"
            type="password"
            isMono
            autoFocus={!!variable}
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </Field>
      </div>
    </Dialog>
  );
}
