import { en } from "zod/locales";
import { config } from "zod/mini";

/**
 * zod probes for eval (`new Function`) to speed up object parsing; under the
 * app's Content-Security-Policy (no 'unsafe-eval') that probe is a reported
 * violation in every browser. Imported for its effect by the modules that bring
 * zod to the browser, before any schema is built: zod probes when it builds an
 * object schema, so a module evaluated first (an error boundary's) trips it.
 *
 * Schemas that reach the browser are built with zod/mini, which, unlike the
 * classic API, registers no locale: English is set here so a default message
 * (a 400's, an action's field error) reads the same on either side.
 */
config({ jitless: true });
config(en());
