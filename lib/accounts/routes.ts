import { z } from "zod";
import {
  ZAcceptInvitationBody,
  ZAcceptInvitationOut,
  ZApiKeyOut,
  ZChangeRoleBody,
  ZCreateApiKeyBody,
  ZCreatedApiKeyOut,
  ZCreateInvitationBody,
  ZCreateWorkspaceBody,
  ZInvitationOut,
  ZMemberOut,
  ZSessionOut,
  ZSetupBody,
  ZSetupOut,
  ZSwitchWorkspaceBody,
  ZWorkspaceOut,
} from "./schemas";

/** The account, workspace, member, invitation and API-key routes of /api/v1, in the route table's shape. */
export const ACCOUNT_ROUTES = {
  "POST /setup": {
    summary: "Create the first owner (only while no user exists); signs them in",
    access: "public",
    body: ZSetupBody,
    status: 201,
    output: ZSetupOut,
  },
  "GET /session": {
    summary: "Who is calling: the person or key, the current workspace and its role or scopes",
    access: "any",
    output: ZSessionOut,
  },
  "PUT /session/workspace": {
    summary: "Switch the browser's current workspace",
    access: "signed-in",
    body: ZSwitchWorkspaceBody,
    status: 204,
  },
  "GET /workspaces": {
    summary: "The caller's workspaces with their role",
    access: "signed-in",
    output: z.object({ workspaces: z.array(ZWorkspaceOut) }),
  },
  "POST /workspaces": {
    summary: "Create a workspace (the caller becomes its owner) and switch to it",
    access: "signed-in",
    body: ZCreateWorkspaceBody,
    status: 201,
    output: ZWorkspaceOut,
  },
  "GET /members": {
    summary: "Members of the current workspace",
    access: { role: "owner" },
    output: z.object({ members: z.array(ZMemberOut) }),
  },
  "PATCH /members/{memberId}": {
    summary: "Change a member's role (a workspace keeps at least one owner)",
    access: { role: "owner" },
    body: ZChangeRoleBody,
    output: ZMemberOut,
  },
  "DELETE /members/{memberId}": {
    summary: "Remove a member (the last owner cannot leave)",
    access: { role: "owner" },
    status: 204,
  },
  "GET /invitations": {
    summary: "Pending invitations",
    access: { role: "owner" },
    output: z.object({ invitations: z.array(ZInvitationOut) }),
  },
  "POST /invitations": {
    summary: "Invite someone by email with a role; answers the link to send them",
    access: { role: "owner" },
    body: ZCreateInvitationBody,
    status: 201,
    output: ZInvitationOut,
  },
  "DELETE /invitations/{invitationId}": { summary: "Revoke an invitation", access: { role: "owner" }, status: 204 },
  "POST /invitations/{invitationId}/accept": {
    summary: "Join with the invitation's role (new people set name and password); signs in",
    access: "public",
    body: ZAcceptInvitationBody,
    bodyOptional: true,
    output: ZAcceptInvitationOut,
  },
  "GET /keys": {
    summary: "API keys of the current workspace (never the keys themselves)",
    access: { role: "owner" },
    output: z.object({ keys: z.array(ZApiKeyOut) }),
  },
  "POST /keys": {
    summary: "Create an API key; the key appears only in this answer",
    access: { role: "owner" },
    body: ZCreateApiKeyBody,
    status: 201,
    output: ZCreatedApiKeyOut,
  },
  "DELETE /keys/{keyId}": { summary: "Revoke an API key", access: { role: "owner" }, status: 204 },
} as const;
