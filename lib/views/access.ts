import { queueHref, type ViewQueue } from "./view";

/**
 * What a view becomes for the person opening it, given the accounts they act
 * for now (its owner whose access changed, or anyone it was shared with):
 * - `open`: the queue's address, with the accounts they do not act for left
 *   out of its filter (`leftOut` counts them, so the page can say so);
 * - `no-access`: nothing of it is theirs (an account they do not act for, or
 *   an account filter none of whose accounts are theirs; opening that filter
 *   empty would mean every account, which is not what was shared).
 * Nothing returned names an account the person does not act for.
 */
export type ViewAccess =
  | { kind: "open"; href: string; leftOut: number }
  | { kind: "no-access"; accounts: number };

export function accessToView(queue: ViewQueue, actsFor: ReadonlySet<string>): ViewAccess {
  if (queue.kind === "account") {
    return actsFor.has(queue.accountID)
      ? { kind: "open", href: queueHref(queue), leftOut: 0 }
      : { kind: "no-access", accounts: 1 };
  }
  const named = queue.filters.accounts;
  const kept = named.filter((accountID) => actsFor.has(accountID));
  if (named.length > 0 && kept.length === 0) return { kind: "no-access", accounts: named.length };
  const href = queueHref({ ...queue, filters: { ...queue.filters, accounts: kept } });
  return { kind: "open", href, leftOut: named.length - kept.length };
}

/** The sentence for accounts left out of a view; never their names. */
export function leftOutMessage(leftOut: number): string {
  return leftOut === 1
    ? "This view includes 1 account you don't act for; it is left out."
    : `This view includes ${leftOut} accounts you don't act for; they are left out.`;
}

/** The query parameter that carries `leftOut` to the queue, where the views bar says it. */
export const leftOutParam = "viewLeftOut";
