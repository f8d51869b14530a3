/**
 * The bench's data on top of the `large` seed: a 100-ticket account (Summit
 * Merchant 001, with the same mix of statuses as Atlas) and the people who
 * work Atlas, that account and Summit's 200 connected accounts.
 */

import type { ActsFor } from "../../lib/auth/users/users-file";
import { type EmulatorAPI, eachLimited, KeyPairClient, type Ticket } from "./emulator-api";

export const summitID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b000";
export const atlasID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b001";
/** Summit Merchant 001: no tickets in the seed; the bench gives it 100. */
export const smallAccountID = "5b0f8c6e-2d1a-4c3e-9f7a-00000000b002";
export const smallAccountTickets = 100;

/** Summit's key pair is the app's own for the bench: Atlas and the merchants are connected to Summit, not Harbor. */
export const summitKeys = { publicKey: "pk_summit_large", privateKey: "sk_summit_large_5e1a7c" };

export const people: Record<
  "atlas" | "small" | "partner",
  { email: string; name: string; actsFor: ActsFor }
> = {
  atlas: {
    email: "atlas-agent@bench.example",
    name: "Atlas Agent",
    actsFor: { accounts: [atlasID] },
  },
  small: {
    email: "small-agent@bench.example",
    name: "Merchant Agent",
    actsFor: { accounts: [smallAccountID] },
  },
  partner: {
    email: "summit-partner@bench.example",
    name: "Summit Partner",
    actsFor: { partner: summitID, connected: "*" },
  },
};

const mix = ["new", "in-progress", "on-hold", "closed"] as const;

export async function createSmallAccountTickets(emulator: EmulatorAPI): Promise<void> {
  const client = new KeyPairClient(emulator.url, await emulator.keysOf(smallAccountID));
  const existing = await client.allTickets(smallAccountID);
  const wanted = smallAccountTickets - existing.length;
  const created = await eachLimited(
    Array.from({ length: Math.max(0, wanted) }, (_, i) => i),
    8,
    (i) => client.createTicket(smallAccountID, `bench-small-${i}`, i),
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
  const client = new KeyPairClient(emulator.url, await emulator.keysOf(atlasID));
  const page = await client.listPage(atlasID, { count: "1000", status: "new" });
  return page.items.slice(100);
}
