/**
 * The load test's plan: 50 agents over the demo's five accounts, 400 tickets
 * each, a minute of work with the emulator killed at 30 s for 3 s.
 */
export const workDurationMs = 60_000;
export const killAfterMs = 30_000;
export const outageMs = 3_000;
export const agentCount = 50;
export const ticketsPerAccountCount = 400;
/** Closes are spread over this much of the minute, leaving room for retries after the outage. */
export const closeSpreadMs = 45_000;
export const ports = { emulator: 4410, app: 3410 };

const account = (n: number) => `5b0f8c6e-2d1a-4c3e-9f7a-00000000000${n}`;
export const harborID = account(1);
export const harborKeys = { publicKey: "pk_harbor_demo", privateKey: "sk_harbor_demo_7f3c9a" };

/** Five accounts, each worked by ten agents signed in as the demo person who acts for it. */
export const accounts = [
  { accountID: account(1), email: "partner@harbor.example", relation: "partner, own account" },
  { accountID: account(2), email: "agent@bluebird.example", relation: "account agent" },
  { accountID: account(3), email: "ops@cedar.example", relation: "account agent, 1st of 2" },
  { accountID: account(4), email: "ops@cedar.example", relation: "account agent, 2nd of 2" },
  { accountID: account(5), email: "support@quayside.example", relation: "partner, connected" },
];

/** Agent `i` works account `i % 5`. */
export const accountOf = (agent: number) =>
  accounts[agent % accounts.length] as (typeof accounts)[number];

export type Ticket = { ticketID: string; number: number; accountID: string };

export type CloseState = {
  ticket: Ticket;
  attempts: number;
  ambiguous: number;
  /** [start, end] of every attempt */
  tries: Array<[number, number]>;
  closedBy?: "ok" | "409-after-retry";
  answeredAt?: number;
};

export const now = () => performance.now();
export const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));
