"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Asks for an endpoint's name: to create one, or to rename it. */
export function EndpointNameDialog({
  open,
  onClose,
  onSubmit,
  title,
  description,
  submitLabel,
  initialName = "",
  error,
  isBusy,
}: {
  open: boolean;
  onClose(): void;
  onSubmit(name: string): void;
  title: string;
  description?: string;
  submitLabel: string;
  initialName?: string;
  error?: string;
  isBusy?: boolean;
}) {
  const [name, setName] = useState(initialName);
  useEffect(() => {
    if (open) setName(initialName);
  }, [open, initialName]);
  const trimmed = name.trim();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      onSubmit={() => trimmed && onSubmit(trimmed)}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={!trimmed} isBusy={isBusy}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <Field
        label="Name"
        htmlFor="endpoint-name"
        errors={error ? [error] : undefined}
        help="Only you see the name; the URL never changes."
      >
        <Input
          id="endpoint-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Stripe invoices"
          maxLength={100}
          autoFocus
          autoComplete="off"
        />
      </Field>
    </Dialog>
  );
}
