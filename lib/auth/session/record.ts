import { z } from "zod";
import { setNewest } from "@/lib/bounded";
import { processWide } from "@/lib/process-wide";
import { sessionEndReasons } from "../errors";
import { storedTokenSchema } from "../moov-access/token";
import type { Cipher } from "./cipher";

/**
 * One signed-in session as the store keeps it (sealed, see cipher.ts). The
 * browser's cookie carries only the session's ID; everything that must be
 * ended, refreshed or shared between app instances lives here.
 */
export const sessionRecordSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  name: z.string(),
  kind: z.enum(["account", "partner"]),
  /** the account last chosen in the switcher: where "/" lands */
  acct: z.string(),
  /** one Moov token per account worked, most recently minted first; no limit */
  toks: z.array(z.object({ id: z.string(), t: storedTokenSchema })),
  /** the directory token: account names and a partner's connected accounts */
  dir: storedTokenSchema.optional(),
  /** Unix seconds */
  createdAt: z.number(),
  seenAt: z.number(),
  /** fingerprint of the person's users-file entry at sign-in; a change ends the session */
  person: z.string(),
  /** set once the session has ended: every copy of its cookie is dead */
  ended: z.object({ reason: z.enum(sessionEndReasons), at: z.number() }).optional(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export function parseRecord(json: string): SessionRecord | undefined {
  try {
    const parsed = sessionRecordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last record opened per session, with the sealed text it came from.
 * Every page load opens its session twice (proxy and page), and a request's
 * record only changes when something writes it (a new token, last-seen every
 * 10 s): opening means AES-GCM, JSON.parse and the schema, over about 100 KB
 * for a partner holding 200 tokens. A row whose sealed text is exactly the one
 * opened before holds exactly that record, so it is handed out again, frozen
 * so that no caller can change what the next request gets. Whether the
 * session is live is still decided on every load from the record.
 */
type Opened = { sealed: string; record: SessionRecord };
const openedLimit = 500;
const opened = processWide("auth.opened-session-records", () => new Map<string, Opened>());

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A sealed record opened: undefined when it is not a record; throws when it does not open (cipher.ts). */
export function openRecord(
  cipher: Cipher,
  sealed: string,
  sessionID: string,
): SessionRecord | undefined {
  const known = opened.get(sessionID);
  if (known && known.sealed === sealed) return known.record;
  const record = parseRecord(cipher.open(sealed, sessionID));
  if (!record) return undefined;
  setNewest(opened, sessionID, { sealed, record: deepFreeze(record) }, openedLimit);
  return record;
}
