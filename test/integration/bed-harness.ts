// What the bed integration tests share: ending a run the way a power cut would not (simulator first,
// then the agents, so every frame sent can still be stored) and waiting until storage has settled.
import { type BedTally, tallyBeds } from "../../scripts/system/bed-ground-truth.ts";
import type { RunningSystem } from "../../scripts/system/start-system.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops the simulator, then the agents, and tallies stored against produced instants until two
 * tallies a second apart agree and nothing is missing (or `attempts` run out).
 */
export async function stopAndSettleBeds(system: RunningSystem, attempts: number): Promise<BedTally[]> {
  await system.simulator.stop("SIGTERM", 10_000);
  await sleep(1000);
  await Promise.all([...system.agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
  let previous = "";
  for (let attempt = 0; attempt < attempts; attempt++) {
    const tallies = await tallyBeds(system.influxQueryUrl, system.beds, system.groundTruthDir);
    const key = JSON.stringify(tallies);
    if (key === previous && tallies.every((t) => t.stored >= t.produced)) return tallies;
    previous = key;
    await sleep(1000);
  }
  return tallyBeds(system.influxQueryUrl, system.beds, system.groundTruthDir);
}
