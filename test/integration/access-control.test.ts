// Who may say and read what on a real Mosquitto with the generated password file, ACL and TLS listener:
// a device speaks only for itself and reads only its own commands; the bridge reads everything.
// "Nothing delivered" is checked with a barrier instead of a sleep: the broker delivers to one
// subscriber in order, so once a later message has arrived, an earlier one would have arrived first.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import mqtt, { type IClientOptions, type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Credential, createCredential, secretsDir } from "../../scripts/stack/credentials.ts";
import { makeRunDir } from "../../scripts/stack/index.ts";
import { careAcl, type RunningBroker, startMosquitto } from "../../scripts/stack/mosquitto.ts";
import { generateTestCertificates, type TlsFiles } from "../../scripts/stack/tls-certs.ts";

const SITE = "site-a";
const topic = (device: string, kind: string) => `care/v1/${SITE}/${device}/${kind}`;

let runDir: string;
let broker: RunningBroker;
let tls: TlsFiles;
let room101: Credential;
let room102: Credential;
let bridgeUser: Credential;
const clients: MqttClient[] = [];

async function connectAs(
  user: Credential,
  options: IClientOptions = {},
  url = broker.url,
): Promise<MqttClient> {
  const client = await mqtt.connectAsync(url, {
    protocolVersion: 5,
    username: user.username,
    password: user.password,
    clientId: user.username,
    reconnectPeriod: 0,
    ...options,
  });
  clients.push(client);
  return client;
}

/** Topics and payloads a client receives, in order. */
function inbox(client: MqttClient): string[] {
  const received: string[] = [];
  client.on("message", (messageTopic, payload) => received.push(`${messageTopic} ${payload.toString()}`));
  return received;
}

/** How a connection attempt ends: CONNACK, an error code (MQTT reason or TLS/socket code) or a close. */
function connectOutcome(url: string, options: IClientOptions): Promise<string> {
  return new Promise((resolve) => {
    const client = mqtt.connect(url, {
      protocolVersion: 5,
      reconnectPeriod: 0,
      connectTimeout: 5000,
      ...options,
    });
    const finish = (outcome: string) => {
      resolve(outcome);
      client.end(true);
    };
    client.once("connect", () => finish("connected"));
    client.once("error", (error) => finish(`error ${String((error as { code?: unknown }).code)}`));
    client.once("close", () => finish("closed"));
  });
}

const waitUntil = async (what: string, done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (!done()) throw new Error(`timed out waiting for ${what}`);
};

beforeAll(async () => {
  runDir = makeRunDir("it-access-mqtt");
  const secrets = secretsDir(runDir);
  [room101, room102, bridgeUser] = ["room101", "room102", "bridge-1"].map((name) =>
    createCredential(secrets, "mqtt", name),
  ) as [Credential, Credential, Credential];
  tls = generateTestCertificates(join(runDir, "tls"));
  broker = await startMosquitto({
    runDir,
    users: [room101, room102, bridgeUser],
    acl: careAcl([bridgeUser.username]),
    tls,
  });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.endAsync(true)));
  await broker?.stop();
});

describe("CONNECT", () => {
  it("refuses a wrong password and missing credentials with reason 135 (not authorized)", async () => {
    expect(await connectOutcome(broker.url, { username: "room101", password: "not-the-password" })).toBe(
      "error 135",
    );
    expect(await connectOutcome(broker.url, { username: "room101" })).toBe("error 135");
    expect(await connectOutcome(broker.url, {})).toBe("error 135");
    expect(await connectOutcome(broker.url, { username: room101.username, password: room101.password })).toBe(
      "connected",
    );
  });

  it("does not let a device take over another device's session by reusing its client id", async () => {
    const victim = await connectAs(room102);
    const events: string[] = [];
    victim.on("disconnect", (packet) => events.push(`disconnect ${packet.reasonCode}`));
    victim.on("close", () => events.push("close"));
    // The broker replaces the client id with the username, so this is room101's own session.
    const intruder = await connectAs(room101, { clientId: room102.username });
    await intruder.publishAsync(topic("room101", "status"), "round trip", { qos: 1 });
    await victim.publishAsync(topic("room102", "status"), "still here", { qos: 1 });
    expect(events).toEqual([]);
    expect(victim.connected).toBe(true);
    await Promise.all([victim.endAsync(), intruder.endAsync()]);
  });
});

describe("publishing", () => {
  it("answers a device that publishes as another device with PUBACK 135 and delivers nothing", async () => {
    const bridge = await connectAs(bridgeUser, { clientId: "bridge-publish-test" });
    const seen = inbox(bridge);
    await bridge.subscribeAsync("care/v1/#", { qos: 1 });
    const device = await connectAs(room101);
    await expect(
      device.publishAsync(topic("room102", "samples"), "forged", { qos: 1 }),
    ).rejects.toMatchObject({
      code: 135,
    });
    await device.publishAsync(topic("room101", "samples"), "own", { qos: 1 });
    await waitUntil("the device's own message at the bridge", () => seen.length > 0);
    expect(seen).toEqual([`${topic("room101", "samples")} own`]);
    await Promise.all([bridge.endAsync(), device.endAsync()]);
  });

  it("never publishes a last will aimed at another device's topic", async () => {
    const bridge = await connectAs(bridgeUser, { clientId: "bridge-will-test" });
    const seen = inbox(bridge);
    await bridge.subscribeAsync("care/v1/#", { qos: 1 });
    const forger = await connectAs(room101, {
      will: { topic: topic("room102", "status"), payload: Buffer.from("forged will"), qos: 1, retain: true },
    });
    forger.stream.destroy();
    const honest = await connectAs(room101, {
      will: { topic: topic("room101", "status"), payload: Buffer.from("own will"), qos: 1, retain: false },
    });
    honest.stream.destroy();
    await waitUntil("the honest will at the bridge", () => seen.length > 0);
    expect(seen).toEqual([`${topic("room101", "status")} own will`]);
    await bridge.endAsync();
  });
});

