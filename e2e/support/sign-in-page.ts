import { expect, type Page } from "@playwright/test";
import { type DemoUserName, demoUsers } from "../fixtures/demo-data";
import { landingHeaderOf, paths } from "./paths";

/** The sign-in page as a person uses it. */
export class SignInPage {
  constructor(readonly page: Page) {}

  async goto(search = ""): Promise<void> {
    await this.page.goto(paths.signIn(search));
  }

  /** Fills and sends the form, whatever the outcome (the caller checks it). */
  async submit(email: string, password: string): Promise<void> {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** The message the page shows (why a session ended, why a sign-in failed). */
  notice() {
    return this.page.getByRole("alert").or(this.page.getByRole("status")).filter({ hasText: /\S/ });
  }
}

/**
 * The one sign-in helper: signs a demo person in through the form in the
 * page's own context and waits for where it lands (their home queue, or the
 * queue of all accounts for a person who acts for several).
 */
export async function signIn(page: Page, name: DemoUserName): Promise<void> {
  const user = demoUsers[name];
  const form = new SignInPage(page);
  await form.goto();
  await form.submit(user.email, user.password);
  // A fresh server renders its first pages slowly on a busy machine: allow for it.
  await expect(page.getByTestId("acting-for")).toContainText(landingHeaderOf(user), {
    timeout: 30_000,
  });
  if (user.landsOnAllAccounts) {
    // That page reads every account: let it end, so none of its reads reaches Moov after
    // this returns (a fault or journal mark the caller sets next would catch them).
    await expect(page.getByRole("status").filter({ hasText: /answered/ })).toBeAttached({
      timeout: 30_000,
    });
  }
}

/**
 * Sends the form and waits for the server's answer to it. A refused sign-in
 * stays on the page, so neither the URL nor an earlier notice can tell that
 * this attempt was answered.
 */
export async function submitAndAwaitAnswer(
  form: SignInPage,
  email: string,
  password: string,
): Promise<void> {
  const answered = form.page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/auth/callback/credentials",
  );
  await form.submit(email, password);
  await answered;
}
