import "server-only";
import type { z } from "zod/mini";
import { actForAccount } from "@/lib/auth/agent";
import type { ActionFailure, TicketActionResult } from "../action-result";
import { actionFailure } from "./action-failure";
import { auditWrite, type Write } from "./audit-write";

type Acting = Awaited<ReturnType<typeof actForAccount>>;

export type WriteStart<T> =
  | { ok: true; access: Acting; data: T }
  | { ok: false; result: TicketActionResult };

/**
 * The first steps every ticket write takes, in this order: session and
 * permission for the claimed account (before the input is even read, so a
 * forged call learns nothing), then the zod parse. A refusal is audited here.
 */
export async function beginTicketWrite<T>(
  write: Write & { accountID: string },
  input: unknown,
  schema: z.ZodMiniType<T>,
  invalid: (error: z.core.$ZodError) => ActionFailure,
): Promise<WriteStart<T>> {
  let access: Acting;
  try {
    access = await actForAccount(write.accountID);
  } catch (error) {
    return { ok: false, result: await auditWrite(write, actionFailure(error)) };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, result: await auditWrite(write, invalid(parsed.error)) };
  return { ok: true, access, data: parsed.data };
}
