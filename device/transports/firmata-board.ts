// One Firmata board (an Arduino with StandardFirmata) on a serial port, driven through johnny-five with
// an injected firmata-io instance (STACK.md: never `new Board({ port })`). The link owns the connection:
// it opens the port, waits for the Firmata handshake (version, firmware, capabilities, analog mapping),
// wraps the ready IO in a johnny-five Board, and after any loss reconnects with backoff. Users (a sensor
// transport reading analog pins, a bedside alarm driving an output) attach to the link; a port can be
// opened only once (serialport locks it), so every user of one path shares one link (firmataBoardAt).
import type { Firmata as FirmataIo } from "firmata-io";
import firmataIo from "firmata-io";
import five, { type Board } from "johnny-five";
import { SerialPort } from "serialport";
import { type BackoffPolicy, backoffDelay, defaultBackoff } from "./backoff.ts";

export interface FirmataBoardOptions {
  path: string;
  baudRate: number;
  /** Ms to wait for the board's own version report before asking for it (firmata.js waits 5 s). */
  reportVersionTimeoutMs: number;
  /** Ms from opening the port to a ready board; longer means no Firmata there: close and retry. */
  handshakeTimeoutMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
}

export interface ReadyBoard {
  board: Board;
  io: FirmataIo;
}

export interface FirmataBoardUser {
  onReady(ready: ReadyBoard): void;
  onLost(reason: string): void;
}

interface Connection {
  port: SerialPort;
  io: FirmataIo;
  /** Made once the IO's handshake is done; ready once johnny-five says so. */
  board: Board | null;
  ready: ReadyBoard | null;
  handshake: NodeJS.Timeout;
}

const ignore = () => undefined;

export class FirmataBoardLink {
  private readonly users = new Set<FirmataBoardUser>();
  private connection: Connection | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private running = false;

  constructor(readonly options: FirmataBoardOptions) {}

  get ready(): ReadyBoard | null {
    return this.connection?.ready ?? null;
  }

  /** Starts the link with its first user; a user attaching to a ready board is told at once. */
  attach(user: FirmataBoardUser): void {
    this.users.add(user);
    const ready = this.ready;
    if (ready) user.onReady(ready);
    if (!this.running) {
      this.running = true;
      this.open();
    }
  }

  /** Stops the link (closing the port) when its last user leaves. */
  async detach(user: FirmataBoardUser): Promise<void> {
    this.users.delete(user);
    if (this.users.size > 0 || !this.running) return;
    this.running = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const connection = this.connection;
    this.connection = null;
    if (connection) await closeConnection(connection);
  }

  /** Drops the connection and reconnects, e.g. when a user's watchdog found the board silent. */
  reset(reason: string): void {
    const connection = this.connection;
    if (connection) this.lost(connection, reason);
  }

  private open(): void {
    if (!this.running) return;
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.options.baudRate,
      autoOpen: false,
    });
    const io = new firmataIo.Firmata(port, { reportVersionTimeout: this.options.reportVersionTimeoutMs });
    const connection: Connection = {
      port,
      io,
      board: null,
      ready: null,
      handshake: setTimeout(
        () => this.lost(connection, `no Firmata handshake within ${this.options.handshakeTimeoutMs} ms`),
        this.options.handshakeTimeoutMs,
      ),
    };
    this.connection = connection;
    port.on("error", (error: Error) => this.lost(connection, error.message));
    io.on("error", (error: Error) => this.lost(connection, error.message));
    io.on("close", () => this.lost(connection, "port closed"));
    io.on("disconnect", () => this.lost(connection, "board disconnected"));
    io.once("ready", () => this.wrap(connection));
    port.open((error) => {
      if (error) this.lost(connection, error.message);
    });
  }

  /** The IO finished its handshake: only now is a johnny-five Board made (each stays in its registry). */
  private wrap(connection: Connection): void {
    if (this.connection !== connection) return;
    const board = new five.Board({ io: connection.io, repl: false, debug: false, sigint: false });
    connection.board = board;
    board.on("error", (error: { message?: string }) =>
      this.lost(connection, `board: ${error.message ?? String(error)}`),
    );
    board.once("ready", () => {
      if (this.connection !== connection) return;
      clearTimeout(connection.handshake);
      connection.ready = { board, io: connection.io };
      this.attempt = 0;
      for (const user of this.users) user.onReady(connection.ready);
    });
  }

  private lost(connection: Connection, reason: string): void {
    if (this.connection !== connection || !this.running) return;
    this.connection = null;
    const wasReady = connection.ready !== null;
    void closeConnection(connection);
    if (wasReady) for (const user of this.users) user.onLost(reason);
    else for (const user of this.users) user.onLost(`connecting: ${reason}`);
    const delay = backoffDelay(
      this.options.backoff ?? defaultBackoff,
      this.attempt++,
      this.options.random ?? Math.random,
    );
    this.retryTimer = setTimeout(() => this.open(), delay);
  }
}

/**
 * johnny-five keeps every Board in a module-level registry and a per-board pin normalizer, so an agent
 * that reconnects all night would keep every dead board, its IO and its port. Each lost board is
 * forgotten; the normalizers of the live boards are rebuilt on their next use.
 */
function forgetBoard(board: Board): void {
  board.removeAllListeners();
  board.on("error", ignore);
  const registry = five.Board.cache;
  const index = registry.indexOf(board);
  if (index >= 0) registry.splice(index, 1);
  five.Board.Pins.normalize.clear();
}

/** Best effort; late errors of a dying port or IO must not become uncaught exceptions. */
async function closeConnection(connection: Connection): Promise<void> {
  clearTimeout(connection.handshake);
  connection.io.removeAllListeners();
  connection.io.on("error", ignore);
  connection.port.removeAllListeners("data");
  connection.port.on("error", ignore);
  if (connection.board) forgetBoard(connection.board);
  if (!connection.port.isOpen) return;
  await new Promise<void>((resolve) => connection.port.close(() => resolve()));
}

const links = new Map<string, FirmataBoardLink>();

/** The one link per serial path, shared by every user of that board; the first caller's options win. */
export function firmataBoardAt(options: FirmataBoardOptions): FirmataBoardLink {
  let link = links.get(options.path);
  if (!link) {
    link = new FirmataBoardLink(options);
    links.set(options.path, link);
  }
  return link;
}
