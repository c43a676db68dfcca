// Runs one fault against a fresh system with known ground truth and reconciles the outcome exactly:
// every resident must have stored what its sensor produced, except readings that a faulted resident's
// sensor wrote while, by the processes' own evidence, no agent was reading its link.
import { makeRunDir } from "../stack/index.ts";
import { type RunningSystem, startSystem } from "../system/start-system.ts";
import { defaultSystemOptions, type Resident } from "../system/system-config.ts";
import {
  type Ledger,
  producedReadings,
  type ResidentOutcome,
  reconcile,
  splitMissing,
  storedReadings,
} from "./fault-ledger.ts";
import { RECOVERY_LIMIT_S } from "./fault-report.ts";
import { type Fault, type FaultWindow, unreadResidents } from "./faults.ts";
import {
  agentStatusCounter,
  bridgeLogFile,
  emittedAtMs,
  logTimesSince,
  simTimeOf,
  unreadWindow,
} from "./link-evidence.ts";
import { excuseFor, type GapWitness, gapWitnesses, survivorsFramesLost } from "./unread-links.ts";

export interface FaultResult {
  name: string;
  produced: number;
  stored: number;
  duplicates: number;
  /** Readings of the faulted residents written to the wire while no agent read it. */
  excusedAtLink: number;
  excusedReason: string;
  /** Missing readings nothing explains: must be 0. */
  unexplainedMissing: number;
  /** Real ms from the break to the scheduled emission of each unexplained missing reading (first 12). */
  unexplainedAtMs: number[];
  /** Longest time a faulted link went unread, s (0 without a link fault, Infinity if never reopened). */
  linkUnreadS: number;
  /**
   * The surviving agents' own count of frames they missed on the faulted links, the frames the simulator
   * numbered inside their gaps, and how many agents' counts disagree with their gap (must be 0). Null
   * when no agent survived to count (agent_kill) or no link was faulted.
   */
  agentFramesLost: number | null;
  framesInGap: number | null;
  agentGapDisagreements: number;
  /** "MQTT connected" lines in the bridge log after the break. */
  bridgeReconnects: number;
  keepsBridgeSession: boolean;
  recoveryS: number;
  outageS: number;
  /** Wall time of the whole run: start, fault, recovery, reconciliation, stop. */
  wallS: number;
  figures: Record<string, number>;
}

const ACCELERATION = 600;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ledgers(system: RunningSystem): Promise<Map<Resident, Ledger>> {
  const entries = await Promise.all(
    system.residents.map(
      async (resident) =>
        [
          resident,
          reconcile(
            producedReadings(system.groundTruthDir, resident.sensorId),
            await storedReadings(system.influxQueryUrl, resident.sensorId),
          ),
        ] as const,
    ),
  );
  return new Map(entries);
}

/**
 * Seconds from the repair until the system has caught up: every reading produced before the repair
 * (and not excused) is stored, and every resident has readings produced after it stored.
 */
async function recoverySeconds(system: RunningSystem, fault: Fault, window: FaultWindow): Promise<number> {
  const cutoff = simTimeOf(system, window.repairedAtMs);
  const deadline = Date.now() + RECOVERY_LIMIT_S * 1000;
  while (Date.now() < deadline) {
    const current = await ledgers(system).catch(() => null);
    const caughtUp =
      current !== null &&
      [...current].every(([resident, ledger]) => {
        const excused = excuseFor(system, fault, window, resident, ledger);
        return (
          ledger.storedSince(cutoff) &&
          ledger.missing.every((reading) => reading.simTimeMs >= cutoff || excused(reading))
        );
      });
    if (caughtUp) return (Date.now() - window.repairedAtMs) / 1000;
    await sleep(250);
  }
  return Number.POSITIVE_INFINITY;
}

async function settledLedgers(system: RunningSystem): Promise<Map<Resident, Ledger>> {
  let previous = "";
  for (let attempt = 0; attempt < 60; attempt++) {
    const current = await ledgers(system);
    const key = JSON.stringify([...current.values()].map((l) => [l.produced, l.stored, l.duplicates]));
    if (key === previous) return current;
    previous = key;
    await sleep(1000);
  }
  return ledgers(system);
}

