import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Counters } from "../status/counters.ts";
import {
  decodeSensorState,
  encodeSensorState,
  FileSensorStateStore,
  sensorStateDir,
} from "./sensor-state-store.ts";

const dirs: string[] = [];
function store(counters = new Counters()) {
  const dir = sensorStateDir(mkdtempSync(join(tmpdir(), "sensor-state-")));
  dirs.push(dir);
  return { store: new FileSensorStateStore(dir, "bladder-1", counters), counters, dir };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(join(dir, ".."), { recursive: true, force: true });
});

describe("sensor state store", () => {
  it("gives back what was saved, in <stateDir>/sensors/<sensorId>.json, leaving no temporary file", () => {
    const { store: s, counters, dir } = store();
    expect(s.load()).toBeNull();
    expect(counters.get("sensor_state_unreadable")).toBe(0);
    expect(s.save({ leadTimeMin: 35, voids: [310.5, 402] })).toBe(true);
    expect(s.save({ leadTimeMin: 40, voids: [310.5, 402] })).toBe(true);
    expect(readdirSync(dir)).toEqual(["bladder-1.json"]);
    expect(s.path).toBe(join(dir, "bladder-1.json"));
    expect(new FileSensorStateStore(dir, "bladder-1", counters).load()).toEqual({
      leadTimeMin: 40,
      voids: [310.5, 402],
    });
    expect(counters.get("sensor_state_saved")).toBe(2);
    expect(counters.get("sensor_state_loaded")).toBe(1);
  });

  it("loads a torn or altered file as no state, and counts it", () => {
    const { store: s, counters } = store();
    s.save({ leadTimeMin: 35 });
    const text = readFileSync(s.path, "utf8");
    writeFileSync(s.path, text.slice(0, text.length - 9));
    expect(s.load()).toBeNull();
    writeFileSync(s.path, text.replace("35", "53"));
    expect(s.load()).toBeNull();
    writeFileSync(s.path, "");
    expect(s.load()).toBeNull();
    expect(counters.get("sensor_state_unreadable")).toBe(3);
    expect(counters.get("sensor_state_loaded")).toBe(0);
  });

  it("counts a save that cannot be written and keeps the previous file", () => {
    const { store: s, counters, dir } = store();
    s.save({ leadTimeMin: 35 });
    // A folder where the temporary file should go makes the write fail.
    const blocked = new FileSensorStateStore(join(dir, "bladder-1.json"), "x", counters);
    expect(blocked.save({ leadTimeMin: 1 })).toBe(false);
    expect(counters.get("sensor_state_save_errors")).toBe(1);
    expect(s.load()).toEqual({ leadTimeMin: 35 });
  });

  it("encodes with a digest over the state", () => {
    const text = encodeSensorState({ a: [1, 2.5] });
    expect(JSON.parse(text)).toMatchObject({ format: 1, state: { a: [1, 2.5] } });
    expect(decodeSensorState(text)).toEqual({ ok: true, state: { a: [1, 2.5] } });
    expect(decodeSensorState('{"format":2,"sha256":"","state":{}}')).toEqual({
      ok: false,
      reason: "unknown format 2",
    });
  });
});
