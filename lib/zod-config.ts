import { en } from "zod/locales";
import { config } from "zod/mini";

/**
 * zod probes for eval (`new Function`) to speed up object parsing; under the
 * app's Content-Security-Policy (no 'unsafe-eval') that probe is a reported
 * violation in every browser. Imported for its effect by the modules that bring
 * zod to the browser, before any schema is built: zod probes when it builds an
 * object schema, so a module evaluated first (an error boundary's) trips it.
 */
config({ jitless: true });

/**
 * zod/mini, unlike the classic API, registers no locale. The server's default
 * messages reach people (a 400's message, an action's field errors), so there
 * zod speaks English. The browser shows only the app's own messages (every
 * check the New ticket form runs names its message), so it is spared the
 * locale: Next.js folds `typeof window` on each side, and the browser's
 * bundles drop this branch and the import.
 */
if (typeof window === "undefined") config(en());
