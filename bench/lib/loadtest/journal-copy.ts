import type { EmulatorAPI, JournalEntry } from "../emulator-api";

/** Copies the in-memory journal out of the emulator as it goes; a kill -9 loses what was not copied. */
export class JournalCopy {
  readonly entries = new Map<string, JournalEntry>();
  private lastPoll = Date.now();
  private timer?: NodeJS.Timeout;

  constructor(private emulator: () => EmulatorAPI) {}

  async poll(): Promise<void> {
    const started = Date.now();
    // Entries carry their start time and are recorded at their end: look 3 s back, keep each once.
    const since = new Date(this.lastPoll - 3000).toISOString();
    try {
      const response = await fetch(`${this.emulator().url}/_emulator/journal?since=${since}`);
      const rows = (await response.json()) as JournalEntry[];
      for (const row of rows) this.entries.set(row.requestID, row);
      this.lastPoll = started;
    } catch {
      // the emulator is down
    }
  }

  start(): void {
    const tick = async () => {
      await this.poll();
      this.timer = setTimeout(tick, 500);
    };
    this.timer = setTimeout(tick, 500);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
