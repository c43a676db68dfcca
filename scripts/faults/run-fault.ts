// Runs one fault against a fresh system with known ground truth and reconciles the outcome.
import { makeRunDir } from "../stack/index.ts";
import { type RunningSystem, startSystem } from "../system/start-system.ts";
import { defaultSystemOptions } from "../system/system-config.ts";
import {
  type Ledger,
  type ProducedReading,
  producedReadings,
  reconcile,
  storedReadings,
} from "./fault-ledger.ts";
import type { Fault, FaultWindow } from "./faults.ts";

export interface FaultResult {
  name: string;
  produced: number;
  stored: number;
  duplicates: number;
  /** Readings lost at the edge (a wire nobody read, a killed agent's last batch): see Fault.edgeLossBeforeMs. */
  lostAtLink: number;
  /** Missing readings that no outage explains: must be 0. */
  unexplainedMissing: number;
  /** Real ms from the outage start to each unexplained missing reading (first few), for diagnosis. */
  unexplainedAtMs: number[];
  recoveryS: number;
  outageS: number;
}

const ACCELERATION = 600;
/** Time after an outage during which readings may still be lost at the link (reconnect backoff). */
const LINK_GRACE_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function simTimeOf(system: RunningSystem, wallMs: number): number {
  return system.epochMs + (wallMs - system.startAtMs) * system.options.acceleration;
}

function inLinkWindow(system: RunningSystem, fault: Fault, window: FaultWindow) {
  const from = simTimeOf(system, window.startMs - fault.edgeLossBeforeMs);
  const to = simTimeOf(system, window.endMs + LINK_GRACE_MS);
  return (reading: ProducedReading) =>
    fault.losesLinkData && reading.simTimeMs >= from && reading.simTimeMs <= to;
}

async function ledgers(system: RunningSystem): Promise<Ledger[]> {
  return Promise.all(
    system.residents.map(async (resident) =>
      reconcile(
        producedReadings(system.groundTruthDir, resident.sensorId),
        await storedReadings(system.influxQueryUrl, resident.sensorId),
      ),
    ),
  );
}

/**
 * Seconds from the repair until the system has caught up: every reading produced before the repair
 * (and not lost at the edge) is stored, and every resident has readings produced after it stored.
 */
async function recoverySeconds(system: RunningSystem, fault: Fault, window: FaultWindow): Promise<number> {
  const cutoff = simTimeOf(system, window.endMs);
  const lost = inLinkWindow(system, fault, window);
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    const current = await ledgers(system).catch(() => null);
    const caughtUp = current?.every(
      (ledger) =>
        ledger.storedSince(cutoff) &&
        ledger.missing.every((reading) => reading.simTimeMs >= cutoff || lost(reading)),
    );
    if (caughtUp) return (Date.now() - window.endMs) / 1000;
    await sleep(250);
  }
  return Number.POSITIVE_INFINITY;
}

async function settledLedgers(system: RunningSystem): Promise<Ledger[]> {
  let previous = "";
  for (let attempt = 0; attempt < 60; attempt++) {
    const current = await ledgers(system);
    const key = JSON.stringify(current.map((l) => [l.produced, l.stored, l.duplicates]));
    if (key === previous) return current;
    previous = key;
    await sleep(1000);
  }
  return ledgers(system);
}

export async function runFault(fault: Fault, seed = 11): Promise<FaultResult> {
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
    await sleep(3_000);
    await system.simulator.stop("SIGTERM", 10_000);
    await sleep(1_500);
    await Promise.all([...system.agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
    const settled = await settledLedgers(system);
    const lost = inLinkWindow(system, fault, window);
    const missing = settled.flatMap((ledger) => ledger.missing);
    const lostAtLink = missing.filter(lost).length;
    return {
      name: fault.name,
      produced: settled.reduce((sum, l) => sum + l.produced, 0),
      stored: settled.reduce((sum, l) => sum + l.stored, 0),
      duplicates: settled.reduce((sum, l) => sum + l.duplicates, 0),
      lostAtLink,
      unexplainedMissing: missing.length - lostAtLink,
      unexplainedAtMs: missing
        .filter((reading) => !lost(reading))
        .slice(0, 5)
        .map((reading) => Math.round((reading.simTimeMs - simTimeOf(system, window.startMs)) / ACCELERATION)),
      recoveryS: Math.round(recoveryS * 10) / 10,
      outageS: Math.round((window.endMs - window.startMs) / 100) / 10,
    };
  } finally {
    await system.stop();
  }
}

export function resultLines(result: FaultResult): string[] {
  const prefix = `fault_${result.name}`;
  return [
    `${prefix}_produced=${result.produced}`,
    `${prefix}_stored=${result.stored}`,
    `${prefix}_duplicates=${result.duplicates}`,
    `${prefix}_lost_at_link=${result.lostAtLink}`,
    `${prefix}_unexplained_missing=${result.unexplainedMissing}`,
    `${prefix}_recovery_s=${result.recoveryS}`,
    `${prefix}_outage_s=${result.outageS}`,
  ];
}
