import { starterGraph } from "./build";
import type { TStarter } from "./types";

export const genericJson: TStarter = {
  id: "generic-json",
  title: "Any JSON webhook",
  description: "Parses the JSON body into $payload and answers 200. Add a signature or token check before trusting it.",
  provider: "Any",
  env: [],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "json", as: "payload" } },
      { id: "ok", type: "response", at: [0, 2], config: { status: "200", body: "{ 'received': true }" } },
    ],
    [
      ["start", "raw"],
      ["raw", "ok"],
    ],
  ),
};
