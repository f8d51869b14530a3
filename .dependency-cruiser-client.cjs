/**
 * The client side of the line: nothing marked server-only (sessions, Moov,
 * env) is pulled into components/, directly or through another file, and
 * neither is zod's classic API. Server actions ("use server" modules in
 * lib/tickets/actions/ and lib/views/actions/) are where a client import
 * legitimately stops — Next.js turns it into a reference — so their own
 * imports are not followed here (the main config checks them).
 */
const main = require("./.dependency-cruiser.cjs");

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "components-never-import-server-only-modules",
      comment:
        "Nothing marked server-only (sessions, Moov, env) is pulled into UI code, directly or through another file; server reads happen in app/ routes or lib/ and reach components as props or cache.",
      severity: "error",
      from: { path: "^components/" },
      to: { reachable: true, path: "node_modules/server-only/" },
    },
    {
      name: "browser-code-builds-schemas-with-zod-mini",
      comment:
        "zod's classic API is ~31 KB gzip of first-load JavaScript on every page; code the browser runs builds its schemas with zod/mini (lib/zod-config.ts sets it up), and classic stays on the server.",
      severity: "error",
      from: { path: "^components/" },
      to: { reachable: true, path: "^node_modules/zod/index\\." },
    },
  ],
  options: {
    ...main.options,
    doNotFollow: { path: ["node_modules", "^lib/tickets/actions/", "^lib/views/actions/"] },
  },
};
