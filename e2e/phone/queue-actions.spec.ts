import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { paths } from "../support/paths";
import { holdPageScripts } from "../support/tickets";

const { quayside } = demoAccounts;

test.use({
  storageState: storageStateFor("partner-harbor"),
  viewport: { width: 390, height: 844 },
});

/**
 * On a phone the queue's Export CSV and New ticket sit on their own line,
 * from the left. The server sends Export CSV as a plain download link; once
 * the page's JavaScript runs it becomes a button with its progress beside
 * it. Nothing beside it may take room until an export runs, or both buttons
 * jump sideways as the page comes alive.
 */
test("Export CSV and New ticket stay put when the page comes alive", async ({ page }) => {
  const scripts = await holdPageScripts(page);
  await page.goto(paths.queue(quayside.accountID), { waitUntil: "commit" });
  const sentExport = page.getByRole("link", { name: "Export CSV" });
  await expect(sentExport).toBeVisible();
  const sent = {
    export: await sentExport.boundingBox(),
    new: await page.getByRole("link", { name: "New ticket" }).boundingBox(),
  };
  expect(sent.export).not.toBeNull();

  await scripts.release();
  // A button, not the server's link: the page's JavaScript has taken over.
  const liveExport = page.getByRole("button", { name: "Export CSV" });
  await expect(liveExport).toBeVisible();
  expect(await liveExport.boundingBox()).toEqual(sent.export);
  expect(await page.getByRole("link", { name: "New ticket" }).boundingBox()).toEqual(sent.new);
});
