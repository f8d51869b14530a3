import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { AppHeader } from "../support/app-header";
import { paths, urlOf } from "../support/paths";

const { cedar } = demoAccounts;

test.use({ storageState: storageStateFor("partner-harbor") });

const queues = [
  { name: "an account's queue", path: paths.queue(cedar.accountID) },
  { name: "the all-accounts queue", path: paths.allTickets() },
];

for (const queue of queues) {
  test(`/ focuses the foreign ID search on ${queue.name}, where letters are typed, not shortcuts`, async ({
    page,
  }) => {
    const header = new AppHeader(page);
    await page.goto(queue.path);
    await header.ready();
    const field = page.getByRole("searchbox", { name: "Foreign ID" });
    // The queue's toolbar may hydrate after the header: press until its binding is there.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(field).toBeFocused({ timeout: 1_000 });
    }).toPass();
    await expect(field).toHaveValue("");
    // j, the queue keys, "g a" and "?" are all text here.
    await page.keyboard.type("jkxcoga?");
    await expect(field).toHaveValue("jkxcoga?");
    await expect(field).toBeFocused();
    await expect(header.shortcutsHelp()).toHaveCount(0);
    await expect(page).toHaveURL(urlOf(queue.path));
  });
}
