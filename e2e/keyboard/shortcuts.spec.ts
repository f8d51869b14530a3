import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { AppHeader } from "../support/app-header";
import { paths, urlOf } from "../support/paths";
import { signIn } from "../support/sign-in-page";

const { harbor, quayside, bluebird } = demoAccounts;

/** Every line of the help, in the words a person reads (the README has the same). */
const helpLines = [
  "Move to the next ticket",
  "Move to the previous ticket",
  "Open the focused ticket",
  "Select or unselect the focused ticket",
  "Close the focused ticket (asks first)",
  "Close the selected tickets (asks first)",
  "Search by foreign ID",
  "Go to all accounts",
  "Go to the current account's queue",
  "Show these shortcuts",
];
/** Their keys, line by line, as a screen reader reads the keycaps. */
const helpKeys = ["j", "k", "Enter or o", "x", "c", "Shift + C", "/", "g then a", "g then i", "?"];

test.describe("a partner's shortcuts on the shared session", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("? opens the help listing every shortcut, and Escape closes it", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.allTickets());
    await header.ready();
    await header.press("?");
    const help = header.shortcutsHelp();
    await expect(help).toBeVisible();
    await expect(help.getByRole("term")).toHaveText(helpLines);
    await expect(help.getByRole("heading", { level: 3 })).toHaveText(["Queues", "Anywhere"]);
    await expect(help.getByRole("definition")).toHaveText(helpKeys);
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
  });

  test("the header's Keyboard shortcuts button opens the same help and gets focus back", async ({
    page,
  }) => {
    const header = new AppHeader(page);
    await page.goto(paths.queue(quayside.accountID));
    await header.ready();
    await header.shortcutsButton().click();
    await expect(header.shortcutsHelp().getByRole("term")).toHaveText(helpLines);
    await header.shortcutsHelp().getByRole("button", { name: "Close" }).click();
    await expect(header.shortcutsHelp()).toBeHidden();
    await expect(header.shortcutsButton()).toBeFocused();
  });

  test("g i on an account's page goes to that account's queue", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.newTicket(quayside.accountID));
    await header.ready();
    await header.press("g", "i");
    await expect(page).toHaveURL(urlOf(paths.queue(quayside.accountID)));
    await expect(header.actingFor()).toContainText(quayside.displayName);
  });

  test("g a on the all-accounts queue stays there and says so", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.allTickets("?status=closed"));
    await header.ready();
    await header.press("g", "a");
    await expect(header.announcement("Already on all accounts")).toBeAttached();
    await expect(page).toHaveURL(urlOf(paths.allTickets("?status=closed")));
  });
});

test.describe("a partner in a session of its own", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("g i goes from all accounts to the session's account, and g a back", async ({ page }) => {
    const header = new AppHeader(page);
    await signIn(page, "partner-harbor");
    await header.ready();
    await header.press("g", "i");
    await expect(page).toHaveURL(urlOf(paths.queue(harbor.accountID)));
    await expect(header.actingFor()).toContainText(harbor.displayName);
    await header.ready();
    await header.press("g", "a");
    await expect(page).toHaveURL(urlOf(paths.allTickets()));
    await expect(header.actingFor()).toHaveText("All accounts");
  });
});

test.describe("an agent of one account", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("g a stays put, saying all accounts is for several", async ({ page }) => {
    const header = new AppHeader(page);
    await page.goto(paths.queue(bluebird.accountID));
    await header.ready();
    await header.press("g", "a");
    await expect(
      header.announcement("All accounts is for people who act for several accounts"),
    ).toBeAttached();
    await expect(page).toHaveURL(urlOf(paths.queue(bluebird.accountID)));
  });
});
