// Plays harness nights in parallel child processes (each night is independent and CPU-bound), so
// sixty 8-hour nights take minutes on two cores. Results come back in the order of `nights`.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { NightRunOptions } from "./bed-night-run.ts";
import type { NightScore } from "./bed-score.ts";

const workerPath = fileURLToPath(new URL("./bed-night-worker.ts", import.meta.url));

export async function scoreNightsInParallel(
  nights: readonly NightRunOptions[],
  workers: number,
  onScore: (score: NightScore, done: number) => void,
): Promise<NightScore[]> {
  const scores = new Array<NightScore | undefined>(nights.length);
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
        child.send({ night: nights[current] });
      };
      child.on("message", (message: { score: NightScore }) => {
        scores[current] = message.score;
        onScore(message.score, ++done);
        dispatch();
      });
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`night worker exited with ${code}`)),
      );
      dispatch();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, nights.length)) }, runWorker));
  return scores.filter((s): s is NightScore => s !== undefined);
}
