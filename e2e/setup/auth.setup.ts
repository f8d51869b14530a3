import { type DemoUserName, demoUsers, expect, test as setup, storageStateFor } from "../fixtures";
import { landingHeaderOf, landingOf, urlOf } from "../support/paths";
import { SignInPage } from "../support/sign-in-page";

/** Signs in through the UI once per demo user; the specs reuse the saved browser state. */
for (const name of Object.keys(demoUsers) as DemoUserName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    const user = demoUsers[name];
    const form = new SignInPage(page);
    await form.goto();
    await form.submit(user.email, user.password);
    // These are the first pages the freshly started server renders: allow for a cold start.
    await expect(page).toHaveURL(urlOf(landingOf(user)), { timeout: 30_000 });
    await expect(page.getByTestId("acting-for")).toContainText(landingHeaderOf(user), {
      timeout: 30_000,
    });
    await page.context().storageState({ path: storageStateFor(name) });
  });
}
