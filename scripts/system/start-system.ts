// Starts the whole system as child processes: Mosquitto, InfluxDB, a pty pair per resident (or, with
// transport "ble", one private dbus-daemon on which the simulator hosts a BlueZ-compatible service),
// the sensor simulator, one edge agent per resident and the bridge. Used by the demo and the tests.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  brokerUsers,
  createSecretToken,
  createStackCredentials,
  influxAccessFor,
  influxReaderDsn,
  type StackCredentials,
  secretsDir,
} from "../stack/credentials.ts";
import {
  freePort,
  generateTestCertificates,
  type ManagedChild,
  type PtyPair,
  type RunningBroker,
  type RunningDbusDaemon,
  type RunningInfluxd,
  startDbusDaemon,
  startInfluxd,
  startMosquitto,
  startPtyPair,
  waitFor,
} from "../stack/index.ts";
import { careAcl } from "../stack/mosquitto.ts";
import {
  type BedUnit,
  bedAcceleration,
  bedAgentConfig,
  bedDeviceIds,
  bedSimulatorSection,
  bedsNeedSimulatorFirst,
  bedTime,
  residentBedsProblem,
  startBedLinks,
  withResidentBed,
} from "./bed-system.ts";
import { startNodeProcess } from "./node-process.ts";
import {
  type SuitUnit,
  startSuitLinks,
  suitAgentConfig,
  suitDeviceIds,
  suitSimulatorSection,
} from "./suit-system.ts";
import {
  agentConfig,
  type BrokerAccess,
  bleLinkFor,
  bridgeConfig,
  type Resident,
  residentDeviceId,
  residentsTime,
  type SystemOptions,
  simulatorConfig,
  type UserWithPasswordFile,
} from "./system-config.ts";

export interface RunningSystem {
  readonly runDir: string;
  readonly options: SystemOptions;
  readonly broker: RunningBroker;
  readonly influx: RunningInfluxd;
  readonly residents: Resident[];
  /** Assist suits, each its own device (empty unless options.suits). */
  readonly suits: SuitUnit[];
  /** Sleep beds, each its own device on the beds' clock (empty unless options.beds). */
  readonly beds: BedUnit[];
  /** Simulated time of the beds at startAtMs (they run at options.beds.acceleration). */
  readonly bedEpochMs: number;
  readonly groundTruthDir: string;
  readonly bridgeMetricsUrl: string;
  /** Base URL of the bridge's HTTP API: /health, /metrics, POST /commands, GET /commands/<id>. */
  readonly bridgeUrl: string;
  /**
   * The per-run bearer token of the bridge's command API (<runDir>/secrets/bridge-command.token, mode
   * 0600), made whether or not options.auth is on. Read it to call POST /commands; never print it.
   */
  readonly commandTokenFile: string;
  readonly epochMs: number;
  /** Wall-clock instant at which the simulator started producing readings. */
  readonly startAtMs: number;
  readonly simulator: ManagedChild;
  readonly agents: Map<string, ManagedChild>;
  readonly bridge: ManagedChild;
  /** The private system bus of a "ble" system (DBUS_SYSTEM_BUS_ADDRESS of simulator and agents). */
  readonly dbus: RunningDbusDaemon | null;
  /** The pty pairs of serial residents, in resident order (a fault test makes them vanish). */
  readonly ptys: readonly PtyPair[];
  /** Per-run users; password files in <runDir>/secrets (mode 0600). Undefined when options.auth is false. */
  readonly credentials: StackCredentials | undefined;
  /** InfluxDB URL for queries (tallyRun, InfluxDB clients): carries the read-only user. Never print it. */
  readonly influxQueryUrl: string;
  /** Stops the simulator first, then agents (they flush), then the bridge and the servers. */
  stop(): Promise<void>;
}

function logHas(logFile: string, text: string): boolean {
  return existsSync(logFile) && readFileSync(logFile, "utf8").includes(text);
}

