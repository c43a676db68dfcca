// Starts the whole system as child processes: Mosquitto, InfluxDB, a pty pair per resident,
// the sensor simulator, one edge agent per resident and the bridge. Used by the demo and the tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  freePort,
  type ManagedChild,
  type PtyPair,
  type RunningBroker,
  type RunningInfluxd,
  startInfluxd,
  startMosquitto,
  startPtyPair,
  waitFor,
} from "../stack/index.ts";
import { startNodeProcess } from "./node-process.ts";
import {
  agentConfig,
  bridgeConfig,
  type Resident,
  type SystemOptions,
  simulatorConfig,
} from "./system-config.ts";

export interface RunningSystem {
  readonly runDir: string;
  readonly options: SystemOptions;
  readonly broker: RunningBroker;
  readonly influx: RunningInfluxd;
  readonly residents: Resident[];
  readonly groundTruthDir: string;
  readonly bridgeMetricsUrl: string;
  readonly epochMs: number;
  /** Wall-clock instant at which the simulator started producing readings. */
  readonly startAtMs: number;
  readonly simulator: ManagedChild;
  readonly agents: Map<string, ManagedChild>;
  readonly bridge: ManagedChild;
  /** Stops the simulator first, then agents (they flush), then the bridge and the servers. */
  stop(): Promise<void>;
}

function agentReady(logFile: string): boolean {
  if (!existsSync(logFile)) return false;
  const log = readFileSync(logFile, "utf8");
  return log.includes("transport open") && log.includes("mqtt connected");
}

function writeJson(path: string, value: unknown): string {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

export async function startSystem(options: SystemOptions, runDir: string): Promise<RunningSystem> {
  const configDir = join(runDir, "config");
  const logDir = join(runDir, "logs");
  const groundTruthDir = join(runDir, "ground-truth");
  for (const dir of [configDir, logDir, groundTruthDir]) mkdirSync(dir, { recursive: true });

  const [broker, influx] = await Promise.all([startMosquitto({ runDir }), startInfluxd({ runDir })]);
  const ptys: PtyPair[] = [];
  const residents: Resident[] = [];
  for (let i = 1; i <= options.residents; i++) {
    const pty = await startPtyPair(runDir, `bladder-${i}`);
    ptys.push(pty);
    residents.push({
      deviceId: `room${100 + i}`,
      sensorId: `bladder-${i}`,
      sensorTty: pty.sensorEnd,
      agentTty: pty.agentEnd,
    });
  }
  const httpPort = await freePort();
  const bridge = startNodeProcess(
    "bridge",
    "bridge/main.ts",
    writeJson(
      join(configDir, "bridge.json"),
      bridgeConfig(runDir, broker.url, influx.url, httpPort, options.acceleration),
    ),
    logDir,
  );
  // The bridge's persistent session must exist before the first device publishes.
  await waitFor("bridge health", async () => (await fetch(`http://127.0.0.1:${httpPort}/health`)).ok, 60_000);
  // Simulated time starts once the agents are up; accelerated runs start one real minute's worth
  // of simulated time in the past so that a short demo ends near the present.
  const startAtMs = Date.now() + 10_000;
  const epochMs = startAtMs - (options.acceleration > 1 ? options.acceleration * 60_000 : 0);
  const time = { epochMs, startAtMs };
  const agents = new Map<string, ManagedChild>();
  for (const resident of residents) {
    const path = writeJson(
      join(configDir, `agent-${resident.deviceId}.json`),
      agentConfig(options, resident, broker.url, time, runDir),
    );
    agents.set(
      resident.deviceId,
      startNodeProcess(`agent-${resident.deviceId}`, "device/main.ts", path, logDir),
    );
  }
  // Readings written to a pty before the agent opened it are gone, as with a real sensor.
  await Promise.all(
    [...agents.keys()].map((deviceId) =>
      waitFor(`agent ${deviceId} ready`, () => agentReady(join(logDir, `agent-${deviceId}.log`)), 60_000),
    ),
  );
  const simulator = startNodeProcess(
    "simulator",
    "sim/main.ts",
    writeJson(join(configDir, "sim.json"), simulatorConfig(options, residents, time, groundTruthDir)),
    logDir,
  );

  return {
    runDir,
    options,
    broker,
    influx,
    residents,
    groundTruthDir,
    bridgeMetricsUrl: `http://127.0.0.1:${httpPort}/metrics`,
    epochMs,
    startAtMs,
    simulator,
    agents,
    bridge,
    stop: async () => {
      await simulator.stop("SIGTERM", 10_000);
      await Promise.all([...agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
      await bridge.stop("SIGTERM", 15_000);
      await Promise.all([broker.stop(), influx.stop(), ...ptys.map((pty) => pty.stop())]);
    },
  };
}
