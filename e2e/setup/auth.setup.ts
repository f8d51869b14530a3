import { type DemoUserName, demoUsers, expect, test as setup, storageStateFor } from "../fixtures";

/** Signs in through the UI once per demo user; the specs reuse the saved browser state. */
for (const name of Object.keys(demoUsers) as DemoUserName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    const user = demoUsers[name];
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/accounts/${user.home.accountID}/tickets`));
    await expect(page.getByTestId("acting-for")).toContainText(user.home.displayName);
    await page.context().storageState({ path: storageStateFor(name) });
  });
}
