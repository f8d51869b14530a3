import { pick, type Random, seededUUID } from "../ids.js";
import type { Store } from "../store/store.js";
import type { TicketStatus } from "../store/tickets-store.js";
import { seedDemo } from "./demo.js";
import { contactNames, type SeedAccount } from "./demo-accounts.js";
import { threadCount } from "./demo-threads.js";
import { mailboxOf, seedAnchorMs, writeAccount, writeYearOfTickets } from "./seed-writer.js";
import { summitBookCounts } from "./summit-book.js";

/** Stable IDs the large seed adds on top of the demo accounts (documented in the README). */
export const largePartnerId = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b000";
export const largeTicketsAccountID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b001";
export const largeTicketCount = 10_000;
export const largeConnectedCount = 200;

export function largeConnectedID(index: number): string {
  return `5b0f8c6e-2d1a-4c3e-9f7a-${(0xb001 + index).toString(16).padStart(12, "0")}`;
}

const statuses: TicketStatus[] = ["new", "in-progress", "on-hold", "closed"];

/**
 * The demo accounts plus "Summit Payments" (a partner with 200 connected
 * merchants); the first merchant, "Atlas Outfitters", holds 10,000 tickets,
 * the others the spread of summit-book.ts (a partner's whole book).
 * Written in the caller's single transaction with prepared statements.
 */
export function seedLarge(store: Store, random: Random): void {
  seedDemo(store, random);
  const partner: SeedAccount = {
    accountID: largePartnerId,
    displayName: "Summit Payments",
    domain: "summit.example",
    keys: { publicKey: "pk_summit_large", privateKey: "sk_summit_large_5e1a7c" },
  };
  writeAccount(store, partner, seedAnchorMs - 400 * 86_400_000);
  const merchants = Array.from({ length: largeConnectedCount }, (_, index) => {
    const first = index === 0;
    const merchant: SeedAccount = {
      accountID: largeConnectedID(index),
      displayName: first ? "Atlas Outfitters" : `Summit Merchant ${String(index).padStart(3, "0")}`,
      domain: first ? "atlas.example" : `merchant-${index}.example`,
      keys: first
        ? { publicKey: "pk_atlas_large", privateKey: "sk_atlas_large_8d2b6f" }
        : { publicKey: `pk_large_${index}`, privateKey: `sk_large_${index}` },
      connectedTo: largePartnerId,
    };
    writeAccount(store, merchant, seedAnchorMs - 399 * 86_400_000 + index * 60_000);
    return merchant;
  });
  writeAtlasTickets(store, random);
  // After Atlas, so Atlas's rows stay what they were before the book was added.
  const counts = summitBookCounts(largeConnectedCount, largeTicketCount);
  merchants.forEach((merchant, index) => {
    const count = counts[index] ?? 0;
    if (index > 0 && count > 0) writeYearOfTickets(store, random, merchant, count);
  });
}

/** 10,000 tickets one every ~53 minutes over the year, one message each, statuses at random. */
function writeAtlasTickets(store: Store, random: Random): void {
  const spacingMs = Math.floor((365 * 86_400_000) / largeTicketCount);
  for (let index = 0; index < largeTicketCount; index++) {
    const createdOnMs = seedAnchorMs - (largeTicketCount - index) * spacingMs;
    const name = pick(random, contactNames);
    const template = pick(random, threadCount);
    const ticketID = seededUUID(random);
    const status = pick(random, statuses);
    const createdOn = new Date(createdOnMs).toISOString();
    store.tickets.insert({
      ticketID,
      accountID: largeTicketsAccountID,
      title: template.title.replace(/\{\w+\}/g, `#${index + 1}`),
      contact: { email: `${mailboxOf(name)}@atlas.example`, name },
      foreignID: index % 3 === 0 ? `atlas-${index}` : undefined,
      createdOn,
      firstMessage: { author: name, body: `Ticket ${index + 1}: ${template.lines[0]?.body ?? ""}` },
    });
    if (status !== "new") store.tickets.setStatus(ticketID, status, createdOn);
  }
}
