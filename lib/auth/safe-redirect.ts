/**
 * The one place a redirect target from outside (callbackUrl, next) becomes a
 * Location. Browsers strip tabs and new lines from URLs and read "\" as "/",
 * so "/\t/evil.example" or "/\\evil.example" would leave the app; anything
 * with a control character or a backslash (raw or percent-encoded) is refused
 * outright. What is left is resolved against the app's origin and accepted
 * only if it stays there. Safe to import anywhere (no server-only code).
 */
/** A control character (C0 or DEL) or a backslash anywhere. */
function hasUnsafeCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === "\\") return true;
  }
  return false;
}
const unsafeEncoded = /%(?:[01][0-9a-f]|7f|5c)/i;
const maxLength = 2048;

export function safeRedirectPath(value: unknown, appOrigin: string, fallback = "/"): string {
  if (typeof value !== "string" || value === "" || value.length > maxLength) return fallback;
  if (hasUnsafeCharacter(value) || unsafeEncoded.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, appOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(appOrigin).origin) return fallback;
  // A path of the app's own, never a scheme-relative "//host" (URL collapses nothing, so check).
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}
