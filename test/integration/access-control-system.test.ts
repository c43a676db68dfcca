// The whole system runs with authentication by default: readings still flow from the simulator to
// InfluxDB, nobody gets in without a password, and no password is written anywhere but its own file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import mqtt from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRunDir } from "../../scripts/stack/index.ts";
import { type RunningSystem, startSystem } from "../../scripts/system/start-system.ts";
import { defaultSystemOptions } from "../../scripts/system/system-config.ts";
import { type ResidentTally, settledTally } from "../../scripts/system/verify-run.ts";
import { connectedPorts } from "./tcp-peers.ts";

let system: RunningSystem;
let tallies: ResidentTally[];
/** Remote ports each agent was connected to while it ran. */
const agentPeers = new Map<string, number[]>();

/** Every file under `dir` except the secrets folder, recursively. */
function filesOutsideSecrets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "secrets" ? [] : filesOutsideSecrets(path);
    return entry.isFile() ? [path] : [];
  });
}

beforeAll(async () => {
  system = await startSystem(
    { ...defaultSystemOptions, residents: 2, acceleration: 3600, seed: 3 },
    makeRunDir("it-access-system"),
  );
  await new Promise((resolve) => setTimeout(resolve, system.startAtMs + 4_000 - Date.now()));
  for (const [deviceId, agent] of system.agents) agentPeers.set(deviceId, connectedPorts(agent.pid));
  await system.simulator.stop("SIGTERM", 10_000);
  await Promise.all([...system.agents.values()].map((agent) => agent.stop("SIGTERM", 10_000)));
  tallies = await settledTally(system.influxQueryUrl, system.residents, system.groundTruthDir, 30_000);
}, 120_000);

afterAll(async () => {
  await system?.stop();
});

describe("the whole system with authentication", () => {
  it("stores every delivered reading through authenticated agents and bridge", () => {
    expect(system.credentials).toBeDefined();
    expect(tallies).toHaveLength(2);
    for (const tally of tallies) {
      expect(tally.produced).toBeGreaterThan(20);
      expect(tally.stored).toBe(tally.produced);
    }
  });

  it("connects agents and the bridge through the broker's TLS listener, verified against the site CA", () => {
    const { port, tlsPort } = system.broker;
    expect(tlsPort).toBeDefined();
    expect(agentPeers.size).toBe(2);
    for (const [deviceId, peers] of agentPeers) {
      expect(peers, deviceId).toContain(tlsPort);
      expect(peers, deviceId).not.toContain(port);
    }
    const bridgePeers = connectedPorts(system.bridge.pid);
    expect(bridgePeers).toContain(tlsPort);
    expect(bridgePeers).not.toContain(port);
    const caFile = join(system.runDir, "tls", "ca.crt");
    const agentConfig = JSON.parse(readFileSync(join(system.runDir, "config", "agent-room101.json"), "utf8"));
    expect(agentConfig.mqtt).toMatchObject({ url: system.broker.tlsUrl, caFile });
    const bridgeConfig = JSON.parse(readFileSync(join(system.runDir, "config", "bridge.json"), "utf8"));
    expect(bridgeConfig).toMatchObject({ mqttUrl: system.broker.tlsUrl, mqttCaFile: caFile });
  });

  it("refuses anonymous clients at the broker (135) and at InfluxDB (401)", async () => {
    const refused = await mqtt
      .connectAsync(system.broker.url, { protocolVersion: 5, reconnectPeriod: 0 })
      .then(
        async (client) => {
          await client.endAsync(true);
          return "connected";
        },
        (error: { code?: unknown }) => error.code,
      );
    expect(refused).toBe(135);
    expect((await fetch(`${system.influx.url}/query?q=SHOW%20DATABASES`)).status).toBe(401);
  });

  it("writes each password only to its own file, mode 0600, in a folder mode 0700", () => {
    const credentials = system.credentials;
    if (!credentials) throw new Error("no credentials");
    const all = [
      credentials.mqttBridge,
      ...credentials.mqttDevices.values(),
      credentials.influxAdmin,
      credentials.influxWriter,
      credentials.influxReader,
    ];
    const files = filesOutsideSecrets(system.runDir);
    // Configs, logs, broker and database folders, outboxes, ground truth: at least a few dozen files.
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const content = readFileSync(file, "latin1");
      for (const user of all) expect(content.includes(user.password), `${file} holds a password`).toBe(false);
    }
    for (const user of all) expect(statSync(user.passwordFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(system.runDir, "secrets")).mode & 0o777).toBe(0o700);
    const agentConfig = readFileSync(join(system.runDir, "config", "agent-room101.json"), "utf8");
    expect(JSON.parse(agentConfig).mqtt).toMatchObject({
      username: "room101",
      passwordFile: credentials.mqttDevices.get("room101")?.passwordFile,
    });
  });
});
