import { starterGraph } from "./build";
import type { TStarter } from "./types";

/** GitHub webhooks (docs.github.com "Validating webhook deliveries"; the event name is in X-GitHub-Event). */
export const githubPush: TStarter = {
  id: "github-push",
  title: "GitHub: push",
  description:
    "Verifies GitHub's X-Hub-Signature-256, and for push events keeps the repository, branch, pusher and commit count in $push; ping and other events are acknowledged.",
  provider: "GitHub",
  env: ["GITHUB_WEBHOOK_SECRET"],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "auto", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 2], config: { preset: "github", secret: "$env.GITHUB_WEBHOOK_SECRET" } },
      { id: "isPush", type: "conditional", at: [0, 3], config: { condition: "$request.headers.'x-github-event' = 'push'" } },
      {
        id: "push",
        type: "setVariable",
        at: [1, 4],
        config: {
          name: "push",
          value:
            "{ 'delivery': $request.headers.'x-github-delivery', 'repository': $payload.repository.full_name, 'branch': $replace($payload.ref, 'refs/heads/', ''), 'pusher': $payload.pusher.name, 'commits': $count($payload.commits), 'head': $payload.after }",
        },
      },
      { id: "ok", type: "response", at: [0, 5], config: { status: "200", body: "{ 'received': true }" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "isPush"],
      ["isPush", "push", "true"],
      ["isPush", "ok", "false"],
      ["push", "ok"],
    ],
  ),
};
