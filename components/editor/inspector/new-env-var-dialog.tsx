"use client";

import { useEffect, useState } from "react";
import { ZEnvName } from "@/lib/env/env-name";
import { SIGNATURE_PRESETS } from "@/lib/signatures/preset-list";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** What a secret of this provider is called and looks like (the signature node's preset). */
function placeholdersFor(preset: string): { name: string; value: string; help: string } {
  const found = SIGNATURE_PRESETS.find((p) => p.id === preset);
  if (!found || found.id === "generic")
    return { name: "WEBHOOK_SECRET", value: "the shared secret", help: "Paste the secret the sender signs with." };
  const name = `${found.id.toUpperCase()}_WEBHOOK_SECRET`;
  return { name, value: VALUE_HINTS[found.id] ?? `the ${found.label.split(" (")[0]} secret`, help: found.help };
}

const VALUE_HINTS: Record<string, string> = {
  stripe: "whsec_…",
  standard: "whsec_…",
  shopify: "the app's API secret key",
  slack: "the app's signing secret",
};

/** Creates an environment variable: the value goes to the server, encrypted; the graph only ever holds its name. */
export function NewEnvVarDialog({
  open,
  onClose,
  onCreate,
  initialName = "",
  existingNames = [],
  preset = "generic",
}: {
  open: boolean;
  onClose(): void;
  onCreate(name: string, value: string): Promise<string | undefined>;
  initialName?: string;
  /** Names that exist: "+ New" refuses them rather than silently replace a live secret. */
  existingNames?: readonly string[];
  /** The signature preset of the node being edited: the placeholders follow its provider. */
  preset?: string;
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

  const nameProblem =
    name && !ZEnvName.safeParse(name).success
      ? "Use capital letters, digits and _, like STRIPE_SECRET."
      : existingNames.includes(name) && name !== initialName
        ? `${name} already exists: pick it from the list, or replace its value on the Variables page.`
        : undefined;
  const hint = placeholdersFor(preset);
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
            placeholder={hint.name}
            onChange={(e) => setName(e.target.value.toUpperCase().replace(/[^A-Z0-9_]/g, "_"))}
          />
        </Field>
        <Field label="Value" htmlFor="env-value" errors={error ? [error] : undefined} help={hint.help}>
          <Input
            id="env-value"
            type="password"
            value={value}
            isMono
            autoFocus={!!initialName}
            autoComplete="off"
            placeholder={hint.value}
            onChange={(e) => setValue(e.target.value)}
          />
        </Field>
      </div>
    </Dialog>
  );
}
