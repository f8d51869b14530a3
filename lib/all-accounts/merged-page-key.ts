import { z } from "zod/mini";
import { mergedKeys } from "./contract";

/**
 * Reads a merged page's query key back (mergedKeys.page): which accounts its
 * list includes and whether it is a first page. Keys come from the cache, so
 * anything else reads as "not a merged page".
 */
const pageKeySchema = z.tuple([
  z.literal(mergedKeys.all[0]),
  z.literal(mergedKeys.lists()[1]),
  z.looseObject({ accounts: z.array(z.string()) }),
  z.nullable(z.string()),
]);

/** A first page (cursor null) of a list that includes the account: all accounts, or it among them. */
export function isFirstPageIncluding(queryKey: readonly unknown[], accountID: string): boolean {
  const parsed = pageKeySchema.safeParse(queryKey);
  if (!parsed.success) return false;
  const [, , { accounts }, cursor] = parsed.data;
  return cursor === null && (accounts.length === 0 || accounts.includes(accountID));
}
