/**
 * `npm run bench:profile -- [--path queue|ticket|api] [--requests N] [--cpu-prof]
 *   [--upstream-latency-ms N] [--dist DIR]`
 *
 * Where a page's time goes: starts the emulator (large seed) and the built
 * app, signs in Atlas's agent, reads one page N times one after another, and
 * prints TTFB and total p50/p95. With --cpu-prof the app runs under Node's
 * CPU profiler, and its time is printed per source file (through the build's
 * source maps), spread over the requests (startup and sign-in included); the
 * .cpuprofile is kept for Chrome DevTools. A tool for looking, not a goal:
 * `npm run bench` is where goals are judged.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SourceMapConsumer } from "source-map-js";
import { signIn } from "./lib/app-client";
import { benchDistDir, buildKeepingTsconfig } from "./lib/build";
import { EmulatorAPI } from "./lib/emulator-api";
import { keepAliveAgent, request } from "./lib/http";
import { exitCleanlyOnSignals, root, stopAll } from "./lib/processes";
import { ATLAS, atlasTicketsBelowFirstPage, people, SUMMIT, SUMMIT_KEYS } from "./lib/setup";
import { startAppProcess, startEmulatorProcess } from "./lib/stack";
import { summarize } from "./lib/stats";
import { writeUsersFile } from "./lib/users";

const { values: flags } = parseArgs({
  options: {
    path: { type: "string", default: "queue" },
    requests: { type: "string", default: "300" },
    "cpu-prof": { type: "boolean" },
    dist: { type: "string", default: benchDistDir },
    "upstream-latency-ms": { type: "string", default: "0" },
  },
  strict: true,
});
const requests = Number(flags.requests);
const upstreamLatencyMs = Number(flags["upstream-latency-ms"]);
if (!Number.isInteger(requests) || requests < 1) throw new Error("--requests takes a whole number");

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Maps a frame in a built chunk back to its source file through the chunk's .map, when there is one. */
function sourceResolver(): (frame: CallFrame) => string {
  const consumers = new Map<string, SourceMapConsumer | null>();
  const consumerFor = (file: string) => {
    if (!consumers.has(file)) {
      const map = `${file}.map`;
      consumers.set(
        file,
        existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, "utf8"))) : null,
      );
    }
    return consumers.get(file) ?? null;
  };
  const tidy = (where: string) =>
    where
      .replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, "$1")
      .replace(/^.*\[project\]\//, "")
      .replace(`${root}/`, "")
      .replace(/^file:\/\//, "");
  return (frame) => {
    if (!frame.url) return frame.functionName || "(native)";
    const file = frame.url.replace(/^file:\/\//, "");
    const consumer = file.includes("/server/chunks/") ? consumerFor(file) : null;
    const original = consumer?.originalPositionFor({
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    return tidy(original?.source ?? file);
  };
}

/**
 * Time per source file: self (samples whose top frame is there) and inclusive
 * (samples with the file anywhere on the stack), in ms, heaviest first.
 */
function attribute(profile: Profile, top = 40) {
  const resolve = sourceResolver();
  const byID = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const fileOf = new Map<number, string>();
  const file = (id: number) => {
    let name = fileOf.get(id);
    if (name === undefined) {
      const node = byID.get(id);
      name = node ? resolve(node.callFrame) : "?";
      fileOf.set(id, name);
    }
    return name;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(file(id), (self.get(file(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(file(at));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  const heaviest = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { self: heaviest(self), inclusive: heaviest(inclusive) };
}

async function main(): Promise<void> {
  exitCleanlyOnSignals();
  const scratch = mkdtempSync(path.join(os.tmpdir(), "support-desk-profile-"));
  const profileDir = path.join(scratch, "cpu");
  mkdirSync(profileDir);
  buildKeepingTsconfig(flags.dist);

  const emulator = await startEmulatorProcess({
    port: 4451,
    db: ":memory:",
    seed: "large",
    rateLimit: 0,
    logFile: path.join(scratch, "emulator.log"),
  });
  // With a delay on every Moov call, TTFB shows what the page sends before its data arrives.
  if (upstreamLatencyMs > 0)
    await new EmulatorAPI(emulator.url).addUpstreamLatency(upstreamLatencyMs);
  const usersFile = path.join(scratch, "users.json");
  const [atlasUser] = await writeUsersFile(usersFile, [people.atlas]);
  if (!atlasUser) throw new Error("users file incomplete");
  const app = await startAppProcess({
    port: 3451,
    distDir: flags.dist,
    emulatorURL: emulator.url,
    ...SUMMIT_KEYS,
    platformAccountID: SUMMIT,
    usersFile,
    logFile: path.join(scratch, "app.log"),
    nodeArgs: flags["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : undefined,
  });
  const agent = keepAliveAgent();
  const session = await signIn(app.url, atlasUser.email, atlasUser.password, agent);
  const [ticket] = await atlasTicketsBelowFirstPage(new EmulatorAPI(emulator.url));
  const urls: Record<string, string> = {
    queue: `/accounts/${ATLAS}/tickets`,
    ticket: `/accounts/${ATLAS}/tickets/${ticket?.ticketID}`,
    api: `/api/accounts/${ATLAS}/tickets`,
  };
  const target = urls[flags.path];
  if (!target) throw new Error(`--path takes one of ${Object.keys(urls).join(", ")}`);

  const ttfb: number[] = [];
  const total: number[] = [];
  let bytes = 0;
  for (let i = 0; i < requests + 20; i++) {
    const answer = await request(`${app.url}${target}`, { jar: session.jar, agent });
    if (answer.status !== 200) throw new Error(`${target} answered ${answer.status}`);
    if (i < 20) continue; // warm-up
    ttfb.push(answer.ttfbMs);
    total.push(answer.totalMs);
    bytes = answer.bytes;
  }
  const t = summarize(ttfb);
  const all = summarize(total);
  console.log(`${target}: ${requests} requests, ${(bytes / 1024).toFixed(1)} KB each`);
  console.log(`  TTFB  p50 ${t.p50.toFixed(1)} ms  p95 ${t.p95.toFixed(1)} ms`);
  console.log(`  total p50 ${all.p50.toFixed(1)} ms  p95 ${all.p95.toFixed(1)} ms`);

  await stopAll();
  if (flags["cpu-prof"]) {
    const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error(`no CPU profile was written in ${profileDir}`);
    const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as Profile;
    const { self, inclusive } = attribute(profile);
    const perRequest = (ms: number) => (ms / (requests + 20)).toFixed(2).padStart(7);
    console.log(`\nCPU by source file, ms per request (${path.join(profileDir, file)}):`);
    console.log("  self:");
    for (const [name, ms] of self) console.log(`  ${perRequest(ms)}  ${name}`);
    console.log("  inclusive (the file anywhere on the stack):");
    for (const [name, ms] of inclusive) console.log(`  ${perRequest(ms)}  ${name}`);
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
