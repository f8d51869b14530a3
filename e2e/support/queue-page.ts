import { expect, type Locator, type Page } from "@playwright/test";
import { confirmClose } from "./close-dialog";
import { paths } from "./paths";

type Ticket = { number: number; title: string; foreignID?: string };

/** An account's ticket queue as an agent works it. */
export class QueuePage {
  constructor(
    readonly page: Page,
    readonly accountID: string,
  ) {}

  async goto(search = ""): Promise<void> {
    await this.page.goto(paths.queue(this.accountID, search));
  }

  /** Opens the queue without waiting for it to finish loading, to see what shows meanwhile. */
  async startLoading(search = ""): Promise<void> {
    await this.page.goto(paths.queue(this.accountID, search), { waitUntil: "commit" });
  }

  /** Just this ticket (and its foreignID's set), whatever its status. */
  async gotoTicketSet(ticket: Ticket, status = "all"): Promise<void> {
    await this.goto(`?status=${status}&foreignID=${encodeURIComponent(ticket.foreignID ?? "")}`);
  }

  /**
   * Hydrated and listening: the live stream says "Live" once the header's
   * effects have run, and the queue marks itself once its keys are bound (its
   * part of the page hydrates on its own, sometimes later). A key pressed
   * before hydration goes nowhere, as it would for a person.
   */
  async ready(): Promise<void> {
    await expect(this.page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
    await expect(this.page.locator("[data-keys-bound]")).toBeAttached();
  }

  /**
   * The given tickets in the order the queue shows them (newest first, but
   * tickets created in the same millisecond may come either way).
   */
  async inScreenOrder<T extends Pick<Ticket, "title">>(tickets: readonly T[]): Promise<T[]> {
    const titles = await this.rows().getByRole("link").allTextContents();
    return titles.map((title) => {
      const ticket = tickets.find((candidate) => candidate.title === title);
      if (!ticket) throw new Error(`The row "${title}" is not one of the given tickets`);
      return ticket;
    });
  }

  row(ticket: Pick<Ticket, "title">): Locator {
    return this.page.getByRole("row").filter({ hasText: ticket.title });
  }

  rows(): Locator {
    return this.page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("link") });
  }

  badge(ticket: Pick<Ticket, "title">): Locator {
    return this.row(ticket).getByRole("img", { name: /^Status: / });
  }

  closeButton(ticket: Pick<Ticket, "number">): Locator {
    return this.page.getByRole("button", { name: `Close ticket #${ticket.number}` });
  }

  /** Close from the row, confirming in the dialog. */
  async closeTicket(ticket: Pick<Ticket, "number">): Promise<void> {
    await this.closeButton(ticket).click();
    await confirmClose(this.page, ticket.number);
  }

  async filterByStatus(label: "Open" | "New" | "In progress" | "On hold" | "Closed" | "All") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }

  async order(label: "Newest first" | "Waiting longest"): Promise<void> {
    await this.page.getByLabel("Order").selectOption({ label });
  }

  /** The titles of the rows, top to bottom. */
  async titles(): Promise<string[]> {
    return this.rows().getByRole("rowheader").allInnerTexts();
  }

  async searchForeignID(foreignID: string): Promise<void> {
    await this.page.getByLabel("Foreign ID").fill(foreignID);
    await this.page.getByRole("button", { name: "Find" }).click();
  }

  /** The placeholder shown while the list is on its way. */
  skeleton(): Locator {
    return this.page.getByRole("status").filter({ hasText: "Loading tickets…" });
  }

  /** The alert when the list could not be read (with its request ID and Try again). */
  loadError(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "Tickets could not be loaded" });
  }

  emptyState(): Locator {
    return this.page.getByRole("heading", { name: "No tickets here" });
  }

  loadMore(): Locator {
    return this.page.getByRole("button", { name: /Load more/ });
  }
}
