import { z } from "zod";
import { sessionEndReasons } from "../errors";
import { storedTokenSchema } from "../moov-access/token";

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
