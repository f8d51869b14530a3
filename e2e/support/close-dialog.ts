import type { Locator, Page } from "@playwright/test";

/** The confirmation every close goes through. */
export function closeDialog(page: Page, ticketNumber?: number): Locator {
  return ticketNumber === undefined
    ? page.getByRole("dialog")
    : page.getByRole("dialog", { name: `Close ticket #${ticketNumber}?` });
}

export async function confirmClose(page: Page, ticketNumber?: number): Promise<void> {
  await closeDialog(page, ticketNumber).getByRole("button", { name: "Close permanently" }).click();
}

/** The notice a close leaves on the page (success, refusal, or "may or may not be closed"). */
export function notice(page: Page): Locator {
  return page.locator("[data-notice]");
}

/** The request ID shown with an error, as support staff would quote it. */
export function shownRequestID(scope: Page | Locator): Locator {
  return scope.getByTestId("request-id");
}
