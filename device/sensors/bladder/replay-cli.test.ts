// The bladder replay command itself, run as an evaluator runs it: a recorded CSV in, one CSV line of
// estimates and events per reading out (replay-cli.ts; docs/bladder-prediction.md, "Replay tool").
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { REPLAY_CSV_HEADER } from "./replay.ts";
import { echoFor } from "./test-echoes.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = mkdtempSync(join(tmpdir(), "bladder-replay-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replayCli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "device/sensors/bladder/replay-cli.ts", ...args],
    { cwd: root, encoding: "utf8" },
  );
  return { code: result.status, lines: result.stdout.trim().split("\n"), stderr: result.stderr };
}

/** Six hours from 10:00 UTC, a reading a minute: filling from 100 mL, a void at minute 340, one bad row. */
function writeRecording(): string {
  const rows = ["# recorded at the bedside", "sim_time_ms,anterior_mm,posterior_mm,strength,moving"];
  for (let m = 1; m <= 360; m++) {
    const echo = echoFor(m < 340 ? 100 + 0.6 * m : 30);
    rows.push(`${(600 + m) * 60_000},${echo.anteriorMm},${echo.posteriorMm},${echo.strength},0`);
    if (m === 100) rows.push("6000000,not-a-number,50,200,0");
  }
  const path = join(dir, "recording.csv");
  writeFileSync(path, `${rows.join("\n")}\n`);
  return path;
}

describe("bladder replay CLI", () => {
  const file = writeRecording();

  it("prints one line per reading with the estimates, the notice and the void, and counts skipped rows", () => {
    const { code, lines, stderr } = replayCli(
      "--file",
      file,
      "--time-col",
      "sim_time_ms",
      "--set",
      "thresholdMl=300",
    );
    expect(code).toBe(0);
    expect(lines[0]).toBe(REPLAY_CSV_HEADER);
    expect(lines).toHaveLength(361);
    expect(lines[1]).toMatch(/^36060000,true,sitting,100\.\d,100\.\d,3,1\.000,300\.0,\d+\.\d,\d+\.\d,$/);
    const noticed = lines.filter((line) => /,toilet_soon_raised:\d+\.\dmin$/.test(line));
    expect(noticed).toHaveLength(1);
    expect(lines.find((line) => line.includes("void_detected"))).toMatch(
      /^56460000,.*void_detected:\d+ml;toilet_soon_cleared$/,
    );
    expect(stderr).toMatch(/skipped 1 rows \(first: anteriorMm is not a number/);
  });

  it("prints only the readings with events when asked, with the lead time it was given", () => {
    const { code, lines } = replayCli(
      "--file",
      file,
      "--time-col",
      "sim_time_ms",
      "--events-only",
      "--set",
      "thresholdMl=300",
      "--set",
      "leadTimeMin=45",
    );
    expect(code).toBe(0);
    expect(
      lines.slice(1).map((line) =>
        line
          .split(",")
          .at(-1)
          ?.replace(/:[\d.]+(min|ml)/, ""),
      ),
    ).toEqual(["toilet_soon_raised", "void_detected;toilet_soon_cleared"]);
    expect(
      Number(
        lines[1]
          ?.split(",")
          .at(-1)
          ?.match(/([\d.]+)min/)?.[1],
      ),
    ).toBeLessThanOrEqual(45);
  });

  it("refuses bad settings and a missing column with exit code 2 and the reason", () => {
    expect(replayCli("--file", file, "--time-col", "sim_time_ms", "--set", "leadTimeMin=999")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("leadTimeMin must be in 1..240"),
    });
    expect(replayCli("--file", file)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("header has no column time_ms"),
    });
  });
});
