// Sleep beds in a whole-system run: one agent (its own device, "bed101", …) per bed, so a bed runs on its
// own clock (or, with inResidentAgents, bed i joins resident i's agent on the residents' clock): beds stream 100–250 Hz signals and cannot follow the residents' 60–3600×; they run in real
// time by default or at a modest acceleration (≤ 50, docs/bed-integration.md). A bed reaches its agent as
// sample-block frames on a pty ("serial") or as the analog inputs of an emulated Firmata board ("firmata").
// Each bed has a bedside alarm: on its own Firmata board, or on a separate Firmata alarm box for serial beds.
import { join } from "node:path";
import { type PtyPair, startPtyPair } from "../stack/index.ts";
import {
  agentMqttSection,
  type BrokerAccess,
  residentDeviceId,
  residentsTime,
  type SimulatedTime,
  type SystemOptions,
} from "./system-config.ts";

export type BedNight =
  | { type: "drawn"; hours?: number; bedExits?: number }
  | { type: "short"; leadS: number; inBedS: number; outS: number; cycles: number }
  /** A scenario file (absolute, or relative to the run folder's sim.json). */
  | { type: "file"; path: string };

export interface BedSystemOptions {
  count: number;
  /** "mixed" alternates serial (odd beds) and Firmata (even beds). Default serial. */
  transport?: "serial" | "firmata" | "mixed";
  /** Simulated seconds per real second for beds; default 1 (real time). */
  acceleration?: number;
  night?: BedNight;
  channels?: number;
  sampleRateHz?: number;
  /** Sample counter of serial beds at start (near 2^32 makes it wrap during the run). */
  counterStart?: number;
  /** Bedside alarm per bed (default true): the output pin on the bed's Firmata board or alarm box. */
  localAlarm?: boolean;
  /** Extra bed settings for every bed's agent (e.g. a short nightEndEmptyMin for short nights). */
  settings?: Record<string, unknown>;
  /**
   * Bed i joins resident i's agent, as on a room's Pi that reads both the bed and the bladder sensor.
   * Needs as many residents as beds, and the residents' acceleration (one clock per agent).
   */
  inResidentAgents?: boolean;
}

export const BED_ALARM_PIN = 13;
/** Firmata beds: A0… sampled at 100 Hz (10 ms, Firmata's shortest interval), 16 load counts per ADC step. */
export const FIRMATA_BED_RATE_HZ = 100;
const ADC_COUNTS_PER_STEP = 16;
const SIM_COUNTS_PER_KG = 200;

export interface BedUnit {
  deviceId: string;
  sensorId: string;
  protocol: "frames" | "firmata";
  /** The bed's own pty pair (frames, or its Firmata board). */
  link: { sensorTty: string; agentTty: string };
  /** Where its alarm output is: the bed's own Firmata board, a separate alarm box, or none. */
  alarm: { sensorTty: string | null; agentTty: string } | null;
}

export function bedDeviceId(index: number): string {
  return `bed${100 + index}`;
}

/** The devices of their own that beds add (none when they join the residents' agents). */
export function bedDeviceIds(options: SystemOptions): string[] {
  if (options.beds?.inResidentAgents) return [];
  return Array.from({ length: options.beds?.count ?? 0 }, (_, i) => bedDeviceId(i + 1));
}

export function bedAcceleration(options: SystemOptions): number {
  return options.beds?.acceleration ?? 1;
}

function protocolOf(options: BedSystemOptions, index: number): BedUnit["protocol"] {
  const transport = options.transport ?? "serial";
  if (transport === "mixed") return index % 2 === 0 ? "firmata" : "frames";
  return transport === "firmata" ? "firmata" : "frames";
}

/** One pty pair per bed, and one more per serial bed's alarm box. */
export async function startBedLinks(
  options: SystemOptions,
  runDir: string,
): Promise<{ beds: BedUnit[]; ptys: PtyPair[] }> {
  const spec = options.beds;
  const beds: BedUnit[] = [];
  const ptys: PtyPair[] = [];
  for (let i = 1; i <= (spec?.count ?? 0); i++) {
    if (!spec) break;
    const protocol = protocolOf(spec, i);
    const pty = await startPtyPair(runDir, `bed-${i}`);
    ptys.push(pty);
    const link = { sensorTty: pty.sensorEnd, agentTty: pty.agentEnd };
    let alarm: BedUnit["alarm"] = null;
    if (spec.localAlarm !== false) {
      if (protocol === "firmata") alarm = { sensorTty: null, agentTty: pty.agentEnd };
      else {
        const box = await startPtyPair(runDir, `bed-${i}-alarm`);
        ptys.push(box);
        alarm = { sensorTty: box.sensorEnd, agentTty: box.agentEnd };
      }
    }
    const deviceId = spec.inResidentAgents ? residentDeviceId(i) : bedDeviceId(i);
    beds.push({ deviceId, sensorId: `bed-${i}`, protocol, link, alarm });
  }
  return { beds, ptys };
}

/** Beds start at the residents' real instant; an accelerated bed clock starts a real minute back, like theirs. */
export function bedTime(options: SystemOptions, startAtMs: number): SimulatedTime {
  // A bed in a resident's agent shares that agent's clock.
  if (options.beds?.inResidentAgents) return residentsTime(options, startAtMs);
  const acceleration = bedAcceleration(options);
  return { epochMs: startAtMs - (acceleration > 1 ? acceleration * 60_000 : 0), startAtMs };
}