function agentReady(logFile: string): boolean {
  return logHas(logFile, "transport open") && logHas(logFile, "mqtt connected");
}

function writeJson(path: string, value: unknown): string {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  return path;
}

/**
 * Mosquitto and InfluxDB. With credentials also: users, the device ACL, a prepared database and a TLS
 * listener with a throwaway CA, through which agents and the bridge connect, as on a real network.
 */
async function startServers(runDir: string, credentials: StackCredentials | undefined) {
  if (!credentials) {
    const [broker, influx] = await Promise.all([startMosquitto({ runDir }), startInfluxd({ runDir })]);
    const brokerAccess = (user?: UserWithPasswordFile): BrokerAccess => ({ url: broker.url, user });
    return { broker, influx, brokerAccess };
  }
  const tls = generateTestCertificates(join(runDir, "tls"));
  const acl = careAcl([credentials.mqttBridge.username]);
  const [broker, influx] = await Promise.all([
    startMosquitto({
      runDir,
      users: brokerUsers(credentials),
      acl,
      tls: { certFile: tls.certFile, keyFile: tls.keyFile },
    }),
    startInfluxd({ runDir, access: influxAccessFor(credentials, "care") }),
  ]);
  const brokerAccess = (user?: UserWithPasswordFile): BrokerAccess => ({
    url: String(broker.tlsUrl),
    caFile: tls.caFile,
    user,
  });
  return { broker, influx, brokerAccess };
}

