"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TTableDefinition } from "@/lib/table-schema/field-types";
import { emptyField, FieldRow, type TFieldDraft } from "./field-row";

type Props = {
  open: boolean;
  isBusy: boolean;
  errors: { path?: string; message: string }[];
  onClose(): void;
  onSubmit(table: TTableDefinition): void;
};

/** Name the table and its fields; records get `id` and `createdAt` on their own. */
export function CreateTableDialog({ open, isBusy, errors, onClose, onSubmit }: Props) {
  const [name, setName] = useState("");
  const [fields, setFields] = useState<TFieldDraft[]>([emptyField()]);
  const nameErrors = errors.filter((e) => e.path === "name").map((e) => e.message);
  const otherErrors = errors
    .filter((e) => e.path !== "name")
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
  return (
    <Dialog
      open={open}
      onClose={onClose}
      width="lg"
      title="New table"
      description="Every record also gets an id and a creation time. Stacks store records with the Add record node."
      onSubmit={() => onSubmit({ name: name.trim(), fields: fields.map((f) => ({ ...f, name: f.name.trim() })) })}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isBusy={isBusy}>
            Create table
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-4">
        <Field
          label="Name"
          htmlFor="table-name"
          isRequired
          help="Lower-case letters, digits and _ (e.g. github_commits)."
          errors={nameErrors}
        >
          <Input
            id="table-name"
            isMono
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="orders"
            isInvalid={nameErrors.length > 0}
          />
        </Field>
        <Field label="Fields" errors={otherErrors}>
          <div className="flex flex-col gap-2">
            {fields.map((f, i) => (
              <FieldRow
                key={i}
                index={i}
                field={f}
                onChange={(next) => setFields((list) => list.map((x, j) => (j === i ? next : x)))}
                onRemove={fields.length > 1 ? () => setFields((list) => list.filter((_, j) => j !== i)) : undefined}
              />
            ))}
            <div>
              <Button
                size="sm"
                variant="ghost"
                icon="plus"
                onClick={() => setFields((list) => [...list, emptyField()])}
              >
                Add field
              </Button>
            </div>
          </div>
        </Field>
      </div>
    </Dialog>
  );
}
