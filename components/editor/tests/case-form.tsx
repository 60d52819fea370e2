"use client";

import { useState } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TTestCaseInput } from "@/lib/editor-store/tests-api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icon";
import { Input, Select, Textarea } from "@/components/ui/input";
import { RowList } from "./row-list";
import { ASSERTION_OPS, caseFromForm, formFromCase, OPS_WITH_VALUE, RECORD_OPS, type TCaseForm } from "./form-model";

const OP_LABELS: Record<(typeof ASSERTION_OPS)[number], string> = {
  isTrue: "is true",
  equals: "equals",
  notEquals: "does not equal",
  exists: "exists",
  notExists: "does not exist",
  contains: "contains",
  matches: "matches regex",
  greaterThan: "greater than",
  lessThan: "less than",
};

/** Edits one case: its request (signed at run time when asked) and what the answer must be. */
export function CaseForm({ id, initial }: { id: string; initial: TTestCaseInput }) {
  const store = useEditorStoreApi();
  const hasSignatureNode = useEditor((s) => s.nodes.some((n) => n.data.type === "hmacVerify"));
  const [f, setF] = useState<TCaseForm>(() => formFromCase(initial));
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const patch = (p: Partial<TCaseForm>) => setF((x) => ({ ...x, ...p }));

  const save = async () => {
    setIsSaving(true);
    setError(await store.getState().saveTest(id, caseFromForm(f)));
    setIsSaving(false);
  };

  return (
    <form
      className="flex flex-col gap-3 rounded-lg border border-indigo-200 bg-indigo-50/30 p-3 dark:border-indigo-500/30 dark:bg-indigo-500/5"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      aria-label={id === "new" ? "New test" : `Edit ${initial.name}`}
      data-testid="test-form"
    >
      <Field label="Name" htmlFor="test-name">
        <Input id="test-name" value={f.name} onChange={(e) => patch({ name: e.target.value })} autoFocus />
      </Field>
      <div className="grid grid-cols-[88px_1fr] gap-2">
        <Field label="Method" htmlFor="test-method">
          <Input
            id="test-method"
            isMono
            value={f.method}
            onChange={(e) => patch({ method: e.target.value.toUpperCase() })}
          />
        </Field>
        <Field label="Query" htmlFor="test-query">
          <Input
            id="test-query"
            isMono
            placeholder="a=1&b=2"
            value={f.query}
            onChange={(e) => patch({ query: e.target.value })}
          />
        </Field>
      </div>
      <Field label="Headers" htmlFor="test-headers" help="One per line: name: value">
        <Textarea
          id="test-headers"
          isMono
          rows={3}
          value={f.headers}
          onChange={(e) => patch({ headers: e.target.value })}
        />
      </Field>
      <label className="flex items-start gap-2 text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">
        <input
          type="checkbox"
          checked={f.sign}
          onChange={(e) => patch({ sign: e.target.checked })}
          className="mt-0.5 h-3.5 w-3.5 accent-indigo-600"
        />
        <span>
          Sign at run time with the endpoint’s signature preset and secret
          {!hasSignatureNode && " (the stack has no Verify signature node)"}
        </span>
      </label>
      <Field label="Body" htmlFor="test-body">
        <Textarea id="test-body" isMono rows={5} value={f.body} onChange={(e) => patch({ body: e.target.value })} />
      </Field>

      <p className="border-t border-indigo-100 pt-2 text-xs font-semibold text-zinc-700 dark:border-indigo-500/20 dark:text-zinc-300">
        Expect
      </p>
      <Field label="Status" htmlFor="test-status" help="Empty: any status">
        <Input
          id="test-status"
          isMono
          inputMode="numeric"
          className="w-24"
          value={f.status}
          onChange={(e) => patch({ status: e.target.value })}
        />
      </Field>
      <Field label="Assertions on the answer body (JSONata)">
        <RowList
          items={f.assertions}
          onChange={(assertions) => patch({ assertions })}
          blank={{ expression: "", op: "equals" as const, value: "" }}
          addLabel="Add assertion"
          itemLabel="assertion"
          className="grid grid-cols-[1fr_104px_auto] items-center gap-1"
        >
          {(a, { set, removeButton }, i) => (
            <>
              <Input
                isMono
                aria-label={`assertion ${i + 1} expression`}
                placeholder="received"
                value={a.expression}
                onChange={(e) => set({ expression: e.target.value })}
              />
              <Select
                aria-label={`assertion ${i + 1} comparison`}
                value={a.op}
                onChange={(e) => set({ op: e.target.value as typeof a.op })}
              >
                {ASSERTION_OPS.map((op) => (
                  <option key={op} value={op}>
                    {OP_LABELS[op]}
                  </option>
                ))}
              </Select>
              {removeButton}
              {OPS_WITH_VALUE.has(a.op) && (
                <Input
                  isMono
                  className="col-span-2"
                  aria-label={`assertion ${i + 1} value`}
                  placeholder='JSON: true, 2000, "text"'
                  value={a.value}
                  onChange={(e) => set({ value: e.target.value })}
                />
              )}
            </>
          )}
        </RowList>
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field label="Nodes that run" htmlFor="test-ran">
          <Input
            id="test-ran"
            isMono
            placeholder="sig, save"
            value={f.ran}
            onChange={(e) => patch({ ran: e.target.value })}
          />
        </Field>
        <Field label="Nodes that do not run" htmlFor="test-not-ran">
          <Input
            id="test-not-ran"
            isMono
            placeholder="save"
            value={f.notRan}
            onChange={(e) => patch({ notRan: e.target.value })}
          />
        </Field>
      </div>
      <Field label="Records written (or, in a dry run, that would be)">
        <RowList
          items={f.records}
          onChange={(records) => patch({ records })}
          blank={{ table: "", op: "insert" as const, count: "1" }}
          addLabel="Add record check"
          itemLabel="records"
          className="grid grid-cols-[1fr_100px_52px_auto] items-center gap-1"
        >
          {(r, { set, removeButton }, i) => (
            <>
              <Input
                isMono
                aria-label={`records ${i + 1} table`}
                placeholder="table"
                value={r.table}
                onChange={(e) => set({ table: e.target.value })}
              />
              <Select
                aria-label={`records ${i + 1} change`}
                value={r.op}
                onChange={(e) => set({ op: e.target.value as typeof r.op })}
              >
                {RECORD_OPS.map((op) => (
                  <option key={op} value={op}>
                    {op === "any" ? "any change" : `${op}s`}
                  </option>
                ))}
              </Select>
              <Input
                isMono
                aria-label={`records ${i + 1} count`}
                inputMode="numeric"
                value={r.count}
                onChange={(e) => set({ count: e.target.value })}
              />
              {removeButton}
            </>
          )}
        </RowList>
      </Field>
      {error && (
        <p className="flex items-start gap-1.5 text-xs leading-4 text-red-600 dark:text-red-400" role="alert">
          <Icon name="alertCircle" size={13} className="mt-px shrink-0" />
          {error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button size="sm" onClick={() => store.getState().closeTestEditor()}>
          Cancel
        </Button>
        <Button size="sm" variant="primary" type="submit" isBusy={isSaving}>
          Save test
        </Button>
      </div>
    </form>
  );
}
