// The small part of johnny-five 2.1 and firmata-io 2.3 this project uses; neither ships typings.
// Always inject the IO (STACK.md): `new Board({ io: new Firmata(port), repl: false })`.

declare module "firmata-io" {
  import type { EventEmitter } from "node:events";

  export interface FirmataOptions {
    /** Ms to wait for the board's unsolicited version report before asking for it (default 5000). */
    reportVersionTimeout?: number;
    samplingInterval?: number;
  }

  export interface FirmataPin {
    supportedModes: number[];
    mode?: number;
    value: number;
    analogChannel: number;
    report?: number;
  }

  export class Firmata extends EventEmitter {
    constructor(transport: object, options?: FirmataOptions);
    isReady: boolean;
    readonly MODES: Readonly<Record<string, number>>;
    readonly pins: FirmataPin[];
    /** Pin numbers of the analog inputs, by analog channel. */
    readonly analogPins: number[];
    readonly firmware: { name?: string; version?: { major: number; minor: number } };
    setSamplingInterval(intervalMs: number): void;
    analogRead(channel: number, callback: (value: number) => void): void;
    reportAnalogPin(channel: number, enable: 0 | 1): void;
    pinMode(pin: number, mode: number): void;
    digitalWrite(pin: number, value: 0 | 1): void;
  }

  interface BindTransport {
    (transport: unknown): typeof Firmata;
    Firmata: typeof Firmata;
  }
  const bindTransport: BindTransport;
  export default bindTransport;
}

declare module "johnny-five" {
  import type { EventEmitter } from "node:events";

  export interface BoardOptions {
    io: object;
    id?: string;
    repl?: boolean;
    debug?: boolean;
    /** johnny-five installs a SIGINT handler that exits the process unless this is false. */
    sigint?: boolean;
    /** Ms from "connect" to "ready" before the board reports an error (default 10 s). */
    timeout?: number;
  }

  export class Board extends EventEmitter {
    constructor(options: BoardOptions);
    readonly isReady: boolean;
    readonly id: string;
    /** Every Board ever made; johnny-five only forgets one when it is taken out of this array. */
    static readonly cache: Board[];
    static readonly Pins: {
      /** Per-board pin normalizers, kept in a module-level Map; rebuilt on demand after clear(). */
      normalize: { clear(): void };
    };
  }

  export interface PinOptions {
    pin: number;
    board: Board;
    type?: "digital" | "analog";
  }

  export class Pin extends EventEmitter {
    constructor(options: PinOptions);
    high(): this;
    low(): this;
  }

  const five: { Board: typeof Board; Pin: typeof Pin };
  export default five;
}
