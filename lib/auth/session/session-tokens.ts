import "server-only";
import { processWide } from "@/lib/process-wide";
import { AccessDeniedError, SessionEndedError } from "../errors";
import {
  mintToken,
  refreshToken,
  TokenRefusedError,
  TokenUnavailableError,
} from "../moov-access/moov-tokens";
import { isExpired, needsRefresh, nowSeconds, type StoredToken } from "../moov-access/token";
import { endSession, type LiveSession } from "./lifecycle";
import type { SessionRecord } from "./record";
import { sessionStore } from "./session-store";

/**
 * Keeps a session's Moov tokens valid: one per account worked (minted on the
 * first visit) and the directory token. Moov rotates refresh tokens, so two
 * requests must never refresh the same token: within a process they share one
 * promise, and across instances the store's lock lets one refresh while the
 * others wait for and reuse its result.
 */
export type TokenSlot = { account: string } | "directory";

const slotKey = (slot: TokenSlot) => (slot === "directory" ? "dir" : `acct:${slot.account}`);

function tokenIn(record: SessionRecord, slot: TokenSlot): StoredToken | undefined {
  if (slot === "directory") return record.dir;
  return record.toks.find((entry) => entry.id === slot.account)?.t;
}

function withToken(record: SessionRecord, slot: TokenSlot, token: StoredToken): SessionRecord {
  if (slot === "directory") return { ...record, dir: token };
  const others = record.toks.filter((entry) => entry.id !== slot.account);
  return { ...record, toks: [{ id: slot.account, t: token }, ...others] };
}

const lockLeaseMs = 10_000;
const waitStepMs = 40;
const waitLimitMs = 8_000;
// Process-wide: proxy.ts and the route handlers are separate bundles.
const pending = processWide("auth.token-renewals", () => new Map<string, Promise<StoredToken>>());

/** One in-flight renewal per session and slot in this process. */
function shared(key: string, work: () => Promise<StoredToken>): Promise<StoredToken> {
  const known = pending.get(key);
  if (known) return known;
  const result = work().finally(() => pending.delete(key));
  pending.set(key, result);
  return result;
}

async function saveToken(session: LiveSession, slot: TokenSlot, token: StoredToken) {
  const { after } = await sessionStore().update(session.id, (record) =>
    record.ended ? undefined : withToken(record, slot, token),
  );
  if (!after || after.ended) throw new SessionEndedError(after?.ended?.reason ?? "expired");
  session.record = after;
}

async function current(session: LiveSession, slot: TokenSlot): Promise<StoredToken | undefined> {
  const record = await sessionStore().get(session.id);
  if (!record || record.ended) throw new SessionEndedError(record?.ended?.reason ?? "expired");
  session.record = record;
  return tokenIn(record, slot);
}

/**
 * Replaces `stale` by its successor, refreshing it at most once across every
 * instance sharing the store. A request that finds the lock taken polls the
 * store until the holder has saved the new token (or its lease ran out).
 */
export async function renewAcrossInstances(
  session: LiveSession,
  slot: TokenSlot,
  stale: StoredToken,
): Promise<StoredToken> {
  const store = sessionStore();
  const lock = `refresh:${session.id}:${slotKey(slot)}`;
  const deadline = Date.now() + waitLimitMs;
  for (;;) {
    const stored = await current(session, slot);
    if (stored && stored.a !== stale.a) return stored;
    const release = await store.tryLock(lock, lockLeaseMs);
    if (release) {
      try {
        const again = await current(session, slot);
        if (again && again.a !== stale.a) return again;
        const fresh = await refreshOrEnd(session, stale);
        await saveToken(session, slot, fresh);
        return fresh;
      } finally {
        await release();
      }
    }
    if (Date.now() > deadline) throw new TokenUnavailableError("a token refresh did not finish");
    await new Promise((resolve) => setTimeout(resolve, waitStepMs));
  }
}

async function refreshOrEnd(session: LiveSession, stale: StoredToken): Promise<StoredToken> {
  try {
    return await refreshToken(stale);
  } catch (error) {
    if (!(error instanceof TokenRefusedError)) throw error;
    await endSession(session.id, "refresh-failed");
    throw new SessionEndedError("refresh-failed");
  }
}

/**
 * A usable token for `slot`, minted when the session has none (`scopes`: what
 * to ask for). `rejected`: Moov just answered 401 to this token, so it is
 * renewed whatever its expiry says.
 */
export async function keepToken(
  session: LiveSession,
  slot: TokenSlot,
  scopes: readonly string[],
  rejected?: string,
): Promise<StoredToken> {
  const existing = tokenIn(session.record, slot);
  const key = `${session.id}:${slotKey(slot)}`;
  if (!existing) {
    return shared(`mint:${key}`, async () => {
      let minted: StoredToken;
      try {
        minted = await mintToken(scopes);
      } catch (error) {
        // Moov would not mint for this account at all (no longer connected, say).
        if (slot !== "directory" && error instanceof TokenRefusedError) {
          throw new AccessDeniedError();
        }
        throw error;
      }
      await saveToken(session, slot, minted);
      return minted;
    });
  }
  const now = nowSeconds();
  const due = rejected === existing.a || needsRefresh(existing, now);
  if (!due) return existing;
  try {
    return await shared(`renew:${key}:${existing.a}`, () =>
      renewAcrossInstances(session, slot, existing),
    );
  } catch (error) {
    // Moov is unreachable: a token that still works is better than none.
    const usable = rejected !== existing.a && !isExpired(existing, now);
    if (usable && error instanceof TokenUnavailableError) return existing;
    throw error;
  }
}
