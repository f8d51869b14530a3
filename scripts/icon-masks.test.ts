import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { iconNames } from "../lib/icons";
import { iconMasksCss, iconMasksFile } from "./icon-masks";

describe("app/icon-masks.css", () => {
  it("matches lib/icons.ts and lucide's drawings (else run `npm run icons`)", async () => {
    expect(readFileSync(iconMasksFile, "utf8")).toBe(await iconMasksCss());
  });

  it("has a mask for every icon the app names, drawn from lucide's strokes", () => {
    const css = readFileSync(iconMasksFile, "utf8");
    for (const name of iconNames) expect(css).toContain(`.icon-${name} {`);
    // The padlock of a Close button: lucide's rect and shackle path.
    expect(css).toMatch(
      /\.icon-lock \{\n {4}--icon: url\("data:image\/svg\+xml,%3Csvg [^"]*%3Crect width='18' height='11' x='3' y='11' rx='2' ry='2'\/%3E%3Cpath d='M7 11V7a5 5 0 0 1 10 0v4'\/%3E/,
    );
  });
});
