import { json, type TSample } from "./types";

/** A Slack Events API `event_callback` carrying a `message` event (docs.slack.dev/apis/events-api). */
export const slackEventSample: TSample = {
  id: "slack-event",
  title: "Slack: message event",
  provider: "Slack",
  preset: "slack",
  method: "POST",
  contentType: "application/json",
  headers: { "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)" },
  body: json({
    token: "Jhj5dZrVaK7ZwHHjRyZWjbDl",
    team_id: "T061EG9R6",
    api_app_id: "A0PNCHHK2",
    type: "event_callback",
    event_id: "Ev0PV52K25",
    event_time: 1767225600,
    event: {
      type: "message",
      channel: "C024BE91L",
      user: "U2147483697",
      text: "Deploy finished :rocket:",
      ts: "1767225600.000200",
      channel_type: "channel",
    },
  }),
};
