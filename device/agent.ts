// Composition root of one edge agent: wires transports, sensor pipelines, the outbox and MQTT.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { encodeEnvelope, type PayloadKind, TOPIC_KIND_OF_PAYLOAD, topicFor } from "../proto/index.ts";
import { LocalAlarm } from "./alarms/local-alarm.ts";
import { CommandHandler } from "./commands/command-handler.ts";
import { type AgentConfig, type SensorConfig, stateDirOf } from "./config/agent-config.ts";
import { createLogger } from "./log.ts";
import type { OutgoingPayload } from "./pipeline/outgoing.ts";
import { type SensorStream, startSensorStream } from "./pipeline/sensor-stream.ts";
import { DiskOutbox } from "./publish/disk-outbox.ts";
import { createEnvelopeFactory } from "./publish/envelope-factory.ts";
import { MqttPublisher } from "./publish/mqtt-publisher.ts";
import { FileOpenBatchJournal, openBatchJournalPath } from "./publish/open-batch-journal.ts";
import { MemoryOutbox, type Outbox } from "./publish/outbox.ts";
import { createSender } from "./publish/sender.ts";
import { sensorRegistry } from "./sensors/registry.ts";
import type { SensorAnalyzer } from "./sensors/sensor-definition.ts";
import { FileSensorStateStore, sensorStateDir } from "./state/sensor-state-store.ts";
import { Counters } from "./status/counters.ts";
import { type DeadLetterLog, openDeadLetterLog } from "./status/dead-letters.ts";
import { deviceStatus, offlineStatus, type SensorLink } from "./status/device-status.ts";
import { acceleratedClock, type Clock, systemClock } from "./time/clock.ts";
import { createTransport } from "./transports/registry.ts";

const AGENT_VERSION = "0.1.0";
const log = createLogger("agent");

export interface RunningAgent {
  readonly counters: Counters;
  readonly deadLetters: DeadLetterLog;
  readonly bootId: string;
  lastSeq(): number;
  outboxSize(): number;
  stop(): Promise<void>;
}

export function clockFor(config: AgentConfig): Clock {
  const { acceleration, epochMs, startAtMs } = config.clock;
  if (acceleration === 1 && epochMs === undefined) return systemClock();
  return acceleratedClock(epochMs ?? Date.now(), acceleration, startAtMs);
}

/** Validates every sensor's own settings up front so start-up reports all errors at once. */
export function sensorSettingsErrors(config: AgentConfig): string[] {
  return config.sensors.flatMap((sensor) => {
    const parsed = sensorRegistry[sensor.kind]?.parseSettings(sensor.settings);
    return parsed && !parsed.ok ? [`config.sensors.${sensor.id}.settings: ${parsed.reason}`] : [];
  });
}

function readPassword(config: AgentConfig): string | undefined {
  if (process.env.CARE_MQTT_PASSWORD) return process.env.CARE_MQTT_PASSWORD;
  return config.mqtt.passwordFile ? readFileSync(config.mqtt.passwordFile, "utf8").trim() : undefined;
}

