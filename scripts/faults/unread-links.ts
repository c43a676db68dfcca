// Which missing readings a link fault excuses, and whether the agents agree. A faulted resident's
// reading is excused when its sensor wrote it while no agent read the link: from the break (the suite's
// own kill, stop or SIGUSR2) to the agent's "transport open" after it. An agent that lived through the
// fault heard nothing after the last reading it stored, so for it the window opens there (a frame on
// the wire when the line went away), and its own frames_lost must then count exactly that gap. A killed
// agent's window opens at the kill, or up to LINK_IN_FLIGHT_MS before it for readings after the last one
// stored (still in the tty buffer when the reader died).
import type { RunningSystem } from "../system/start-system.ts";
import type { Resident } from "../system/system-config.ts";
import type { Ledger, ProducedReading } from "./fault-ledger.ts";
import { type Fault, type FaultWindow, unreadResidents } from "./faults.ts";
import {
  agentCountsGap,
  agentFramesLost,
  agentSurvived,
  emittedAtMs,
  numberedFrames,
  storedGap,
  unreadWindow,
} from "./link-evidence.ts";

export type Excuse = (reading: ProducedReading) => boolean;

/**
 * A killed agent kept everything it had read (outbox and open-batch journal), so what it lost was still
 * on the link: written by the sensor but not yet read, in the kernel's tty buffer, which the next open
 * discards. That is at most one poll of the event loop; this bound keeps a lost open batch (up to
 * batchMaxDelayMs, 1 s) from passing for it.
 */
const LINK_IN_FLIGHT_MS = 100;

/** The agent publishes its status every 10 s: a count newer than the recovery is there within this. */
const STATUS_WAIT_MS = 12_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function excuseFor(
  system: RunningSystem,
  fault: Fault,
  window: FaultWindow,
  resident: Resident,
  ledger: Ledger,
): Excuse {
  if (!unreadResidents(fault, system).includes(resident)) return () => false;
  const unread = unreadWindow(system, resident, window.brokeAtMs);
  if (!Number.isFinite(unread.toMs)) return () => false;
  const lastHeardMs = storedGap(system, ledger.readings, ledger.storedSeqs, window.brokeAtMs).lastHeardMs;
  const fromMs = agentSurvived(system, resident, window.brokeAtMs)
    ? lastHeardMs
    : Math.max(unread.fromMs - LINK_IN_FLIGHT_MS, Math.min(lastHeardMs, unread.fromMs));
  return (reading) => {
    const atMs = emittedAtMs(system, reading.simTimeMs);
    return atMs >= fromMs && atMs <= unread.toMs;
  };
}

/** Each surviving faulted agent's frames_lost from its first status published after `afterMs` (null: none came). */
export async function survivorsFramesLost(
  system: RunningSystem,
  fault: Fault,
  window: FaultWindow,
  afterMs: number,
): Promise<Map<Resident, number | null>> {
  const survivors = unreadResidents(fault, system).filter((r) => agentSurvived(system, r, window.brokeAtMs));
  const counts = new Map<Resident, number | null>(survivors.map((resident) => [resident, null]));
  const deadline = Date.now() + STATUS_WAIT_MS;
  while (Date.now() < deadline && [...counts.values()].includes(null)) {
    for (const resident of survivors)
      counts.set(resident, await agentFramesLost(system, resident, afterMs).catch(() => null));
    await sleep(500);
  }
  return counts;
}

export interface GapWitness {
  framesLost: number | null;
  framesInGap: number | null;
  agrees: boolean;
}

/** Compares each surviving agent's frames_lost with the frames the simulator numbered inside its gap. */
export function gapWitnesses(
  system: RunningSystem,
  window: FaultWindow,
  ledgers: ReadonlyMap<Resident, Ledger>,
  framesLost: ReadonlyMap<Resident, number | null>,
): GapWitness[] {
  return [...framesLost].map(([resident, lost]) => {
    const ledger = ledgers.get(resident);
    if (lost === null || !ledger) return { framesLost: lost, framesInGap: null, agrees: false };
    const gap = storedGap(system, ledger.readings, ledger.storedSeqs, window.brokeAtMs);
    const counted = agentCountsGap(numberedFrames(system, resident.sensorId), gap, lost);
    return { framesLost: lost, framesInGap: counted?.framesInGap ?? null, agrees: counted?.agrees ?? false };
  });
}
