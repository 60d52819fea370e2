/** Event types Hookstack emits by itself; stacks add their own with the `emitEvent` node. */
export const BUILT_IN_EVENT_TYPES = [
  { type: "record.created", description: "a record was added to a table: { table, record }" },
  { type: "record.updated", description: "a record was changed: { table, record }" },
  { type: "record.deleted", description: "a record was deleted: { table, record }" },
  { type: "endpoint.request.failed", description: "a run ended in an error: { endpointId, requestId, status, error }" },
  { type: "webhook.test", description: "sent by the Test button or POST /webhooks/{id}/test" },
] as const;
