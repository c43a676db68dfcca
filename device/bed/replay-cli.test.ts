// The replay command itself, run as evaluators run it: a CSV file in, per-epoch CSV out.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bedSignalBlocks, exampleNight } from "../../sim/bed/index.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const run = promisify(execFile);

async function replay(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run("node", ["--import", "tsx", "device/bed/replay-cli.ts", ...args], {
      cwd: root,
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

/** The 5-min example night (2 channels, 100 Hz) as CSV: time and both loads, in counts or in kg. */
function writeRecordings(dir: string): { counts: string; kg: string; baseline: string } {
  const night = exampleNight();
  const counts = ["t,load_1,load_2"];
  const kg = ["t,load_1_kg,load_2_kg"];
  for (const block of bedSignalBlocks(night)) {
    for (let f = 0; f < block.frames; f++) {
      const t = ((block.startSample + f) / 100).toFixed(2);
      const [a = 0, b = 0] = [block.samples[f * 2], block.samples[f * 2 + 1]];
      counts.push(`${t},${a},${b}`);
      kg.push(`${t},${(a / 200).toFixed(3)},${(b / 200).toFixed(3)}`);
    }
  }
  const paths = { counts: join(dir, "night.csv"), kg: join(dir, "night-kg.csv") };
  writeFileSync(paths.counts, counts.join("\n"));
  writeFileSync(paths.kg, kg.join("\n"));
  return { ...paths, baseline: night.sensor.offsetCounts.map((c) => (c / 200).toFixed(3)).join(",") };
}

describe("replay command", () => {
  let files: ReturnType<typeof writeRecordings>;
  beforeAll(() => {
    files = writeRecordings(mkdtempSync(join(tmpdir(), "bed-replay-")));
  });

  it("prints one CSV row per epoch, events and the night summary", async () => {
    const { stdout, stderr, code } = await replay([
      "--file",
      files.counts,
      "--rate",
      "100",
      "--columns",
      "2,3",
    ]);
    expect(code).toBe(0);
    const rows = stdout.trim().split("\n");
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatch(/^epoch_start_s,occupied,heart_rate_bpm/);
    expect(rows[3]).toMatch(/^60,1,\d+\.\d,good,\d+\.\d,good,/);
    expect(stderr).toMatch(/^event,\d+\.\d\d,return$/m);
    expect(stderr).toMatch(/^event,\d+\.\d\d,bed_exit$/m);
    expect(stderr).toMatch(/^summary,\{"timeInBedMin":/m);
  }, 30_000);

  it("needs --units kg for a recording in kg (else 5 kg of counts is never reached)", async () => {
    const args = ["--file", files.kg, "--rate", "100", "--columns", "2,3"];
    const asCounts = await replay(args);
    const occupied = (csv: string) =>
      csv
        .trim()
        .split("\n")
        .slice(1)
        .filter((row) => row.split(",")[1] === "1").length;
    expect(occupied(asCounts.stdout)).toBe(0);
    const inKg = await replay([...args, "--units", "kg", "--empty-baseline", files.baseline]);
    expect(inKg.code).toBe(0);
    expect(occupied(inKg.stdout)).toBeGreaterThanOrEqual(6);
    expect(inKg.stderr).toMatch(/^event,\d+\.\d\d,bed_exit$/m);
  }, 30_000);

  it("refuses bad options with every problem listed and exit code 2", async () => {
    const { code, stderr } = await replay(["--file", files.counts, "--rate", "20", "--epoch", "45"]);
    expect(code).toBe(2);
    expect(stderr).toContain('--rate "20": must be a number from 50 to 1000');
    expect(stderr).toContain("--epoch 45: must divide 60");
    expect(stderr).toContain("usage:");
  }, 30_000);
});
