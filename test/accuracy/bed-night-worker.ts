// A child process of the bed accuracy harness: plays and scores the nights it is sent, one at a time,
// and sends each score back (plain data). Started by bed-pool.ts with `node --import tsx`.
import { type NightRunOptions, runNight } from "./bed-night-run.ts";
import { scoreNight } from "./bed-score.ts";

process.on("message", (message: { night?: NightRunOptions; stop?: boolean }) => {
  if (message.stop || !message.night) {
    process.disconnect();
    return;
  }
  process.send?.({ score: scoreNight(runNight(message.night), message.night.block ?? "main") });
});
