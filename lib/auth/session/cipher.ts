import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for what the session store keeps at rest (the Moov tokens ride
 * in it). The session ID is bound in as additional data, so a sealed record
 * copied onto another session's row does not open there. A tampered or
 * foreign value fails to open instead of yielding garbage.
 */
export class SealError extends Error {
  override name = "SealError";
}

export type Cipher = {
  seal(plaintext: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string;
};

const version = "v1";
const ivBytes = 12;
const tagBytes = 16;

export function createCipher(keyBase64: string): Cipher {
  const key = Buffer.from(keyBase64, "base64");
  if (key.length !== 32) throw new SealError("the session encryption key must be 32 bytes");
  return {
    seal(plaintext, boundTo) {
      const iv = randomBytes(ivBytes);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(boundTo, "utf8"));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const packed = Buffer.concat([iv, cipher.getAuthTag(), body]);
      return `${version}.${packed.toString("base64url")}`;
    },
    open(sealed, boundTo) {
      const [tag, payload] = sealed.split(".", 2);
      if (tag !== version || !payload) throw new SealError("unknown sealed format");
      const packed = Buffer.from(payload, "base64url");
      if (packed.length < ivBytes + tagBytes) throw new SealError("sealed value too short");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, packed.subarray(0, ivBytes));
        decipher.setAAD(Buffer.from(boundTo, "utf8"));
        decipher.setAuthTag(packed.subarray(ivBytes, ivBytes + tagBytes));
        const body = decipher.update(packed.subarray(ivBytes + tagBytes));
        return Buffer.concat([body, decipher.final()]).toString("utf8");
      } catch {
        throw new SealError("sealed value failed authentication");
      }
    },
  };
}
