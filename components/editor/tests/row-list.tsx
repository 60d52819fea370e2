"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A list of rows edited in place: each row renders its inputs with `set` (patches the row) and places its
 * `removeButton`; an add button appends `blank`.
 */
export function RowList<T>({
  items,
  onChange,
  blank,
  addLabel,
  itemLabel,
  className,
  children,
}: {
  items: T[];
  onChange(items: T[]): void;
  blank: T;
  addLabel: string;
  /** Names row i in its remove button: "Remove {itemLabel} {i + 1}". */
  itemLabel: string;
  /** The row's grid. */
  className: string;
  children(item: T, row: { set: (patch: Partial<T>) => void; removeButton: ReactNode }, index: number): ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      {items.map((item, i) => (
        <div key={i} className={className}>
          {children(
            item,
            {
              set: (p) => onChange(items.map((x, j) => (j === i ? { ...x, ...p } : x))),
              removeButton: (
                <Button
                  size="sm"
                  variant="ghost"
                  iconOnly
                  icon="x"
                  aria-label={`Remove ${itemLabel} ${i + 1}`}
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                />
              ),
            },
            i,
          )}
        </div>
      ))}
      <Button size="sm" variant="ghost" icon="plus" className="self-start" onClick={() => onChange([...items, blank])}>
        {addLabel}
      </Button>
    </div>
  );
}
