import type { TExecutor } from "@/lib/engine/context";
import type { NodeDefinitionOf, NodeType } from "./catalog";
import type { ConfigOf } from "./define";
import { webhookExecutor } from "./webhook/executor";
import { getRawInputExecutor } from "./get-raw-input/executor";
import { hmacVerifyExecutor } from "./hmac-verify/executor";
import { verifyTokenExecutor } from "./verify-token/executor";
import { conditionalExecutor } from "./conditional/executor";
import { forEachExecutor } from "./for-each/executor";
import { setVariableExecutor } from "./set-variable/executor";
import { addRecordExecutor } from "./add-record/executor";
import { externalRequestExecutor } from "./external-request/executor";
import { responseExecutor } from "./response/executor";
import { dedupeExecutor } from "./dedupe/executor";
import { emitEventExecutor } from "./emit-event/executor";
import { switchExecutor } from "./switch/executor";
import { preconditionExecutor } from "./precondition/executor";
import { getRecordExecutor } from "./get-record/executor";
import { queryRecordsExecutor } from "./query-records/executor";
import { updateRecordExecutor } from "./update-record/executor";
import { deleteRecordExecutor } from "./delete-record/executor";

/** Server-side: how each node type runs. A node type without an executor here does not compile. */
export const EXECUTORS = {
  webhook: webhookExecutor,
  getRawInput: getRawInputExecutor,
  hmacVerify: hmacVerifyExecutor,
  verifyToken: verifyTokenExecutor,
  dedupe: dedupeExecutor,
  conditional: conditionalExecutor,
  forEach: forEachExecutor,
  setVariable: setVariableExecutor,
  addRecord: addRecordExecutor,
  switch: switchExecutor,
  precondition: preconditionExecutor,
  getRecord: getRecordExecutor,
  queryRecords: queryRecordsExecutor,
  updateRecord: updateRecordExecutor,
  deleteRecord: deleteRecordExecutor,
  externalRequest: externalRequestExecutor,
  emitEvent: emitEventExecutor,
  response: responseExecutor,
} satisfies { [K in NodeType]: TExecutor<ConfigOf<NodeDefinitionOf<K>>> };
