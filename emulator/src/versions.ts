/**
 * Moov API versions the emulator knows, oldest first. Moov ships quarterly
 * (vYYYY.QQ.BB, QQ = first month of the quarter), so a request naming any date
 * is served by the newest release not newer than it.
 */
export const knownVersions = [
  "v2024.01.00",
  "v2024.04.00",
  "v2024.07.00",
  "v2024.10.00",
  "v2025.01.00",
  "v2025.04.00",
  "v2025.07.00",
  "v2025.10.00",
  "v2026.01.00",
  "v2026.04.00",
  "v2026.07.00",
] as const;

export type KnownVersion = (typeof knownVersions)[number];

export const defaultVersion: KnownVersion = "v2024.01.00";

const versionPattern = /^v\d{4}\.\d{2}\.\d{2}$/;

export type VersionResolution = { ok: true; version: KnownVersion } | { ok: false; reason: string };

export function resolveVersion(requested: string | undefined): VersionResolution {
  if (requested === undefined || requested === "") return { ok: true, version: defaultVersion };
  if (requested === "latest") return { ok: true, version: newest() };
  if (!versionPattern.test(requested)) {
    return { ok: false, reason: `malformed X-Moov-Version "${requested}"` };
  }
  // Fixed-width vYYYY.MM.BB strings order lexicographically, so plain comparison works.
  let served: KnownVersion | undefined;
  for (const version of knownVersions) {
    if (version <= requested) served = version;
  }
  if (!served) return { ok: false, reason: `X-Moov-Version "${requested}" predates the API` };
  return { ok: true, version: served };
}

function newest(): KnownVersion {
  return knownVersions[knownVersions.length - 1] ?? defaultVersion;
}
