// An exception while handling fuzz input is a crash: counted, and the first few kept with their input
// so a failure can be replayed. Decoders answer bad input with a reason; they never throw.
export class CrashLog {
  count = 0;
  readonly first: string[] = [];

  /** Runs `run`; an exception is recorded with `what` and the (lazily rendered) input, and gives undefined. */
  guard<T>(what: string, input: () => string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.record(what, input, error);
      return undefined;
    }
  }

  async guardAsync<T>(what: string, input: () => string, run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      this.record(what, input, error);
      return undefined;
    }
  }

  record(what: string, input: () => string, error: unknown): void {
    this.count += 1;
    if (this.first.length < 5) this.first.push(`${what}: ${String(error)}; input ${input()}`);
  }
}

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
