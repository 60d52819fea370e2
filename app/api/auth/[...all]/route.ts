import { authHandler } from "@/lib/api/auth-handler";

export { authHandler as GET, authHandler as POST };
