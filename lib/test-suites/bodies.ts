import { z } from "zod";
import { MAX_TEST_CASES, ZTestCaseInput } from "@/lib/test-cases/schema";

/** `POST /endpoints/{id}/tests/import`: the suite of an exported stack. */
export const ZImportTestsBody = z.strictObject({ tests: z.array(ZTestCaseInput).max(MAX_TEST_CASES) });

/** `POST /endpoints` also takes a suite, so an exported stack comes back with its tests. */
export const ZEndpointTests = z.array(ZTestCaseInput).max(MAX_TEST_CASES).optional();
