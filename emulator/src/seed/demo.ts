import type { Random } from "../ids.js";
import type { Store } from "../store/store.js";
import { DEMO_ACCOUNTS } from "./demo-accounts.js";
import { SEED_ANCHOR_MS, writeAccount, writeDemoTickets } from "./seed-writer.js";

const YEAR = 365 * 24 * 60 * 60 * 1000;

/** Harbor Platform, its four connected merchants and one unconnected practice (contracts.md). */
export function seedDemo(store: Store, random: Random): void {
  DEMO_ACCOUNTS.forEach((account, index) => {
    writeAccount(store, account, SEED_ANCHOR_MS - 2 * YEAR + index * 86_400_000);
  });
  for (const account of DEMO_ACCOUNTS) {
    writeDemoTickets(store, random, account, 8 + Math.floor(random() * 18));
  }
}
