/**
 * The client side of the line: nothing marked server-only (sessions, Moov,
 * env) is pulled into components/, directly or through another file. Server
 * actions ("use server" modules in lib/tickets/actions/ and lib/views/actions/) are where a client
 * import legitimately stops — Next.js turns it into a reference — so their own
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
  ],
  options: {
    ...main.options,
    doNotFollow: { path: ["node_modules", "^lib/tickets/actions/", "^lib/views/actions/"] },
  },
};
