import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { audit } from "@/lib/audit/audit-log";
import { env } from "@/lib/env";
import { SessionEndedError, type SessionEndReason } from "../errors";
import { mintToken, revokeTokens } from "../moov-access/moov-tokens";
import { directoryScopes, relationTo, workScopes } from "../moov-access/scopes";
import { nowSeconds, type StoredToken } from "../moov-access/token";
import { personByEmail } from "../users/users";
import { kindOf, type Person } from "../users/users-file";
import type { SessionRecord } from "./record";
import { sessionStore } from "./session-store";

/**
 * The whole life of a session, in one place: start (at sign-in), load (every
 * request: proxy, pages, route handlers, server actions, the live stream) and
 * end (sign-out, idle, maximum age, a revoked or refused token, a person
 * removed or changed, an administrator's users:revoke). Ending deletes the
 * session's tokens and revokes them at Moov; the record stays as a tombstone
 * saying why, until its maximum age, so every copy of the cookie is dead on
 * its next request and the sign-in page can say what happened.
 */
export type LiveSession = { id: string; record: SessionRecord; person: Person };
export type LoadedSession = LiveSession | SessionEndedError | null;

/** How stale "last seen" may get before a request writes it (the idle timeout's resolution). */
const seenResolutionSeconds = 10;

/** A session survives only the users-file changes that do not touch how the person signs in or what they act for. */
function personFingerprint(person: Person): string {
  return createHash("sha256")
    .update(JSON.stringify([person.passwordHash ?? null, person.actsFor]))
    .digest("base64url");
}

function allTokens(record: SessionRecord): StoredToken[] {
  return [...record.toks.map((entry) => entry.t), ...(record.dir ? [record.dir] : [])];
}

function endReasonFor(record: SessionRecord, person: Person | undefined, now: number) {
  const { SESSION_MAX_AGE, SESSION_IDLE_TIMEOUT } = env();
  if (now - record.createdAt >= SESSION_MAX_AGE) return "expired";
  if (now - record.seenAt >= SESSION_IDLE_TIMEOUT) return "idle";
  if (!person) return "removed";
  if (personFingerprint(person) !== record.person) return "changed";
  return undefined;
}

/** Signs a person in: their home account's token and the directory token, then the record. */
export async function startSession(person: Person, home: string): Promise<SessionRecord> {
  const relation = relationTo(person.actsFor, home);
  if (!relation) throw new Error("a person's home account is one they act for");
  const [work, dir] = await Promise.all([
    mintToken(workScopes(person.actsFor, home, relation)),
    mintToken(directoryScopes(person.actsFor)),
  ]);
  const now = nowSeconds();
  const record: SessionRecord = {
    id: randomBytes(32).toString("base64url"),
    email: person.email,
    name: person.name,
    kind: kindOf(person),
    acct: home,
    toks: [{ id: home, t: work }],
    dir,
    createdAt: now,
    seenAt: now,
    person: personFingerprint(person),
  };
  await sessionStore().put(record, now + env().SESSION_MAX_AGE);
  return record;
}

/**
 * The session behind a cookie's session ID: live, ended (and why), or null
 * when there is no ID at all. A session found past its limits, or whose person
 * was removed or changed, is ended here.
 */
export async function loadSession(id: string | undefined): Promise<LoadedSession> {
  if (!id) return null;
  const store = sessionStore();
  const record = await store.get(id);
  // Gone from the store (past its maximum age, or the store was emptied).
  if (!record) return new SessionEndedError("expired");
  if (record.ended) return new SessionEndedError(record.ended.reason);
  const now = nowSeconds();
  const person = personByEmail(record.email);
  const reason = endReasonFor(record, person, now);
  if (reason || !person) {
    const ended = reason ?? "removed";
    await endSession(id, ended);
    return new SessionEndedError(ended);
  }
  if (now - record.seenAt < seenResolutionSeconds) return { id, record, person };
  const { after } = await store.update(id, (current) =>
    current.ended ? undefined : { ...current, seenAt: now },
  );
  if (!after) return new SessionEndedError("expired");
  if (after.ended) return new SessionEndedError(after.ended.reason);
  return { id, record: after, person };
}

/**
 * Ends a session once: its tokens leave the store and are revoked at Moov, and
 * one audit line says why. Ending an ended session does nothing. Every copy of
 * the cookie is dead once this resolves; `revocation: "background"` lets a
 * person's own sign-out answer without waiting for Moov's revocations.
 */
export async function endSession(
  id: string,
  reason: SessionEndReason,
  { revocation = "await" }: { revocation?: "await" | "background" } = {},
): Promise<void> {
  const at = nowSeconds();
  const { before } = await sessionStore().update(id, (record) =>
    record.ended ? undefined : { ...record, toks: [], dir: undefined, ended: { reason, at } },
  );
  if (!before || before.ended) return;
  audit({
    action: reason === "signed-out" ? "session.sign-out" : "session.end",
    actor: before.email,
    outcome: "ok",
    code: reason === "signed-out" ? undefined : reason,
  });
  const revoked = revokeTokens(allTokens(before));
  if (revocation === "await") await revoked;
}

/** Ends every session of one person (npm run users:revoke); resolves to how many were live. */
export async function endSessionsOf(email: string, reason: SessionEndReason): Promise<number> {
  const store = sessionStore();
  const ids = await store.idsFor(email.trim().toLowerCase());
  let ended = 0;
  for (const id of ids) {
    const record = await store.get(id);
    if (!record || record.ended) continue;
    await endSession(id, reason);
    ended += 1;
  }
  return ended;
}

/** For a stream that outlives its request: whether the session is still live (ending it if it has run out). */
export async function sessionIsLive(id: string): Promise<boolean> {
  const loaded = await loadSession(id);
  return loaded !== null && !(loaded instanceof SessionEndedError);
}
