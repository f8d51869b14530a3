import { z } from "zod";

/**
 * zod probes for eval (`new Function`) to speed up object parsing; under the
 * app's Content-Security-Policy (no 'unsafe-eval') that probe is a reported
 * violation in every browser. Imported for its effect by the modules that bring
 * zod to the browser, before any schema is built: zod probes when it builds an
 * object schema, so a module evaluated first (an error boundary's) trips it.
 */
z.config({ jitless: true });
