import { expect, type Locator, type Page } from "@playwright/test";

/** The Views menu and Save view above either queue, as a person uses them. */
export class SavedViewsPage {
  constructor(readonly page: Page) {}

  menuButton(): Locator {
    return this.page.getByRole("button", { name: /^Views/ });
  }

  async openMenu(): Promise<void> {
    if ((await this.menuButton().getAttribute("aria-expanded")) !== "true") {
      await this.menuButton().click();
    }
    await expect(this.page.getByText("Loading views…")).toHaveCount(0);
  }

  link(name: string): Locator {
    return this.page
      .getByRole("list", { name: "Saved views" })
      .getByRole("link", { name, exact: true });
  }

  async openSaveDialog(): Promise<Locator> {
    await this.page.getByRole("button", { name: "Save view", exact: true }).click();
    const dialog = this.page.getByRole("dialog", { name: "Save view" });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async save(name: string): Promise<void> {
    const dialog = await this.openSaveDialog();
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(
      this.page.getByRole("status").filter({ hasText: `Saved “${name}”.` }),
    ).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.openMenu();
    await this.page.getByRole("button", { name: `Rename view ${from}` }).click();
    const dialog = this.page.getByRole("dialog", { name: `Rename “${from}”` });
    await dialog.getByLabel("Name").fill(to);
    await dialog.getByRole("button", { name: "Rename" }).click();
    await expect(dialog).toBeHidden();
  }

  async delete(name: string): Promise<void> {
    await this.openMenu();
    await this.page.getByRole("button", { name: `Delete view ${name}` }).click();
    await this.page
      .getByRole("dialog", { name: `Delete “${name}”?` })
      .getByRole("button", { name: "Delete view" })
      .click();
    await expect(this.link(name)).toHaveCount(0);
  }

  async openShareDialog(name: string): Promise<Locator> {
    await this.openMenu();
    await this.page.getByRole("button", { name: `Share view ${name}` }).click();
    const dialog = this.page.getByRole("dialog", { name: `Share “${name}”` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The view's link as the Share dialog shows it (the path, to open on this app). */
  async shareLink(name: string): Promise<string> {
    const dialog = await this.openShareDialog(name);
    const link = await dialog.getByLabel("Link to this view").inputValue();
    await dialog.getByRole("button", { name: "Done" }).click();
    return new URL(link).pathname;
  }
}
