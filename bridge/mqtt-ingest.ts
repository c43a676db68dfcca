// The MQTT side: a persistent QoS 1 session that hands every message to the Ingest and sends the
// PUBACK only once the Ingest has stored it (or dead-lettered it).
//
// MQTT.js handles incoming packets one at a time: the next PUBLISH, and even the PINGRESP, waits until
// done() is called, and the client declares the link dead after 1.5 × keepalive without a PINGRESP.
// So the Ingest holds one message for at most one keepalive, every attempt and request included
// (see Ingest). With the spool (the default) a write is a local append and returns at once. With the
// spool off, a message InfluxDB does not take within that time is left unacknowledged (done() is never
// called for this delivery) and the link is dropped on purpose; after a reconnect with backoff the
// broker redelivers it from the persistent session. Idempotent points make the redelivery harmless;
// the cost is that the broker's queue is then the only buffer, and Mosquitto silently drops past
// max_queued_messages.
//
// A delivery whose connection has closed is void: acknowledging it on the next connection could hit
// a different message that reuses the packet id, so its late result is dropped and the redelivered
// copy is handled instead.
import mqtt, { type IClientOptions, type MqttClient } from "mqtt";
import { TOPIC_KINDS, type TopicKind, topicFilter, topicFor } from "../proto/index.ts";
import type { BridgeCounters } from "./counters.ts";
import type { Ingest } from "./ingest.ts";
import type { Logger } from "./log.ts";
import { type BackoffPolicy, backoffDelayMs } from "./retry.ts";

/** Every kind a device publishes; commands flow the other way. */
export const INGEST_KINDS: readonly TopicKind[] = TOPIC_KINDS.filter((kind) => kind !== "commands");

export function subscriptionFilters(sharedGroup: string | undefined): string[] {
  return INGEST_KINDS.map((kind) =>
    sharedGroup ? `$share/${sharedGroup}/${topicFilter(kind)}` : topicFilter(kind),
  );
}

export interface MqttIngestOptions {
  readonly url: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
  /** CA certificates (PEM) trusted for an mqtts:// broker, besides Node's built-in ones. */
  readonly ca: string | undefined;
  readonly clientId: string;
  readonly keepaliveSec: number;
  readonly sessionExpirySec: number;
  readonly sharedGroup: string | undefined;
  readonly reconnect: BackoffPolicy;
  readonly random: () => number;
  readonly ingest: Ingest;
  readonly counters: BridgeCounters;
  readonly log: Logger;
}

export class MqttIngest {
  readonly #options: MqttIngestOptions;
  readonly #client: MqttClient;
  /** Bumped whenever a connection closes; a delivery belongs to the connection it arrived on. */
  #connection = 0;
  #reconnectAttempt = 0;
  #stopping = false;

