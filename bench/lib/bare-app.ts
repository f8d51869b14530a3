/**
 * The yardstick for first-load JavaScript: a bare Next.js app with the same
 * Next, React and TanStack Query as Support Desk, whose only client code is a
 * QueryClientProvider around a static page. Generated into a temp dir (its
 * node_modules is a link to this checkout's) and built once per Next version.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { root, startProcess, waitForHttp } from "./processes";
import type { Running } from "./stack";

/** The nearest folder holding both the bare app and the linked node_modules: Turbopack resolves only inside its root. */
function commonRoot(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(path.sep) || path.sep;
}

const filesFor = (turbopackRoot: string): Record<string, string> => ({
  "package.json": `${JSON.stringify({ name: "bench-bare", private: true, type: "module" }, null, 2)}\n`,
  "next.config.mjs": `// node_modules links to the checkout's; Turbopack's root must hold both.
export default { reactStrictMode: true, poweredByHeader: false, turbopack: { root: ${JSON.stringify(turbopackRoot)} } };
`,
  "app/providers.jsx": `"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";

export function Providers({ children }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30000 } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
`,
  "app/layout.jsx": `import { Providers } from "./providers";

export const metadata = { title: "Bare" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return <main><h1>Bare page</h1></main>;
}
`,
  // Rendered per request like the dashboard's pages: the framework's floor for a TTFB.
  "app/dynamic/page.jsx": `export const dynamic = "force-dynamic";

export default function Page() {
  return <main><h1>Bare dynamic page</h1><p>{new Date().toISOString()}</p></main>;
}
`,
});

function versionOf(pkg: string): string {
  const json = JSON.parse(
    readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8"),
  ) as {
    version: string;
  };
  return json.version;
}

function linkTarget(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}

/** More pages for a bare app of its own (bench/dom-floor.ts: the queue's DOM with nothing behind it). */
export type BareVariant = { name: string; files: Record<string, string> };

/** Builds the bare app if this Next/React/Query combination has not been built yet; returns its dir. */
export function ensureBareApp(variant?: BareVariant): string {
  const sources = createHash("sha256")
    .update(JSON.stringify({ ...filesFor(""), ...variant?.files }))
    .digest("hex")
    .slice(0, 12);
  const stamp = ["next", "react", "@tanstack/react-query"]
    .map((pkg) => `${pkg}@${versionOf(pkg)}`)
    .join(" ")
    .concat(` sources ${sources}`);
  const dir = path.join(
    os.tmpdir(),
    `support-desk-bench-bare-${versionOf("next")}${variant ? `-${variant.name}` : ""}`,
  );
  const stampFile = path.join(dir, ".next/bench-stamp");
  const modules = path.join(dir, "node_modules");
  // The bare app borrows this checkout's node_modules; a link left by another
  // checkout (a removed worktree) would start a server without React.
  if (linkTarget(modules) !== path.join(root, "node_modules")) {
    rmSync(modules, { force: true, recursive: true });
    rmSync(stampFile, { force: true });
  }
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return dir;
  const files = { ...filesFor(commonRoot(dir, root)), ...variant?.files };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  if (!existsSync(modules)) symlinkSync(path.join(root, "node_modules"), modules, "dir");
  console.log(`build: the bare Next.js page (${stamp}) …`);
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    throw new Error(`building the bare page failed:\n${result.stdout}\n${result.stderr}`);
  }
  writeFileSync(stampFile, stamp);
  return dir;
}

export type BareStart = {
  dir: string;
  port: number;
  logFile: string;
  /** Node flags for its process (say, --cpu-prof to weigh the framework's own CPU per request). */
  nodeArgs?: string[];
};

/** `next start` of the bare app on loopback, answering once its page does. */
export async function startBareApp(options: BareStart): Promise<Running> {
  const start = ["start", "--port", String(options.port), "--hostname", "127.0.0.1"];
  const managed = startProcess(
    "bare",
    options.nodeArgs ? process.execPath : path.join(root, "node_modules/.bin/next"),
    options.nodeArgs
      ? [...options.nodeArgs, path.join(root, "node_modules/next/dist/bin/next"), ...start]
      : start,
    { cwd: options.dir, logFile: options.logFile, env: { NODE_ENV: "production" } },
  );
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(url, managed);
  return { managed, url };
}
