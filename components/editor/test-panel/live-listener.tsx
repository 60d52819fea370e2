"use client";

import { useEffect } from "react";
import { useEditor, useEditorStoreApi } from "@/lib/editor-store/context";
import type { TRequestEntry } from "@/lib/editor-store/run-types";
import { runFromEntry } from "@/lib/editor-store/slices/run-slice";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Icon } from "@/components/ui/icon";
import type { TListenEnd } from "@/lib/history/listen-requests";

const FINAL = new Set(["succeeded", "failed"]);

/**
 * Holds the live-request stream while the editor listens (mounted with the side panel, so switching tabs does not
 * stop it). The first finished request is shown on the canvas and listening stops, as n8n's "listen for test event".
 */
export function LiveListener() {
  const store = useEditorStoreApi();
  const isListening = useEditor((s) => s.listen.status === "listening");
  const endpointId = useEditor((s) => s.endpoint.id);

  useEffect(() => {
    if (!isListening) return;
    const s = store.getState();
    const source = new EventSource(s.runApi.listenUrl(endpointId));
    const stop = (next: Parameters<typeof s.setListen>[0]) => {
      source.close();
      store.getState().setListen(next);
    };
    source.addEventListener("ready", () => store.getState().setListen({ ...store.getState().listen, isReady: true }));
    source.addEventListener("request", (event) => {
      const entry = JSON.parse((event as MessageEvent<string>).data) as TRequestEntry;
      if (!FINAL.has(entry.state)) {
        store.getState().setListen({
          status: "listening",
          isReady: true,
          message: `Request ${entry.id} arrived; it is ${entry.state} in the background…`,
        });
        return;
      }
      store.getState().showRun(runFromEntry(entry, "live"));
      store.getState().setPanel("test");
      stop({ status: "off" });
    });
    source.addEventListener("end", (event) => {
      const { reason } = JSON.parse((event as MessageEvent<string>).data) as TListenEnd;
      stop({
        status: "ended",
        message:
          reason === "deleted" ? "The endpoint was deleted." : "Stopped listening after 5 minutes without a request.",
      });
    });
    source.onerror = () => {
      // EventSource reconnects by itself while the server is reachable; a closed stream means it gave up.
      if (source.readyState === EventSource.CLOSED)
        stop({ status: "error", message: "Lost the connection to the server." });
    };
    return () => source.close();
  }, [isListening, endpointId, store]);

  return null;
}

/** The Test panel's listening card: the URL to send to, a curl line, and Stop. */
export function ListeningCard() {
  const store = useEditorStoreApi();
  const url = useEditor((s) => s.endpoint.url);
  const message = useEditor((s) => s.listen.message);
  const isReady = useEditor((s) => !!s.listen.isReady);
  const curl = `curl -X POST ${url} -H 'content-type: application/json' -d '{"hello":"world"}'`;
  return (
    <section
      className="flex flex-col gap-3 border-b border-zinc-200 bg-indigo-50/40 p-4 dark:border-zinc-800 dark:bg-indigo-500/5"
      data-testid="listening"
      data-ready={isReady}
      aria-live="polite"
    >
      <div className="flex items-center gap-2">
        <span className="relative flex h-2.5 w-2.5" aria-hidden="true">
          <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-indigo-400 opacity-60" />
          <span className="relative inline-flex h-2.5 w-2.5 rounded-full bg-indigo-500" />
        </span>
        <p className="text-[13px] font-medium text-zinc-900 dark:text-zinc-100">
          {isReady ? "Listening for a live request…" : "Connecting…"}
        </p>
        <Button size="sm" className="ml-auto" onClick={() => store.getState().setListen({ status: "off" })}>
          Stop
        </Button>
      </div>
      <p className="text-xs leading-[18px] text-zinc-600 dark:text-zinc-400">
        {message ??
          "Send a webhook to the live URL (for example “Send test webhook” in the provider’s dashboard). It shows here and on the canvas the moment it has run."}
      </p>
      <div className="flex min-w-0 items-center gap-1 rounded-md border border-zinc-200 bg-white py-1 pl-2 pr-1 dark:border-zinc-800 dark:bg-zinc-950">
        <code className="min-w-0 flex-1 truncate font-mono text-[11.5px] text-zinc-700 dark:text-zinc-300">{url}</code>
        <CopyButton value={url} label="Copy endpoint URL" />
      </div>
      <div className="flex min-w-0 items-center gap-1 rounded-md bg-zinc-900 py-1 pl-2 pr-1 dark:bg-black">
        <Icon name="command" size={12} className="shrink-0 text-zinc-500" />
        <code className="min-w-0 flex-1 truncate font-mono text-[11px] text-zinc-300">{curl}</code>
        <CopyButton value={curl} label="Copy curl command" className="hover:bg-zinc-800" />
      </div>
    </section>
  );
}
