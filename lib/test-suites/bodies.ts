import { z } from "zod";
import { MAX_TEST_CASES, ZTestCaseInput } from "@/lib/test-cases/schema";

/** `POST /endpoints/{id}/publish`: publishing runs the test suite first. */
export const ZPublishBody = z.strictObject({
  /** Publish although test cases fail; the version records that it was overridden. */
  overrideTests: z.boolean({ error: "overrideTests must be true or false" }).default(false),
});

/** `POST /endpoints/{id}/tests/import`: the suite of an exported stack. */
export const ZImportTestsBody = z.strictObject({ tests: z.array(ZTestCaseInput).max(MAX_TEST_CASES) });

/** `POST /endpoints` also takes a suite, so an exported stack comes back with its tests. */
export const ZEndpointTests = z.array(ZTestCaseInput).max(MAX_TEST_CASES).optional();
