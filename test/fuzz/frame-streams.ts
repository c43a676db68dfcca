// Byte streams for fuzzing the serial frame path: streams of valid frames (hello, bladder echo, and
// unknown types with random payloads), the same streams damaged the way a noisy line damages them
// (bit flips, dropped bytes, inserted bytes, bursts of garbage), and arbitrary chunkings of either.
import {
  encodeBladderEcho,
  encodeFrame,
  encodeHello,
  FrameType,
  MAX_PAYLOAD_BYTES,
  type SensorFrame,
} from "../../proto/index.ts";
import type { SeededRandom } from "./seeded-random.ts";

const ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

function randomFrame(rng: SeededRandom, seq: number): SensorFrame {
  switch (rng.below(4)) {
    case 0: {
      const sensorId = Array.from({ length: rng.between(1, 64) }, () => rng.pick([...ID_CHARS])).join("");
      const hello = { kindCode: rng.between(1, 3), firmware: rng.below(65536), sensorId };
      return { type: FrameType.hello, seq, payload: encodeHello(hello) };
    }
    case 1: {
      const anteriorMm = rng.below(3000) / 10;
      const echo = {
        ticksMs: rng.nextUint32(),
        anteriorMm,
        posteriorMm: rng.chance(0.2) ? 0 : anteriorMm + rng.below(3000) / 10,
        strength: rng.below(256),
        moving: rng.chance(0.3),
        batteryPct: rng.below(101),
      };
      return { type: FrameType.bladderEcho, seq, payload: encodeBladderEcho(echo) };
    }
    case 2:
      // The right type with arbitrary bytes: the decoder, not the framer, has to refuse it.
      return {
        type: rng.pick([FrameType.hello, FrameType.bladderEcho]),
        seq,
        payload: rng.bytes(rng.below(80)),
      };
    default:
      return { type: rng.below(256), seq, payload: rng.bytes(rng.below(MAX_PAYLOAD_BYTES + 1)) };
  }
}

/** Valid frames back to back, about `targetBytes` long. */
export function validFrameStream(
  rng: SeededRandom,
  targetBytes: number,
): { bytes: Uint8Array; frames: SensorFrame[] } {
  const frames: SensorFrame[] = [];
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < targetBytes) {
    const frame = randomFrame(rng, frames.length & 0xffff);
    const encoded = encodeFrame(frame);
    frames.push(frame);
    parts.push(encoded);
    length += encoded.length;
  }
  return { bytes: Uint8Array.from(Buffer.concat(parts)), frames };
}

/** Line noise: about one damage per `meanGap` bytes. */
export function damageStream(rng: SeededRandom, bytes: Uint8Array, meanGap: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const next = Math.min(bytes.length, at + rng.between(1, 2 * meanGap));
    parts.push(bytes.subarray(at, next));
    at = next;
    switch (rng.below(4)) {
      case 0: {
        const last = parts[parts.length - 1];
        if (last && last.length > 0) {
          const flipped = Uint8Array.from(last);
          const i = rng.below(flipped.length);
          flipped[i] = (flipped[i] ?? 0) ^ (1 << rng.below(8));
          parts[parts.length - 1] = flipped;
        }
        break;
      }
      case 1:
        at += rng.between(1, 8);
        break;
      case 2:
        parts.push(rng.bytes(rng.between(1, 8)));
        break;
      default:
        // A burst of garbage that may itself hold sync bytes.
        parts.push(
          rng.chance(0.5) ? rng.bytes(rng.between(8, 300)) : Uint8Array.of(0xa5, 0x5a, rng.below(256)),
        );
    }
  }
  return Uint8Array.from(Buffer.concat(parts));
}

/** `bytes` cut into chunks of 1 to `maxChunk` bytes, as reads from a serial port arrive. */
export function* chunks(rng: SeededRandom, bytes: Uint8Array, maxChunk: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; ) {
    const next = Math.min(bytes.length, at + rng.between(1, maxChunk));
    yield bytes.subarray(at, next);
    at = next;
  }
}
