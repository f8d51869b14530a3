import type { Page } from "@playwright/test";
import { paths } from "../support/paths";
import { SignInPage, signIn } from "../support/sign-in-page";

/*
 * Kept for the specs that still import these names: each is now a thin alias
 * of e2e/support (SignInPage, signIn, paths). New code imports those directly.
 */

/** Opens the sign-in page, fills and sends the form, whatever the outcome (the caller checks it). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  const form = new SignInPage(page);
  await form.goto();
  await form.submit(email, password);
}

/** Signs in through the UI in the page's own context and waits for the person's home queue. */
export const signInFresh = signIn;

export const ticketsURL = (accountID: string): string => paths.queue(accountID);
