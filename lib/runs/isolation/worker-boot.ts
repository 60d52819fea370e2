/**
 * Workers load TypeScript through tsx's ESM hooks, registered inside the thread: hooks registered in the parent are
 * not inherited by a worker on Node 20, and `tsx/esm` registers too late for the entry import. The entry is found
 * from the working directory (the project root) because this module may be bundled by Next.js in the UI process.
 */
export const WORKER_BOOT = `
const { workerData } = require("node:worker_threads");
const { createRequire } = require("node:module");
const { pathToFileURL } = require("node:url");
const path = require("node:path");
const tsx = path.join(path.dirname(createRequire(workerData.root + "/").resolve("tsx/package.json")), "dist/esm/api/index.mjs");
import(pathToFileURL(tsx).href).then((api) => { api.register(); return import(pathToFileURL(workerData.entry).href); });
`;
