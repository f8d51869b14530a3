"use server";

import { z } from "zod/mini";
import type { ViewActionResult } from "../action-result";
import { viewNotFound, viewWrite } from "../server/action-steps";
import { viewStore } from "../server/view-store";
import { viewIDSchema, viewNameSchema } from "../view";

const renameViewInputSchema = z.strictObject({ id: viewIDSchema, name: viewNameSchema });

/** Renames one of the person's own views (another person's view is "not found"). */
export async function renameView(input: unknown): Promise<ViewActionResult> {
  return viewWrite(input, renameViewInputSchema, async (owner, { id, name }) => {
    const view = await viewStore().rename(owner, id, name);
    return view ? { ok: true, view } : viewNotFound;
  });
}
