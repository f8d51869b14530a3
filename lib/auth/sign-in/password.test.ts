import { monitorEventLoopDelay } from "node:perf_hooks";
import bcrypt from "bcryptjs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bcryptCost, type Person } from "../users/users-file";
import { verifyPassword } from "./password";

const actsFor = { accounts: ["6f1c2b1e-5a4b-4c3d-9e8f-0a1b2c3d4e5f"] };
let ada: Person;

beforeAll(async () => {
  ada = {
    email: "ada@example.com",
    name: "Ada",
    passwordHash: await bcrypt.hash("correct horse", bcryptCost),
    actsFor,
  };
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    expect(await verifyPassword(ada, "correct horse")).toBe(true);
    expect(await verifyPassword(ada, "battery staple")).toBe(false);
  });

  it("spends a full bcrypt check at the real cost on an unknown email or one without a password", async () => {
    const compare = vi.spyOn(bcrypt, "compare");
    const { passwordHash: _, ...withoutPassword } = ada;
    expect(await verifyPassword(undefined, "correct horse")).toBe(false);
    expect(await verifyPassword(withoutPassword, "correct horse")).toBe(false);
    for (const [, hash] of compare.mock.calls) {
      expect(hash).toMatch(new RegExp(`^\\$2[aby]\\$${bcryptCost}\\$[./A-Za-z0-9]{53}$`));
    }
    expect(compare).toHaveBeenCalledTimes(2);
  });

  it("keeps the event loop moving while sign-ins check passwords in parallel", async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => verifyPassword(ada, "battery staple")),
    );
    delay.disable();
    expect(results).toEqual([false, false, false, false]);
    // One check at a time stalls the loop about one bcryptjs slice (~100 ms);
    // four at once would stall it ~400 ms.
    expect(delay.max / 1e6).toBeLessThan(250);
  });
});
