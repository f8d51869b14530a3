import { authenticate } from "../auth.js";
import type { ApiContext, ApiRoute } from "../context.js";
import { errorBody, HttpError, type Reply } from "../http.js";

/**
 * Moov's ping checks credentials. The emulator also answers an anonymous ping
 * so scripts can wait for it to start; wrong credentials still get 401.
 */
function ping(ctx: ApiContext): Reply {
  const header = ctx.req.headers.authorization;
  if (header !== undefined) {
    const result = authenticate(header, ctx.services.store, Date.now());
    if (!result.ok) throw new HttpError(401, errorBody(result.reason));
  }
  return { status: 200 };
}

export const pingRoutes: Array<[string, string, ApiRoute]> = [
  ["GET", "/ping", { auth: "none", handler: ping }],
];
