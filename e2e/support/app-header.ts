import { expect, type Locator, type Page } from "@playwright/test";

export type Box = { name: string; x: number; y: number; width: number; height: number };

/** The header of every signed-in page, its Menu on a phone, and the page-wide shortcuts. */
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

  menuButton(): Locator {
    return this.banner().getByRole("button", { name: "Menu" });
  }

  async openMenu(): Promise<void> {
    await this.menuButton().click();
    await expect(this.menuButton()).toHaveAttribute("aria-expanded", "true");
  }

  /** The panel the Menu button controls (by its aria-controls). */
  async menuPanel(): Promise<Locator> {
    const id = await this.menuButton().getAttribute("aria-controls");
    if (!id) throw new Error("the Menu button names no panel (aria-controls)");
    return this.page.locator(`[id="${id}"]`);
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

  /** Every control a person sees in the header, and whose tickets it says, with their boxes. */
  async visibleControlBoxes(): Promise<Box[]> {
    const candidates = this.banner().locator(
      "a, button, input, [data-testid=acting-for], [role=status]",
    );
    const boxes: Box[] = [];
    for (const candidate of await candidates.all()) {
      if (!(await candidate.isVisible())) continue;
      const box = await candidate.boundingBox();
      const text = (await candidate.textContent())?.trim();
      const name = text || (await candidate.evaluate((element) => element.outerHTML.slice(0, 60)));
      if (box) boxes.push({ name, ...box });
    }
    return boxes;
  }
}

/** Pairs of boxes that share any area (touching edges is fine). */
export function overlappingPairs(boxes: Box[]): string[] {
  const overlaps: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      if (!apart) overlaps.push(`"${a.name}" overlaps "${b.name}"`);
    }
  });
  return overlaps;
}

/** Boxes that reach past the left or right edge of the screen. */
export function offScreen(boxes: Box[], viewportWidth: number): string[] {
  return boxes
    .filter((box) => box.x < 0 || box.x + box.width > viewportWidth)
    .map((box) => `"${box.name}" reaches past the screen's edge`);
}

/** How far the page scrolls sideways (0 when it fits the screen). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
