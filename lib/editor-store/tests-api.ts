import type { TTestCaseFields, TTestCaseInput, TTestCaseView } from "@/lib/test-cases/schema";
import type { TSuiteResult } from "@/lib/test-cases/types";
import type { TImportTestsResult } from "@/lib/test-suites/import-tests";
import { call, id } from "./api-client";

/** The Tests tab's calls to the management API, answering the server's own types; injected so store tests run without HTTP. */
export type TTestsApi = {
  list(endpointId: string): Promise<TTestCaseView[]>;
  create(endpointId: string, test: TTestCaseInput): Promise<TTestCaseView>;
  update(endpointId: string, testId: string, test: TTestCaseInput): Promise<TTestCaseView>;
  remove(endpointId: string, testId: string): Promise<void>;
  run(endpointId: string, body: { testIds?: string[]; dryRun: boolean; graph?: unknown }): Promise<TSuiteResult>;
  import(endpointId: string, tests: TTestCaseInput[]): Promise<TImportTestsResult>;
};

export type { TTestCaseFields, TTestCaseInput, TTestCaseView };

const path = (endpointId: string) => `/endpoints/${id(endpointId)}/tests`;

export const httpTestsApi: TTestsApi = {
  list: async (endpointId) => (await call<{ tests: TTestCaseView[] }>("GET", path(endpointId))).tests,
  create: (endpointId, test) => call("POST", path(endpointId), test),
  update: (endpointId, testId, test) => call("PUT", `${path(endpointId)}/${id(testId)}`, test),
  remove: async (endpointId, testId) => {
    await call("DELETE", `${path(endpointId)}/${id(testId)}`);
  },
  run: (endpointId, body) => call("POST", `${path(endpointId)}/run`, body),
  import: (endpointId, tests) => call("POST", `${path(endpointId)}/import`, { tests }),
};
