import { z } from "zod";
import { ZRole, ZScope } from "@/lib/access/scopes";

const ZName = z
  .string({ error: "name is required" })
  .trim()
  .min(1, "name is required")
  .max(100, "name is at most 100 characters");
const ZEmail = z
  .email({ error: "email must be an email address" })
  .max(254)
  .transform((e) => e.toLowerCase());
const ZPassword = z
  .string({ error: "password is required" })
  .min(8, "password must be at least 8 characters")
  .max(128, "password is at most 128 characters");

export const ZSetupBody = z.strictObject({ name: ZName, email: ZEmail, password: ZPassword });
export type TSetupBody = z.infer<typeof ZSetupBody>;

export const ZCreateWorkspaceBody = z.strictObject({ name: ZName });
export const ZSwitchWorkspaceBody = z.strictObject({ workspaceId: z.string().min(1).max(100) });

export const ZCreateInvitationBody = z.strictObject({
  email: ZEmail,
  role: ZRole,
  /** Days until the link stops working (default 7). */
  expiresInDays: z.number().int().min(1).max(90).default(7),
});
export type TCreateInvitationBody = z.infer<typeof ZCreateInvitationBody>;

/** A new person sets their name and password; someone who already has an account signs in first and sends `{}`. */
export const ZAcceptInvitationBody = z.strictObject({ name: ZName.optional(), password: ZPassword.optional() });

export const ZChangeRoleBody = z.strictObject({ role: ZRole });

export const ZCreateApiKeyBody = z.strictObject({
  name: ZName,
  scopes: z.array(ZScope).min(1, "choose at least one scope"),
  /** ISO time after which the key stops working; none: it works until revoked. */
  expiresAt: z.iso
    .datetime({ offset: true })
    .refine((at) => Date.parse(at) > Date.now(), "expiresAt must be in the future")
    .optional(),
});
export type TCreateApiKeyBody = z.infer<typeof ZCreateApiKeyBody>;

// Answers (documented in the OpenAPI document; the verbs return these shapes).
export const ZWorkspaceOut = z.object({ id: z.string(), name: z.string(), role: ZRole, isCurrent: z.boolean() });
export const ZMemberOut = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZRole,
  createdAt: z.string(),
});
export const ZInvitationOut = z.object({
  id: z.string(),
  email: z.string(),
  role: ZRole,
  status: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
  /** The link to send the invitee; its id is the proof. */
  url: z.string(),
});
export const ZApiKeyOut = z.object({
  id: z.string(),
  name: z.string(),
  start: z.string(),
  scopes: z.array(ZScope),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const ZCreatedApiKeyOut = ZApiKeyOut.extend({ key: z.string() });
export const ZSetupOut = z.object({ userId: z.string(), workspaceId: z.string() });
export const ZAcceptInvitationOut = z.object({ workspaceId: z.string() });
/** Who is calling (GET /session): a person with their role, a key with its scopes, or nobody. */
export const ZSessionOut = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("person"),
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    workspaceId: z.string(),
    role: ZRole.nullable(),
  }),
  z.object({ kind: z.literal("key"), workspaceId: z.string(), scopes: z.array(ZScope) }),
  z.object({ kind: z.literal("none") }),
]);
export type TSessionOut = z.infer<typeof ZSessionOut>;
export type TApiKeyOut = z.infer<typeof ZApiKeyOut>;
export type TMemberOut = z.infer<typeof ZMemberOut>;
export type TInvitationOut = z.infer<typeof ZInvitationOut>;
export type TWorkspaceOut = z.infer<typeof ZWorkspaceOut>;
