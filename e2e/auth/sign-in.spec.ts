import { demoAccounts, demoUsers, expect, storageStateFor, test } from "../fixtures";
import { ticketsURL } from "./sign-in-helpers";

test.describe("an account agent", () => {
  test.use({ storageState: storageStateFor("agent-bluebird") });

  test("lands on the account's tickets and sees whose they are", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(ticketsURL(demoAccounts.bluebird.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Bluebird Coffee");
    await expect(page.getByRole("banner")).toContainText(demoUsers["agent-bluebird"].email);
    await expect(page.getByRole("button", { name: "Switch account" })).toHaveCount(0);
  });
});

test.describe("a partner agent", () => {
  test.use({ storageState: storageStateFor("partner-harbor") });

  test("lands on the partner's own tickets", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(ticketsURL(demoAccounts.harbor.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Harbor Platform");
  });
});

test.describe("signing in", () => {
  test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
    await page.goto(ticketsURL(demoAccounts.bluebird.accountID));
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.getByLabel("Email").fill(demoUsers["agent-bluebird"].email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const wrongPassword = page.getByRole("alert").filter({ hasText: /\S/ });
    await expect(wrongPassword).toHaveText(/email and password don't match/);
    const shownForKnownEmail = await wrongPassword.textContent();

    await page.getByLabel("Email").fill("nobody@nowhere.example");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
      shownForKnownEmail ?? "",
    );
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing in returns to the page asked for, and signing out ends the session", async ({
    page,
  }) => {
    const user = demoUsers["ops-cedar"];
    await page.goto(ticketsURL(demoAccounts.lumen.accountID));
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(ticketsURL(demoAccounts.lumen.accountID)));
    await expect(page.getByTestId("acting-for")).toHaveText("Acting for Lumen Yoga Studio");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("status")).toHaveText("You signed out.");
    await page.goto(ticketsURL(demoAccounts.lumen.accountID));
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
