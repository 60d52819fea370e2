"use client";

import { formatTime } from "@/lib/format/time";
import { Fragment, useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { TDeliveryDetail } from "@/lib/webhooks/get-delivery";
import type { TDeliveryView } from "@/lib/webhooks/delivery-view";
import { AttemptTimeline } from "./attempt-timeline";
import { DeliveryStatusBadge, ResponseCode } from "./status-badges";
import { webhooksApi } from "./webhooks-api";

const HEAD = "px-3 text-left text-[11px] font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400";

type Props = {
  webhookId: string;
  eventTypes: readonly string[];
  refreshKey: number;
  onMessage(text: string, isError?: boolean): void;
  /** false for viewers: the log without redeliver and recover. */
  canEdit: boolean;
};

/** A subscription's deliveries, newest first, with filters, the attempt timeline of the open row, redeliver and recover. */
export function DeliveryLog({ webhookId, eventTypes, refreshKey, onMessage, canEdit }: Props) {
  const [filter, setFilter] = useState({ status: "", eventType: "" });
  const [rows, setRows] = useState<TDeliveryView[]>([]);
  const [open, setOpen] = useState<TDeliveryDetail | null>(null);
  const [since, setSince] = useState(() => new Date(Date.now() - 86_400_000).toISOString().slice(0, 16));

  const load = useCallback(async () => {
    setRows(await webhooksApi.deliveries(webhookId, filter));
  }, [webhookId, filter]);
  const openRow = async (deliveryId: string) => setOpen(await webhooksApi.delivery(webhookId, deliveryId));

  useEffect(() => {
    void load();
  }, [load, refreshKey]);
  // While anything is pending, follow it: the worker's attempts show up without a reload.
  useEffect(() => {
    if (!rows.some((r) => r.status === "pending")) return;
    const t = setInterval(() => {
      void load();
      if (open) void openRow(open.id);
    }, 1500);
    return () => clearInterval(t);
  });

  const redeliver = async (deliveryId: string) => {
    try {
      await webhooksApi.redeliver(webhookId, deliveryId);
      onMessage("Queued for redelivery");
      await load();
      await openRow(deliveryId);
    } catch (err) {
      onMessage((err as Error).message, true);
    }
  };
  const recover = async () => {
    try {
      const { recovered } = await webhooksApi.recover(webhookId, new Date(since).toISOString());
      onMessage(`${recovered} failed deliver${recovered === 1 ? "y" : "ies"} queued again`);
      await load();
    } catch (err) {
      onMessage((err as Error).message, true);
    }
  };

  return (
    <section aria-label="Delivery log" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-2">
        <h2 className="mr-auto text-[15px] font-semibold">Delivery log</h2>
        <Select
          aria-label="Status"
          value={filter.status}
          onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value }))}
          className="w-36"
        >
          <option value="">All statuses</option>
          <option value="pending">Pending</option>
          <option value="delivered">Delivered</option>
          <option value="failed">Failed</option>
        </Select>
        <Select
          aria-label="Event type"
          value={filter.eventType}
          onChange={(e) => setFilter((f) => ({ ...f, eventType: e.target.value }))}
          className="w-52"
        >
          <option value="">All event types</option>
          {eventTypes.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </Select>
        {canEdit && (
          <>
            <div className="w-56">
              <Input
                aria-label="Failed since"
                type="datetime-local"
                value={since}
                onChange={(e) => setSince(e.target.value)}
              />
            </div>
            <Button onClick={() => void recover()}>Recover failed since</Button>
          </>
        )}
        <Button variant="ghost" onClick={() => void load()}>
          Refresh
        </Button>
      </div>
      <div className="rounded-xl border border-zinc-200 bg-white shadow-xs dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full border-collapse text-[13px]">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr className="h-9">
              <th className={HEAD}>Event</th>
              <th className={HEAD}>Status</th>
              <th className={HEAD}>Attempts</th>
              <th className={HEAD}>Code</th>
              <th className={HEAD}>Time</th>
              <th className={HEAD}>Created</th>
              <th className={HEAD}>Next retry</th>
              <th className={HEAD}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
            {rows.length === 0 && (
              <tr>
                <td colSpan={8} className="px-3 py-6 text-center text-zinc-500">
                  No deliveries{filter.status || filter.eventType ? " match" : " yet"}.
                </td>
              </tr>
            )}
            {rows.map((d) => (
              <Fragment key={d.id}>
                <tr
                  className="h-10 cursor-pointer hover:bg-zinc-50/70 dark:hover:bg-zinc-800/30"
                  data-delivery-id={d.id}
                  onClick={() => (open?.id === d.id ? setOpen(null) : void openRow(d.id))}
                >
                  <td className="px-3">
                    <span className="font-mono text-[12px]">{d.eventType}</span>
                    <div className="font-mono text-[10.5px] text-zinc-400">{d.eventId}</div>
                  </td>
                  <td className="px-3">
                    <DeliveryStatusBadge status={d.status} />
                  </td>
                  <td className="px-3">{d.attempts}</td>
                  <td className="px-3">
                    <ResponseCode code={d.responseCode} />
                  </td>
                  <td className="px-3 text-zinc-500">{d.responseTimeMs === null ? "—" : `${d.responseTimeMs} ms`}</td>
                  <td className="px-3 text-zinc-500">{formatTime(d.createdAt)}</td>
                  <td className="px-3 text-zinc-500">{d.nextAttemptAt ? formatTime(d.nextAttemptAt) : "—"}</td>
                  <td className="px-3 text-right">
                    {canEdit && (
                      <Button
                        size="sm"
                        onClick={(e) => {
                          e.stopPropagation();
                          void redeliver(d.id);
                        }}
                      >
                        Redeliver
                      </Button>
                    )}
                  </td>
                </tr>
                {open?.id === d.id && (
                  <tr>
                    <td colSpan={8} className="bg-zinc-50/40 px-4 py-4 dark:bg-zinc-950/40">
                      <AttemptTimeline detail={open} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
