"use client";

import { useMemo } from "react";
import { getNodeDefinition } from "@/lib/nodes/catalog";
import type { AnyNodeDefinition } from "@/lib/nodes/define";
import { lenientConfig } from "@/lib/graph/variables-in-scope";
import { selectInspectedNodeId, useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { Kbd } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Icon } from "@/components/ui/icon";
import { Input } from "@/components/ui/input";
import { NodeIcon } from "../node-icon";
import { ReadOnlyNote, useIsReadOnly } from "../read-only";
import { RichText } from "../rich-text";
import { ConfigField } from "./config-field";
import { scopeFor } from "./scope";

/** The editor's keys; those that change the stack (`isEdit`) are not listed in a read-only editor. */
const SHORTCUTS: { keys: string[]; what: string; isEdit?: boolean }[] = [
  { keys: ["Ctrl", "S"], what: "Save draft", isEdit: true },
  { keys: ["Ctrl", "Z"], what: "Undo", isEdit: true },
  { keys: ["Ctrl", "Shift", "Z"], what: "Redo", isEdit: true },
  { keys: ["Ctrl", "C"], what: "Copy nodes" },
  { keys: ["Ctrl", "V"], what: "Paste nodes", isEdit: true },
  { keys: ["Ctrl", "D"], what: "Duplicate", isEdit: true },
  { keys: ["Ctrl", "A"], what: "Select all" },
  { keys: ["Shift", "drag"], what: "Select an area" },
  { keys: ["Del"], what: "Delete selection", isEdit: true },
  { keys: ["/"], what: "Search nodes", isEdit: true },
];

export function Inspector() {
  const nodeId = useEditor(selectInspectedNodeId);
  const selectedCount = useEditor((s) => s.selectedNodeIds.length);
  if (nodeId) return <NodeInspector key={nodeId} nodeId={nodeId} />;
  return selectedCount > 1 ? <MultiSelection count={selectedCount} /> : <NothingSelected />;
}

