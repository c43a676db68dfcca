// Assist suits in a whole-system run: each suit is its own device (agent process) running in real time,
// since EMG at 1–2 kHz cannot be accelerated like the bladder residents' day; the simulator streams it
// from its `suits` section over a pty pair (921 600 baud) or as a BLE peripheral.
import { join } from "node:path";
import { agonistChannelNames, suitMontage } from "../../sim/suit/index.ts";
import { type PtyPair, startPtyPair } from "../stack/index.ts";
import {
  agentMqttSection,
  type BrokerAccess,
  type ResidentLink,
  type SystemOptions,
} from "./system-config.ts";

export interface SuitSystemOptions {
  count: number;
  /** Length of each assist session, real seconds. */
  sessionS: number;
  /** Sessions per suit; 0 = until the run stops. */
  sessions: number;
  restS?: number;
  channelCount?: number;
  sampleRateHz?: number;
  electrodeOffCount?: number;
  /** Sample counter at power-up; near 2^32 makes it wrap during the run. */
  counterStart?: number;
  /** Raw EMG to InfluxDB (evaluators switch it on). */
  publishRaw?: boolean;
}

/** The demo's suits: sessions of `sessionS` with 10 s pauses, until the demo stops. */
export function demoSuitOptions(count: number, sessionS: number): SuitSystemOptions | undefined {
  return count > 0 ? { count, sessionS, sessions: 0, restS: 10 } : undefined;
}

/** Line rate of the suits' serial links: 2 kHz × 8 channels needs ≥ 410 000 baud (docs/suit-integration.md). */
export const SUIT_BAUD = 921_600;

export interface SuitUnit {
  deviceId: string;
  sensorId: string;
  link: ResidentLink;
}

export function suitDeviceId(index: number): string {
  return `suit${100 + index}`;
}

export function suitDeviceIds(options: SystemOptions): string[] {
  return Array.from({ length: options.suits?.count ?? 0 }, (_, i) => suitDeviceId(i + 1));
}

/** Suit i's BLE identity: a fixed, recognisable address per suit. */
export function suitBleLink(index: number): ResidentLink {
  const byte = (index & 0xff).toString(16).toUpperCase().padStart(2, "0");
  return { type: "ble", address: `C0:FF:EE:00:01:${byte}`, name: `suit-${index}` };
}

/** One pty pair per suit (or a BLE identity when the system runs over BLE). */
export async function startSuitLinks(
  options: SystemOptions,
  runDir: string,
  ble: boolean,
): Promise<{ suits: SuitUnit[]; ptys: PtyPair[] }> {
  const suits: SuitUnit[] = [];
  const ptys: PtyPair[] = [];
  for (let i = 1; i <= (options.suits?.count ?? 0); i++) {
    const pty = ble ? null : await startPtyPair(runDir, `suit-${i}`);
    if (pty) ptys.push(pty);
    suits.push({
      deviceId: suitDeviceId(i),
      sensorId: `suit-${i}`,
      link: pty ? { type: "serial", sensorTty: pty.sensorEnd, agentTty: pty.agentEnd } : suitBleLink(i),
    });
  }
  return { suits, ptys };
}

/** The simulator's `suits` section (empty when the run has none). */
export function suitSimulatorSection(options: SystemOptions, suits: SuitUnit[], groundTruthDir: string) {
  const spec = options.suits;
  if (!spec || suits.length === 0) return {};
  return {
    suits: suits.map((suit, index) => ({
      sensorId: suit.sensorId,
      seed: options.seed * 1000 + 500 + index,
      ...(suit.link.type === "serial"
        ? { ttyPath: suit.link.sensorTty, baudRate: SUIT_BAUD }
        : { link: { type: "ble", address: suit.link.address, name: suit.link.name } }),
      groundTruthDir,
      sessions: spec.sessions,
      sessionS: spec.sessionS,
      ...(spec.restS === undefined ? {} : { restS: spec.restS }),
      ...(spec.channelCount === undefined ? {} : { channelCount: spec.channelCount }),
      ...(spec.sampleRateHz === undefined ? {} : { sampleRateHz: spec.sampleRateHz }),
      ...(spec.electrodeOffCount === undefined ? {} : { electrodeOffCount: spec.electrodeOffCount }),
      ...(spec.counterStart === undefined ? {} : { counterStart: spec.counterStart }),
    })),
  };
}

/**
 * The suit's agent settings: the simulator's electrode montage in channel order, and one intention group of
 * the movements' agonists, as the accuracy harness configures it (test/accuracy/suit-session.ts). A suit
 * that draws fewer than 8 channels leaves the last names unused; the group then resolves to the channels
 * present (the agent counts the rest as `suit_intent_channels_missing`).
 */
export function suitSettings(options: SystemOptions) {
  const montage = suitMontage.slice(0, options.suits?.channelCount ?? suitMontage.length);
  return {
    publishRaw: options.suits?.publishRaw ?? false,
    channelNames: montage.map((site) => site.name),
    intentGroups: [{ name: "movement", channels: agonistChannelNames(montage) }],
  };
}

export function suitAgentConfig(
  options: SystemOptions,
  suit: SuitUnit,
  broker: BrokerAccess,
  runDir: string,
) {
  return {
    deviceId: suit.deviceId,
    siteId: options.siteId,
    mqtt: agentMqttSection(broker),
    stateDir: join(runDir, "agent-state", suit.deviceId),
    outbox: { dir: join(runDir, "outbox", suit.deviceId) },
    statusIntervalMs: 10_000,
    // Real time: the suit streams as it measures, whatever the residents' acceleration.
    clock: { acceleration: 1 },
    sensors: [
      {
        id: suit.sensorId,
        kind: "suit",
        transport:
          suit.link.type === "serial"
            ? { type: "serial", path: suit.link.agentTty, baudRate: SUIT_BAUD, silenceTimeoutMs: 5_000 }
            : { type: "ble", address: suit.link.address, silenceTimeoutMs: 5_000, connectTimeoutMs: 10_000 },
        clockToleranceMs: 5_000,
        settings: suitSettings(options),
      },
    ],
  };
}