  constructor(options: MqttIngestOptions) {
    this.#options = options;
    this.#client = mqtt.connect(options.url, this.#clientOptions());
    this.#client.handleMessage = (packet, done) => {
      const payload = typeof packet.payload === "string" ? Buffer.from(packet.payload) : packet.payload;
      this.#deliver(packet.topic, payload, packet.qos > 0, done);
    };
    this.#watchConnection();
  }

  get connected(): boolean {
    return this.#client.connected;
  }

  #clientOptions(): IClientOptions {
    const { clientId, keepaliveSec, sessionExpirySec, reconnect, username, password, ca } = this.#options;
    return {
      clientId,
      protocolVersion: 5,
      // A persistent session: the broker keeps our subscriptions and queues messages while we are away.
      clean: false,
      properties: { sessionExpiryInterval: sessionExpirySec },
      keepalive: keepaliveSec,
      reconnectPeriod: reconnect.baseMs,
      // A refused CONNECT (bad password, broker starting) is retried too, so a fixed config recovers.
      reconnectOnConnackError: true,
      // We subscribe on every connect ourselves (see #subscribe).
      resubscribe: false,
      ...(username === undefined ? {} : { username, password: password ?? "" }),
      ...(ca === undefined ? {} : { ca }),
    };
  }

  #deliver(topic: string, payload: Uint8Array, redeliverable: boolean, done: () => void): void {
    const connection = this.#connection;
    const current = () => connection === this.#connection && !this.#stopping;
    void this.#options.ingest.handle(topic, payload, current).then((decision) => {
      if (!current()) {
        this.#options.log.debug("delivery outlived its connection; the broker will redeliver", { topic });
      } else if (decision === "ack") {
        done();
      } else if (!redeliverable) {
        // A QoS 0 message (published at QoS 0) is never redelivered: dropping the link would not save it.
        this.#options.log.warn("QoS 0 message lost while the store is down", { topic });
        done();
      } else {
        this.#dropConnection();
      }
    });
  }

  /** Forces a reconnect so the broker redelivers what we left unacknowledged. */
  #dropConnection(): void {
    this.#options.log.warn("dropping the MQTT connection so unacknowledged messages are redelivered later");
    this.#client.stream.destroy();
  }

  #watchConnection(): void {
    const { log, counters, reconnect, random } = this.#options;
    this.#client.on("connect", (connack) => {
      counters.mqttConnects += 1;
      this.#reconnectAttempt = 0;
      this.#client.options.reconnectPeriod = reconnect.baseMs;
      log.info("MQTT connected", { url: this.#options.url, sessionPresent: connack.sessionPresent });
      this.#subscribe();
    });
    this.#client.on("close", () => {
      this.#connection += 1;
    });
    this.#client.on("offline", () => log.warn("MQTT offline; reconnecting with backoff"));
    // MQTT.js re-arms its reconnect timer with options.reconnectPeriod after each failed attempt, so
    // growing it here turns the fixed period into exponential backoff with jitter and a cap.
    this.#client.on("reconnect", () => {
      this.#client.options.reconnectPeriod = Math.round(
        backoffDelayMs(++this.#reconnectAttempt, reconnect, random),
      );
      log.debug("MQTT reconnecting", {
        attempt: this.#reconnectAttempt,
        nextDelayMs: this.#client.options.reconnectPeriod,
      });
    });
    this.#client.on("error", (error) => log.warn("MQTT error", { error: error.message }));
  }

  #subscribe(): void {
    const filters = subscriptionFilters(this.#options.sharedGroup);
    // rh 1: retained messages only for a new subscription, not on every reconnect of a kept session.
    const subscriptions = Object.fromEntries(filters.map((filter) => [filter, { qos: 1 as const, rh: 1 }]));
    this.#client.subscribe(subscriptions, (error, granted) => {
      if (error) {
        this.#options.log.error("MQTT subscribe failed", { error: error.message });
        return;
      }
      for (const grant of granted ?? []) {
        if (grant.qos !== 1)
          this.#options.log.error("MQTT subscription not granted at QoS 1", {
            topic: grant.topic,
            qos: grant.qos,
          });
      }
    });
  }

  /**
   * Publishes a command at QoS 1 from the bridge's own session and resolves on the broker's PUBACK
   * (rejects when the broker refuses it, e.g. reason 135 from the ACL). Call it from outside the message
   * handler (the HTTP command API does): incoming packets, the PUBACK included, wait until the handler
   * calls done(), so awaiting it there would wait for itself.
   */
  async publishCommand(target: { site: string; device: string }, payload: Uint8Array): Promise<void> {
    if (this.#stopping || !this.#client.connected) throw new Error("MQTT is not connected");
    const topic = topicFor({ site: target.site, device: target.device, kind: "commands" });
    await this.#client.publishAsync(topic, Buffer.from(payload), { qos: 1 });
  }

  /** Disconnects cleanly; messages still being handled stay unacknowledged and come back next time. */
  async stop(): Promise<void> {
    this.#stopping = true;
    const forced = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
    await Promise.race([this.#client.endAsync(false), forced]);
    if (!this.#client.disconnected) await this.#client.endAsync(true);
  }
}
