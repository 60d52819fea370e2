"use client";

import { useState } from "react";
import { useEditor } from "@/lib/editor-store/context";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { ExpressionInput } from "./expression-input";
import { NewEnvVarDialog } from "./new-env-var-dialog";

const ENV_REF = /^\$env\.([A-Za-z_][A-Za-z0-9_]*)$/;

/** The env var a secret field names, if it is a plain `$env.NAME`. */
export function envNameOf(value: string): string | undefined {
  return ENV_REF.exec(value.trim())?.[1];
}

/**
 * A secret: picked from the environment by name and stored as `$env.NAME`, so the graph never holds the value.
 * An expression (e.g. a list of secrets during rotation) is still possible behind "Use an expression".
 */
export function SecretInput({
  id,
  nodeId,
  value,
  onChange,
  errors,
  placeholder,
}: {
  id: string;
  nodeId: string;
  value: string;
  onChange(value: string): void;
  errors?: readonly string[];
  placeholder?: string;
}) {
  const envNames = useEditor((s) => s.envNames);
  const loaded = useEditor((s) => s.resourcesLoaded);
  const createEnvVar = useEditor((s) => s.createEnvVar);
  const preset = useEditor((s) => String(s.nodes.find((n) => n.id === nodeId)?.data.config.preset ?? "generic"));
  const [isExpression, setIsExpression] = useState(() => value.trim() !== "" && !envNameOf(value));
  const [dialog, setDialog] = useState<{ name: string } | null>(null);
  const picked = envNameOf(value);
  const isMissing = !!picked && loaded && !envNames.includes(picked);

  if (isExpression) {
    return (
      <div className="flex flex-col gap-1.5">
        <ExpressionInput
          id={id}
          nodeId={nodeId}
          value={value}
          onChange={onChange}
          errors={errors}
          placeholder={placeholder}
        />
        <button
          type="button"
          className="self-start text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400"
          onClick={() => setIsExpression(false)}
        >
          Pick an environment variable instead
        </button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex gap-1.5">
        <div className="min-w-0 flex-1">
          <Select
            id={id}
            value={picked ?? ""}
            isInvalid={!!errors?.length || isMissing}
            onChange={(e) => onChange(e.target.value ? `$env.${e.target.value}` : "")}
            className="font-mono text-[12.5px]"
          >
            <option value="">Choose a variable…</option>
            {envNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {picked && !envNames.includes(picked) && <option value={picked}>{picked} (not set)</option>}
          </Select>
        </div>
        <Button
          icon="plus"
          onClick={() => setDialog({ name: "" })}
          aria-label="New environment variable"
          title="New environment variable"
        >
          New
        </Button>
      </div>
      {isMissing ? (
        <p className="text-xs leading-4 text-amber-700 dark:text-amber-400">
          {picked} is not set in the environment yet.{" "}
          <button type="button" className="font-medium underline" onClick={() => setDialog({ name: picked })}>
            Set it now
          </button>
        </p>
      ) : errors && errors.length > 0 ? (
        <p role="alert" className="text-xs leading-4 text-red-600 dark:text-red-400">
          {errors.join(" · ")}
        </p>
      ) : null}
      <button
        type="button"
        className="self-start text-xs font-medium text-zinc-500 hover:text-zinc-800 hover:underline dark:text-zinc-400 dark:hover:text-zinc-200"
        onClick={() => setIsExpression(true)}
      >
        Use an expression
      </button>
      <NewEnvVarDialog
        open={!!dialog}
        initialName={dialog?.name}
        existingNames={envNames}
        preset={preset}
        onClose={() => setDialog(null)}
        onCreate={async (name, secretValue) => {
          const refused = await createEnvVar(name, secretValue);
          if (refused) return refused;
          onChange(`$env.${name}`);
          return undefined;
        }}
      />
    </div>
  );
}
