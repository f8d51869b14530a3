import { expect, type Locator, type Page } from "@playwright/test";
import { confirmClose } from "../support/close-dialog";
import { paths } from "../support/paths";

type Ticket = { number: number; title: string };

/** The queue of every account the person acts for (/tickets), as an agent works it. */
export class MergedQueuePage {
  constructor(readonly page: Page) {}

  async goto(search = ""): Promise<void> {
    await this.page.goto(paths.allTickets(search));
  }

  /** Just the tickets carrying this foreignID, in every status, across every account. */
  async gotoSet(foreignID: string, more = ""): Promise<void> {
    await this.goto(`?status=all&foreignID=${encodeURIComponent(foreignID)}${more}`);
  }

  /** The page has ended: every account answered or failed, and the count line is shown. */
  async loaded(): Promise<void> {
    await expect(this.page.getByRole("status").filter({ hasText: /answered/ })).toBeAttached();
  }

  rows(): Locator {
    return this.page
      .getByRole("table")
      .getByRole("row")
      .filter({ has: this.page.getByRole("link") });
  }

  row(ticket: Pick<Ticket, "title">): Locator {
    return this.rows().filter({ hasText: ticket.title });
  }

  /** The cell naming whose ticket the row is: "Quayside Books · via Harbor Platform". */
  accountCell(ticket: Pick<Ticket, "title">): Locator {
    return this.row(ticket).locator("td[data-account-id]");
  }

  badge(ticket: Pick<Ticket, "title">): Locator {
    return this.row(ticket).getByRole("img", { name: /^Status: / });
  }

  async titles(): Promise<string[]> {
    return this.rows().getByRole("rowheader").allInnerTexts();
  }

  async closeTicket(ticket: Pick<Ticket, "number">): Promise<void> {
    await this.page.getByRole("button", { name: `Close ticket #${ticket.number}` }).click();
    await confirmClose(this.page, ticket.number);
  }

  async filterByStatus(label: "Open" | "New" | "In progress" | "On hold" | "Closed" | "All") {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }

  async order(label: "Newest first" | "Waiting longest"): Promise<void> {
    await this.page.getByLabel("Order").selectOption({ label });
  }

  /** Opens the account filter, finds the account by name, ticks it and closes the filter. */
  async chooseAccount(displayName: string): Promise<void> {
    const toggle = this.page.getByRole("button", { name: /^Accounts: / });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await this.page.getByRole("searchbox", { name: "Search accounts" }).fill(displayName);
    const checkbox = this.page.getByRole("checkbox", { name: new RegExp(`^${displayName}`) });
    // The tick lands once the URL has changed (a transition), not within the click itself.
    await checkbox.click();
    await expect(checkbox).toBeChecked();
    await this.page.getByRole("button", { name: "Done" }).click();
  }

  chip(displayName: string): Locator {
    return this.page
      .getByRole("list", { name: "Accounts shown" })
      .getByRole("listitem")
      .filter({ hasText: displayName });
  }

  async searchForeignID(foreignID: string): Promise<void> {
    await this.page.getByLabel("Foreign ID").fill(foreignID);
    await this.page.getByRole("button", { name: "Find" }).click();
  }

  /** The notice of one account that could not be read (its name, reason, request ID, Try again). */
  failure(displayName: string): Locator {
    return this.page
      .getByRole("alert")
      .filter({ hasText: `Tickets of ${displayName}` })
      .filter({ hasText: "could not be loaded" });
  }

  loadMore(): Locator {
    return this.page.getByRole("button", { name: "Load more tickets" });
  }

  /** The line under the list: "Showing N tickets", and "that is all of them" at the end. */
  shownCount(): Locator {
    return this.page.getByRole("status").filter({ hasText: /^Showing / });
  }
}
