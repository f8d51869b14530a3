import type { NextConfig } from "next";

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
};

export default nextConfig;
