import type { Locator, Page } from "@playwright/test";

type Ticket = { number: number; title: string; ticketID: string };

/** A queue's selection and its bulk close, as an agent uses them. */
export class BulkClose {
  constructor(readonly page: Page) {}

  checkbox(ticket: Pick<Ticket, "number">): Locator {
    return this.page.getByRole("checkbox", { name: `Select ticket #${ticket.number}` });
  }

  /** The header's (or, on a phone, the bar's) "select all loaded" box. */
  pageCheckbox(): Locator {
    return this.page.getByRole("checkbox", { name: /^Select all \d+ loaded open tickets$/ });
  }

  selectedCount(): Locator {
    return this.page.getByTestId("selected-count");
  }

  closeSelectedButton(): Locator {
    return this.page.getByRole("button", { name: /^Close \d+ tickets?$/ });
  }

  dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  /** One ticket's line in the dialog (its outcome once the close has run). */
  item(ticket: Pick<Ticket, "ticketID">): Locator {
    return this.dialog().locator(`li[data-ticket-id="${ticket.ticketID}"]`);
  }

  async confirm(count: number): Promise<void> {
    await this.dialog()
      .getByRole("button", { name: count === 1 ? "Close 1 ticket" : `Close ${count} tickets` })
      .click();
  }
}
