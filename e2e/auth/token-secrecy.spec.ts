import { decode } from "next-auth/jwt";
import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { e2eEnvironment } from "../fixtures/environment";
import { ticketsURL } from "./sign-in-helpers";

/**
 * The session's Moov tokens live only inside the encrypted, httpOnly session
 * cookie. The test decrypts that cookie with the E2E secret to learn the real
 * token values, then looks for them everywhere the browser can read.
 */
test.use({ storageState: storageStateFor("partner-harbor") });

const { harbor, bluebird, cedar, lumen, quayside } = demoAccounts;
const tokenPrefixes = ["moov_at_", "moov_rt_", "access_token", "refresh_token", "accessToken"];

async function sessionSecrets(cookieValue: string): Promise<string[]> {
  const secret = process.env.E2E_NEXTAUTH_SECRET ?? e2eEnvironment().NEXTAUTH_SECRET ?? "";
  const claims = (await decode({ token: cookieValue, secret })) as {
    toks?: Array<{ t: { a: string; r: string } }>;
    dir?: { a: string; r: string };
  } | null;
  expect(claims?.toks?.length, "the session cookie holds the tokens").toBeGreaterThan(0);
  const tokens = [
    ...(claims?.toks ?? []).map((entry) => entry.t),
    ...(claims?.dir ? [claims.dir] : []),
  ];
  return tokens.flatMap((token) => [token.a, token.r]);
}

test("no Moov token reaches anything the browser can read", async ({ page, context }) => {
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  // Working five accounts also checks the cookie stays under 4 KB.
  for (const account of [harbor, bluebird, cedar, lumen, quayside]) {
    await page.goto(ticketsURL(account.accountID));
    await expect(page.getByTestId("acting-for")).toContainText(account.displayName);
  }

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect((session?.name.length ?? 0) + (session?.value.length ?? 0)).toBeLessThan(4096);
  expect(cookies.filter((cookie) => /session-token\.\d+$/.test(cookie.name))).toEqual([]);
  const secrets = await sessionSecrets(session?.value ?? "");
  const needles = [...secrets, ...tokenPrefixes];
  const leaks = (text: string) => needles.filter((needle) => text.includes(needle));

  const sessionJSON = await (await page.request.get("/api/auth/session")).text();
  expect(leaks(sessionJSON)).toEqual([]);
  expect(JSON.parse(sessionJSON)).toMatchObject({
    user: { email: "partner@harbor.example" },
    kind: "partner",
    accountID: quayside.accountID,
  });

  const html = await (await page.request.get(ticketsURL(quayside.accountID))).text();
  expect(leaks(html)).toEqual([]);
  expect(leaks(await page.content())).toEqual([]);

  expect(scripts.size).toBeGreaterThan(0);
  for (const url of scripts) {
    expect(leaks(await (await page.request.get(url)).text()), url).toEqual([]);
  }

  const storage = await page.evaluate(() =>
    JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
    }),
  );
  expect(leaks(storage)).toEqual([]);
  for (const cookie of cookies.filter((c) => !c.httpOnly)) {
    expect(leaks(cookie.value), cookie.name).toEqual([]);
  }
});
