import type { Locator, Page } from "@playwright/test";

/** The overview page (charts), read as an agent with a screen reader would: through the tables. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  static readonly charts = [
    "Open tickets by status",
    "Age of open tickets",
    "Tickets opened and closed per week",
  ] as const;

  figure(title: string): Locator {
    return this.page.getByRole("figure", { name: title });
  }

  /** The chart itself: an SVG image named like its caption. */
  chart(title: string): Locator {
    return this.figure(title).getByRole("img", { name: title });
  }

  /** Opens the figure's table alternative and returns it. */
  async table(title: string): Promise<Locator> {
    const figure = this.figure(title);
    const details = figure.locator("details");
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await figure.getByText("Show as table").click();
    }
    return figure.getByRole("table", { name: title });
  }

  /** The table's body rows as [row header, ...numbers]. */
  async rows(title: string): Promise<Array<[string, ...number[]]>> {
    const table = await this.table(title);
    const rows: Array<[string, ...number[]]> = [];
    for (const row of await table
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader") })
      .all()) {
      const header = (await row.getByRole("rowheader").textContent())?.trim() ?? "";
      const cells = (await row.getByRole("cell").allTextContents()).map((text) =>
        Number(text.trim()),
      );
      rows.push([header, ...cells]);
    }
    return rows;
  }

  /** The links of the longest-waiting list, in order. */
  async waitingLinks(): Promise<string[]> {
    const links = this.page.getByRole("region", { name: "Longest waiting" }).getByRole("link");
    return Promise.all(
      (await links.all()).map(async (link) => (await link.getAttribute("href")) ?? ""),
    );
  }
}
