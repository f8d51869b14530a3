/**
 * The import rules `npm run lint` enforces (dependency-cruiser 17). Imports
 * only point down: app/ (routes) → components/ → lib/ (hooks, actions,
 * domain) → lib/moov (Moov calls and their mapping). The emulator and the app
 * never import each other. Type-only imports are not followed: they vanish at
 * build time.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "app-never-imports-emulator",
      comment: "The app talks to Moov (or the emulator) over HTTP only.",
      severity: "error",
      from: { path: "^(app|components|lib|proxy\\.ts|instrumentation\\.ts)" },
      to: { path: "^emulator/" },
    },
    {
      name: "emulator-never-imports-app",
      comment: "The emulator stands in for Moov; it knows nothing of Support Desk.",
      severity: "error",
      from: { path: "^emulator/" },
      to: { path: "^(app|components|lib|proxy\\.ts|instrumentation\\.ts)" },
    },
    {
      name: "nothing-below-app-imports-app",
      comment: "app/ only routes: server actions and components live below it.",
      severity: "error",
      from: { path: "^(components|lib)/" },
      to: { path: "^app/" },
    },
    {
      name: "lib-never-imports-components",
      comment: "lib/ holds hooks, actions and the domain; UI lives in components/.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^components/" },
    },
    {
      name: "moov-layer-stays-server-side",
      comment:
        "lib/moov calls Moov and maps its answers; it never reaches React Query, React or the browser-side ticket modules, directly or through another file.",
      severity: "error",
      from: { path: "^lib/moov/" },
      to: {
        reachable: true,
        path: "(node_modules/(@tanstack/react-query|react|react-dom)/|^lib/tickets/(queries|query-keys|use-[^/]*|browser-fetcher|fetcher)\\.tsx?$|^components/)",
      },
    },
    {
      name: "no-circular-imports",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(\\.next[^/]*|test-results|playwright-report|\\.data)/" },
    // Type-only imports vanish at build time: they cross no layer and form no cycle.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
  },
};