export function startAgent(config: AgentConfig, clock: Clock = clockFor(config)): RunningAgent {
  const counters = new Counters();
  const stateDir = stateDirOf(config);
  const deadLetters = openDeadLetterLog(
    join(stateDir, "dead-letters.jsonl"),
    config.deadLetters.maxBytes,
    counters,
    (error) => log.warn(`cannot record a dead letter: ${String(error)}`),
  );
  const envelopes = createEnvelopeFactory(config.deviceId, config.siteId, clock);
  // Durable by default; memory only when the config says so.
  const outbox: Outbox =
    config.outbox.store === "memory"
      ? new MemoryOutbox(config.outbox, clock)
      : new DiskOutbox({ ...config.outbox, dir: config.outbox.dir ?? join(stateDir, "outbox"), clock });
  const topic = (kind: PayloadKind) =>
    topicFor({ site: config.siteId, device: config.deviceId, kind: TOPIC_KIND_OF_PAYLOAD[kind] });
  const publisher = new MqttPublisher(
    {
      url: config.mqtt.url,
      clientId: config.deviceId,
      username: config.mqtt.username,
      password: readPassword(config),
      ...(config.mqtt.caFile && { ca: readFileSync(config.mqtt.caFile) }),
      keepaliveS: config.mqtt.keepaliveS,
      maxInflight: config.mqtt.maxInflight,
      commandTopic: topicFor({ site: config.siteId, device: config.deviceId, kind: "commands" }),
      will: {
        topic: topic("status"),
        payload: encodeEnvelope(envelopes.lastWill(offlineStatus("connection lost"))),
      },
    },
    outbox,
    {
      onConnection: (connected, reason) => {
        counters.increment(connected ? "mqtt_connects" : "mqtt_disconnects");
        log.info(`mqtt ${connected ? "connected" : "disconnected"}: ${reason}`);
        if (connected) sendStatus();
      },
      onPublishError: (reason) => {
        counters.increment("publish_errors");
        log.warn(`publish failed: ${reason}`);
      },
      onCommand: (bytes) => {
        const ack = commands.handle(bytes);
        if (!ack.ok) {
          counters.increment("commands_rejected");
          deadLetters.add({ timeMs: clock.now(), topic: "commands", reason: ack.reason, payload: bytes });
          return;
        }
        counters.increment(ack.value.ok ? "commands_applied" : "commands_refused");
        log.info(`command ${ack.value.commandId}: ${ack.value.message}`);
        emit({ commandAck: ack.value });
        // A command may make an analyzer produce data at once (e.g. a suit session summary).
        for (const analyzer of analyzers.values())
          for (const payload of analyzer.drainOutputs?.() ?? []) emit(payload);
      },
    },
  );

  const send = createSender({
    envelopes,
    outbox,
    pump: () => publisher.pump(),
    topicOf: topic,
    counters,
    deadLetters,
    now: () => clock.now(),
    warn: (message) => log.warn(message),
  });
  // The bedside alarm hears every payload first: it must not wait for the outbox or a broker.
  const localAlarm = config.localAlarm
    ? new LocalAlarm(config.localAlarm, {
        info: (message) => log.info(message),
        count: (name) => counters.increment(name),
      })
    : null;
  const emit = (payload: OutgoingPayload) => {
    localAlarm?.onPayload(payload);
    send(payload, "alert" in payload);
  };

  const links: SensorLink[] = [];
  const analyzers = new Map<string, SensorAnalyzer<unknown>>();
  const journals: FileOpenBatchJournal[] = [];
  const commands = new CommandHandler(config.deviceId, analyzers, () => clock.now());
  let clockOffsetMs = 0;
  const streams: SensorStream[] = config.sensors.map((sensor) => startSensor(sensor));

  function startSensor(sensor: SensorConfig): SensorStream {
    const definition = sensorRegistry[sensor.kind];
    if (!definition) throw new Error(`no sensor definition for kind ${sensor.kind}`);
    const settings = definition.parseSettings(sensor.settings);
    if (!settings.ok) throw new Error(`invalid settings for ${sensor.id}: ${settings.reason}`);
    const transport = createTransport(sensor.transport);
    // Readings of a batch still open survive a crash next to the outbox (memory outbox: no journal).
    const openBatchJournal =
      config.outbox.store === "memory"
        ? undefined
        : new FileOpenBatchJournal(openBatchJournalPath(stateDir, sensor.id), counters, (m) => log.warn(m));
    if (openBatchJournal) journals.push(openBatchJournal);
    const analyzer = definition.createAnalyzer?.(settings.value, sensor.id, {
      ...(openBatchJournal ? { openBatchJournal } : {}),
      monotonicMs: () => performance.now(),
      counters,
      // Commanded settings and learned models survive a restart: <stateDir>/sensors/<id>.json.
      stateStore: new FileSensorStateStore(sensorStateDir(stateDir), sensor.id, counters, (m) => log.warn(m)),
    });
    if (analyzer) analyzers.set(sensor.id, analyzer);
    const link: SensorLink = {
      sensorId: sensor.id,
      protoKind: definition.protoKind,
      transport: transport.name,
      connected: false,
      reason: "starting",
      lastFrameMs: 0,
    };
    links.push(link);
    let reanchorsSeen = 0;
    return startSensorStream(
      transport,
      definition,
      settings.value,
      {
        sensorId: sensor.id,
        clock,
        counters,
        clockToleranceMs: sensor.clockToleranceMs,
        batchMaxCount: sensor.batchMaxCount,
        batchMaxDelayMs: sensor.batchMaxDelayMs,
        windowMs: sensor.windowMs ?? definition.defaultWindowMs,
        windowIdleFlushMs: Math.max(5_000, sensor.batchMaxDelayMs * 2),
        ...(analyzer ? { analyzer } : {}),
        ...(openBatchJournal ? { openBatchJournal } : {}),
        onReject: (reason, bytes) => {
          deadLetters.add({
            timeMs: clock.now(),
            topic: `sensor/${sensor.id}`,
            sensor: sensor.id,
            reason,
            payload: bytes,
          });
          log.debug(`${sensor.id} rejected input: ${reason}`);
        },
        onHello: (hello) => log.debug(`${sensor.id} hello from ${hello.sensorId} firmware ${hello.firmware}`),
        // A failed pipeline restarts by itself (device/pipeline/sensor-stream.ts); its reason shows in status.
        onPipelineState: (state, reason) => {
          link.reason = reason;
          log.warn(`${sensor.id} ${state}: ${reason}`);
        },
        onClock: (state) => {
          link.lastFrameMs = clock.now();
          clockOffsetMs = state.lastDelayMs;
          if (state.reanchors > reanchorsSeen)
            counters.increment("clock_reanchors", state.reanchors - reanchorsSeen);
          reanchorsSeen = state.reanchors;
        },
      },
      (state, reason) => {
        link.connected = state === "open";
        link.reason = reason;
        counters.increment(`transport_${state}`);
        log.info(`${sensor.id} transport ${state}: ${reason}`);
      },
      emit,
    );
  }

  function sendStatus(): void {
    // The age bound also runs here, on the status timer: an outbox that gets no new message still expires.
    outbox.expire();
    const status = deviceStatus({
      counters,
      sensors: links,
      clockOffsetMs,
      uptimeMs: clock.monotonic(),
      agentVersion: AGENT_VERSION,
      wallNowMs: clock.now(),
    });
    status.counters?.push(...outbox.stats());
    send({ status }, false);
  }

  publisher.start();
  const statusTimer = setInterval(sendStatus, config.statusIntervalMs);

  return {
    counters,
    deadLetters,
    bootId: envelopes.bootId,
    lastSeq: () => envelopes.lastSeq,
    outboxSize: () => outbox.size,
    stop: async () => {
      clearInterval(statusTimer);
      await Promise.all(streams.map((stream) => stream.stop()));
      for (const journal of journals) journal.close();
      await localAlarm?.stop();
      send({ status: offlineStatus("agent stopped") }, false);
      await waitUntil(() => outbox.size === 0 || !publisher.isConnected, 5_000);
      await publisher.stop();
      outbox.close();
      await deadLetters.settle();
    },
  };
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}
