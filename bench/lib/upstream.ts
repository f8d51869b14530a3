/**
 * The upstream baseline: @moovio/sdk called directly against the emulator,
 * built the way lib/moov/client.ts builds it (version pinned and a Bearer
 * token set in a beforeRequest hook), with a token of the same scopes the app
 * mints for an account agent.
 */
import { Moov } from "@moovio/sdk";
import { HTTPClient } from "@moovio/sdk/lib/http.js";

const version = "v2026.04.00";

function sdk(url: string, authorization: string): Moov {
  const httpClient = new HTTPClient().addHook("beforeRequest", (request) => {
    request.headers.set("X-Moov-Version", version);
    request.headers.set("Authorization", authorization);
    return request;
  });
  return new Moov({ serverURL: url, httpClient, timeoutMs: 10_000 });
}

export async function moovForAccount(
  url: string,
  keys: { publicKey: string; privateKey: string },
  accountID: string,
): Promise<Moov> {
  const basic = `Basic ${Buffer.from(`${keys.publicKey}:${keys.privateKey}`).toString("base64")}`;
  const scopes = ["tickets.read", "tickets.write", "profile.read"].map(
    (scope) => `/accounts/${accountID}/${scope}`,
  );
  const { result } = await sdk(url, basic).authentication.createAccessToken({
    grantType: "client_credentials",
    scope: scopes.join(" "),
  });
  return sdk(url, `Bearer ${result.accessToken}`);
}
