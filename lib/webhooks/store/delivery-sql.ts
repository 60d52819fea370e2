import type { TAttemptRecord, TDeliveryToSend } from "../delivery/delivery-store";

/** The placeholders of one dialect: `?` for SQLite, `$1…` for PostgreSQL. */
type TDialect = "sqlite" | "postgres";
const numbered = (sql: string, dialect: TDialect) => {
  let n = 0;
  return dialect === "sqlite" ? sql : sql.replace(/\?/g, () => `$${++n}`);
};

export function deliverySql(dialect: TDialect) {
  return {
    load: numbered(
      `SELECT d.id, d.status, d.attempts, d.locked_by, s.id AS sub_id, s.url, s.status AS sub_status, s.secret,
              s.previous_secret, s.previous_secret_expires_at, s.headers, s.basic_auth, s.tls_verify, s.retry_schedule,
              s.failing_since, e.id AS event_id, e.type AS event_type, e.created_at AS event_created_at, e.data AS event_data
         FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
         LEFT JOIN webhook_events e ON e.id = d.event_id
        WHERE d.id = ?`,
      dialect,
    ),
    postpone: numbered(
      `UPDATE webhook_deliveries SET locked_by = NULL, lease_until = NULL, next_attempt_at = ? WHERE id = ? AND locked_by = ?`,
      dialect,
    ),
    // The subscription's row before the delivery's, as everything else that writes both takes them (a resume's
    // update, a delete's final cascade); the other order deadlocked with them on PostgreSQL.
    streak: numbered(`UPDATE webhook_subscriptions SET failing_since = ? WHERE id = ?`, dialect),
    disable: numbered(
      `UPDATE webhook_subscriptions SET failing_since = ?, status = 'disabled', disabled_reason = ?, updated_at = ? WHERE id = ?`,
      dialect,
    ),
    delivery: numbered(
      `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, next_attempt_at = ?, locked_by = NULL,
              lease_until = NULL, response_code = ?, response_time_ms = ?, updated_at = ?
        WHERE id = ? AND locked_by = ? AND status = 'pending'`,
      dialect,
    ),
    attempt: numbered(
      `INSERT INTO webhook_attempts (id, delivery_id, attempted_at, duration_ms, response_code, response_headers,
              response_body, request_headers, error, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      dialect,
    ),
  };
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A row of `load` as the worker reads it (SQLite's booleans are 0/1; BIGINTs may come as bigint or string). */
export function deliveryOfRow(r: Record<string, unknown>): TDeliveryToSend {
  return {
    id: r.id as string,
    status: r.status as string,
    attempts: Number(r.attempts),
    lockedBy: (r.locked_by as string | null) ?? null,
    subscription: {
      id: r.sub_id as string,
      url: r.url as string,
      status: r.sub_status as string,
      secret: r.secret as string,
      previousSecret: (r.previous_secret as string | null) ?? null,
      previousSecretExpiresAt: num(r.previous_secret_expires_at),
      headers: r.headers as string,
      basicAuth: (r.basic_auth as string | null) ?? null,
      tlsVerify: Boolean(r.tls_verify),
      retrySchedule: r.retry_schedule as string,
      failingSince: num(r.failing_since),
    },
    event:
      r.event_id === null || r.event_id === undefined
        ? null
        : {
            id: r.event_id as string,
            type: r.event_type as string,
            createdAt: Number(r.event_created_at),
            data: r.event_data as string,
          },
  };
}

/** The statements one attempt writes, in order, with their values; `mustChange`: refused (rolled back) if no row changed. */
export function attemptWrites(
  sql: ReturnType<typeof deliverySql>,
  o: TAttemptRecord,
): { text: string; values: unknown[]; mustChange: boolean }[] {
  const { attempt, outcome, now } = o;
  const writes: { text: string; values: unknown[]; mustChange: boolean }[] = [];
  // Only when it changes: a success on a healthy subscription leaves its row alone, so parallel deliveries do not
  // queue on it. Deleted meanwhile (its deliveries with it): nothing to record.
  if (outcome.disableReason !== null) {
    writes.push({
      text: sql.disable,
      values: [outcome.failingSince, outcome.disableReason, now, o.subscription.id],
      mustChange: true,
    });
  } else if (outcome.failingSince !== o.subscription.failingSince) {
    writes.push({ text: sql.streak, values: [outcome.failingSince, o.subscription.id], mustChange: true });
  }
  const status = outcome.delivered ? "delivered" : outcome.nextAttemptAt === null ? "failed" : "pending";
  writes.push({
    text: sql.delivery,
    values: [status, outcome.nextAttemptAt, attempt.responseCode, attempt.durationMs, now, o.deliveryId, o.workerId],
    mustChange: true,
  });
  writes.push({
    text: sql.attempt,
    values: [
      o.attemptId,
      o.deliveryId,
      attempt.attemptedAt,
      attempt.durationMs,
      attempt.responseCode,
      JSON.stringify(attempt.responseHeaders),
      attempt.responseBody,
      JSON.stringify(attempt.requestHeaders),
      attempt.error,
      outcome.nextAttemptAt,
    ],
    mustChange: false,
  });
  return writes;
}
