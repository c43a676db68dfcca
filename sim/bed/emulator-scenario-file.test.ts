import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/stack/index.ts";
import { parseSimConfig } from "../config.ts";
import { bedSignalBlocks } from "./bed-signal.ts";
import { loadScenarioFile, nightOfBed } from "./emulator-scenarios.ts";
import { createBedSimulation } from "./emulator-setup.ts";
import { bedTruthPaths } from "./emulator-truth.ts";
import { memoryBedEmulator } from "./memory-emulator.ts";

const defaults = { nowMs: 1_700_000_000_000, localUtcOffsetMinutes: 0 };
const bedEntry = { sensorId: "bed-1", seed: 1, ttyPath: "bed-1.sensor", groundTruthDir: "gt" };

describe("bed nights from scenario files", () => {
  it("writes each drawn night as <id>.scenario.json, which plays the same signal again", async () => {
    const memory = memoryBedEmulator({
      seed: 5,
      sampleRateHz: 100,
      channels: 2,
      night: { type: "drawn", hours: 2 },
      onFrame: () => undefined,
      sensorId: "bed-5",
    });
    await memory.emulator.stop();
    const loaded = loadScenarioFile(bedTruthPaths(memory.dir, "bed-5").scenario(0));
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.value).toEqual(memory.cursor.scenario);
    const first = (scenario: typeof loaded.value) => bedSignalBlocks(scenario, 60).next().value?.samples;
    expect(first(loaded.value)).toEqual(first(memory.cursor.scenario));
    // After the file's night, the bed plays drawn nights of the same resident on the same sensor.
    const plan = { type: "scenario", scenario: loaded.value } as const;
    const setup = { seed: 5, sampleRateHz: 100, channels: 2 };
    expect(nightOfBed(setup, plan, 0)).toBe(loaded.value);
    expect(nightOfBed(setup, plan, 1).resident).toEqual(loaded.value.resident);
  });

  it("takes night {type: file, path} in the config, and checks its fields", () => {
    const parsed = parseSimConfig(
      { residents: [], beds: [{ ...bedEntry, night: { type: "file", path: "nights/a.json" } }] },
      defaults,
    );
    expect(parsed.ok && parsed.value.beds?.[0]?.night).toEqual({ type: "file", path: "nights/a.json" });
    const bad = parseSimConfig(
      {
        residents: [],
        beds: [
          { ...bedEntry, night: { type: "file" } },
          { ...bedEntry, sensorId: "bed-2", ttyPath: "b2", night: { type: "file", path: "a", hours: 2 } },
        ],
      },
      defaults,
    );
    expect(bad.ok).toBe(false);
    const reasons = bad.ok ? "" : bad.reason;
    expect(reasons).toContain("beds[0].night.path: must name a scenario file");
    expect(reasons).toContain("beds[1].night.hours: unknown field");
  });

  it("refuses to start with every problem of every bed's scenario file listed", () => {
    const dir = mkdtempSync(join(tmpdir(), "bed-scenarios-"));
    const night = nightOfBed({ seed: 2, sampleRateHz: 100, channels: 2 }, { type: "drawn", hours: 2 }, 0);
    writeFileSync(join(dir, "broken.json"), JSON.stringify({ ...night, durationS: -1, segments: "none" }));
    writeFileSync(join(dir, "good.json"), JSON.stringify(night));
    const parsed = parseSimConfig(
      {
        residents: [],
        beds: [
          { ...bedEntry, night: { type: "file", path: "broken.json" } },
          { ...bedEntry, sensorId: "bed-2", ttyPath: "b2", night: { type: "file", path: "missing.json" } },
          {
            ...bedEntry,
            sensorId: "bed-3",
            ttyPath: "b3",
            channels: 3,
            night: { type: "file", path: "good.json" },
          },
        ],
      },
      defaults,
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    const config = parsed.value;
    const created = createBedSimulation(config, dir, () => undefined);
    expect(created.ok).toBe(false);
    expect(created.ok ? "" : created.reason).toMatch(
      /beds\[0\]\.night: .*broken\.json: scenario\.durationS[\s\S]*beds\[0\]\.night: .*segments: must be a list[\s\S]*beds\[1\]\.night: .*missing\.json[\s\S]*beds\[2\]\.night: the file's sensor has 2 channels, the bed 3/,
    );
    expect(readFileSync(join(dir, "good.json"), "utf8").length).toBeGreaterThan(1000);
  });

  it("makes the simulator exit 2 with the problems listed, not a stack trace, and start nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "bed-scenarios-"));
    writeFileSync(join(dir, "broken.json"), JSON.stringify({ seed: 1, durationS: 60, segments: [] }));
    const config = { residents: [], beds: [{ ...bedEntry, night: { type: "file", path: "broken.json" } }] };
    writeFileSync(join(dir, "sim.json"), JSON.stringify(config));
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", join(REPO_ROOT, "sim/main.ts"), "--config", join(dir, "sim.json")],
      { cwd: REPO_ROOT, encoding: "utf8", timeout: 30_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/invalid config .*sim\.json:\n\s+invalid bed scenario files:/);
    expect(run.stderr).toMatch(/beds\[0\]\.night: .*broken\.json: resident: must be an object/);
    expect(run.stderr).toMatch(/segments: at least one is needed/);
    expect(run.stderr).not.toMatch(/fatal|\n\s+at /);
    expect(existsSync(join(dir, "gt"))).toBe(false);
  });
});
