// The public process, as `npm start`'s supervisor (server/supervisor.ts) runs it.
import { startServer } from "../server";

await startServer({ dev: process.argv.includes("--dev") });
