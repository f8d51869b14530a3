import type { Locator, Page } from "@playwright/test";
import { closeDialog, confirmClose } from "./close-dialog";
import { paths } from "./paths";

/** One ticket's page: its summary, thread and Close. */
export class TicketPage {
  constructor(
    readonly page: Page,
    readonly accountID: string,
    readonly ticket: { ticketID: string; number: number },
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(paths.ticket(this.accountID, this.ticket.ticketID));
  }

  badge(): Locator {
    return this.page.getByRole("main").getByRole("img", { name: /^Status: / });
  }

  closeButton(): Locator {
    return this.page.getByRole("button", { name: "Close ticket" });
  }

  dialog(): Locator {
    return closeDialog(this.page, this.ticket.number);
  }

  /** The page's alert when the ticket itself could not be read (with Try again). */
  loadError(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "This ticket could not be loaded" });
  }

  /** What the summary says under a label ("Latest message", "Created" …). */
  field(label: string): Locator {
    return this.page
      .locator("dl > div")
      .filter({ has: this.page.getByRole("term").filter({ hasText: label }) })
      .getByRole("definition");
  }

  /** The conversation, oldest message first. */
  messages(): Locator {
    return this.page.getByRole("list", { name: "Messages" }).getByRole("listitem");
  }

  /** Close ticket, then confirm. */
  async closeTicket(): Promise<void> {
    await this.closeButton().click();
    await confirmClose(this.page, this.ticket.number);
  }
}
