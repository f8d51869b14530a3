import { expect, type Locator, type Page } from "@playwright/test";

/** The header of every signed-in page and the page-wide shortcuts. */
export class AppHeader {
  constructor(readonly page: Page) {}

  banner(): Locator {
    return this.page.getByRole("banner");
  }

  /** The page has hydrated and its effects have run: the stream is Live, the keys are bound. */
  async ready(): Promise<void> {
    await expect(
      this.banner()
        .getByRole("status")
        .filter({ hasText: /^Live$/ }),
    ).toBeVisible();
  }

  /** Keys pressed one after the other, as a person types "g a". */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  actingFor(): Locator {
    return this.page.getByTestId("acting-for");
  }

  shortcutsButton(): Locator {
    return this.banner().getByRole("button", { name: "Keyboard shortcuts" });
  }

  shortcutsHelp(): Locator {
    return this.page.getByRole("dialog", { name: "Keyboard shortcuts" });
  }

  /** What the polite live region says after a shortcut (it has no role: it is not a status). */
  announcement(text: string): Locator {
    return this.banner().locator("[aria-live=polite]").getByText(text, { exact: true });
  }
}
