import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { MqttPublisher } from "./mqtt-publisher.ts";
import { MemoryOutbox } from "./outbox.ts";
import { testClock } from "./test-clock.ts";

/** A port nothing listens on: every connection attempt is refused at once. */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

describe("MqttPublisher reconnects", () => {
  it("back off exponentially up to the cap", async () => {
    const attempts: number[] = [];
    const publisher = new MqttPublisher(
      {
        url: `mqtt://127.0.0.1:${await refusedPort()}`,
        clientId: "backoff-test",
        keepaliveS: 30,
        maxInflight: 10,
        reconnect: { initialMs: 40, maxMs: 320, factor: 2 },
        // No jitter: each delay is its ceiling, so the gaps can be checked.
        random: () => 1,
        will: { topic: "t/status", payload: new Uint8Array() },
        commandTopic: "t/commands",
      },
      new MemoryOutbox({ maxMessages: 10, maxBytes: 1 << 16, maxAgeMs: 60_000 }, testClock()),
      {
        onConnection: (connected) => {
          if (!connected) attempts.push(performance.now());
        },
        onPublishError: () => undefined,
        onCommand: () => undefined,
      },
    );
    publisher.start();
    while (attempts.length < 7) await new Promise((resolve) => setTimeout(resolve, 20));
    await publisher.stop();
    const gaps = attempts.slice(1).map((at, i) => at - (attempts[i] ?? 0));
    // Ceilings 40, 80, 160, 320, 320, 320 ms: a timer never fires early, so each gap is at least that.
    const ceilings = [40, 80, 160, 320, 320, 320];
    expect(gaps.slice(0, 6).every((gap, i) => gap >= (ceilings[i] ?? 0) - 5)).toBe(true);
    // Without the cap the last would be 40 × 2^5 = 1 280 ms.
    expect(gaps[5]).toBeLessThan(1_000);
  });
});
