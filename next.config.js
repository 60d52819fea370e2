/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  agentRules: false,
  // `npm test` type-checks the whole project as its own first step (tsc --noEmit); checking again here only
  // slows `npm start`'s first build.
  typescript: { ignoreBuildErrors: true },
  // /hooks/* is served by server.ts before Next.js sees it.
};

export default nextConfig;
