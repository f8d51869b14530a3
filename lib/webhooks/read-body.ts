export type BodyRead =
  | { ok: true; text: string }
  | { ok: false; reason: "too-large" | "unreadable" };

/**
 * Reads a request body but never holds more than `maxBytes` of it. Content-Length
 * may be missing or lie, and `request.text()` would buffer whatever a sender
 * streams before anyone could count it.
 */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<BodyRead> {
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Not awaited: a sender that stalls must not hold back our answer.
        reader.cancel().catch(() => {});
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
