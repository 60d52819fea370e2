"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { AppHeader } from "@/components/app-header";
import { EndpointsEmptyState } from "@/components/endpoints/empty-state";
import { EndpointNameDialog } from "@/components/endpoints/endpoint-name-dialog";
import { NewEndpointDialog } from "@/components/endpoints/new-endpoint-dialog";
import { EndpointTable, type EndpointActions } from "@/components/endpoints/endpoint-table";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { ToastProvider, useToast } from "@/components/ui/toast";
import { hookstackApi } from "@/lib/editor-store/api-client";
import type { TEndpointSummary } from "@/lib/editor-store/types";

type Dialogs =
  | { kind: "none" }
  | { kind: "create" }
  | { kind: "rename"; endpoint: TEndpointSummary }
  | { kind: "delete"; endpoint: TEndpointSummary };

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

type Props = {
  initialEndpoints: TEndpointSummary[];
  /** false for viewers: the list is read-only. */ canEdit: boolean;
};

export function EndpointsPageClient({ initialEndpoints, canEdit }: Props) {
  return (
    <ToastProvider>
      <EndpointsPage initialEndpoints={initialEndpoints} canEdit={canEdit} />
    </ToastProvider>
  );
}

function EndpointsPage({ initialEndpoints, canEdit }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [endpoints, setEndpoints] = useState(initialEndpoints);
  const [dialog, setDialog] = useState<Dialogs>({ kind: "none" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const close = () => {
    setDialog({ kind: "none" });
    setError(undefined);
  };
  const reload = useCallback(async () => {
    setEndpoints(await hookstackApi.listEndpoints());
  }, []);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError(message(err));
    } finally {
      setBusy(false);
    }
  };

  const create = (input: { name: string; starter?: string }) =>
    run(async () => {
      const created = await hookstackApi.createEndpoint(input);
      router.push(`/endpoints/${created.id}`);
    });
  const rename = (endpoint: TEndpointSummary, name: string) =>
    run(async () => {
      await hookstackApi.updateEndpoint(endpoint.id, { name });
      setEndpoints((list) => list.map((e) => (e.id === endpoint.id ? { ...e, name } : e)));
      close();
    });
  const remove = (endpoint: TEndpointSummary) =>
    run(async () => {
      await hookstackApi.deleteEndpoint(endpoint.id);
      setEndpoints((list) => list.filter((e) => e.id !== endpoint.id));
      close();
      toast({ title: `Deleted “${endpoint.name}”`, tone: "success" });
    });

  const actions: EndpointActions = {
    onToggle(endpoint, enabled) {
      // Optimistic: the switch answers at once and flips back if the server refuses.
      setEndpoints((list) => list.map((e) => (e.id === endpoint.id ? { ...e, enabled } : e)));
      hookstackApi.updateEndpoint(endpoint.id, { enabled }).catch((err) => {
        setEndpoints((list) => list.map((e) => (e.id === endpoint.id ? { ...e, enabled: !enabled } : e)));
        toast({ title: "Could not change the endpoint", description: message(err), tone: "danger" });
      });
    },
    onRename: (endpoint) => setDialog({ kind: "rename", endpoint }),
    onDelete: (endpoint) => setDialog({ kind: "delete", endpoint }),
    onDuplicate(endpoint) {
      hookstackApi
        .duplicateEndpoint(endpoint.id)
        .then(async (copy) => {
          await reload();
          toast({
            title: `Duplicated as “${copy.name}”`,
            description: "The copy starts as an unpublished draft.",
            tone: "success",
          });
        })
        .catch((err) => toast({ title: "Could not duplicate", description: message(err), tone: "danger" }));
    },
  };

  const isEmpty = endpoints.length === 0;
  return (
    <div className="min-h-screen">
      <AppHeader />
      <main className="mx-auto max-w-6xl px-6 py-8">
        <div className="mb-6 flex items-end justify-between gap-4">
          <div>
            <h1 className="text-xl font-semibold tracking-tight">Endpoints</h1>
            <p className="mt-1 text-[13px] text-zinc-500 dark:text-zinc-400">
              Each endpoint is a URL that runs its published function stack whenever a webhook arrives.
            </p>
          </div>
          {!isEmpty && canEdit && (
            <Button variant="primary" icon="plus" onClick={() => setDialog({ kind: "create" })}>
              New endpoint
            </Button>
          )}
        </div>
        {isEmpty ? (
          canEdit ? (
            <EndpointsEmptyState onCreate={() => setDialog({ kind: "create" })} />
          ) : (
            <p className="text-[13px] text-zinc-500">
              No endpoints yet. As a viewer you can read what editors build here.
            </p>
          )
        ) : (
          <EndpointTable endpoints={endpoints} actions={canEdit ? actions : undefined} />
        )}
      </main>

      <NewEndpointDialog
        open={dialog.kind === "create"}
        onClose={close}
        onSubmit={create}
        error={dialog.kind === "create" ? error : undefined}
        isBusy={busy}
      />
      <EndpointNameDialog
        open={dialog.kind === "rename"}
        onClose={close}
        onSubmit={(name) => dialog.kind === "rename" && rename(dialog.endpoint, name)}
        title="Rename endpoint"
        submitLabel="Rename"
        initialName={dialog.kind === "rename" ? dialog.endpoint.name : ""}
        error={dialog.kind === "rename" ? error : undefined}
        isBusy={busy}
      />
      <ConfirmDialog
        open={dialog.kind === "delete"}
        onClose={close}
        onConfirm={() => dialog.kind === "delete" && remove(dialog.endpoint)}
        title={dialog.kind === "delete" ? `Delete “${dialog.endpoint.name}”?` : ""}
        description={
          <>
            Its URL stops answering at once, and its versions and request history are deleted. This cannot be undone.
            {error && <span className="mt-2 block text-red-600 dark:text-red-400">{error}</span>}
          </>
        }
        confirmLabel="Delete endpoint"
        isBusy={busy}
      />
    </div>
  );
}
