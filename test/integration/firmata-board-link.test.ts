// The Firmata link on a real pty, against the board emulator: it reconnects after every loss, and
// johnny-five forgets each lost board, so an agent that reconnects all night holds one Board, not one per
// reconnect.
import { join } from "node:path";
import five from "johnny-five";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firmataBoardAt } from "../../device/transports/firmata-board.ts";
import { makeRunDir, type PtyPair, startPtyPair, waitFor } from "../../scripts/stack/index.ts";
import { FirmataBoardEmulator } from "../../sim/firmata/firmata-board-emulator.ts";

const RECONNECTS = 6;

describe("Firmata board link", () => {
  let pty: PtyPair;
  let emulator: FirmataBoardEmulator;
  const boardsBefore = five.Board.cache.length;
  const lost: string[] = [];
  let readies = 0;
  const user = {
    onReady: () => {
      readies++;
    },
    onLost: (reason: string) => {
      lost.push(reason);
    },
  };

  beforeAll(async () => {
    const runDir = makeRunDir("it-firmata-link");
    pty = await startPtyPair(runDir, "board");
    emulator = new FirmataBoardEmulator({
      id: "board",
      ttyPath: pty.sensorEnd,
      recordPath: join(runDir, "board.firmata.jsonl"),
      simNow: Date.now,
      realNow: Date.now,
      feed: null,
      random: Math.random,
      log: () => undefined,
    });
    emulator.start();
  });

  afterAll(async () => {
    await emulator?.stop();
    await pty?.stop();
  });

  it("comes back after every loss and keeps only the live board in johnny-five's registry", async () => {
    const link = firmataBoardAt({
      path: pty.agentEnd,
      baudRate: 57_600,
      reportVersionTimeoutMs: 100,
      handshakeTimeoutMs: 10_000,
      backoff: { initialMs: 20, maxMs: 100, factor: 2 },
    });
    link.attach(user);
    await waitFor("first ready board", () => readies === 1, 15_000);
    for (let i = 1; i <= RECONNECTS; i++) {
      link.reset(`watchdog ${i}`);
      await waitFor(`ready board after loss ${i}`, () => readies === i + 1, 15_000);
      expect(five.Board.cache).toHaveLength(boardsBefore + 1);
      expect(five.Board.cache.at(-1)).toBe(link.ready?.board);
    }
    expect(lost).toEqual(Array.from({ length: RECONNECTS }, (_, i) => `watchdog ${i + 1}`));
    await link.detach(user);
    expect(five.Board.cache).toHaveLength(boardsBefore);
  });
});
