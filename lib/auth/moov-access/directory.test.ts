import { describe, expect, it, vi } from "vitest";

/** Moov as seen through each person's token: "revoked" is refused after a moment, others answer. */
const merchant = { accountID: "merchant", displayName: "Merchant" };
const moov = vi.hoisted(() => ({
  calls: [] as string[],
  /** Each partner's connected accounts, when a test sets them. */
  connected: new Map<string, Array<{ accountID: string; displayName: string }>>(),
  release: [] as Array<() => void>,
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
          // What Moov holds when the read starts; "held" answers only when released.
          const result = [...(moov.connected.get(accountID) ?? [merchant])];
          if (token !== "held") return answer({ result });
          return new Promise<{ result: typeof result }>((resolve) => {
            moov.release.push(() => resolve({ result }));
          });
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

  it("after a miss, reads the list again from after the miss, not one read or started before", async () => {
    const before = [merchant];
    moov.connected.set("partner-4", before);
    // A read starts, then an account is connected while it is still on its way.
    const early = connectedAccounts("partner-4", "held");
    moov.connected.set("partner-4", [...before, { accountID: "new", displayName: "New" }]);
    moov.release.shift()?.();
    await expect(early).resolves.toEqual(before);
    // Served from the cache: the early read is recent.
    expect(await connectedAccounts("partner-4", "held")).toEqual(before);

    const missedAt = Date.now();
    const again = connectedAccounts("partner-4", "held", missedAt);
    moov.release.shift()?.();
    expect((await again).map((account) => account.accountID)).toEqual(["merchant", "new"]);
    expect(moov.calls.filter((call) => call === "connected partner-4 held")).toHaveLength(2);
    // That newer read is what the cache holds now.
    expect(await connectedAccounts("partner-4", "held")).toHaveLength(2);
  });
});
