import type { Metadata } from "next";
import "@xyflow/react/dist/style.css";
import "./globals.css";

// Every page shows live data from the database: never prerender at build time (the database may not exist yet).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Hookstack",
  description: "Build webhook receivers visually: verify, branch, loop, store, respond.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
