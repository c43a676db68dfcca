// Runs the replay tool as a real process on a small CSV written to a temporary folder.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { seededNoise } from "./test-noise.ts";

const cliPath = resolve(dirname(fileURLToPath(import.meta.url)), "replay-cli.ts");
const folder = mkdtempSync(join(tmpdir(), "suit-replay-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** time, two EMG columns (counts), a burst on column 3 from 4.0 to 5.0 s; 1500 Hz. */
function writeRecording(): string {
  const noise = seededNoise(7);
  const lines = ["time_s,left,right"];
  for (let i = 0; i < 1500 * 8; i++) {
    const t = i / 1500;
    const burst = t >= 4 && t < 5 ? 120 : 4;
    lines.push(
      `${t.toFixed(5)},${Math.round(4 * noise())},${Math.round(burst * noise() + 50 * Math.sin(2 * Math.PI * 50 * t))}`,
    );
  }
  const path = join(folder, "rec.csv");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

function replay(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", cliPath, ...args], {
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("replay-cli", () => {
  it("prints onsets of the selected columns as CSV", () => {
    const result = replay([
      "--file",
      writeRecording(),
      "--rate",
      "1500",
      "--columns",
      "2,3",
      "--notch",
      "auto",
      "--events-only",
    ]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("kind,time_ms,channel,value,detail");
    const onsets = lines.filter((line) => line.startsWith("onset,"));
    expect(onsets).toHaveLength(1);
    const [, timeMs, channel] = onsets[0]?.split(",") ?? [];
    expect(channel).toBe("3");
    expect(Math.abs(Number(timeMs) - 4000)).toBeLessThanOrEqual(50);
    expect(lines).toContain(`mains,${(8000).toFixed(1)},,50,`);
    expect(result.stderr).toContain("replayed 12000 rows, 0 rejected");
  });

  it("prints envelope rows unless asked for events only", () => {
    const result = replay([
      "--file",
      writeRecording(),
      "--rate",
      "1500",
      "--columns",
      "3",
      "--window-ms",
      "150",
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("envelope,")).length).toBe(800);
  });

  it("exits 2 with the usage on bad options", () => {
    const result = replay(["--rate", "1000"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--file is required");
    expect(result.stderr).toContain("usage:");
  });
});
