/**
 * The outage: at killAfterMs the emulator is killed with SIGKILL (its journal
 * copied out just before), and after outageMs started again on the same file.
 */
import { EmulatorAPI } from "../emulator-api";
import { startEmulatorProcess } from "../stack";
import type { JournalCopy } from "./journal-copy";
import { killAfterMs, now, outageMs, sleep } from "./plan";
import type { LiveEmulator } from "./start-load-stack";

/** When the emulator went down and when it answered again (performance.now() ms). */
export type Outage = { down: number; up: number };

export async function killAndRestartEmulator(
  live: LiveEmulator,
  journal: JournalCopy,
  outage: Outage,
): Promise<void> {
  await sleep(killAfterMs);
  await journal.poll();
  await live.emulator.managed.kill9();
  outage.down = now();
  await sleep(outageMs);
  live.emulator = await startEmulatorProcess(live.start);
  live.admin = new EmulatorAPI(live.emulator.url);
  await live.admin.setConfig({ journalSize: 100_000 });
  outage.up = now();
}
