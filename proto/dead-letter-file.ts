// Rejected input, one JSON line each, in a bounded file: past maxBytes the file rotates to
// <path>.1, and the records that were in the old .1 are dropped and counted (oldest first).
// Shared by the bridge (rejected MQTT messages) and the device agent (rejected frames, commands and
// envelopes it could not send): the line format is part of the contract operators and tools read.
import { appendFile, mkdir, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";

export interface DeadLetter {
  readonly timeMs: number;
  /** Where the input came from: an MQTT topic, or on a device "sensor/<id>", "commands", "outbox". */
  readonly topic: string;
  readonly reason: string;
  readonly payload: Uint8Array;
  /** The sensor that produced the input, on a device. */
  readonly sensor?: string;
}

export interface DeadLetterSink {
  /** Never rejects: a failure to record is reported to the observer and counted. */
  record(letter: DeadLetter): Promise<void>;
}

export interface DeadLetterObserver {
  recorded(): void;
  dropped(records: number): void;
  failed(error: unknown): void;
}

/** `maxPayloadBytes` bounds the stored bytes; `bytes` always tells the full length. */
export function deadLetterLine(letter: DeadLetter, maxPayloadBytes = Number.POSITIVE_INFINITY): string {
  const kept = letter.payload.subarray(0, Math.min(letter.payload.length, maxPayloadBytes));
  const record = {
    time: new Date(letter.timeMs).toISOString(),
    topic: letter.topic,
    ...(letter.sensor === undefined ? {} : { sensor: letter.sensor }),
    reason: letter.reason,
    bytes: letter.payload.length,
    ...(kept.length < letter.payload.length ? { truncated: true } : {}),
    payloadBase64: Buffer.from(kept.buffer, kept.byteOffset, kept.length).toString("base64"),
  };
  return `${JSON.stringify(record)}\n`;
}

async function countLines(path: string): Promise<{ bytes: number; lines: number }> {
  try {
    const text = await readFile(path, "utf8");
    let lines = 0;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
    return { bytes: Buffer.byteLength(text), lines };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { bytes: 0, lines: 0 };
    throw error;
  }
}

export class DeadLetterFile implements DeadLetterSink {
  readonly #path: string;
  readonly #maxBytes: number;
  readonly #maxPayloadBytes: number;
  readonly #observer: DeadLetterObserver;
  #bytes: number;
  #lines: number;
  #rotatedLines: number;
  // Appends run one after another so sizes stay exact and lines never interleave.
  #chain: Promise<void> = Promise.resolve();

  private constructor(
    path: string,
    maxBytes: number,
    observer: DeadLetterObserver,
    current: number[],
    rotated: number,
    maxPayloadBytes: number,
  ) {
    this.#maxPayloadBytes = maxPayloadBytes;
    this.#path = path;
    this.#maxBytes = maxBytes;
    this.#observer = observer;
    [this.#bytes = 0, this.#lines = 0] = current;
    this.#rotatedLines = rotated;
  }

  /** Picks up the sizes of an existing file and its .1 so the bound holds across restarts. */
  /** `maxPayloadBytes` bounds the raw bytes kept per record (a device keeps a few KiB). */
  static async open(
    path: string,
    maxBytes: number,
    observer: DeadLetterObserver,
    maxPayloadBytes = Number.POSITIVE_INFINITY,
  ): Promise<DeadLetterFile> {
    await mkdir(dirname(path), { recursive: true });
    const current = await countLines(path);
    const rotated = await countLines(`${path}.1`);
    const sizes = [current.bytes, current.lines];
    return new DeadLetterFile(path, maxBytes, observer, sizes, rotated.lines, maxPayloadBytes);
  }

  get path(): string {
    return this.#path;
  }

  record(letter: DeadLetter): Promise<void> {
    const line = deadLetterLine(letter, this.#maxPayloadBytes);
    this.#chain = this.#chain.then(
      () => this.#append(line),
      () => this.#append(line),
    );
    return this.#chain.catch((error: unknown) => this.#observer.failed(error));
  }

  async #append(line: string): Promise<void> {
    const size = Buffer.byteLength(line);
    if (this.#bytes > 0 && this.#bytes + size > this.#maxBytes) await this.#rotate();
    await appendFile(this.#path, line);
    this.#bytes += size;
    this.#lines += 1;
    this.#observer.recorded();
  }

  async #rotate(): Promise<void> {
    await rename(this.#path, `${this.#path}.1`);
    if (this.#rotatedLines > 0) this.#observer.dropped(this.#rotatedLines);
    this.#rotatedLines = this.#lines;
    this.#bytes = 0;
    this.#lines = 0;
  }

  /** Waits for pending appends (used at shutdown and by tests). */
  async settle(): Promise<void> {
    await this.#chain.catch(() => undefined);
  }
}
