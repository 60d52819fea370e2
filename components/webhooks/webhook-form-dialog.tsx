"use client";

import { useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { TCreateWebhook } from "@/lib/webhooks/schemas";
import type { TWebhookView } from "@/lib/webhooks/webhook-view";

export type TWebhookForm = Pick<TCreateWebhook, "url" | "events" | "name" | "headers" | "tlsVerify">;

const parseHeaders = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf(":");
        return at < 0 ? [line, ""] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );

/** Create or edit a subscription: URL, events (exact names or wildcards), name, extra headers, TLS check. */
export function WebhookFormDialog(props: {
  open: boolean;
  initial?: TWebhookView;
  eventTypes: readonly string[];
  isBusy: boolean;
  error?: string;
  onClose(): void;
  onSubmit(form: TWebhookForm): void;
}) {
  const { initial } = props;
  const [url, setUrl] = useState(initial?.url ?? "");
  const [name, setName] = useState(initial?.name ?? "");
  const [events, setEvents] = useState((initial?.events ?? ["*"]).join(", "));
  const [headers, setHeaders] = useState(
    Object.entries(initial?.headers ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join("\n"),
  );
  const [tlsVerify, setTlsVerify] = useState(initial?.tlsVerify ?? true);
  const submit = () =>
    props.onSubmit({
      url: url.trim(),
      name: name.trim(),
      events: events
        .split(",")
        .map((e) => e.trim())
        .filter(Boolean),
      headers: parseHeaders(headers),
      tlsVerify,
    });
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      onSubmit={submit}
      title={initial ? "Edit webhook" : "New webhook"}
      description="Hookstack POSTs each matching event to this URL, signed (Standard Webhooks)."
      footer={
        <>
          <Button type="button" variant="ghost" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" isBusy={props.isBusy}>
            {initial ? "Save" : "Create webhook"}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <Field label="URL" htmlFor="wh-url" isRequired>
          <Input
            id="wh-url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://example.com/webhooks"
            isMono
            autoFocus
          />
        </Field>
        <Field
          label="Events"
          htmlFor="wh-events"
          isRequired
          help={`Comma-separated; wildcards like record.* or *. Known: ${props.eventTypes.join(", ")}`}
        >
          <Input id="wh-events" value={events} onChange={(e) => setEvents(e.target.value)} isMono />
        </Field>
        <Field label="Name" htmlFor="wh-name">
          <Input id="wh-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Billing service" />
        </Field>
        <Field label="Extra headers" htmlFor="wh-headers" help="One per line, Name: value">
          <Textarea id="wh-headers" rows={2} value={headers} onChange={(e) => setHeaders(e.target.value)} isMono />
        </Field>
        <label className="flex items-center gap-2 text-xs text-zinc-700 dark:text-zinc-300">
          <input type="checkbox" checked={tlsVerify} onChange={(e) => setTlsVerify(e.target.checked)} /> Verify the
          receiver&apos;s TLS certificate
        </label>
        {props.error && (
          <p role="alert" className="text-xs text-red-600 dark:text-red-400">
            {props.error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
