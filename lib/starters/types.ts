import type { TEndpointSettings } from "@/lib/settings/endpoint-settings";
import type { TGraphInput } from "@/lib/graph/schema";
import type { TFieldType } from "@/lib/table-schema/field-types";
import type { TTestCaseInput } from "@/lib/test-cases/schema";

export type TStarterTable = {
  name: string;
  fields: { name: string; type: TFieldType; required?: boolean; unique?: boolean; indexed?: boolean }[];
};

/** A ready-made function stack a person can start an endpoint from. Isomorphic data: no server imports. */
export type TStarter = {
  id: string;
  title: string;
  description: string;
  /** Who sends the webhooks, as people search for it ("Stripe", "Slack"); "Any" for generic ones. */
  provider: string;
  graph: TGraphInput;
  /** Endpoint settings the stack needs, e.g. `allowedMethods` with GET for a verification handshake. */
  settings?: TEndpointSettings;
  /** Environment variables the stack reads (`$env.NAME`), to be set before publishing. */
  env: readonly string[];
  /** Tables the stack writes to, to be created with it. */
  tables?: readonly TStarterTable[];
  /** The test suite the endpoint starts with (issue #17): a good signed event, a forged one, an ignored type. */
  tests?: readonly TTestCaseInput[];
};
