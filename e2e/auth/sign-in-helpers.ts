import type { Page } from "@playwright/test";
import { type DemoUserName, demoUsers, expect } from "../fixtures";

/** Signs in through the UI in the page's own context (for tests that end or age their session). */
export async function signInFresh(page: Page, name: DemoUserName): Promise<void> {
  const user = demoUsers[name];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("acting-for")).toContainText(user.home.displayName);
}

export function ticketsURL(accountID: string): string {
  return `/accounts/${accountID}/tickets`;
}
