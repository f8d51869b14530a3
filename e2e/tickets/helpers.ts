/**
 * The old names, kept for the specs outside e2e/tickets that still import them;
 * each is now the e2e/support equivalent. New code imports e2e/support directly.
 */
import type { Page } from "@playwright/test";
import type { DemoUserName } from "../fixtures";
import type { EmulatorAdmin } from "../fixtures/emulator-admin";
import { lastRequestID as lastRequestIDSince } from "../support/journal";
import { paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { signIn } from "../support/sign-in-page";

export {
  freshMerchantOfHarbor,
  ownTicket,
  ownTickets,
  ticketAgents,
  withoutLiveUpdates,
} from "../support/tickets";

/** @deprecated paths.queue */
export const queuePath = paths.queue;
/** @deprecated paths.ticket */
export const ticketPath = paths.ticket;
/** @deprecated signIn */
export const signInAs = (page: Page, name: DemoUserName): Promise<void> => signIn(page, name);

/** @deprecated QueuePage.row (which reads only the page, whatever the account). */
export const rowOf = (page: Page, ticket: { title: string }) => new QueuePage(page, "").row(ticket);

/**
 * @deprecated lastRequestID from e2e/support/journal, with a `since` mark: this
 * reads the whole journal the emulator still keeps.
 */
export const lastRequestID = (
  emulator: EmulatorAdmin,
  method: string,
  path: string,
): Promise<string> =>
  lastRequestIDSince(emulator, { since: new Date(0).toISOString(), method, path });
