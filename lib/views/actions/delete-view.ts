"use server";

import { z } from "zod/mini";
import type { ActionFailure } from "@/lib/tickets/action-result";
import { viewNotFound, viewWrite } from "../server/action-steps";
import { viewStore } from "../server/view-store";
import { viewIDSchema } from "../view";

const deleteViewInputSchema = z.strictObject({ id: viewIDSchema });

/** Deletes one of the person's own views; its link then opens "This view does not exist". */
export async function deleteView(input: unknown): Promise<{ ok: true } | ActionFailure> {
  const result = await viewWrite(input, deleteViewInputSchema, async (owner, { id }) =>
    (await viewStore().remove(owner, id)) ? { ok: true as const } : viewNotFound,
  );
  return result.ok ? { ok: true } : result;
}
