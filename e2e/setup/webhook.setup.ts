import { test as setup } from "../fixtures";
import { e2eEnvironment, e2ePorts } from "../fixtures/environment";
import { apiPaths } from "../support/paths";

/** Moov (the emulator) tells the app about ticket changes, as a deployment's registered webhook would. */
setup("register the app's webhook with the emulator", async ({ emulator }) => {
  const secret = e2eEnvironment().MOOV_WEBHOOK_SECRET;
  if (!secret) throw new Error("the E2E environment has no MOOV_WEBHOOK_SECRET");
  await emulator.registerWebhook(`http://127.0.0.1:${e2ePorts.app}${apiPaths.moovWebhook}`, secret);
});
