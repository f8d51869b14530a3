/**
 * The bench's data on top of the `large` seed: a 100-ticket account (Summit
 * Merchant 001, with the same mix of statuses as Atlas) and the people who
 * work Atlas, that account and Summit's 200 connected accounts.
 */

import type { ActsFor } from "../../lib/auth/users/users-file";
import { type EmulatorAPI, eachLimited, KeyPairClient, type Ticket } from "./emulator-api";

export const SUMMIT = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b000";
export const ATLAS = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b001";
/** Summit Merchant 001: no tickets in the seed; the bench gives it 100. */
export const SMALL = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b002";
export const SMALL_TICKETS = 100;

/** Summit's key pair is the app's own for the bench: Atlas and the merchants are connected to Summit, not Harbor. */
export const SUMMIT_KEYS = { publicKey: "pk_summit_large", privateKey: "sk_summit_large_5e1a7c" };

export const people: Record<
  "atlas" | "small" | "partner",
  { email: string; name: string; actsFor: ActsFor }
> = {
  atlas: {
    email: "atlas-agent@bench.example",
    name: "Atlas Agent",
    actsFor: { accounts: [ATLAS] },
  },
  small: {
    email: "small-agent@bench.example",
    name: "Merchant Agent",
    actsFor: { accounts: [SMALL] },
  },
  partner: {
    email: "summit-partner@bench.example",
    name: "Summit Partner",
    actsFor: { partner: SUMMIT, connected: "*" },
  },
};

const mix = ["new", "in-progress", "on-hold", "closed"] as const;

export async function createSmallAccountTickets(emulator: EmulatorAPI): Promise<void> {
  const client = new KeyPairClient(emulator.url, await emulator.keysOf(SMALL));
  const existing = await client.allTickets(SMALL);
  const wanted = SMALL_TICKETS - existing.length;
  const created = await eachLimited(
    Array.from({ length: Math.max(0, wanted) }, (_, i) => i),
    8,
    (i) => client.createTicket(SMALL, `bench-small-${i}`, i),
  );
  await eachLimited(created, 8, async (ticket, i) => {
    const status = mix[i % mix.length] ?? "new";
    if (status !== "new") await emulator.staffStatus(ticket.ticketID, status);
  });
}

/**
 * Open Atlas tickets well below the first page, so that closing them never
 * changes what the queue page shows (and so what it costs).
 */
export async function atlasTicketsBelowFirstPage(emulator: EmulatorAPI): Promise<Ticket[]> {
  const client = new KeyPairClient(emulator.url, await emulator.keysOf(ATLAS));
  const page = await client.listPage(ATLAS, { count: "1000", status: "new" });
  return page.items.slice(100);
}
