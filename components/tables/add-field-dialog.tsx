"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TTableField } from "@/lib/table-schema/field-types";
import { emptyField, FieldRow } from "./field-row";

type Props = {
  table: string;
  recordCount: number;
  isBusy: boolean;
  error?: string;
  onClose(): void;
  onSubmit(field: TTableField): void;
};

/** A new field at the end of the table; says what existing records get. */
export function AddFieldDialog({ table, recordCount, isBusy, error, onClose, onSubmit }: Props) {
  const [field, setField] = useState(emptyField());
  return (
    <Dialog
      open
      onClose={onClose}
      width="lg"
      title={`Add a field to ${table}`}
      description={
        recordCount > 0
          ? `The ${recordCount.toLocaleString("en")} existing records get no value in it (empty), so it cannot be required. Indexed fields are indexed for them at once.`
          : "The table is empty: the field may be required."
      }
      onSubmit={() => onSubmit({ ...field, name: field.name.trim() })}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" isBusy={isBusy}>
            Add field
          </Button>
        </>
      }
    >
      <FieldRow index={0} field={field} onChange={setField} isInvalid={!!error} />
      {error && (
        <p role="alert" className="mt-2 text-xs text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </Dialog>
  );
}
