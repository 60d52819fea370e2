/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  agentRules: false,
  // /hooks/* is served by server.ts before Next.js sees it.
};

export default nextConfig;
