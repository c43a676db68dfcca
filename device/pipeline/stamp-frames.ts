// Turns assembled frames into stamped readings: counts and dead-letters every reject,
// tracks the frame counter for gaps and maps sensor ticks to wall time.
import { type AssembledItem, decodeHello, FrameType, type HelloPayload } from "../../proto/index.ts";
import type { SensorDefinition, Stamped } from "../sensors/sensor-definition.ts";
import type { Counters } from "../status/counters.ts";
import type { Clock } from "../time/clock.ts";
import { initialFrameSequence, stepFrameSequence } from "../time/frame-sequence.ts";
import { initialSensorClock, mapSensorTicks, type SensorClockState } from "../time/sensor-clock.ts";

export interface StampContext {
  clock: Clock;
  counters: Counters;
  clockToleranceMs: number;
  onReject(reason: string, bytes: Uint8Array): void;
  onHello(hello: HelloPayload): void;
  onClock(state: SensorClockState): void;
}

/** Returns a stateful function: one per stream subscription. */
export function createFrameStamper<Reading>(
  definition: SensorDefinition<Reading, unknown>,
  context: StampContext,
): (item: AssembledItem) => Stamped<Reading> | null {
  let sequence = initialFrameSequence;
  // Frames lost since the last reading (a gap before a HELLO still belongs to the next reading).
  let pendingGap = 0;
  const acceptedTypes = definition.frameTypes ?? [definition.frameType];
  const stampTime = createTimeStamper(definition, context);
  const reject = (reason: string, bytes: Uint8Array) => {
    context.counters.increment(`frames_rejected_${reason.split(":")[0]}`);
    context.onReject(reason, bytes);
    return null;
  };
  return (item) => {
    if (!item.ok) return reject(item.reason, item.bytes);
    const frame = item.value;
    const [nextSequence, step] = stepFrameSequence(sequence, frame.seq, frame.type === FrameType.hello);
    sequence = nextSequence;
    if (step.duplicate) return reject("duplicate_frame", frame.payload);
    context.counters.increment("frames_lost", step.gapBefore);
    pendingGap += step.gapBefore;
    if (frame.type === FrameType.hello) {
      const hello = decodeHello(frame.payload);
      if (!hello.ok) return reject(`bad_hello: ${hello.reason}`, frame.payload);
      context.onHello(hello.value);
      return null;
    }
    if (!acceptedTypes.includes(frame.type)) {
      return reject(`unknown_frame_type: 0x${frame.type.toString(16)}`, frame.payload);
    }
    const decoded = definition.decode(frame.payload, frame.type);
    if (!decoded.ok) {
      pendingGap++;
      return reject(`bad_reading: ${decoded.reason}`, frame.payload);
    }
    context.counters.increment("readings");
    const gapBefore = pendingGap;
    pendingGap = 0;
    return { reading: decoded.value, timeMs: stampTime(decoded.value), sensorSeq: step.sensorSeq, gapBefore };
  };
}

/** Wall time of each reading: from the sensor's own clock when it has one, else on arrival. */
function createTimeStamper<Reading>(
  definition: SensorDefinition<Reading, unknown>,
  context: StampContext,
): (reading: Reading) => number {
  let sensorClock = initialSensorClock;
  let lastTimeUs = Number.NEGATIVE_INFINITY;
  const readTicks = definition.createTicksReader?.() ?? ((reading: Reading) => definition.ticksMs(reading));
  return (reading) => {
    const ticks = readTicks(reading);
    if (ticks === null) {
      context.onClock(sensorClock);
      return context.clock.now();
    }
    const [nextClock, mappedMs] = mapSensorTicks(
      sensorClock,
      ticks,
      context.clock.now(),
      context.clockToleranceMs,
    );
    sensorClock = nextClock;
    context.onClock(sensorClock);
    // Storage identifies a reading by its timestamp, in whole microseconds: never let two share one.
    const mappedUs = Math.round(mappedMs * 1000);
    const timeUs = mappedUs > lastTimeUs ? mappedUs : lastTimeUs + 1;
    if (timeUs !== mappedUs) context.counters.increment("timestamps_nudged");
    lastTimeUs = timeUs;
    return timeUs / 1000;
  };
}
