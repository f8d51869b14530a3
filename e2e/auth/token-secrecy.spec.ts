import { demoAccounts, expect, storageStateFor, test } from "../fixtures";
import { sessionCookieClaims, sessionTokens } from "../fixtures/session-store";
import { apiPaths, paths } from "../support/paths";

/**
 * The session's Moov tokens live only in the server's session store; the
 * httpOnly cookie names the session and the person, nothing more. The test
 * reads the store with the E2E keys to learn the real token values, then
 * looks for them everywhere the browser can read, the cookie included.
 */
test.use({ storageState: storageStateFor("partner-harbor") });

const { harbor, bluebird, cedar, lumen, quayside } = demoAccounts;
const tokenPrefixes = ["moov_at_", "moov_rt_", "access_token", "refresh_token", "accessToken"];

test("no Moov token reaches anything the browser can read", async ({ page, context }) => {
  const scripts = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.add(response.url());
  });
  // Five accounts worked: the server keeps a token for each, however many there are.
  for (const account of [harbor, bluebird, cedar, lumen, quayside]) {
    await page.goto(paths.queue(account.accountID));
    await expect(page.getByTestId("acting-for")).toContainText(account.displayName);
  }

  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(cookies.filter((cookie) => /session-token\.\d+$/.test(cookie.name))).toEqual([]);
  const claims = await sessionCookieClaims(context);
  expect(Object.keys(claims).sort()).toEqual(["email", "exp", "iat", "jti", "name", "sid", "sub"]);
  const secrets = await sessionTokens(context);
  // At least the five account tokens and the directory token, each an access and a refresh
  // token. More when this shared partner session's all-accounts views (in parallel tests)
  // have read fresh merchants too: every one of them is searched for below.
  expect(secrets.length).toBeGreaterThanOrEqual(12);
  expect(secrets.length % 2).toBe(0);
  const needles = [...secrets, ...tokenPrefixes];
  const leaks = (text: string) => needles.filter((needle) => text.includes(needle));

  const sessionJSON = await (await page.request.get(apiPaths.session)).text();
  expect(leaks(sessionJSON)).toEqual([]);
  expect(JSON.parse(sessionJSON)).toMatchObject({ user: { email: "partner@harbor.example" } });
  expect(leaks(JSON.stringify(claims))).toEqual([]);

  const html = await (await page.request.get(paths.queue(quayside.accountID))).text();
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
