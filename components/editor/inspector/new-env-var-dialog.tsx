"use client";

import { useEffect, useState } from "react";
import { ZEnvName } from "@/lib/env/env-name";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Creates an environment variable: the value goes to the server, encrypted; the graph only ever holds its name. */
export function NewEnvVarDialog({
  open,
  onClose,
  onCreate,
  initialName = "",
}: {
  open: boolean;
  onClose(): void;
  onCreate(name: string, value: string): Promise<string | undefined>;
  initialName?: string;
}) {
  const [name, setName] = useState(initialName);
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!open) return;
    setName(initialName);
    setValue("");
    setError(undefined);
  }, [open, initialName]);

  const nameProblem = name && !ZEnvName.safeParse(name).success ? "Use capital letters, digits and _, like STRIPE_SECRET." : undefined;
  const submit = async () => {
    if (!name || !value || nameProblem) return;
    setBusy(true);
    const problem = await onCreate(name, value);
    setBusy(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New environment variable"
      description="Stored encrypted on the server. Function stacks read it as $env.NAME; the value is never shown again."
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!name || !value || !!nameProblem} isBusy={busy}>
            Create variable
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <Field label="Name" htmlFor="env-name" errors={nameProblem ? [nameProblem] : undefined}>
          <Input
            id="env-name"
            value={name}
            isMono
            autoFocus={!initialName}
            autoComplete="off"
            placeholder="STRIPE_WEBHOOK_SECRET"
            onChange={(e) => setName(e.target.value.toUpperCase().replace(/[^A-Z0-9_]/g, "_"))}
          />
        </Field>
        <Field label="Value" htmlFor="env-value" errors={error ? [error] : undefined} help="Paste the secret from the provider's dashboard.">
          <Input
            id="env-value"
            type="password"
            value={value}
            isMono
            autoFocus={!!initialName}
            autoComplete="off"
            placeholder="whsec_…"
            onChange={(e) => setValue(e.target.value)}
          />
        </Field>
      </div>
    </Dialog>
  );
}
