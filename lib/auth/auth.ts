import { createHmac } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { organization } from "better-auth/plugins/organization";
import { requestOrigin } from "@/lib/http/origin";
import { serverConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { databaseUrl, providerOf } from "@/lib/db/database-url";
import { secretKey } from "@/lib/secrets/secret-key";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { sharedCounter } from "@/lib/coordination/shared-counter";
import { authRateLimitStorage } from "@/lib/coordination/auth-rate-limit";

/** Bad sign-ins one address may try per minute before better-auth answers 429. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };

function createAuth() {
  const config = serverConfig();
  const publicUrl = config.HOOKSTACK_PUBLIC_URL?.replace(/\/+$/, "");
  // Several instances share PostgreSQL (or Redis): count sign-ins there. SQLite has one UI process: memory is enough.
  const counter = sharedCounter({ databaseUrl: databaseUrl(), redisUrl: config.HOOKSTACK_REDIS_URL });
  return betterAuth({
    appName: "Hookstack",
    database: prismaAdapter(getDb(), { provider: providerOf(databaseUrl()) === "postgres" ? "postgresql" : "sqlite" }),
    // Derived from the instance's secret key, so a fresh install needs no extra setting (BETTER_AUTH_SECRET wins).
    secret:
      process.env.BETTER_AUTH_SECRET || createHmac("sha256", secretKey()).update("hookstack better-auth").digest("hex"),
    // Unset: the origin comes from each request (its Host), the same rule as the endpoint URLs.
    baseURL: publicUrl,
    // better-auth checks Origin on cookie-carrying calls: the app's own origin is the one the browser sent the
    // request to (a cross-site page cannot make its Origin match our Host), or the configured public URL.
    trustedOrigins: async (request) => {
      const host = request?.headers.get("host");
      return [
        ...(publicUrl ? [publicUrl] : []),
        ...(request ? [requestOrigin(request)] : []),
        ...(host ? [`http://${host}`, `https://${host}`] : []),
      ];
    },
    telemetry: { enabled: false },
    // Passwords are hashed with scrypt (better-auth's default, memory-hard). Accounts come from setup and invitations.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
      ...(counter ? { customStorage: authRateLimitStorage(counter) } : {}),
    },
    advanced: {
      // Secure cookies only when people reach Hookstack over https; over plain http a Secure cookie is never sent back.
      useSecureCookies: publicUrl?.startsWith("https://") ?? false,
      // server.ts writes this header from the socket (and drops any copy a client sent): see lib/http/client-ip.ts.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    user: { modelName: "user" },
    plugins: [
      organization({
        // Workspaces are the plugin's organizations, stored in our `workspaces` table under domain names.
        schema: {
          organization: { modelName: "workspace" },
          member: { fields: { organizationId: "workspaceId" } },
          invitation: { fields: { organizationId: "workspaceId" } },
          session: { fields: { activeOrganizationId: "activeWorkspaceId" } },
        },
        creatorRole: "owner",
        invitationExpiresIn: 7 * 24 * 60 * 60,
      }),
    ],
  });
}

export type TAuth = ReturnType<typeof createAuth>;

const KEY = Symbol.for("hookstack.auth");
type Holder = { [KEY]?: TAuth };

/** The process's better-auth instance (one per process, like the Prisma client it uses). */
export function getAuth(): TAuth {
  const holder = globalThis as Holder;
  holder[KEY] ??= createAuth();
  return holder[KEY];
}