export async function startSystem(options: SystemOptions, runDir: string): Promise<RunningSystem> {
  const configDir = join(runDir, "config");
  const logDir = join(runDir, "logs");
  const groundTruthDir = join(runDir, "ground-truth");
  const problem = residentBedsProblem(options);
  if (problem) throw new Error(problem);
  for (const dir of [configDir, logDir, groundTruthDir]) mkdirSync(dir, { recursive: true });

  const deviceIds = Array.from({ length: options.residents }, (_, i) => residentDeviceId(i + 1));
  deviceIds.push(...suitDeviceIds(options));
  deviceIds.push(...bedDeviceIds(options));
  const credentials = options.auth === false ? undefined : createStackCredentials(runDir, deviceIds);
  const commandToken = createSecretToken(secretsDir(runDir), "bridge-command");
  const { broker, influx, brokerAccess } = await startServers(runDir, credentials);
  const ble = options.transport === "ble";
  const dbus = ble ? await startDbusDaemon({ runDir }) : null;
  const busEnv = dbus ? { DBUS_SYSTEM_BUS_ADDRESS: dbus.address } : undefined;
  const ptys: PtyPair[] = [];
  const residents: Resident[] = [];
  for (let i = 1; i <= options.residents; i++) {
    const pty = ble ? null : await startPtyPair(runDir, `bladder-${i}`);
    if (pty) ptys.push(pty);
    residents.push({
      deviceId: residentDeviceId(i),
      sensorId: `bladder-${i}`,
      link: pty ? { type: "serial", sensorTty: pty.sensorEnd, agentTty: pty.agentEnd } : bleLinkFor(i),
    });
  }
  const { suits, ptys: suitPtys } = await startSuitLinks(options, runDir, ble);
  ptys.push(...suitPtys);
  const { beds, ptys: bedPtys } = await startBedLinks(options, runDir);
  ptys.push(...bedPtys);
  const httpPort = await freePort();
  const bridge = startNodeProcess(
    "bridge",
    "bridge/main.ts",
    writeJson(
      join(configDir, "bridge.json"),
      bridgeConfig(
        runDir,
        brokerAccess(credentials?.mqttBridge),
        influx.url,
        httpPort,
        Math.max(options.acceleration, bedAcceleration(options)),
        credentials?.influxWriter,
        commandToken.tokenFile,
      ),
    ),
    logDir,
  );
  // The bridge's persistent session must exist before the first device publishes.
  await waitFor("bridge health", async () => (await fetch(`http://127.0.0.1:${httpPort}/health`)).ok, 60_000);
  // Simulated time starts once the agents are up.
  const startAtMs = Date.now() + 10_000;
  const time = residentsTime(options, startAtMs);
  const { epochMs } = time;
  const bedsTime = bedTime(options, startAtMs);
  const startSimulator = () =>
    startNodeProcess(
      "simulator",
      "sim/main.ts",
      writeJson(join(configDir, "sim.json"), {
        ...simulatorConfig(options, residents, time, groundTruthDir),
        ...suitSimulatorSection(options, suits, groundTruthDir),
        ...bedSimulatorSection(options, beds, bedsTime, groundTruthDir),
      }),
      logDir,
      busEnv,
    );
  // A BLE sensor is there before any central connects to it: the simulator must host the service first.
  const bleSimulator = ble ? startSimulator() : null;
  if (bleSimulator)
    await waitFor(
      "BlueZ-compatible service",
      () => logHas(join(logDir, "simulator.log"), "service up"),
      30_000,
    );
  // Firmata boards answer their host's handshake: they must be up before the bed agents connect.
  const boardsSimulator = !bleSimulator && bedsNeedSimulatorFirst(beds) ? startSimulator() : null;
  const agents = new Map<string, ManagedChild>();
  for (const resident of residents) {
    const access = brokerAccess(credentials?.mqttDevices.get(resident.deviceId));
    const path = writeJson(
      join(configDir, `agent-${resident.deviceId}.json`),
      withResidentBed(options, agentConfig(options, resident, access, time, runDir), beds),
    );
    agents.set(
      resident.deviceId,
      startNodeProcess(`agent-${resident.deviceId}`, "device/main.ts", path, logDir, busEnv),
    );
  }
  for (const suit of suits) {
    const config = suitAgentConfig(
      options,
      suit,
      brokerAccess(credentials?.mqttDevices.get(suit.deviceId)),
      runDir,
    );
    const path = writeJson(join(configDir, `agent-${suit.deviceId}.json`), config);
    agents.set(
      suit.deviceId,
      startNodeProcess(`agent-${suit.deviceId}`, "device/main.ts", path, logDir, busEnv),
    );
  }
  for (const bed of beds) {
    if (agents.has(bed.deviceId)) continue;
    const config = bedAgentConfig(
      options,
      bed,
      brokerAccess(credentials?.mqttDevices.get(bed.deviceId)),
      bedsTime,
      runDir,
    );
    const path = writeJson(join(configDir, `agent-${bed.deviceId}.json`), config);
    agents.set(
      bed.deviceId,
      startNodeProcess(`agent-${bed.deviceId}`, "device/main.ts", path, logDir, busEnv),
    );
  }
  // Readings written to a pty before the agent opened it are gone, as with a real sensor.
  await Promise.all(
    [...agents.keys()].map((deviceId) =>
      waitFor(`agent ${deviceId} ready`, () => agentReady(join(logDir, `agent-${deviceId}.log`)), 60_000),
    ),
  );
  const simulator = bleSimulator ?? boardsSimulator ?? startSimulator();

  return {
    runDir,
    options,
    broker,
    influx,
    residents,
    suits,
    beds,
    bedEpochMs: bedsTime.epochMs,
    groundTruthDir,
    bridgeMetricsUrl: `http://127.0.0.1:${httpPort}/metrics`,
    bridgeUrl: `http://127.0.0.1:${httpPort}`,
    commandTokenFile: commandToken.tokenFile,
    epochMs,
    startAtMs,
    simulator,
    agents,
    bridge,
    dbus,
    credentials,
    influxQueryUrl: credentials ? influxReaderDsn(influx.url, credentials.influxReader) : influx.url,
    ptys,
    stop: async () => {
      await simulator.stop("SIGTERM", 10_000);
      await Promise.all([...agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
      await bridge.stop("SIGTERM", 15_000);
      await Promise.all([broker.stop(), influx.stop(), ...ptys.map((pty) => pty.stop()), dbus?.stop()]);
    },
  };
}
