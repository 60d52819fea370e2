import type { Edge, Node } from "@xyflow/react";
import type { TGraph } from "@/lib/graph/schema";
import type { TGraphProblems } from "@/lib/graph/validate";
import type { TCheckedEndpointView } from "@/lib/endpoints/endpoint-view";
import type { TVersionDetail } from "@/lib/endpoints/get-version";
import type { TEndpointListItem } from "@/lib/endpoints/list-endpoints";
import type { TPresentedEndpoint } from "@/lib/endpoints/present-endpoint";
import type { TVersionSummary } from "@/lib/endpoints/version-view";
import type { TTableView } from "@/lib/tables/table-view";
import type { TServerLimits } from "@/lib/settings/settings-form-fields";
import type { z } from "zod";
import type { ZTableDefinition } from "@/lib/table-schema/field-types";

/** What a canvas node carries: the function stack node's type, config and optional editor label. */
export type TStackNodeData = { type: string; config: Record<string, unknown>; label?: string };
export type TStackNode = Node<TStackNodeData, "stack">;
export type TStackEdge = Edge;

/** An endpoint as the management API answers it (the server's own view types), its draft parsed as a graph. */
export type TEndpoint = Omit<TPresentedEndpoint, "draft"> & {
  draft: TGraph;
  /** In lists only: the latest request. */
  lastRequest?: TEndpointListItem["lastRequest"];
  /** From GET /endpoints/{id} and a draft save: what the validator found. */
  problems?: TGraphProblems;
  /** The server's maxima and defaults (the editor page adds them; the API does not answer them). */
  serverLimits?: TServerLimits;
};

/** An endpoint in lists: everything but its graph. */
export type TEndpointSummary = Omit<TEndpoint, "draft" | "problems">;

/** What a publish sends: an optional note, and `overrideTests` to publish although test cases fail. */
export type TPublishOptions = { note?: string; overrideTests?: boolean };

/**
 * What the editor keeps of a published version to compare it with the draft: the server's version detail, its
 * graph typed (it passed validation when it was published).
 */
export type TVersionContent = Pick<TVersionDetail, "number" | "note" | "settings"> & { graph: TGraph };

/** A table as the editor sends and shows it: the server's table definition (required/unique default to false). */
export type TTableInfo = z.input<typeof ZTableDefinition>;

/** The server calls one editor makes, answering the server's own view types; injected so store tests run without HTTP. */
export type TEditorApi = {
  saveDraft(endpointId: string, graph: TGraph): Promise<TPresentedEndpoint<TCheckedEndpointView>>;
  publish(endpointId: string, options?: TPublishOptions): Promise<TPresentedEndpoint>;
  listVersions(endpointId: string): Promise<TVersionSummary[]>;
  getVersion(endpointId: string, version: number): Promise<TVersionContent>;
  restoreVersion(endpointId: string, version: number): Promise<TPresentedEndpoint<TCheckedEndpointView>>;
  updateEndpoint(endpointId: string, patch: { name?: string; enabled?: boolean }): Promise<TPresentedEndpoint>;
  listEnvNames(): Promise<string[]>;
  setEnv(name: string, value: string): Promise<void>;
  listTables(): Promise<TTableView[]>;
  createTable(table: TTableInfo): Promise<TTableView>;
};

/** Per-node problems from the shared validator, grouped for the canvas badge and the inspector's fields. */
export type TNodeProblems = {
  errors: string[];
  warnings: string[];
  /** Messages by config field name (`condition`, `fields`, ...). */
  fields: Record<string, string[]>;
  /** Warnings by config field name: the field shows them itself. */
  fieldWarnings: Record<string, string[]>;
};
