/**
 * The request-level measurements: every scenario at concurrency 1 in
 * interleaved rounds, then the pages, their upstream calls and the bare page
 * at concurrency 10.
 */
import { type Collected, type Load, type Scenario, sideBySide, underLoad } from "../measure";
import { loadScenarioNames } from "./build-scenarios";
import { type BenchConfig, step } from "./config";

export async function measureLatency(
  config: BenchConfig,
  scenarios: Scenario[],
): Promise<Map<string, Collected>> {
  step(
    `latency, concurrency 1: ${config.rounds} rounds × ${config.samplesPerRound} samples of ${scenarios.length} scenarios`,
  );
  return sideBySide(scenarios, {
    rounds: config.rounds,
    samplesPerRound: config.samplesPerRound,
    warmup: config.warmup,
    onRound: (round) => process.stdout.write(`  round ${round + 1}/${config.rounds}\n`),
  });
}

export async function measureThroughput(
  config: BenchConfig,
  scenarios: Scenario[],
): Promise<Map<string, Load[]>> {
  step(
    `throughput, concurrency ${config.concurrency}: ${config.loadRounds} rounds × ${config.loadRequests} requests`,
  );
  const loads = new Map<string, Load[]>(loadScenarioNames.map((name) => [name, []]));
  for (let round = 0; round < config.loadRounds; round++) {
    for (const name of loadScenarioNames) {
      const scenario = scenarios.find((entry) => entry.name === name);
      if (!scenario) throw new Error(`no scenario ${name} to run under load`);
      loads.get(name)?.push(await underLoad(scenario.run, config.concurrency, config.loadRequests));
    }
  }
  return loads;
}
