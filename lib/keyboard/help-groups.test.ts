import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type HelpRow, helpGroups, keysHeldTogether } from "./help-groups";

describe("helpGroups", () => {
  it("groups by where, in the list's order, and puts shortcuts that do the same on one line", () => {
    const groups = helpGroups([
      { keys: ["j"], description: "Next", where: "Queues" },
      { keys: ["g", "a"], description: "All", where: "Anywhere" },
      { keys: ["Enter"], description: "Open", where: "Queues" },
      { keys: ["o"], description: "Open", where: "Queues" },
    ]);
    expect(groups).toEqual([
      {
        where: "Queues",
        rows: [
          { alternatives: [["j"]], description: "Next" },
          { alternatives: [["Enter"], ["o"]], description: "Open" },
        ],
      },
      { where: "Anywhere", rows: [{ alternatives: [["g", "a"]], description: "All" }] },
    ]);
  });
});

describe("keysHeldTogether", () => {
  it("splits a modifier from its key, and leaves every other key whole", () => {
    expect(keysHeldTogether("Shift+C")).toEqual(["Shift", "C"]);
    expect(keysHeldTogether("+")).toEqual(["+"]);
    expect(keysHeldTogether("Enter")).toEqual(["Enter"]);
  });
});

/** The README's table row for a line of help, in the words the dialog uses. */
function readmeRow(row: HelpRow, where: string): string {
  const keys = row.alternatives
    .map((sequence) => sequence.map((key) => `\`${key}\``).join(" then "))
    .join(" or ");
  return `| ${keys} | ${row.description} | ${where} |`;
}

describe("the README's Keyboard shortcuts section", () => {
  it("lists every shortcut of the list, in the same words and groups", () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
    const section = readme.split("\n## Keyboard shortcuts\n")[1]?.split("\n## ")[0] ?? "";
    const tableRows = section.split("\n").filter((line) => /^\| [^-]/.test(line));
    const expected = helpGroups().flatMap((group) =>
      group.rows.map((row) => readmeRow(row, group.where)),
    );
    expect(tableRows.slice(1)).toEqual(expected);
  });
});
