/**
 * Ends every session of one person at once, on every app instance sharing the
 * session store (the SQLite file, or Redis when REDIS_URL is set): their
 * cookies stop working on the next request and their Moov tokens are revoked.
 *
 *   npm run users:revoke -- --email ana@example.com
 *   npm run users:revoke -- --email ana@example.com --env-file .data/demo.env   (the demo's settings)
 *
 * It reads the app's configuration like the app does (.env, .env.local, the
 * environment); --env-file adds one more file. Remove the person from the
 * users file too, or they can simply sign in again.
 */
import { parseArgs } from "node:util";
import nextEnv from "@next/env";

const usage = "usage: npm run users:revoke -- --email <email> [--env-file <path>]";

const { values } = parseArgs({
  options: { email: { type: "string" }, "env-file": { type: "string" } },
  strict: true,
});
if (!values.email?.includes("@")) {
  console.error(`Say whose sessions to end.\n${usage}`);
  process.exit(1);
}
if (values["env-file"]) process.loadEnvFile(values["env-file"]);
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });

const { exitOnInvalidEnv } = await import("../lib/env");
exitOnInvalidEnv();
const { endSessionsOf } = await import("../lib/auth/session/lifecycle");
const ended = await endSessionsOf(values.email, "ended-by-admin");
console.log(
  ended === 0
    ? `${values.email} had no live session.`
    : `Ended ${ended} session${ended === 1 ? "" : "s"} of ${values.email}; their Moov tokens were revoked.`,
);
process.exit(0);
