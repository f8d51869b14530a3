import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/content-security-policy";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds of this tree (say the demo and the E2E run) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // better-sqlite3 is native and only the emulator uses it; keep it out of any bundle.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // forbidden() / unauthorized() give a forged account URL a real 403 page.
    authInterrupts: true,
  },
  // On every response, pages, API and static files alike; the per-request
  // Content-Security-Policy (it carries a nonce) is set in proxy.ts.
  async headers() {
    const headers = securityHeaders({ production: process.env.NODE_ENV === "production" });
    return [
      {
        source: "/:path*",
        headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
