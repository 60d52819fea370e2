import type { AnyNodeDefinition } from "./define";
import { webhookNode } from "./webhook/definition";
import { getRawInputNode } from "./get-raw-input/definition";
import { hmacVerifyNode } from "./hmac-verify/definition";
import { verifyTokenNode } from "./verify-token/definition";
import { conditionalNode } from "./conditional/definition";
import { forEachNode } from "./for-each/definition";
import { addRecordNode } from "./add-record/definition";
import { externalRequestNode } from "./external-request/definition";
import { setVariableNode } from "./set-variable/definition";
import { responseNode } from "./response/definition";
import { dedupeNode } from "./dedupe/definition";
import { emitEventNode } from "./emit-event/definition";
import { switchNode } from "./switch/definition";
import { preconditionNode } from "./precondition/definition";
import { getRecordNode } from "./get-record/definition";
import { queryRecordsNode } from "./query-records/definition";
import { updateRecordNode } from "./update-record/definition";
import { deleteRecordNode } from "./delete-record/definition";

/**
 * The node catalog: every node type, defined once. Isomorphic — validation, the interpreter, the published
 * JSON Schema, the palette and the inspector all read it. Executors live in ./executors.ts (server only).
 */
export const NODE_DEFINITIONS = [
  webhookNode,
  getRawInputNode,
  hmacVerifyNode,
  verifyTokenNode,
  dedupeNode,
  preconditionNode,
  conditionalNode,
  switchNode,
  forEachNode,
  setVariableNode,
  getRecordNode,
  queryRecordsNode,
  addRecordNode,
  updateRecordNode,
  deleteRecordNode,
  externalRequestNode,
  emitEventNode,
  responseNode,
] as const;

export type NodeType = (typeof NODE_DEFINITIONS)[number]["type"];
export type NodeDefinitionOf<T extends NodeType> = Extract<(typeof NODE_DEFINITIONS)[number], { type: T }>;

const byType = new Map<string, AnyNodeDefinition>(NODE_DEFINITIONS.map((d) => [d.type, d as AnyNodeDefinition]));

export function getNodeDefinition(type: string): AnyNodeDefinition | undefined {
  return byType.get(type);
}

export function isNodeType(type: string): type is NodeType {
  return byType.has(type);
}