function NothingSelected() {
  const isReadOnly = useIsReadOnly();
  return (
    <div className="flex flex-col gap-6 p-4">
      <div className="rounded-lg border border-dashed border-zinc-200 px-4 py-6 text-center dark:border-zinc-800">
        <Icon name="sliders" size={18} className="mx-auto text-zinc-400" />
        <p className="mt-2 text-[13px] font-medium text-zinc-700 dark:text-zinc-200">No node selected</p>
        <p className="mt-1 text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
          Click a node on the canvas to {isReadOnly ? "see" : "edit"} its settings here.
        </p>
      </div>
      <section aria-labelledby="shortcuts-title">
        <h3 id="shortcuts-title" className="mb-2 text-[11px] font-medium uppercase tracking-wide text-zinc-400">
          Keyboard
        </h3>
        <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          {SHORTCUTS.filter((s) => !(isReadOnly && s.isEdit)).map(({ keys, what }) => (
            <div key={what} className="contents">
              <dt>{what}</dt>
              <dd className="flex justify-end gap-0.5">
                {keys.map((k) => (
                  <Kbd key={k}>{k}</Kbd>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

function MultiSelection({ count }: { count: number }) {
  const store = useEditorStoreApi();
  const isReadOnly = useIsReadOnly();
  if (isReadOnly) {
    return (
      <div className="flex flex-col gap-3 p-4">
        <p className="text-[13px] font-medium">{count} nodes selected</p>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Copy them into an endpoint you can edit.</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 p-4">
      <p className="text-[13px] font-medium">{count} nodes selected</p>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Move them together, copy them into another endpoint, or delete them.
      </p>
      <div className="flex gap-2">
        <Button size="sm" icon="copy" onClick={() => store.getState().duplicateSelection()}>
          Duplicate
        </Button>
        <Button size="sm" icon="trash" onClick={() => store.getState().deleteSelection()}>
          Delete
        </Button>
      </div>
    </div>
  );
}

function isVisible(def: AnyNodeDefinition, name: string, config: Record<string, unknown>) {
  const when = def.fields[name]?.ui.visibleWhen;
  if (!when) return true;
  const value = config[when.field] ?? lenientConfig(def, config)[when.field];
  return typeof value === "string" && when.oneOf.includes(value);
}

function NodeInspector({ nodeId }: { nodeId: string }) {
  const store = useEditorStoreApi();
  const data = useEditor((s) => s.nodes.find((n) => n.id === nodeId)?.data);
  const problems = useEditor((s) => s.problemsByNode[nodeId]);
  const url = useEditor((s) => s.endpoint.url);
  const setLabel = useEditor((s) => s.setNodeLabel);
  const isReadOnly = useIsReadOnly();
  // Recomputed when the graph's shape or configs change, not on every drag frame.
  const edges = useEditor((s) => s.edges);
  const envNames = useEditor((s) => s.envNames);
  const scope = useMemo(
    () => scopeFor(store.getState(), nodeId),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- edges, envNames and data are read through store.getState(): they mark when to recompute
    [store, nodeId, edges, envNames, data],
  );
  if (!data) return null;
  const def = getNodeDefinition(data.type);
  if (!def) {
    return (
      <div className="p-4 text-[13px] text-red-600 dark:text-red-400">
        Unknown node type “{data.type}”. Delete it or import a graph made for this version of Hookstack.
      </div>
    );
  }
  const fieldNames = Object.keys(def.fields);
  const nodeLevel = (problems?.errors ?? []).filter(
    (m) => !Object.values(problems?.fields ?? {}).some((list) => list.includes(m)),
  );
  const visible = fieldNames.filter((name) => isVisible(def, name, data.config));
  const tableName = typeof data.config.table === "string" ? data.config.table : undefined;
  const mapKeys = fieldNames
    .filter((name) => def.fields[name]?.ui.kind === "expressionMap")
    .flatMap((name) => Object.keys((data.config[name] as Record<string, unknown> | undefined) ?? {}));

  return (
    <div className="flex flex-col">
      <div className="flex items-start gap-3 border-b border-zinc-100 p-4 dark:border-zinc-800">
        <span
          aria-hidden="true"
          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-lg bg-zinc-50 text-[17px] text-zinc-600 ring-1 ring-inset ring-zinc-200/80 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-700"
        >
          <NodeIcon glyph={def.icon} size={17} />
        </span>
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-[14px] font-semibold tracking-tight" data-testid="inspector-title">
            {data.label || def.title}
          </h2>
          <div className="flex items-center gap-1 text-[11.5px] text-zinc-500">
            <span className="truncate font-mono">{nodeId}</span>
            <CopyButton value={nodeId} label="Copy node id" className="h-5 w-5" />
          </div>
        </div>
        {def.hasInput && !isReadOnly && (
          <Button
            variant="ghost"
            size="sm"
            iconOnly
            icon="trash"
            aria-label="Delete node"
            title="Delete node (Del)"
            onClick={() => store.getState().deleteNodes([nodeId])}
          />
        )}
      </div>

      <div className="flex flex-col gap-5 p-4">
        <p className="text-xs leading-[18px] text-zinc-500 dark:text-zinc-400">
          <RichText text={def.description} />
        </p>

        {nodeLevel.length > 0 && (
          <ul
            className="flex flex-col gap-1.5 rounded-lg border border-red-200 bg-red-50 p-3 text-xs text-red-700 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-300"
            role="alert"
          >
            {nodeLevel.map((m) => (
              <li key={m} className="flex gap-2">
                <Icon name="alertCircle" size={14} className="mt-px shrink-0" />
                {m}
              </li>
            ))}
          </ul>
        )}
        {/* A field's own warnings show under the field. */}
        {(problems?.warnings ?? [])
          .filter((m) => !Object.values(problems?.fieldWarnings ?? {}).some((list) => list.includes(m)))
          .map((m) => (
            <p
              key={m}
              className="flex gap-2 rounded-lg border border-amber-200 bg-amber-50 p-3 text-xs text-amber-800 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-300"
            >
              <Icon name="alertTriangle" size={14} className="mt-px shrink-0" />
              {m}
            </p>
          ))}

        {!def.hasInput && (
          <Field label="Public URL" help="Requests to this URL run the published version.">
            <div className="flex h-8 items-center gap-1 rounded-md border border-zinc-200 bg-zinc-50 pl-2.5 pr-1 dark:border-zinc-700/80 dark:bg-zinc-950">
              <code className="min-w-0 flex-1 truncate font-mono text-[12px] text-zinc-700 dark:text-zinc-300">
                {url}
              </code>
              <CopyButton value={url} label="Copy URL" />
            </div>
          </Field>
        )}

        {isReadOnly && <ReadOnlyNote />}
        {/* Disabled as one: a viewer reads every field and changes none (the store refuses the change anyway). */}
        <fieldset disabled={isReadOnly} className="contents" data-testid="inspector-fields">
          {visible.map((name) => (
            <ConfigField
              key={name}
              nodeId={nodeId}
              name={name}
              spec={def.fields[name]!}
              value={data.config[name]}
              errors={problems?.fields[name]}
              tableName={tableName}
              mapKeys={mapKeys}
            />
          ))}

          <Field
            label="Label on canvas"
            htmlFor={`field-${nodeId}-__label`}
            help="Optional; shown instead of the node's title."
          >
            <Input
              id={`field-${nodeId}-__label`}
              value={data.label ?? ""}
              placeholder={def.title}
              maxLength={120}
              onChange={(e) => setLabel(nodeId, e.target.value)}
              autoComplete="off"
            />
          </Field>
        </fieldset>

        <details className="group rounded-lg border border-zinc-200 dark:border-zinc-800">
          <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-xs font-medium text-zinc-600 dark:text-zinc-300">
            <Icon name="chevronRight" size={13} className="transition-transform group-open:rotate-90" />
            Variables available here
            <span className="ml-auto text-zinc-400">{scope.length}</span>
          </summary>
          <ul className="flex flex-col gap-1 border-t border-zinc-100 px-3 py-2 dark:border-zinc-800">
            {scope.map((v) => (
              <li key={v.expression} className="flex items-baseline gap-2 text-xs">
                <code className="shrink-0 font-mono text-[11.5px] text-zinc-800 dark:text-zinc-200">
                  {v.expression}
                </code>
                <span className="truncate text-zinc-500 dark:text-zinc-400">{v.description}</span>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}
