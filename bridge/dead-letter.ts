// Rejected messages, one JSON line each, in a bounded file: past maxBytes the file rotates to
// <path>.1, and the records that were in the old .1 are dropped and counted (oldest first).
import { appendFile, mkdir, readFile, rename } from "node:fs/promises";
import { dirname } from "node:path";

export interface DeadLetter {
  readonly timeMs: number;
  readonly topic: string;
  readonly reason: string;
  readonly payload: Uint8Array;
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

export function deadLetterLine(letter: DeadLetter): string {
  const record = {
    time: new Date(letter.timeMs).toISOString(),
    topic: letter.topic,
    reason: letter.reason,
    bytes: letter.payload.length,
    payloadBase64: Buffer.from(
      letter.payload.buffer,
      letter.payload.byteOffset,
      letter.payload.length,
    ).toString("base64"),
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
  ) {
    this.#path = path;
    this.#maxBytes = maxBytes;
    this.#observer = observer;
    [this.#bytes = 0, this.#lines = 0] = current;
    this.#rotatedLines = rotated;
  }

  /** Picks up the sizes of an existing file and its .1 so the bound holds across restarts. */
  static async open(path: string, maxBytes: number, observer: DeadLetterObserver): Promise<DeadLetterFile> {
    await mkdir(dirname(path), { recursive: true });
    const current = await countLines(path);
    const rotated = await countLines(`${path}.1`);
    return new DeadLetterFile(path, maxBytes, observer, [current.bytes, current.lines], rotated.lines);
  }

  get path(): string {
    return this.#path;
  }

  record(letter: DeadLetter): Promise<void> {
    const line = deadLetterLine(letter);
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