/** A Firmata board must be there before its host connects: the simulator then starts before the agents. */
export function bedsNeedSimulatorFirst(beds: readonly BedUnit[]): boolean {
  return beds.some(
    (bed) => bed.protocol === "firmata" || (bed.alarm !== null && bed.alarm.sensorTty !== null),
  );
}

/** The simulator's `beds` section (nothing when the run has none). */
export function bedSimulatorSection(
  options: SystemOptions,
  beds: readonly BedUnit[],
  time: SimulatedTime,
  groundTruthDir: string,
) {
  const spec = options.beds;
  if (!spec || beds.length === 0) return {};
  return {
    bedAcceleration: bedAcceleration(options),
    bedEpochMs: time.epochMs,
    beds: beds.map((bed, index) => ({
      sensorId: bed.sensorId,
      seed: options.seed * 1000 + 700 + index,
      ttyPath: bed.link.sensorTty,
      protocol: bed.protocol,
      ...(spec.channels === undefined ? {} : { channels: spec.channels }),
      ...(spec.sampleRateHz === undefined || bed.protocol === "firmata"
        ? {}
        : { sampleRateHz: spec.sampleRateHz }),
      ...(spec.night === undefined ? {} : { night: spec.night }),
      ...(spec.counterStart === undefined || bed.protocol === "firmata"
        ? {}
        : { sampleCounterStart: spec.counterStart }),
      ...(bed.protocol === "firmata" ? { adcCountsPerStep: ADC_COUNTS_PER_STEP } : {}),
      ...(bed.alarm?.sensorTty ? { alarmTtyPath: bed.alarm.sensorTty } : {}),
      groundTruthDir,
    })),
  };
}

function bedTransport(bed: BedUnit, channels: number) {
  if (bed.protocol === "frames") return { type: "serial", path: bed.link.agentTty, silenceTimeoutMs: 15_000 };
  const pins = Array.from({ length: channels }, (_, c) => c);
  return {
    type: "firmata",
    path: bed.link.agentTty,
    pins,
    rateHz: FIRMATA_BED_RATE_HZ,
    silenceTimeoutMs: 5_000,
  };
}

/** What a bed adds to the agent that reads it: its sensor entry and its bedside alarm output. */
function bedAgentPart(options: SystemOptions, bed: BedUnit) {
  return {
    sensor: {
      id: bed.sensorId,
      kind: "bed",
      transport: bedTransport(bed, options.beds?.channels ?? 2),
      // Transport jitter is multiplied by the acceleration in simulated time.
      clockToleranceMs: Math.max(5_000, 200 * bedAcceleration(options)),
      settings: {
        countsPerKg: bed.protocol === "firmata" ? SIM_COUNTS_PER_KG / ADC_COUNTS_PER_STEP : SIM_COUNTS_PER_KG,
        ...options.beds?.settings,
      },
    },
    ...(bed.alarm && {
      localAlarm: { path: bed.alarm.agentTty, outputs: [{ sensorId: bed.sensorId, pin: BED_ALARM_PIN }] },
    }),
  };
}

export function bedAgentConfig(
  options: SystemOptions,
  bed: BedUnit,
  broker: BrokerAccess,
  time: SimulatedTime,
  runDir: string,
) {
  const { sensor, ...alarm } = bedAgentPart(options, bed);
  return {
    deviceId: bed.deviceId,
    siteId: options.siteId,
    mqtt: agentMqttSection(broker),
    stateDir: join(runDir, "agent-state", bed.deviceId),
    outbox: { dir: join(runDir, "outbox", bed.deviceId) },
    statusIntervalMs: 10_000,
    clock: { acceleration: bedAcceleration(options), epochMs: time.epochMs, startAtMs: time.startAtMs },
    sensors: [sensor],
    ...alarm,
  };
}

/** A resident's agent config with that resident's bed added (beds.inResidentAgents). */
export function withResidentBed<Config extends { deviceId: string; sensors: unknown[] }>(
  options: SystemOptions,
  config: Config,
  beds: readonly BedUnit[],
): Config {
  const bed = beds.find((candidate) => candidate.deviceId === config.deviceId);
  if (!bed) return config;
  const { sensor, ...alarm } = bedAgentPart(options, bed);
  return { ...config, sensors: [...config.sensors, sensor], ...alarm };
}

/** Why beds cannot join the residents' agents in this run, or null when they can (or do not). */
export function residentBedsProblem(options: SystemOptions): string | null {
  const spec = options.beds;
  if (!spec?.inResidentAgents) return null;
  if (spec.count > options.residents)
    return `${spec.count} beds cannot join ${options.residents} residents' agents`;
  if (bedAcceleration(options) !== options.acceleration)
    return "beds in the residents' agents need the residents' acceleration (one clock per agent)";
  return null;
}

/** The demo's beds: `count` of them (0 = none), drawn nights, every other bed on a Firmata board. */
export function demoBedOptions(
  count: number,
  acceleration: number,
  transport: BedSystemOptions["transport"],
): BedSystemOptions | undefined {
  if (count <= 0) return undefined;
  return {
    count,
    acceleration: Math.min(50, Math.max(1, acceleration)),
    transport,
    night: { type: "drawn", hours: 8 },
  };
}
