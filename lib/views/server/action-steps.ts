import "server-only";
import type { z } from "zod/mini";
import { currentAgent, NotSignedInError } from "@/lib/auth/agent";
import { fieldErrorsFrom } from "@/lib/tickets/schemas";
import { actionFailure } from "@/lib/tickets/server/action-failure";
import type { ViewActionResult } from "../action-result";

/**
 * The steps every view write takes: the session (views are kept per person,
 * by the session's email), then the input's zod parse, then the work; a
 * failure of any step comes back as a result, never as a throw.
 */
export async function viewWrite<T, R>(
  input: unknown,
  schema: z.ZodMiniType<T>,
  work: (owner: string, data: T) => Promise<R | ViewActionResult>,
): Promise<R | ViewActionResult> {
  try {
    const agent = await currentAgent();
    if (!agent) throw new NotSignedInError();
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        code: "invalid",
        message: "Some fields need attention.",
        fieldErrors: fieldErrorsFrom(parsed.error),
      };
    }
    return await work(agent.email, parsed.data);
  } catch (error) {
    return actionFailure(error);
  }
}

export const viewNotFound: ViewActionResult = {
  ok: false,
  code: "not_found",
  message: "This view no longer exists. It may have been deleted.",
};
