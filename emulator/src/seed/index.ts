import { seededRandom } from "../ids.js";
import type { Store } from "../store/store.js";
import { seedDemo } from "./demo.js";
import { seedLarge } from "./large.js";

export const seedNames = ["none", "demo", "large"] as const;
export type SeedName = (typeof seedNames)[number];

export const defaultRandomSeed = 1;

export function isSeedName(value: string): value is SeedName {
  return (seedNames as readonly string[]).includes(value);
}

/** Writes a seed in one transaction; the same name and random seed give the same rows. */
export function applySeed(store: Store, name: SeedName, randomSeed = defaultRandomSeed): void {
  const random = seededRandom(randomSeed);
  store.transaction(() => {
    if (name === "demo") seedDemo(store, random);
    if (name === "large") seedLarge(store, random);
  });
}

/** Replaces everything with a fresh seed, atomically. */
export function resetStore(
  store: Store,
  name: SeedName,
  randomSeed: number,
  keepWebhooks: boolean,
): void {
  store.transaction(() => {
    store.clear({ keepWebhooks });
    applySeed(store, name, randomSeed);
  });
}
