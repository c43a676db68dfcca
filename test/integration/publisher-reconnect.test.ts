// The device publisher against a real Mosquitto, through a relay that can swallow the broker's PUBACKs
// and cut the link: after the reconnect every message that was in flight reaches the broker exactly
// once more (MQTT.js resends what it had stored; the publisher must not send it a second time).
import { connect, createServer, type Server, type Socket } from "node:net";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MqttPublisher } from "../../device/publish/mqtt-publisher.ts";
import { MemoryOutbox } from "../../device/publish/outbox.ts";
import { testClock } from "../../device/publish/test-clock.ts";
import { makeRunDir, type RunningBroker, startMosquitto, waitFor } from "../../scripts/stack/index.ts";

/** A TCP relay whose broker→client direction can be held (PUBACKs swallowed) and whose links can be cut. */
class Relay {
  holding = false;
  /** PUBLISH packets the client sent, counted from the relayed bytes. */
  publishes = 0;
  private readonly links = new Set<Socket>();
  private server: Server | undefined;

  async start(brokerPort: number): Promise<number> {
    this.server = createServer((client) => {
      const broker = connect(brokerPort, "127.0.0.1");
      for (const socket of [client, broker]) {
        this.links.add(socket);
        socket.on("close", () => this.links.delete(socket));
        socket.on("error", () => undefined);
      }
      const count = packetCounter(() => this.publishes++);
      client.on("data", (chunk) => {
        count(chunk);
        broker.write(chunk);
      });
      broker.on("data", (chunk) => {
        if (!this.holding) client.write(chunk);
      });
      client.on("close", () => broker.destroy());
      broker.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (address === null || typeof address === "string") throw new Error("relay has no port");
    return address.port;
  }

  cut(): void {
    for (const socket of this.links) socket.destroy();
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** Splits an MQTT byte stream into packets (fixed header, varint length) and reports each PUBLISH. */
function packetCounter(onPublish: () => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      let length = 0;
      let at = 1;
      for (let shift = 0; at < pending.length; shift += 7) {
        const byte = pending[at++] ?? 0;
        length += (byte & 0x7f) << shift;
        if ((byte & 0x80) === 0) break;
      }
      if (pending.length < 2 || at + length > pending.length) return;
      if ((pending[0] ?? 0) >> 4 === 3) onPublish();
      pending = pending.subarray(at + length);
    }
  };
}

const TOPIC = "care/v1/site/pub-1/samples";
let runDir: string;
let broker: RunningBroker;
let relay: Relay;
let relayUrl: string;
let subscriber: MqttClient;
const receipts = new Map<string, number>();

beforeAll(async () => {
  runDir = makeRunDir("it-publisher");
  broker = await startMosquitto({ runDir });
  relay = new Relay();
  const relayPort = await relay.start(broker.port);
  subscriber = await mqtt.connectAsync(broker.url, { clientId: "watcher", protocolVersion: 5 });
  await subscriber.subscribeAsync(TOPIC, { qos: 1 });
  subscriber.on("message", (_, payload) => {
    const key = payload.toString();
    receipts.set(key, (receipts.get(key) ?? 0) + 1);
  });
  relayUrl = `mqtt://127.0.0.1:${relayPort}`;
}, 30_000);

afterAll(async () => {
  await subscriber?.endAsync();
  await relay?.stop();
  await broker?.stop();
});

describe("MqttPublisher across a reconnect", () => {
  it("sends each message that was in flight once more, not twice, and the waiting ones once", async () => {
    const outbox = new MemoryOutbox(
      { maxMessages: 1000, maxBytes: 1 << 20, maxAgeMs: 3_600_000 },
      testClock(),
    );
    let connects = 0;
    const publisher = new MqttPublisher(
      {
        url: relayUrl,
        clientId: "pub-1",
        keepaliveS: 30,
        maxInflight: 20,
        reconnect: { initialMs: 100, maxMs: 400, factor: 2 },
        will: { topic: "care/v1/site/pub-1/status", payload: new Uint8Array() },
        commandTopic: "care/v1/site/pub-1/commands",
      },
      outbox,
      {
        onConnection: (connected) => {
          if (connected) connects++;
        },
        onPublishError: () => undefined,
        onCommand: () => undefined,
      },
    );
    publisher.start();
    try {
      await waitFor("publisher connected", async () => publisher.isConnected, 10_000);
      relay.holding = true;
      const publishesBefore = relay.publishes;
      for (let n = 0; n < 30; n++)
        outbox.push({ topic: TOPIC, bytes: Buffer.from(`m${n}`), retain: false, urgent: false });
      publisher.pump();
      // The broker has the first twenty (maxInflight); its PUBACKs are swallowed, so they stay in flight.
      await waitFor("twenty at the broker", async () => receipts.size === 20, 10_000);
      expect(outbox.size).toBe(30);
      relay.cut();
      relay.holding = false;
      await waitFor("outbox emptied after the reconnect", async () => outbox.size === 0, 15_000);
      // Time for any second copy to arrive.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(connects).toBe(2);
      const copies = Array.from({ length: 30 }, (_, n) => receipts.get(`m${n}`));
      expect(copies).toEqual([
        ...Array.from({ length: 20 }, () => 2),
        ...Array.from({ length: 10 }, () => 1),
      ]);
      expect(relay.publishes - publishesBefore).toBe(20 + 20 + 10);
    } finally {
      await publisher.stop();
    }
  }, 60_000);
});
