"use client";

import { useMemo, useState } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import { CONTENT_TYPES, formatJson } from "@/lib/editor-store/composer";
import { signatureNodeOf } from "@/lib/editor-store/signature-node";
import { SAMPLES } from "@/lib/samples";
import { SIGNATURE_PRESETS } from "@/lib/signatures/preset-list";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { Input, Select, Textarea } from "@/components/ui/input";
import { ReadOnlyTip, useIsReadOnly } from "../read-only";
import { formatBytes } from "../trace/format";

const METHODS = ["POST", "PUT", "PATCH", "GET", "DELETE"] as const;
const LABEL = "text-xs font-medium text-zinc-700 dark:text-zinc-300";

function HeadersTable() {
  const headers = useEditor((s) => s.composer.headers);
  const setHeader = useEditor((s) => s.setHeader);
  const addHeader = useEditor((s) => s.addHeader);
  const removeHeader = useEditor((s) => s.removeHeader);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between">
        <span className={LABEL} id="composer-headers-label">
          Headers{" "}
          <span className="font-normal tabular-nums text-zinc-400">
            {headers.filter((h) => h.isEnabled && h.name).length}
          </span>
        </span>
        <Button size="sm" variant="ghost" icon="plus" onClick={addHeader}>
          Add
        </Button>
      </div>
      {headers.length > 0 && (
        <ul className="flex flex-col gap-1" aria-labelledby="composer-headers-label" data-testid="composer-headers">
          {headers.map((h) => (
            <li
              key={h.id}
              className="group grid grid-cols-[auto_minmax(0,2fr)_minmax(0,3fr)_auto] items-center gap-1"
              data-header-name={h.name}
            >
              <input
                type="checkbox"
                checked={h.isEnabled}
                onChange={(e) => setHeader(h.id, { isEnabled: e.target.checked })}
                aria-label={`Send ${h.name || "this header"}`}
                className="h-3.5 w-3.5 shrink-0 accent-indigo-600"
              />
              <Input
                value={h.name}
                onChange={(e) => setHeader(h.id, { name: e.target.value })}
                placeholder="name"
                aria-label="Header name"
                isMono
                className={cn("h-7 px-1.5 text-[11.5px]", !h.isEnabled && "opacity-50")}
              />
              <Input
                value={h.value}
                onChange={(e) => setHeader(h.id, { value: e.target.value })}
                placeholder="value"
                aria-label={`Value of ${h.name || "header"}`}
                isMono
                className={cn(
                  "h-7 px-1.5 text-[11.5px]",
                  !h.isEnabled && "opacity-50",
                  h.isSigned && "border-emerald-300 dark:border-emerald-500/50",
                )}
                title={h.isSigned ? "Added by Sign it; signed again before a run when the body changed" : undefined}
              />
              <Button
                size="sm"
                variant="ghost"
                iconOnly
                icon="trash"
                aria-label={`Remove ${h.name || "header"}`}
                className="opacity-60 group-hover:opacity-100"
                onClick={() => removeHeader(h.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The stack's signature node, for the "Sign it" hint: which provider and which secret it will use. */
function useSignatureNode() {
  const node = useEditor(signatureNodeOf);
  return useMemo(() => {
    if (!node) return undefined;
    const preset = String(node.data.config.preset ?? "generic");
    return {
      id: node.id,
      label: SIGNATURE_PRESETS.find((p) => p.id === preset)?.label ?? preset,
      secret: typeof node.data.config.secret === "string" ? node.data.config.secret : "",
    };
  }, [node]);
}

function SignRow() {
  const store = useEditorStoreApi();
  const sig = useSignatureNode();
  const busy = useEditor((s) => s.runBusy);
  const isSigned = useEditor((s) => s.composer.headers.some((h) => h.isSigned && h.isEnabled));
  const isReadOnly = useIsReadOnly();
  if (!sig) {
    return <p className="text-xs text-zinc-400">No Verify signature node in this stack: nothing to sign.</p>;
  }
  return (
    <div className="flex items-start gap-2 rounded-lg border border-zinc-200 bg-zinc-50/70 px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900/60">
      <Icon
        name="shieldCheck"
        size={15}
        className={cn("mt-0.5 shrink-0", isSigned ? "text-emerald-600 dark:text-emerald-400" : "text-zinc-400")}
      />
      <p className="min-w-0 flex-1 text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">
        {isSigned ? "Signed" : "Unsigned"} · {sig.label} signature with{" "}
        <code className="break-all font-mono text-[11px] text-zinc-800 dark:text-zinc-200">
          {sig.secret || "no secret set"}
        </code>
        {isSigned && <span className="block text-zinc-400">Signed again before each run when the body changes.</span>}
      </p>
      <ReadOnlyTip isRun align="end">
        <Button
          size="sm"
          icon="key"
          isBusy={busy === "sign"}
          disabled={(busy !== null && busy !== "sign") || isReadOnly}
          onClick={() => void store.getState().signComposer()}
        >
          {isSigned ? "Re-sign" : "Sign it"}
        </Button>
      </ReadOnlyTip>
    </div>
  );
}

function BodyEditor() {
  const store = useEditorStoreApi();
  const body = useEditor((s) => s.composer.body);
  const contentType = useEditor((s) => s.composer.contentType);
  const setComposer = useEditor((s) => s.setComposer);
  const [formatError, setFormatError] = useState(false);
  const isJsonType = /json/i.test(contentType);
  const isInvalidJson = isJsonType && body.trim() !== "" && formatJson(body) === undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-center justify-between">
        <label htmlFor="composer-body" className={LABEL}>
          Body{" "}
          <span className="font-normal tabular-nums text-zinc-400">
            {formatBytes(new TextEncoder().encode(body).length)}
          </span>
        </label>
        <Button
          size="sm"
          variant="ghost"
          icon="braces"
          onClick={() => setFormatError(!store.getState().formatBody())}
          title="Pretty-print the JSON body (the raw text is what gets sent and signed)"
        >
          Format JSON
        </Button>
      </div>
      <Textarea
        id="composer-body"
        value={body}
        onChange={(e) => {
          setFormatError(false);
          setComposer({ body: e.target.value });
        }}
        rows={14}
        isMono
        spellCheck={false}
        isInvalid={isInvalidJson}
        className="resize-y text-[11.5px] leading-[17px]"
        placeholder='{ "event": "..." }'
      />
      {(isInvalidJson || formatError) && (
        <p className="text-xs text-amber-700 dark:text-amber-400" role="status">
          The body is not valid JSON{isJsonType ? " although the content type says JSON" : ""}. It is sent exactly as
          written.
        </p>
      )}
    </div>
  );
}

/** The request the test panel sends: a sample to start from, method, content type, headers, body, signature. */
export function RequestComposer() {
  const store = useEditorStoreApi();
  const method = useEditor((s) => s.composer.method);
  const contentType = useEditor((s) => s.composer.contentType);
  const sampleId = useEditor((s) => s.composer.sampleId);
  const query = useEditor((s) => s.composer.query ?? "");
  const setComposer = useEditor((s) => s.setComposer);
  const isReadOnly = useIsReadOnly();
  return (
    <section aria-labelledby="composer-title" className="flex flex-col gap-3 p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 id="composer-title" className="text-[11px] font-medium uppercase tracking-wide text-zinc-400">
          Request
        </h3>
        {!isReadOnly && (
          <Button
            size="sm"
            variant="ghost"
            icon="save"
            className="-my-1"
            onClick={() => store.getState().saveComposerAsTest()}
            title="Keep this request, with the answer it got, in the endpoint’s test suite"
          >
            Save as test
          </Button>
        )}
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="composer-sample" className={LABEL}>
          Start from a sample
        </label>
        <Select
          id="composer-sample"
          value={sampleId ?? ""}
          onChange={(e) => e.target.value && store.getState().loadSample(e.target.value)}
        >
          <option value="">Custom request</option>
          {SAMPLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid grid-cols-[96px_1fr] gap-2">
        <div className="flex flex-col gap-1.5">
          <label htmlFor="composer-method" className={LABEL}>
            Method
          </label>
          <Select id="composer-method" value={method} onChange={(e) => setComposer({ method: e.target.value })}>
            {METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </Select>
        </div>
        <div className="flex min-w-0 flex-col gap-1.5">
          <label htmlFor="composer-content-type" className={LABEL}>
            Content type
          </label>
          <Input
            id="composer-content-type"
            list="composer-content-types"
            value={contentType}
            isMono
            className="text-[11.5px]"
            onChange={(e) => setComposer({ contentType: e.target.value })}
          />
          <datalist id="composer-content-types">
            {CONTENT_TYPES.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="composer-query" className={LABEL}>
          Query <span className="font-normal text-zinc-400">after ? in the URL, read as $request.query</span>
        </label>
        <Input
          id="composer-query"
          value={query}
          isMono
          className="text-[11.5px]"
          placeholder="source=github&env=prod"
          onChange={(e) => setComposer({ query: e.target.value })}
        />
      </div>
      <HeadersTable />
      <BodyEditor />
      <SignRow />
    </section>
  );
}
