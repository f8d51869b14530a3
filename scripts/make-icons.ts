/**
 * Renders the app's PNG icons from public/icons/icon.svg (the same mark as
 * app/icon.svg) with sharp, which Next.js already installs. Run after
 * changing the mark: `node_modules/.bin/tsx scripts/make-icons.ts`. The PNGs
 * are committed, so builds never depend on this script.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const folder = path.resolve(import.meta.dirname, "../public/icons");
const svg = readFileSync(path.join(folder, "icon.svg"));

/** A maskable icon keeps its mark inside the central 80 % safe zone, on a full-bleed background. */
const maskable = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#1d4ed8"/><g transform="translate(4 4)"><path d="M9 11h14v8a3 3 0 0 1-3 3h-4l-4 3v-3a3 3 0 0 1-3-3z" fill="#fff"/></g></svg>`,
);

const outputs: Array<[Buffer, number, string]> = [
  [svg, 192, "icon-192.png"],
  [svg, 512, "icon-512.png"],
  [svg, 180, "apple-touch-icon.png"],
  [maskable, 512, "icon-maskable-512.png"],
];

for (const [source, size, name] of outputs) {
  await sharp(source, { density: 1200 }).resize(size, size).png().toFile(path.join(folder, name));
  console.log(`wrote public/icons/${name} (${size}×${size})`);
}
