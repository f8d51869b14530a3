/**
 * Reading a `.cpuprofile` that `node --cpu-prof` wrote on exit: main-thread
 * CPU inside a time window (the measured requests only, not start-up or
 * sign-in), and time per source file through the build's source maps.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SourceMapConsumer } from "source-map-js";
import { root } from "./processes";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
/** Times are in µs of the machine's monotonic clock, the one `process.hrtime` reads. */
export type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** The one profile a process wrote into `dir`, and its path. */
export function readCpuProfile(dir: string): { file: string; profile: Profile } {
  const name = readdirSync(dir).find((entry) => entry.endsWith(".cpuprofile"));
  if (!name) throw new Error(`no CPU profile was written in ${dir}`);
  const file = path.join(dir, name);
  return { file, profile: JSON.parse(readFileSync(file, "utf8")) as Profile };
}

/** Now, on the clock a profile's sample times are on (µs). */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

export type Window = { fromUs: number; toUs: number };
export type WindowCPU = { cpuMs: number; gcMs: number };

/**
 * Main-thread CPU between two instants: every sample that is not idle, the
 * garbage collector's share named apart. Threads beside the main one (the
 * parallel GC helpers, the compiler) are not in a CPU profile.
 */
export function cpuInWindow(profile: Profile, window: Window): WindowCPU {
  const kind = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  let at = profile.startTime;
  let cpuMs = 0;
  let gcMs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < window.fromUs || at > window.toUs) return;
    const name = kind.get(id);
    if (name === "(idle)") return;
    cpuMs += delta / 1000;
    if (name === "(garbage collector)") gcMs += delta / 1000;
  });
  return { cpuMs, gcMs };
}

/**
 * A source inside Next's compiled runtime, by what it does: React's HTML
 * renderer (Fizz), its RSC (Flight) server and client, or Next's own code.
 */
function compiledNextPart(source: string): string {
  const react = source.match(
    /compiled\/(react[\w-]*)\/cjs\/([\w.-]+?)\.(?:node\.)?production\.js$/,
  );
  if (react) return `next › ${react[2]}`;
  const own = source.match(/(?:^|\/)src\/(.+)$/);
  return own ? `next › ${path.dirname(own[1] ?? "")}` : `next › ${source.replace(/^.*\//, "")}`;
}

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
    // Next.js ships React's renderers and its own app-render compiled into one
    // runtime file, with a map: name them apart, or "next" hides the split.
    const compiledNext = file.includes("/next/dist/compiled/next-server/");
    const consumer = file.includes("/server/chunks/") || compiledNext ? consumerFor(file) : null;
    const original = consumer?.originalPositionFor({
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    if (compiledNext && original?.source) return compiledNextPart(original.source);
    return tidy(original?.source ?? file);
  };
}

/**
 * Time per source file: self (samples whose top frame is there) and inclusive
 * (samples with the file anywhere on the stack), in ms, heaviest first; only
 * the samples inside `window` when one is given (the measured requests, so
 * start-up's module loading and compiling do not hide the page's own cost).
 */
export function timeBySourceFile(profile: Profile, top = 40, window?: Window) {
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
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    const ms = delta / 1000;
    self.set(file(id), (self.get(file(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(file(at));
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  });
  const heaviest = (map: Map<string, number>) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { self: heaviest(self), inclusive: heaviest(inclusive) };
}
