// A child process of the bed accuracy harness: plays the nights it is sent, one at a time, and sends
// back what the job asks for (plain data): the night's score, or its per-epoch sleep data. Started by
// bed-pool.ts with `node --import tsx`.
import { type NightRunOptions, runNight } from "./bed-night-run.ts";
import type { NightJob } from "./bed-pool.ts";
import { scoreNight } from "./bed-score.ts";
import { sleepNight } from "./bed-sleep-data.ts";

process.on("message", (message: { night?: NightRunOptions; job?: NightJob; stop?: boolean }) => {
  if (message.stop || !message.night) {
    process.disconnect();
    return;
  }
  const run = runNight(message.night);
  const result = message.job === "sleep" ? sleepNight(run) : scoreNight(run, message.night.block ?? "main");
  process.send?.({ result });
});
