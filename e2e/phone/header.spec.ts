import {
  demoAccounts,
  expect,
  expectNoAxeViolations,
  storageStateFor,
  test,
  uniqueTag,
} from "../fixtures";
import { AppHeader, offScreen, overlappingPairs, sidewaysScroll } from "../support/app-header";
import { paths } from "../support/paths";
import { QueuePage } from "../support/queue-page";
import { ownTicket } from "../support/tickets";

const { quayside } = demoAccounts;

/** A phone (below 640 px: the header's Menu) and a tablet (the full header row). */
const screens = [
  { width: 390, height: 844, phone: true },
  { width: 768, height: 1024, phone: false },
] as const;

const pages = [
  { name: "the all-accounts queue", path: paths.allTickets() },
  { name: "an account's queue", path: paths.queue(quayside.accountID) },
];

/** Nothing in the header covers anything else, nothing leaves the screen, nothing scrolls sideways. */
async function expectHeaderFits(header: AppHeader, width: number): Promise<void> {
  const boxes = await header.visibleControlBoxes();
  expect(boxes.length).toBeGreaterThan(2);
  expect(overlappingPairs(boxes)).toEqual([]);
  expect(offScreen(boxes, width)).toEqual([]);
  expect(await sidewaysScroll(header.page)).toBeLessThanOrEqual(0);
}

test.use({ storageState: storageStateFor("partner-harbor") });

for (const screen of screens) {
  test.describe(`at ${screen.width} × ${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    for (const shown of pages) {
      test(`the header's controls fit side by side on ${shown.name}`, async ({ page }) => {
        const header = new AppHeader(page);
        await page.goto(shown.path);
        await header.ready();
        await expect(header.menuButton()).toHaveCount(screen.phone ? 1 : 0);
        await expectHeaderFits(header, screen.width);
        if (!screen.phone) return;
        await header.openMenu();
        await expectHeaderFits(header, screen.width);
      });
    }

    test("the page does not move when live updates connect", async ({ page }) => {
      // The event stream is held, so the header says it is connecting until the test lets it open.
      let openStream = () => {};
      const opened = new Promise<void>((resolve) => {
        openStream = resolve;
      });
      await page.route("**/api/events", async (route) => {
        await opened;
        await route.continue();
      });
      const header = new AppHeader(page);
      await page.goto(paths.queue(quayside.accountID));
      await expect(header.banner().getByRole("status")).toHaveAttribute(
        "data-connection",
        "connecting",
      );
      const connecting = await page.getByRole("main").boundingBox();
      openStream();
      await header.ready();
      expect((await page.getByRole("main").boundingBox())?.y).toBe(connecting?.y);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test.describe(`in ${colorScheme}`, () => {
        test.use({ colorScheme });

        test("axe finds nothing on the page", async ({ page, emulator }) => {
          const header = new AppHeader(page);
          // A queue of one own ticket: every part of the page, checked in a few seconds (axe
          // reads each node's colours; the whole seeded queue took 5–10 s per check).
          const ticket = await ownTicket(emulator, quayside.accountID);
          await new QueuePage(page, quayside.accountID).gotoTicketSet(ticket);
          await expect(page.getByRole("row").filter({ hasText: ticket.title })).toBeVisible();
          await header.ready();
          await expectNoAxeViolations(page);
        });

        test("axe finds nothing in the header with its menu and the help open", async ({
          page,
        }) => {
          const header = new AppHeader(page);
          // The all-accounts views' header (with their tabs), over a queue with no rows to read.
          await page.goto(paths.allTickets(`?foreignID=${uniqueTag("none")}`));
          await expect(page.getByRole("heading", { name: "No tickets here" })).toBeVisible();
          await header.ready();
          if (screen.phone) {
            await header.openMenu();
            await expectNoAxeViolations(page, "header");
          }
          await header.shortcutsButton().click();
          await expect(header.shortcutsHelp()).toBeVisible();
          await expectNoAxeViolations(page, "header");
        });
      });
    }
  });
}
