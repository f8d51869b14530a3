import { expect, storageStateFor, test } from "../fixtures";
import { AppHeader } from "../support/app-header";
import { paths } from "../support/paths";

// A phone on its side: the help is taller than the screen.
test.use({
  viewport: { width: 844, height: 390 },
  storageState: storageStateFor("partner-harbor"),
});

test("a dialog taller than the screen scrolls inside, its title and buttons in view", async ({
  page,
}) => {
  const header = new AppHeader(page);
  await page.goto(paths.allTickets());
  await header.ready();
  await header.press("?");
  const help = header.shortcutsHelp();
  const close = help.getByRole("button", { name: "Close" });
  const lastLine = help.getByRole("term").filter({ hasText: "Show these shortcuts" });
  await expect(close).toBeFocused();
  await expect(close).toBeInViewport();
  await expect(help.getByRole("heading", { name: "Keyboard shortcuts" })).toBeInViewport();
  await expect(lastLine).not.toBeInViewport();

  await lastLine.scrollIntoViewIfNeeded();
  await expect(lastLine).toBeInViewport();
  await expect(close).toBeInViewport();
  await expect(help.getByRole("heading", { name: "Keyboard shortcuts" })).toBeInViewport();
});
