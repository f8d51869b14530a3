import bcrypt from "bcryptjs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { bcryptCost, type Person } from "../users/users-file";
import { decoyCostOf, verifyPassword } from "./password";

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

  it("takes the decoy's cost from the users file: its highest, so no known email checks slower", async () => {
    const cheap = { ...ada, email: "cheap@example.com", passwordHash: await bcrypt.hash("x", 4) };
    const { passwordHash: _, ...noPassword } = ada;
    expect(decoyCostOf([cheap])).toBe(4);
    expect(decoyCostOf([cheap, ada])).toBe(bcryptCost);
    expect(decoyCostOf([noPassword])).toBe(bcryptCost);
    const compare = vi.spyOn(bcrypt, "compare");
    expect(await verifyPassword(undefined, "anything", 4)).toBe(false);
    expect(compare.mock.calls[0]?.[1]).toMatch(/^\$2[aby]\$04\$[./A-Za-z0-9]{53}$/);
  });

  it("checks one password at a time, so parallel sign-ins never share the event loop's thread", async () => {
    // bcryptjs is pure JavaScript: every compare running at once stalls every other request.
    let running = 0;
    let mostAtOnce = 0;
    const compare = bcrypt.compare;
    vi.spyOn(bcrypt, "compare").mockImplementation(async (password: string, hash: string) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      try {
        return await compare(password, hash);
      } finally {
        running -= 1;
      }
    });
    const results = await Promise.all(
      Array.from({ length: 4 }, () => verifyPassword(ada, "battery staple")),
    );
    expect(results).toEqual([false, false, false, false]);
    expect(mostAtOnce).toBe(1);
  });
});
