import { expect, type Locator, type Page } from "@playwright/test";
import type { OpenCounts } from "./open-counts";

/** The column headers of the accounts page, each a sort button. */
export type AccountsColumn = "Account" | "Open" | "New" | "In progress" | "On hold" | "Oldest open";

/** The accounts page (/accounts): every account with its open tickets, as an agent reads it. */
export class AccountsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/accounts");
  }

  table(): Locator {
    return this.page.getByRole("table", { name: "Open tickets per account" });
  }

  /** "3 of 5 accounts loaded", then "All 5 accounts loaded". */
  progress(): Locator {
    return this.page.getByRole("status").filter({ hasText: /accounts? loaded/ });
  }

  /** Waits until every account has answered (or failed). */
  async loaded(): Promise<void> {
    await expect(this.progress()).toHaveText(/^(All \d+ accounts|1 account) loaded/, {
      timeout: 20_000,
    });
  }

  /** The account's row, found by the link to its queue (its name). */
  row(displayName: string): Locator {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("link", { name: displayName, exact: true }) });
  }

  /** Every account row (not the header), in the order shown. */
  rows(): Locator {
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader") });
  }

  /** The names of the accounts shown, in order. */
  async names(): Promise<string[]> {
    return this.rows().getByRole("rowheader").getByRole("link").allTextContents();
  }

  columnHeader(column: AccountsColumn): Locator {
    return this.table().getByRole("columnheader", { name: column, exact: true });
  }

  async sortBy(column: AccountsColumn): Promise<void> {
    await this.columnHeader(column).getByRole("button").click();
  }

  /** A row's cell in the given column (the row header is column 0). */
  private async cell(row: Locator, column: AccountsColumn): Promise<Locator> {
    const headers = await this.table().getByRole("columnheader").allTextContents();
    const index = headers.findIndex((text) => text.trim() === column);
    if (index < 1) throw new Error(`No column ${column} in ${headers.join(", ")}`);
    return row.getByRole("cell").nth(index - 1);
  }

  async numberIn(row: Locator, column: AccountsColumn): Promise<number> {
    const text = (await (await this.cell(row, column)).textContent())?.trim() ?? "";
    if (!/^\d+$/.test(text)) throw new Error(`${column} shows “${text}”, not a count`);
    return Number(text);
  }

  /** The open counts a row shows. */
  async counts(displayName: string): Promise<OpenCounts> {
    const row = this.row(displayName);
    return {
      open: await this.numberIn(row, "Open"),
      new: await this.numberIn(row, "New"),
      inProgress: await this.numberIn(row, "In progress"),
      onHold: await this.numberIn(row, "On hold"),
    };
  }

  /**
   * The Open column from top to bottom, over the rows that show numbers;
   * rows that could not be read (another test's faults) must all come after them.
   */
  async openColumn(): Promise<number[]> {
    const texts: string[] = [];
    for (const row of await this.rows().all()) {
      texts.push(((await (await this.cell(row, "Open")).textContent()) ?? "").trim());
    }
    const counted = texts.findIndex((text) => !/^\d+$/.test(text));
    const numbers = counted === -1 ? texts : texts.slice(0, counted);
    expect(texts.slice(numbers.length).every((text) => !/^\d+$/.test(text))).toBe(true);
    return numbers.map(Number);
  }

  async oldestOpen(displayName: string): Promise<Locator> {
    return (await this.cell(this.row(displayName), "Oldest open")).locator("time");
  }

  /** The account's name, a link to its own queue. */
  queueLink(displayName: string): Locator {
    return this.row(displayName).getByRole("link", { name: displayName, exact: true });
  }

  /** The link to the all-accounts queue showing this account alone. */
  filteredQueueLink(displayName: string): Locator {
    return this.row(displayName).getByRole("link", { name: `In all tickets (${displayName})` });
  }
}
