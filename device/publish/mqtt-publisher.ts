// Sends outbox messages over MQTT with QoS 1 and removes each only when the broker acknowledged it.
// Keeps at most `maxInflight` unacknowledged. After a lost connection MQTT.js itself sends its stored
// unacknowledged PUBLISH packets again, one at a time, and emits "connect" only once they are all
// acknowledged; so an id stays in flight until its callback fires and is never published a second
// time by us (test/integration/publisher-reconnect.test.ts counts the packets). A message whose
// callback reports an error stays in the outbox and is sent again by the next pump; the bridge stores
// idempotently, so a repeat changes nothing. Reconnects back off exponentially with jitter and a cap.
import mqtt, { type MqttClient } from "mqtt";
import { type BackoffPolicy, backoffDelay, defaultBackoff } from "../transports/backoff.ts";
import type { Outbox } from "./outbox.ts";

export interface PublisherOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  /** CA certificates (PEM) trusted for an mqtts:// broker, besides Node's built-in ones. */
  ca?: Buffer;
  keepaliveS: number;
  maxInflight: number;
  /** Delay before each reconnect attempt; defaults to the transports' policy (250 ms … 5 s). */
  reconnect?: BackoffPolicy;
  random?: () => number;
  will: { topic: string; payload: Uint8Array };
  /** Subscribed (QoS 1) on every connect; messages go to PublisherEvents.onCommand. */
  commandTopic: string;
}

export interface PublisherEvents {
  onConnection(connected: boolean, reason: string): void;
  onPublishError(reason: string): void;
  onCommand(bytes: Uint8Array): void;
}

export class MqttPublisher {
  private client: MqttClient | null = null;
  private readonly inFlight = new Set<number>();
  private connected = false;
  private reconnectAttempt = 0;

  constructor(
    private readonly options: PublisherOptions,
    private readonly outbox: Outbox,
    private readonly events: PublisherEvents,
  ) {}

  get isConnected(): boolean {
    return this.connected;
  }

  /** The underlying client, for subscriptions (commands). */
  get mqttClient(): MqttClient | null {
    return this.client;
  }

  start(): void {
    const reconnect = this.options.reconnect ?? defaultBackoff;
    const random = this.options.random ?? Math.random;
    const client = mqtt.connect(this.options.url, {
      clientId: this.options.clientId,
      username: this.options.username,
      password: this.options.password,
      ...(this.options.ca && { ca: this.options.ca }),
      keepalive: this.options.keepaliveS,
      protocolVersion: 5,
      clean: true,
      reconnectPeriod: backoffDelay(reconnect, 0, random),
      connectTimeout: 10_000,
      will: {
        topic: this.options.will.topic,
        payload: Buffer.from(this.options.will.payload),
        qos: 1,
        retain: true,
      },
    });
    this.client = client;
    client.on("connect", () => {
      this.connected = true;
      this.reconnectAttempt = 0;
      client.options.reconnectPeriod = backoffDelay(reconnect, 0, random);
      this.events.onConnection(true, "connected");
      client.subscribe(this.options.commandTopic, { qos: 1 }, (error) => {
        if (error) this.events.onPublishError(`command subscription failed: ${error.message}`);
      });
      this.pump();
    });
    client.on("message", (topic, payload) => {
      if (topic === this.options.commandTopic) this.events.onCommand(new Uint8Array(payload));
    });
    client.on("close", () => {
      if (this.connected) this.events.onConnection(false, "connection closed");
      this.connected = false;
    });
    client.on("error", (error) => this.events.onConnection(false, error.message));
    // MQTT.js re-arms its reconnect timer with options.reconnectPeriod after each failed attempt, so
    // growing it here turns the fixed period into exponential backoff with jitter and a cap.
    client.on("reconnect", () => {
      client.options.reconnectPeriod = backoffDelay(reconnect, ++this.reconnectAttempt, random);
    });
  }

  /** Call whenever the outbox gained messages. */
  pump(): void {
    const client = this.client;
    if (!client || !this.connected) return;
    const room = this.options.maxInflight - this.inFlight.size;
    if (room <= 0) return;
    for (const message of this.outbox.next(room, this.inFlight)) {
      this.inFlight.add(message.id);
      client.publish(
        message.topic,
        Buffer.from(message.bytes),
        { qos: 1, retain: message.retain },
        (error, packet) => {
          this.inFlight.delete(message.id);
          const reasonCode = packet && "reasonCode" in packet ? (packet.reasonCode ?? 0) : 0;
          if (error || reasonCode >= 0x80) {
            this.events.onPublishError(error?.message ?? `broker refused publish (reason ${reasonCode})`);
            // A refused message (not authorised) would be refused forever: drop it rather than block the queue.
            if (!error) this.outbox.ack(message.id);
            return;
          }
          this.outbox.ack(message.id);
          this.pump();
        },
      );
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client) await client.endAsync();
  }
}
