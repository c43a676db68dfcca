// How fast one core can play a bed: renders a night and frames it as the serial emulator does (no port),
// and prints sample instants per second and the acceleration that allows for a live bed.
//   node --import tsx sim/bed/emulator-bench.ts [--seconds 600] [--rate 250] [--channels 4]
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { memoryBedEmulator } from "./memory-emulator.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "600" },
    rate: { type: "string", default: "250" },
    channels: { type: "string", default: "4" },
  },
});
const seconds = Number(values.seconds);
const rateHz = Number(values.rate);
const channels = Number(values.channels);

let bytes = 0;
const { emulator, setNow } = memoryBedEmulator({
  seed: 1,
  sampleRateHz: rateHz,
  channels,
  night: { type: "drawn", hours: 8 },
  onFrame: (frame) => {
    bytes += frame.length;
  },
});
// The first hour: the resident gets in and falls asleep, so every part of the signal model runs.
const started = performance.now();
for (let now = 0; now < seconds * 1000; now += 100) {
  setNow(now);
  emulator.emitDueReadings();
}
const elapsedS = (performance.now() - started) / 1000;
await emulator.stop();
const instantsPerS = emulator.counts.sent / elapsedS;
console.log(
  `bed emulator: ${seconds} s at ${rateHz} Hz × ${channels} ch in ${elapsedS.toFixed(2)} s: ` +
    `${Math.round(instantsPerS)} instants/s, ${((bytes / elapsedS) * 1e-6).toFixed(2)} MB/s of frames, ` +
    `one core streams one bed at up to ${Math.floor(instantsPerS / rateHz)}×`,
);
