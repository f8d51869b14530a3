import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, storageStateFor, test } from "../fixtures";
import { BulkClose } from "../support/bulk-close";
import { QueuePage } from "../support/queue-page";
import { ownTickets, ticketAgents } from "../support/tickets";

const [{ user, accountID }] = ticketAgents;

/** Whether the element lies wholly inside the viewport's width and height. */
async function expectInViewport(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error("no box or viewport");
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test.describe("the queue on a phone (390 × 844)", () => {
  test.use({
    storageState: storageStateFor(user),
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`cards: the first row's badge and Close are on screen, bulk select by touch (${colorScheme})`, async ({
      page,
      emulator,
    }) => {
      await page.emulateMedia({ colorScheme });
      const { foreignID, tickets } = await ownTickets(emulator, accountID, 2);
      const first = tickets[1];
      if (!first) throw new Error("two tickets expected");
      const queue = new QueuePage(page, accountID);
      const bulk = new BulkClose(page);
      await queue.goto(`?foreignID=${foreignID}`);
      await expect(queue.rows()).toHaveCount(2);

      await expectInViewport(page, queue.badge(first));
      await expectInViewport(page, queue.closeButton(first));
      expect(await pageScrollsSideways(page)).toBe(false);

      await bulk.checkbox(first).tap();
      await expect(bulk.selectedCount()).toHaveText("1 selected");
      await bulk.pageCheckbox().tap();
      await expect(bulk.selectedCount()).toHaveText("2 selected");
      await expectInViewport(page, bulk.closeSelectedButton());
      await expectNoAxeViolations(page);

      await bulk.closeSelectedButton().tap();
      await expectInViewport(page, bulk.dialog().getByRole("button", { name: "Close 2 tickets" }));
      await expectInViewport(page, bulk.dialog().getByRole("button", { name: "Keep them open" }));
      expect(await pageScrollsSideways(page)).toBe(false);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("the queue on a tablet (768 × 1024)", () => {
  test.use({ storageState: storageStateFor(user), viewport: { width: 768, height: 1024 } });

  test("a table that needs no sideways scrolling", async ({ page, emulator }) => {
    const { foreignID, tickets } = await ownTickets(emulator, accountID, 1);
    const [ticket] = tickets;
    if (!ticket) throw new Error("one ticket expected");
    const queue = new QueuePage(page, accountID);
    await queue.goto(`?foreignID=${foreignID}`);
    await expect(queue.rows()).toHaveCount(1);
    await expectInViewport(page, queue.closeButton(ticket));
    const table = page.getByRole("table");
    expect(
      await table.evaluate((element) => element.parentElement?.scrollWidth ?? 0),
    ).toBeLessThanOrEqual(
      await table.evaluate((element) => element.parentElement?.clientWidth ?? 0),
    );
    expect(await pageScrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);
  });
});
