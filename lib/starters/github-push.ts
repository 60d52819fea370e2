import { starterGraph } from "./build";
import type { TStarter } from "./types";

/** GitHub webhooks (docs.github.com "Validating webhook deliveries"; the event name is in X-GitHub-Event). */
export const githubPush: TStarter = {
  id: "github-push",
  title: "GitHub: push",
  description:
    "Verifies GitHub's X-Hub-Signature-256, and for push events stores each commit in github_commits (once per sha, so redeliveries add nothing); ping and other events are acknowledged.",
  provider: "GitHub",
  env: ["GITHUB_WEBHOOK_SECRET"],
  tables: [
    {
      name: "github_commits",
      fields: [
        { name: "sha", type: "text", required: true, unique: true },
        { name: "repository", type: "text", indexed: true },
        { name: "branch", type: "text", indexed: true },
        { name: "message", type: "text" },
        { name: "author", type: "text" },
        { name: "url", type: "text" },
        { name: "committed_at", type: "timestamp" },
      ],
    },
  ],
  graph: starterGraph(
    [
      { id: "start", type: "webhook", at: [0, 0] },
      { id: "raw", type: "getRawInput", at: [0, 1], config: { encoding: "auto", as: "payload" } },
      { id: "sig", type: "hmacVerify", at: [0, 2], config: { preset: "github", secret: "$env.GITHUB_WEBHOOK_SECRET" } },
      {
        id: "isPush",
        type: "conditional",
        at: [0, 3],
        config: { condition: "$request.headers.'x-github-event' = 'push'" },
      },
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
      { id: "commits", type: "forEach", at: [1, 5], config: { list: "$payload.commits", as: "commit" } },
      {
        id: "save",
        type: "updateRecord",
        at: [2, 6],
        config: {
          table: "github_commits",
          by: "field",
          field: "sha",
          value: "$commit.id",
          upsert: true,
          fields: {
            repository: "$push.repository",
            branch: "$push.branch",
            message: "$commit.message",
            author: "$commit.author.name",
            url: "$commit.url",
            committed_at: "$commit.timestamp",
          },
        },
      },
      { id: "ok", type: "response", at: [0, 7], config: { status: "200", body: "{ 'received': true }" } },
    ],
    [
      ["start", "raw"],
      ["raw", "sig"],
      ["sig", "isPush"],
      ["isPush", "push", "true"],
      ["isPush", "ok", "false"],
      ["push", "commits"],
      ["commits", "save", "each"],
      ["commits", "ok", "done"],
    ],
  ),
};
