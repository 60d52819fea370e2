import { json, type TSample } from "./types";

/** GitHub's `push` event (docs.github.com/webhooks/webhook-events-and-payloads#push), trimmed to the usual fields. */
export const githubPushSample: TSample = {
  id: "github-push",
  title: "GitHub: push",
  provider: "GitHub",
  preset: "github",
  method: "POST",
  contentType: "application/json",
  headers: {
    "user-agent": "GitHub-Hookshot/9f1c2ab",
    "x-github-event": "push",
    "x-github-delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    "x-github-hook-id": "292430182",
  },
  body: json({
    ref: "refs/heads/main",
    before: "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
    after: "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c",
    repository: {
      id: 186853002,
      name: "hello-world",
      full_name: "octo-org/hello-world",
      private: false,
      default_branch: "main",
    },
    pusher: { name: "octocat", email: "octocat@github.com" },
    sender: { login: "octocat", id: 583231, type: "User" },
    created: false,
    deleted: false,
    forced: false,
    commits: [
      {
        id: "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c",
        message: "Fix the signup form validation",
        timestamp: "2026-01-01T09:30:00Z",
        author: { name: "Monalisa Octocat", email: "mona@github.com", username: "mona" },
        added: [],
        removed: [],
        modified: ["src/signup.ts"],
      },
    ],
    head_commit: { id: "0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c", message: "Fix the signup form validation" },
  }),
};
