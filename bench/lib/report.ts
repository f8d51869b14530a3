/**
 * Turns the figures into Markdown tables (printed, and pasted into the
 * README) and a JSON file under bench/results/.
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import { chromiumPath } from "./browser";

/**
 * `value` is the number the goal is judged on (NaN when it could not be
 * measured). `met` is null for a goal this run's settings cannot judge;
 * `notEvaluated` then says what run would.
 */
export type Goal = {
  goal: string;
  value: number;
  figure: string;
  bound: string;
  met: boolean | null;
  notEvaluated?: string;
};

function resultOf(goal: Goal): string {
  if (goal.met === null) return `n/a (${goal.notEvaluated ?? "not evaluated in this run"})`;
  return goal.met ? "met" : "**not met**";
}

export type Row = Array<string | number>;

export function table(header: string[], rows: Row[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? "").length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const rule = `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`;
  return [line(header), rule, ...cells.slice(1).map(line)].join("\n");
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : "–");
export const kb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1024).toFixed(1) : "–");

export function goalsTable(goals: Goal[]): string {
  return table(
    ["Goal", "Measured", "Bound", "Result"],
    goals.map((goal) => [goal.goal, goal.figure, goal.bound, resultOf(goal)]),
  );
}

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: quiet(chromiumPath, ["--version"]),
    /** 1, 5 and 15 minutes, when the figures are reported: the run itself is part of it */
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
}

export type Machine = ReturnType<typeof machine>;

export function machineLine(info: Machine): string {
  return `${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB RAM, ${info.os}, Node ${info.node}, ${info.chromium}; load average ${info.loadAverage.join(" / ")} (1 / 5 / 15 min, at the end of the run)`;
}
