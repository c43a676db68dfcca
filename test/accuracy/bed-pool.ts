// Plays harness nights in parallel child processes (each night is independent and CPU-bound), so
// sixty 8-hour nights take minutes on two cores. Results come back in the order of `nights`.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { NightRunOptions } from "./bed-night-run.ts";
import type { NightScore } from "./bed-score.ts";
import type { SleepNight } from "./bed-sleep-data.ts";

const workerPath = fileURLToPath(new URL("./bed-night-worker.ts", import.meta.url));

/** What a worker makes of a night: its score, or the per-epoch data the sleep/wake fit uses. */
export interface NightJobs {
  score: NightScore;
  sleep: SleepNight;
}
export type NightJob = keyof NightJobs;

export async function runNightsInParallel<J extends NightJob>(
  nights: readonly NightRunOptions[],
  workers: number,
  job: J,
  onResult: (result: NightJobs[J], done: number) => void,
): Promise<NightJobs[J][]> {
  const results = new Array<NightJobs[J] | undefined>(nights.length);
  let next = 0;
  let done = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const child: ChildProcess = fork(workerPath, [], {
        execArgv: ["--import", "tsx"],
        serialization: "advanced",
      });
      let current = -1;
      const dispatch = () => {
        if (next >= nights.length) {
          child.send({ stop: true });
          return;
        }
        current = next++;
        child.send({ night: nights[current], job });
      };
      child.on("message", (message: { result: NightJobs[J] }) => {
        results[current] = message.result;
        onResult(message.result, ++done);
        dispatch();
      });
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`night worker exited with ${code}`)),
      );
      dispatch();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, nights.length)) }, runWorker));
  return results.filter((r): r is NightJobs[J] => r !== undefined);
}

/** The harness's use: every night scored. */
export function scoreNightsInParallel(
  nights: readonly NightRunOptions[],
  workers: number,
  onScore: (score: NightScore, done: number) => void,
): Promise<NightScore[]> {
  return runNightsInParallel(nights, workers, "score", onScore);
}
