// Byte streams for fuzzing the serial frame path: streams of valid frames (hello, bladder echo, sample
// blocks, suit status, and unknown types with random payloads), the same streams damaged the way a noisy
// line damages them (bit flips, dropped bytes, inserted bytes, bursts of garbage), and arbitrary
// chunkings of either.
import {
  encodeBladderEcho,
  encodeFrame,
  encodeHello,
  encodeSampleBlock,
  encodeSuitStatus,
  FrameType,
  MAX_PAYLOAD_BYTES,
  SAMPLE_BLOCK_HEADER_BYTES,
  type SensorFrame,
} from "../../proto/index.ts";
import type { SeededRandom } from "./seeded-random.ts";

const ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

export function helloPayload(rng: SeededRandom): Uint8Array {
  const sensorId = Array.from({ length: rng.between(1, 64) }, () => rng.pick([...ID_CHARS])).join("");
  return encodeHello({ kindCode: rng.between(1, 3), firmware: rng.below(65536), sensorId });
}

export function bladderEchoPayload(rng: SeededRandom): Uint8Array {
  const anteriorMm = rng.below(3000) / 10;
  return encodeBladderEcho({
    ticksMs: rng.nextUint32(),
    anteriorMm,
    posteriorMm: rng.chance(0.2) ? 0 : anteriorMm + rng.below(3000) / 10,
    strength: rng.below(256),
    moving: rng.chance(0.3),
    batteryPct: rng.below(101),
  });
}

/** A sample block as a bed (50–1000 Hz, 1–4 channels) or a suit (200–4000 Hz, 4–8 channels) sends it. */
export function sampleBlockPayload(rng: SeededRandom, sender: "bed" | "suit"): Uint8Array {
  const channels = sender === "bed" ? rng.between(1, 4) : rng.between(4, 8);
  const rateHz = rng.pick(sender === "bed" ? [50, 100, 125, 250, 500, 1000] : [500, 1000, 2000, 4000]);
  const count = rng.between(1, Math.floor((MAX_PAYLOAD_BYTES - SAMPLE_BLOCK_HEADER_BYTES) / (2 * channels)));
  const values = Int16Array.from({ length: channels * count }, () => rng.between(-32768, 32767));
  return encodeSampleBlock({ firstSample: rng.nextUint32(), rateHz, channels, values });
}

export function suitStatusPayload(rng: SeededRandom): Uint8Array {
  return encodeSuitStatus({
    assistLevel: rng.below(11),
    mode: rng.below(256),
    batteryPct: rng.below(101),
    assisting: rng.chance(0.5),
  });
}

/** Frame types each sensor kind sends, with a generator of valid payloads for each. */
const SENDERS = {
  bladder: [
    [FrameType.hello, helloPayload],
    [FrameType.bladderEcho, bladderEchoPayload],
  ],
  bed: [
    [FrameType.hello, helloPayload],
    [FrameType.sampleBlock, (rng: SeededRandom) => sampleBlockPayload(rng, "bed")],
  ],
  suit: [
    [FrameType.hello, helloPayload],
    [FrameType.sampleBlock, (rng: SeededRandom) => sampleBlockPayload(rng, "suit")],
    [FrameType.suitStatus, suitStatusPayload],
  ],
} as const satisfies Record<string, readonly (readonly [number, (rng: SeededRandom) => Uint8Array])[]>;

export type SenderKind = keyof typeof SENDERS;

function randomFrame(rng: SeededRandom, seq: number, sender: SenderKind): SensorFrame {
  const [type, payload] = rng.pick<readonly [number, (rng: SeededRandom) => Uint8Array]>(SENDERS[sender]);
  switch (rng.below(4)) {
    case 0:
    case 1:
      return { type, seq, payload: payload(rng) };
    case 2:
      // The right type with arbitrary bytes: the decoder, not the framer, has to refuse it.
      return { type, seq, payload: rng.bytes(rng.below(rng.chance(0.5) ? 80 : MAX_PAYLOAD_BYTES + 1)) };
    default:
      return { type: rng.below(256), seq, payload: rng.bytes(rng.below(MAX_PAYLOAD_BYTES + 1)) };
  }
}

/** Valid frames of one sender back to back, about `targetBytes` long. */
export function validFrameStream(
  rng: SeededRandom,
  targetBytes: number,
  sender: SenderKind = "bladder",
): { bytes: Uint8Array; frames: SensorFrame[] } {
  const frames: SensorFrame[] = [];
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < targetBytes) {
    const frame = randomFrame(rng, frames.length & 0xffff, sender);
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
