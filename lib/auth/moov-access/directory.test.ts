import { describe, expect, it, vi } from "vitest";

/** Moov as seen through each person's token: "revoked" is refused after a moment, others answer. */
const moov = vi.hoisted(() => ({
  calls: [] as string[],
  forToken(token: string) {
    const answer = <T>(value: T) =>
      token === "revoked"
        ? new Promise<T>((_, reject) => setTimeout(() => reject(new Error("refused")), 20))
        : Promise.resolve(value);
    return {
      accounts: {
        get: ({ accountID }: { accountID: string }) => {
          moov.calls.push(`get ${accountID} ${token}`);
          return answer({ result: { displayName: `Name of ${accountID}` } });
        },
        listConnected: ({ accountID }: { accountID: string }) => {
          moov.calls.push(`connected ${accountID} ${token}`);
          return answer({ result: [{ accountID: "merchant", displayName: "Merchant" }] });
        },
      },
    };
  },
}));
vi.mock("@/lib/moov/client", () => ({ moovWithToken: (token: string) => moov.forToken(token) }));

const { cachedAccountName, connectedAccounts } = await import("./directory");

describe("the per-process directory caches", () => {
  it("never hand one person's pending or failed name lookup to another", async () => {
    const revoked = cachedAccountName("acct-1", "revoked");
    const good = cachedAccountName("acct-1", "good");
    await expect(revoked).rejects.toThrow("refused");
    await expect(good).resolves.toEqual({ accountID: "acct-1", displayName: "Name of acct-1" });
    // Once answered, the name is served from the cache.
    await expect(cachedAccountName("acct-1", "other")).resolves.toMatchObject({
      displayName: "Name of acct-1",
    });
    expect(moov.calls.filter((call) => call.startsWith("get acct-1"))).toHaveLength(2);
  });

  it("never hand one person's pending or failed connected-accounts read to another", async () => {
    const revoked = connectedAccounts("partner-1", "revoked");
    const good = connectedAccounts("partner-1", "good");
    await expect(revoked).rejects.toThrow("refused");
    await expect(good).resolves.toEqual([{ accountID: "merchant", displayName: "Merchant" }]);
    // A failure is not kept either: the next read asks Moov again.
    await expect(connectedAccounts("partner-2", "revoked")).rejects.toThrow("refused");
    await expect(connectedAccounts("partner-2", "good")).resolves.toHaveLength(1);
  });

  it("shares one connected-accounts read in flight between the reads of one token", async () => {
    const reads = Array.from({ length: 7 }, () => connectedAccounts("partner-3", "same"));
    await Promise.all(reads);
    expect(moov.calls.filter((call) => call === "connected partner-3 same")).toHaveLength(1);
  });
});