async function stopProducers(system: RunningSystem): Promise<void> {
  await system.simulator.stop("SIGTERM", 10_000);
  await sleep(1_500);
  await Promise.all([...system.agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
}

async function runFault(fault: Fault, seed: number): Promise<FaultResult> {
  const options = {
    ...defaultSystemOptions,
    residents: 2,
    acceleration: ACCELERATION,
    transport: fault.transport,
    seed,
  };
  const system = await startSystem(options, makeRunDir(`fault-${fault.name}`));
  try {
    await sleep(Math.max(0, system.startAtMs + 5_000 - Date.now()));
    const window = await fault.inject(system);
    const recoveryS = await recoverySeconds(system, fault, window);
    const [framesLost] = await Promise.all([
      survivorsFramesLost(system, fault, window, Date.now()),
      sleep(3_000),
    ]);
    await stopProducers(system);
    const settled = await settledLedgers(system);
    const outcomes = [...settled].map(([resident, ledger]) =>
      splitMissing(resident.sensorId, ledger, excuseFor(system, fault, window, resident, ledger)),
    );
    const witnesses = gapWitnesses(system, window, settled, framesLost);
    const readingsRecovered = await recoveredReadings(system, window.brokeAtMs);
    const measured = { outcomes, recoveryS, witnesses };
    const result = summarize(system, fault, window, measured);
    return { ...result, figures: { ...result.figures, readings_recovered: readingsRecovered } };
  } finally {
    await system.stop();
  }
}

/** Readings restarted agents published from their open-batch journal after the break (all residents). */
async function recoveredReadings(system: RunningSystem, afterWallMs: number): Promise<number> {
  let total = 0;
  for (const resident of system.residents)
    total += (await agentStatusCounter(system, resident, "readings_recovered", "max", afterWallMs)) ?? 0;
  return total;
}

/** Runs the fault and records how long the whole run took. */
export async function runTimedFault(fault: Fault, seed = 11): Promise<FaultResult> {
  const startedMs = Date.now();
  const result = await runFault(fault, seed);
  return { ...result, wallS: Math.round((Date.now() - startedMs) / 1000) };
}

interface Measured {
  outcomes: ResidentOutcome[];
  recoveryS: number;
  witnesses: GapWitness[];
}

function summarize(
  system: RunningSystem,
  fault: Fault,
  window: FaultWindow,
  measured: Measured,
): FaultResult {
  const { outcomes, witnesses } = measured;
  const sum = (pick: (outcome: ResidentOutcome) => number) =>
    outcomes.reduce((total, o) => total + pick(o), 0);
  const unexplained = outcomes.flatMap((outcome) => outcome.unexplained);
  const unreadS = unreadResidents(fault, system).map((resident) => {
    const unread = unreadWindow(system, resident, window.brokeAtMs);
    return (unread.toMs - unread.fromMs) / 1000;
  });
  const total = (pick: (witness: GapWitness) => number | null) =>
    witnesses.length === 0 || witnesses.some((w) => pick(w) === null)
      ? null
      : witnesses.reduce((sum, w) => sum + (pick(w) ?? 0), 0);
  return {
    name: fault.name,
    produced: sum((o) => o.produced),
    stored: sum((o) => o.stored),
    duplicates: sum((o) => o.duplicates),
    excusedAtLink: sum((o) => o.excused),
    excusedReason: fault.unreadReason,
    unexplainedMissing: unexplained.length,
    unexplainedAtMs: unexplained
      .slice(0, 12)
      .map((reading) => Math.round(emittedAtMs(system, reading.simTimeMs) - window.brokeAtMs)),
    linkUnreadS: Math.round(Math.max(0, ...unreadS) * 100) / 100,
    agentFramesLost: total((w) => w.framesLost),
    framesInGap: total((w) => w.framesInGap),
    agentGapDisagreements: witnesses.filter((w) => !w.agrees).length,
    bridgeReconnects: logTimesSince(bridgeLogFile(system), "MQTT connected", window.brokeAtMs).length,
    keepsBridgeSession: fault.keepsBridgeSession,
    recoveryS: Math.round(measured.recoveryS * 10) / 10,
    outageS: Math.round((window.repairedAtMs - window.brokeAtMs) / 100) / 10,
    wallS: 0,
    figures: window.figures ?? {},
  };
}
