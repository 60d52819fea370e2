// Entry point the integration harness spawns: the real server, without `npm start`'s build and migrate steps.
import { startServer } from "../../server";

await startServer({ dev: false });