describe("reading", () => {
  it("grants a device's SUBSCRIBE to another device's topics but delivers only its own commands", async () => {
    const bridge = await connectAs(bridgeUser);
    const bridgeSeen = inbox(bridge);
    await bridge.subscribeAsync("care/v1/#", { qos: 1 });
    const snoop = await connectAs(room101);
    const snoopSeen = inbox(snoop);
    const granted = await snoop.subscribeAsync(
      [topic("room102", "commands"), "care/v1/+/room102/#", topic("room101", "commands")],
      { qos: 1 },
    );
    // Mosquitto grants every filter; the ACL acts at delivery.
    expect(granted.map((grant) => grant.qos)).toEqual([1, 1, 1]);
    const other = await connectAs(room102);
    const otherSeen = inbox(other);
    await other.subscribeAsync(topic("room102", "commands"), { qos: 1 });

    await other.publishAsync(topic("room102", "observations"), "resident data", { qos: 1 });
    await bridge.publishAsync(topic("room102", "commands"), "for 102", { qos: 1 });
    await bridge.publishAsync(topic("room101", "commands"), "for 101", { qos: 1 });
    await waitUntil("each device's own command", () => snoopSeen.length > 0 && otherSeen.length > 0);

    expect(snoopSeen).toEqual([`${topic("room101", "commands")} for 101`]);
    expect(otherSeen).toEqual([`${topic("room102", "commands")} for 102`]);
    await waitUntil("everything at the bridge", () => bridgeSeen.length >= 3);
    // The bridge reads every device's data and the commands it wrote itself.
    expect(bridgeSeen).toEqual([
      `${topic("room102", "observations")} resident data`,
      `${topic("room102", "commands")} for 102`,
      `${topic("room101", "commands")} for 101`,
    ]);
    await Promise.all([bridge.endAsync(), snoop.endAsync(), other.endAsync()]);
  });
});

describe("limits", () => {
  it("disconnects a client whose packet exceeds max_packet_size with reason 149", async () => {
    const device = await connectAs(room102, { clientId: "oversize" });
    const reasons: number[] = [];
    device.on("disconnect", (packet) => reasons.push(packet.reasonCode ?? -1));
    device.publish(topic("room102", "samples"), Buffer.alloc(300_000), { qos: 1 });
    await waitUntil("the broker's DISCONNECT", () => reasons.length > 0);
    expect(reasons).toEqual([149]);
  });
});

describe("TLS listener", () => {
  const withCa = () => ({
    ca: readFileSync(tls.caFile),
    username: room101.username,
    password: room101.password,
  });

  it("accepts a client that trusts the generated CA, by IP and by name", async () => {
    expect(await connectOutcome(String(broker.tlsUrl), withCa())).toBe("connected");
    expect(await connectOutcome(String(broker.tlsUrl), { ...withCa(), servername: "localhost" })).toBe(
      "connected",
    );
  });

  it("still requires the right password", async () => {
    expect(await connectOutcome(String(broker.tlsUrl), { ...withCa(), password: "wrong" })).toBe("error 135");
  });

  it("is refused by a client that does not trust the CA", async () => {
    const noCa = { username: room101.username, password: room101.password };
    expect(await connectOutcome(String(broker.tlsUrl), noCa)).toBe("error UNABLE_TO_VERIFY_LEAF_SIGNATURE");
  });

  it("refuses plaintext MQTT on the TLS port", async () => {
    const outcome = await connectOutcome(`mqtt://127.0.0.1:${broker.tlsPort}`, withCa());
    expect(outcome).not.toBe("connected");
    expect(outcome).toMatch(/^(error ECONNRESET|closed)$/);
  });
});

describe("secrets on disk", () => {
  it("keeps passwords out of the broker's config and log, hashed in its password file, files 0600", () => {
    const read = (name: string) => readFileSync(join(broker.dir, name), "utf8");
    const passwords = [room101, room102, bridgeUser].map((user) => user.password);
    for (const name of ["mosquitto.conf", "mosquitto.log", "acl", "passwords"]) {
      for (const password of passwords) expect(read(name)).not.toContain(password);
    }
    expect(read("passwords")).toMatch(/^room101:\$7\$/m);
    const secrets = join(runDir, "secrets");
    expect(readdirSync(secrets)).toContain("mqtt-room101.password");
    const modes = [
      join(secrets, "mqtt-room101.password"),
      join(broker.dir, "passwords"),
      join(broker.dir, "acl"),
    ].map((path) => statSync(path).mode & 0o777);
    expect(modes).toEqual([0o600, 0o600, 0o600]);
  });
});
