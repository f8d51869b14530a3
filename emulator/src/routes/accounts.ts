import { z } from "zod";
import type { ApiContext, ApiRoute } from "../context.js";
import { errorBody, HttpError, type Reply } from "../http.js";
import { mayListConnected, mayReadProfile } from "../scopes.js";
import { accountJSON } from "../serializers.js";
import { parseOr422 } from "../validation.js";

const connectedQuerySchema = z.object({
  count: z.coerce.number().int().min(1).max(250).default(20),
  skip: z.coerce.number().int().min(0).default(0),
  name: z.string().optional(),
  email: z.string().optional(),
  foreignID: z.string().optional(),
});

function getAccount(ctx: ApiContext): Reply {
  const accountID = ctx.params.accountID ?? "";
  if (!ctx.caller || !mayReadProfile(ctx.caller, accountID, ctx.services.store)) {
    throw new HttpError(403, errorBody("missing profile.read scope for this account"));
  }
  const account = ctx.services.store.accounts.get(accountID);
  if (!account) throw new HttpError(404, errorBody("account not found"));
  return { status: 200, body: accountJSON(account) };
}

function listConnected(ctx: ApiContext): Reply {
  const accountID = ctx.params.accountID ?? "";
  if (!ctx.caller || !mayListConnected(ctx.caller, accountID)) {
    throw new HttpError(403, errorBody("missing /accounts.read scope for this account"));
  }
  const query = parseOr422(connectedQuerySchema, Object.fromEntries(ctx.url.searchParams));
  const rows = ctx.services.store.accounts.listConnected(accountID, query);
  return { status: 200, body: rows.map(accountJSON) };
}

export const accountRoutes: Array<[string, string, ApiRoute]> = [
  ["GET", "/accounts/:accountID", { auth: "caller", handler: getAccount }],
  ["GET", "/accounts/:accountID/connected-accounts", { auth: "caller", handler: listConnected }],
];
