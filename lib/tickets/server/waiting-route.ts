import "server-only";
import type { Moov } from "@moovio/sdk";
import { NextResponse } from "next/server";
import { AccessDeniedError, type ActingAcrossAccounts, actAcrossAccounts } from "@/lib/auth/agent";
import { forEachBounded } from "@/lib/bounded";
import { listMessages } from "@/lib/moov/tickets";
import { threadEndsOf } from "../waiting";
import {
  parseWaitingRefs,
  type WaitingAnswer,
  type WaitingItem,
  type WaitingRef,
  waitingRefKey,
} from "../waiting-api";
import { describeFailure } from "./describe-failure";
import { errorResponse } from "./read-handler";
import { type WaitingCache, waitingCache } from "./waiting-cache";

/**
 * GET /api/tickets/waiting (see waiting-api.ts). The session is checked and
 * the accounts the person acts for are listed once, as the all-accounts views
 * do; that list is the permission check. A ticket of any other account is
 * refused before the cache is even looked at, so a thread another person's
 * request put there is never shown to someone who may not act for its
 * account. Then the cache, then Moov (one messages call per ticket, at most
 * `readsAtOnce` at a time, each paced per account by lib/moov like every call).
 * One ticket failing answers that ticket's error; the rest are still answered.
 */
const readsAtOnce = 8;

export async function handleWaiting(
  request: Request,
  cache: WaitingCache = waitingCache(),
): Promise<Response> {
  const parsed = parseWaitingRefs(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return errorResponse({ status: 400, code: "bad_request", message: parsed.message });
  }
  let acting: ActingAcrossAccounts;
  try {
    acting = await actAcrossAccounts();
  } catch (error) {
    return errorResponse(describeFailure(error));
  }

  const permitted = new Set(acting.accounts.map((account) => account.accountID));
  // One SDK instance per account for the whole request (its token is minted on first use).
  const instances = new Map<string, Promise<Moov>>();
  const moovFor = (accountID: string) => {
    let instance = instances.get(accountID);
    if (!instance) {
      instance = acting.moovFor(accountID);
      instances.set(accountID, instance);
    }
    return instance;
  };

  const items: WaitingItem[] = [];
  await forEachBounded(
    parsed.refs,
    readsAtOnce,
    async (ref) => {
      items.push(await answerFor(ref, permitted, moovFor, cache));
    },
    request.signal,
  );
  const answer: WaitingAnswer = { items };
  return NextResponse.json(answer, { headers: { "cache-control": "no-store" } });
}

async function answerFor(
  ref: WaitingRef,
  permitted: ReadonlySet<string>,
  moovFor: (accountID: string) => Promise<Moov>,
  cache: WaitingCache,
): Promise<WaitingItem> {
  const key = waitingRefKey(ref);
  if (!permitted.has(ref.accountID)) {
    return { key, error: describeFailure(new AccessDeniedError()) };
  }
  const hit = cache.get(ref);
  if (hit !== undefined) return { key, ends: hit };
  try {
    const moov = await moovFor(ref.accountID);
    const { data: messages } = await listMessages(moov, ref.accountID, ref.ticketID);
    const ends = threadEndsOf(messages) ?? null;
    cache.set(
      {
        accountID: ref.accountID,
        ticketID: ref.ticketID,
        latestMessageOn: messages.at(-1)?.sentOn,
      },
      ends,
    );
    return { key, ends };
  } catch (error) {
    return { key, error: describeFailure(error) };
  }
}
