import { demoAccounts, demoUsers, expect, storageStateFor, test } from "../fixtures";
import { paths, urlOf } from "../support/paths";
import { SignInPage, submitAndAwaitAnswer } from "../support/sign-in-page";

const { bluebird, lumen } = demoAccounts;

test.describe("an account agent", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("lands on the account's tickets and sees whose they are", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(urlOf(paths.queue(bluebird.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Bluebird Coffee");
    await expect(page.getByRole("banner")).toContainText(demoUsers["agent-bluebird"].email);
    await expect(page.getByRole("button", { name: "Switch account" })).toHaveCount(0);
  });
});

test.describe("a partner agent", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("lands on the tickets of all its accounts", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(urlOf(paths.allTickets()));
    await expect(page.getByTestId("acting-for")).toHaveText("All accounts");
  });
});

test.describe("signing in", () => {
  test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
    const refused = "That email and password don't match. Check them and try again.";
    await page.goto(paths.queue(bluebird.accountID));
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    const form = new SignInPage(page);

    await submitAndAwaitAnswer(form, demoUsers["agent-bluebird"].email, "not-the-password");
    await expect(form.notice()).toHaveText(refused);

    await submitAndAwaitAnswer(form, "nobody@nowhere.example", "not-the-password");
    await expect(form.notice()).toHaveText(refused);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing in returns to the page asked for, and signing out ends the session", async ({
    page,
  }) => {
    const user = demoUsers["ops-cedar"];
    await page.goto(paths.queue(lumen.accountID));
    await new SignInPage(page).submit(user.email, user.password);
    await expect(page).toHaveURL(urlOf(paths.queue(lumen.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Lumen Yoga Studio");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(new SignInPage(page).notice()).toHaveText("You signed out.");
    await page.goto(paths.queue(lumen.accountID));
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
