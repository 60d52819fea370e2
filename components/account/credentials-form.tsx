"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ErrorNote } from "./settings-shell";

export type TCredentialField = {
  name: "name" | "email" | "password";
  label: string;
  value?: string;
  isDisabled?: boolean;
};

type TAnswer = {
  status: number;
  body: { error?: string; message?: string; errors?: { path: string; message: string }[] } | null;
};

/** Posts the fields as JSON to `action`; on success goes to `next` with a full page load (the new cookie applies). */
export function CredentialsForm({
  fields,
  action,
  submitLabel,
  next,
}: {
  fields: TCredentialField[];
  action: string;
  submitLabel: string;
  next: string;
}) {
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setIsBusy(true);
    setError(undefined);
    setFieldErrors({});
    const form = new FormData(e.currentTarget);
    // Fields shown for information (the invited email) are not sent.
    const data = Object.fromEntries(fields.filter((f) => !f.isDisabled).map((f) => [f.name, form.get(f.name)]));
    try {
      const res = await fetch(action, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(data),
      });
      const answer: TAnswer = { status: res.status, body: await res.json().catch(() => null) };
      if (res.ok) return void window.location.assign(next);
      setError(explain(answer));
      const byField: Record<string, string[]> = {};
      for (const fe of answer.body?.errors ?? []) (byField[fe.path] ??= []).push(fe.message);
      setFieldErrors(byField);
    } catch (err) {
      setError(`Hookstack did not answer (${(err as Error).message})`);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" noValidate>
      {fields.map((f) => (
        <Field key={f.name} label={f.label} htmlFor={`cred-${f.name}`} errors={fieldErrors[f.name]}>
          <Input
            id={`cred-${f.name}`}
            name={f.name}
            type={f.name === "name" ? "text" : f.name}
            autoComplete={
              f.name === "password" ? (action.includes("sign-in") ? "current-password" : "new-password") : f.name
            }
            defaultValue={f.value}
            readOnly={f.isDisabled}
            required
          />
        </Field>
      ))}
      <ErrorNote message={error} />
      <Button type="submit" variant="primary" isBusy={isBusy} className="w-full justify-center">
        {submitLabel}
      </Button>
    </form>
  );
}

function explain({ status, body }: TAnswer): string {
  if (status === 429) return "Too many attempts. Wait a minute, then try again.";
  if (status === 401 && !body?.error) return "Wrong email or password.";
  return body?.error ?? body?.message ?? `Something went wrong (HTTP ${status}).`;
}
