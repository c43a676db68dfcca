// The faults of the suite: each breaks one part of a running system and repairs it. `inject` returns
// once the fault is repaired, with the instants at which it broke and repaired it.
import type { RunningSystem } from "../system/start-system.ts";
import type { Resident } from "../system/system-config.ts";
import { watchBridgeSession } from "./bridge-session.ts";

export interface FaultWindow {
  brokeAtMs: number;
  repairedAtMs: number;
  /** Fault-specific figures measured while the fault lasted (name → value). */
  figures?: Record<string, number>;
}

export interface Fault {
  name: string;
  transport: "serial" | "ble";
  /**
   * The residents whose sensor link the fault leaves unread for a while, and why: readings their sensor
   * wrote to the wire in that window reach nobody (the frame protocol has no retransmission). Empty for
   * faults behind the agent, where nothing may be missing at all.
   */
  unreadLinks: "none" | "first" | "all";
  unreadReason: string;
  /** The bridge's MQTT session must survive this fault (no reconnect). */
  keepsBridgeSession: boolean;
  inject(system: RunningSystem): Promise<FaultWindow>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function outage(
  breakIt: () => Promise<void> | void,
  repair: () => Promise<void> | void,
  downMs: number,
): Promise<FaultWindow> {
  const brokeAtMs = Date.now();
  await breakIt();
  await sleep(downMs);
  await repair();
  return { brokeAtMs, repairedAtMs: Date.now() };
}

function firstAgent(system: RunningSystem) {
  const [resident] = system.residents;
  const agent = resident && system.agents.get(resident.deviceId);
  if (!agent) throw new Error("the system has no agent");
  return agent;
}

/** The residents whose link `fault` leaves unread. */
export function unreadResidents(fault: Fault, system: RunningSystem): readonly Resident[] {
  if (fault.unreadLinks === "none") return [];
  return fault.unreadLinks === "first" ? system.residents.slice(0, 1) : system.residents;
}

/** How long influx_freeze keeps InfluxDB stopped (SIGSTOP): longer than twice the bridge's 30 s keepalive. */
export const INFLUX_FREEZE_MS = 61_000;

/** InfluxDB hangs (SIGSTOP): every request to it stalls instead of failing fast. */
async function freezeInflux(system: RunningSystem): Promise<FaultWindow> {
  const watch = watchBridgeSession(system.bridgeMetricsUrl);
  const brokeAtMs = Date.now();
  process.kill(system.influx.pid, "SIGSTOP");
  try {
    await sleep(INFLUX_FREEZE_MS);
  } finally {
    process.kill(system.influx.pid, "SIGCONT");
  }
  const repairedAtMs = Date.now();
  const session = await watch.stop();
  return {
    brokeAtMs,
    repairedAtMs,
    figures: {
      bridge_session_samples: session.samples,
      bridge_disconnected_samples: session.disconnectedSamples,
      bridge_metrics_unanswered: session.unanswered,
    },
  };
}

export const faults: Fault[] = [
  {
    name: "broker_kill",
    transport: "serial",
    unreadLinks: "none",
    unreadReason: "",
    keepsBridgeSession: false,
    inject: (system) =>
      outage(
        () => system.broker.kill(),
        () => system.broker.restart(),
        5_000,
      ),
  },
  {
    name: "influx_outage",
    transport: "serial",
    unreadLinks: "none",
    unreadReason: "",
    keepsBridgeSession: true,
    inject: (system) =>
      outage(
        () => system.influx.stop(),
        () => system.influx.restart(),
        125_000,
      ),
  },
  {
    name: "influx_freeze",
    transport: "serial",
    unreadLinks: "none",
    unreadReason: "",
    keepsBridgeSession: true,
    inject: freezeInflux,
  },
  {
    name: "bridge_kill",
    transport: "serial",
    unreadLinks: "none",
    unreadReason: "",
    keepsBridgeSession: false,
    inject: (system) =>
      outage(
        () => system.bridge.stop("SIGKILL"),
        () => system.bridge.restart(),
        5_000,
      ),
  },
  {
    name: "agent_kill",
    transport: "serial",
    unreadLinks: "first",
    unreadReason: "its agent was dead (kill -9 until the restarted agent's transport open)",
    keepsBridgeSession: true,
    inject: (system) => {
      const agent = firstAgent(system);
      return outage(
        () => agent.stop("SIGKILL"),
        () => agent.restart(),
        3_000,
      );
    },
  },
  {
    name: "serial_vanish",
    transport: "serial",
    unreadLinks: "first",
    unreadReason: "its pty was gone (socat stopped until the agent's transport open on the new pty)",
    keepsBridgeSession: true,
    inject: (system) => {
      const pty = system.ptys[0];
      if (!pty) throw new Error("the system has no pty");
      return outage(
        () => pty.stop(),
        () => pty.restart(),
        3_000,
      );
    },
  },
  {
    name: "ble_drop",
    transport: "ble",
    // The simulator takes every BLE link out of range for a second on SIGUSR2.
    unreadLinks: "all",
    unreadReason: "the BLE link was out of range (SIGUSR2 until the agent's transport open)",
    keepsBridgeSession: true,
    inject: (system) =>
      outage(
        () => {
          system.simulator.process.kill("SIGUSR2");
        },
        () => undefined,
        3_000,
      ),
  },
];
