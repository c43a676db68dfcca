// Calibration sweep for the sleep/wake count mappings (bed movement index → counts, wrist scale).
//   node --import tsx test/accuracy/bed-sweep.ts --from 21 --to 28
// Nights at 100 Hz, 8 h, channels by seed; prints Cohen's kappa, sensitivity and specificity per
// candidate. Use seeds outside the harness's default 1–20 so the harness stays an independent check.
import { parseArgs } from "node:util";
import type { BedEpoch } from "../../device/bed/epoch-estimator.ts";
import { scoreSleepWake } from "../../device/bed/sleep-wake.ts";
import { wristCountParameters } from "../../device/bed/wrist-activity.ts";
import { addConfusions, confusion, sleepAgreement } from "./bed-metrics.ts";
import { type NightRun, runNight } from "./bed-night-run.ts";

const bedCandidates: [string, (e: BedEpoch) => number][] = [
  ...[40, 55, 70].map((k): [string, (e: BedEpoch) => number] => [
    `bed ${k} × index`,
    (e) => k * e.movementIndex,
  ]),
  ...[60, 120, 150].map((k): [string, (e: BedEpoch) => number] => [
    `bed ${k} × moving seconds`,
    (e) => k * e.movingShare * e.durationS,
  ]),
  ...[100, 130, 160].map((k): [string, (e: BedEpoch) => number] => [
    `bed ${k} × √index`,
    (e) => k * Math.sqrt(e.movementIndex),
  ]),
];
const wristScales = [400, 800, 1600];

function agreement(runs: readonly NightRun[], scoredOf: (run: NightRun) => boolean[]) {
  const confusions = runs.map((run) => {
    const keep = run.truth.map((t) => t.inBedS * 2 >= 30);
    const scored = scoredOf(run);
    return confusion(
      run.truth.filter((_, i) => keep[i]).map((t) => t.asleep),
      scored.filter((_, i) => keep[i]),
    );
  });
  return sleepAgreement(addConfusions(confusions));
}

const { values } = parseArgs({
  options: { from: { type: "string", default: "21" }, to: { type: "string", default: "28" } },
});
const seeds: number[] = [];
for (let s = Number(values.from); s <= Number(values.to); s++) seeds.push(s);
const runs = seeds.map((seed) =>
  runNight({ seed, channels: (seed % 4) + 1, sampleRateHz: 100, wrist: true }),
);
console.log(`seeds ${values.from}–${values.to}: candidate | kappa | sensitivity % | specificity %`);
for (const [name, counts] of bedCandidates) {
  const a = agreement(runs, (run) =>
    scoreSleepWake(
      run.epochs.map((e) => (e.occupied ? counts(e) : 10_000)),
      30,
    ).map((asleep, i) => asleep && (run.epochs[i]?.occupied ?? false)),
  );
  console.log(
    `${name} | ${a.kappa.toFixed(3)} | ${a.sensitivityPct.toFixed(1)} | ${a.specificityPct.toFixed(1)}`,
  );
}
for (const scale of wristScales) {
  const factor = scale / wristCountParameters.countsPerGSecond;
  const a = agreement(runs, (run) =>
    scoreSleepWake(
      run.wristCounts.map((c) => c * factor),
      30,
    ),
  );
  console.log(
    `wrist ${scale} counts per g·s | ${a.kappa.toFixed(3)} | ${a.sensitivityPct.toFixed(1)} | ${a.specificityPct.toFixed(1)}`,
  );
}
