import type { ActionFailure } from "@/lib/tickets/action-result";
import type { SavedView } from "./view";

/** What a view's server action hands the browser: the view, or a failure it may show as is. */
export type ViewActionResult = { ok: true; view: SavedView } | ActionFailure;
