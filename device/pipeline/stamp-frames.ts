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
  let sensorClock = initialSensorClock;
  let lastTimeUs = Number.NEGATIVE_INFINITY;
  const acceptedTypes = definition.frameTypes ?? [definition.frameType];
  const readTicks = definition.createTicksReader?.() ?? ((reading: Reading) => definition.ticksMs(reading));
  const reject = (reason: string, bytes: Uint8Array) => {
    context.counters.increment(`frames_rejected_${reason.split(":")[0]}`);
    context.onReject(reason, bytes);
    return null;
  };
  return (item) => {
    if (!item.ok) return reject(item.reason, item.bytes);
    const frame = item.value;
    const [nextSequence, step] = stepFrameSequence(sequence, frame.seq);
    sequence = nextSequence;
    if (step.duplicate) return reject("duplicate_frame", frame.payload);
    context.counters.increment("frames_lost", step.gapBefore);
    if (frame.type === FrameType.hello) {
      const hello = decodeHello(frame.payload);
      if (!hello.ok) return reject(`bad_hello: ${hello.reason}`, frame.payload);
      context.onHello(hello.value);
      return null;
    }
    if (!acceptedTypes.includes(frame.type))
      return reject(`unknown_frame_type: 0x${frame.type.toString(16)}`, frame.payload);
    const decoded = definition.decode(frame.payload, frame.type);
    if (!decoded.ok) return reject(`bad_reading: ${decoded.reason}`, frame.payload);
    const ticks = readTicks(decoded.value);
    if (ticks === null) {
      context.onClock(sensorClock);
      context.counters.increment("readings");
      return {
        reading: decoded.value,
        timeMs: context.clock.now(),
        sensorSeq: step.sensorSeq,
        gapBefore: step.gapBefore,
      };
    }
    const [nextClock, mappedMs] = mapSensorTicks(
      sensorClock,
      ticks,
      context.clock.now(),
      context.clockToleranceMs,
    );
    sensorClock = nextClock;
    // Storage identifies a reading by its timestamp: two readings must never share one (1 µs apart at least).
    // Whole microseconds, as stored, so that rounding can never make two readings equal.
    const mappedUs = Math.round(mappedMs * 1000);
    const timeUs = mappedUs > lastTimeUs ? mappedUs : lastTimeUs + 1;
    if (timeUs !== mappedUs) context.counters.increment("timestamps_nudged");
    lastTimeUs = timeUs;
    const timeMs = timeUs / 1000;
    context.onClock(sensorClock);
    context.counters.increment("readings");
    return { reading: decoded.value, timeMs, sensorSeq: step.sensorSeq, gapBefore: step.gapBefore };
  };
}
