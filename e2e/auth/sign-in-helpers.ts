import type { Page } from "@playwright/test";
import { type DemoUserName, demoUsers, expect } from "../fixtures";

/** Fills and sends the sign-in form, whatever the outcome (the caller checks it). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the UI in the page's own context (for tests that end or age their session). */
export async function signInFresh(page: Page, name: DemoUserName): Promise<void> {
  const user = demoUsers[name];
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByTestId("acting-for")).toContainText(user.home.displayName);
}

export function ticketsURL(accountID: string): string {
  return `/accounts/${accountID}/tickets`;
}
