import type { Random } from "../ids.js";
import type { Store } from "../store/store.js";
import { demoAccounts } from "./demo-accounts.js";
import { seedAnchorMs, writeAccount, writeDemoTickets } from "./seed-writer.js";

const year = 365 * 24 * 60 * 60 * 1000;

/** Harbor Platform, its four connected merchants and one unconnected practice (contracts.md). */
export function seedDemo(store: Store, random: Random): void {
  demoAccounts.forEach((account, index) => {
    writeAccount(store, account, seedAnchorMs - 2 * year + index * 86_400_000);
  });
  for (const account of demoAccounts) {
    writeDemoTickets(store, random, account, 8 + Math.floor(random() * 18));
  }
}
