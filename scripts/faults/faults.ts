// The faults of the suite: each breaks one part of a running system and repairs it.
// `inject` returns once the fault is repaired; the wall-clock window of the outage is recorded.
import type { RunningSystem } from "../system/start-system.ts";

export interface FaultWindow {
  startMs: number;
  endMs: number;
}

export interface Fault {
  name: string;
  /**
   * Real ms before the outage during which readings may be lost at the edge: written to a wire that
   * then vanished, or held in memory by an agent killed with -9 before its batch (≤ 1 s) reached the
   * disk outbox. 0 for faults behind the agent, where nothing may be lost.
   */
  edgeLossBeforeMs: number;
  /** Readings written to the wire while nothing reads it are lost at the link, not in the system. */
  losesLinkData: boolean;
  transport: "serial" | "ble";
  inject(system: RunningSystem): Promise<FaultWindow>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function outage(
  breakIt: () => Promise<void>,
  repair: () => Promise<void>,
  downMs: number,
): Promise<FaultWindow> {
  const startMs = Date.now();
  await breakIt();
  await sleep(downMs);
  await repair();
  return { startMs, endMs: Date.now() };
}

function firstAgent(system: RunningSystem) {
  const agent = [...system.agents.values()][0];
  if (!agent) throw new Error("the system has no agent");
  return agent;
}

export const faults: Fault[] = [
  {
    name: "broker_kill",
    edgeLossBeforeMs: 0,
    losesLinkData: false,
    transport: "serial",
    inject: (system) =>
      outage(
        () => system.broker.kill(),
        () => system.broker.restart(),
        5_000,
      ),
  },
  {
    name: "influx_outage",
    edgeLossBeforeMs: 0,
    losesLinkData: false,
    transport: "serial",
    inject: (system) =>
      outage(
        () => system.influx.stop(),
        () => system.influx.restart(),
        125_000,
      ),
  },
  {
    name: "bridge_kill",
    edgeLossBeforeMs: 0,
    losesLinkData: false,
    transport: "serial",
    inject: (system) =>
      outage(
        () => system.bridge.stop("SIGKILL"),
        () => system.bridge.restart(),
        5_000,
      ),
  },
  {
    name: "agent_kill",
    edgeLossBeforeMs: 1_500,
    losesLinkData: true,
    transport: "serial",
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
    edgeLossBeforeMs: 500,
    losesLinkData: true,
    transport: "serial",
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
    edgeLossBeforeMs: 500,
    losesLinkData: true,
    transport: "ble",
    // The simulator takes every BLE link out of range for a second on SIGUSR2.
    inject: (system) =>
      outage(
        async () => {
          system.simulator.process.kill("SIGUSR2");
        },
        async () => undefined,
        3_000,
      ),
  },
];
