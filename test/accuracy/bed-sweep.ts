// Calibration sweep for the sleep/wake count mappings (bed movements → counts, wrist scale).
//   node --import tsx test/accuracy/bed-sweep.ts --from 21 --to 36
// Nights as the harness main block draws them (0–3 night-time exits), at 100 Hz, 8 h, channels by seed; prints Cohen's kappa, sensitivity
// and specificity per candidate. Use development seeds (below 1000): the harness's default seeds from
// 1001 stay held out.
import { parseArgs } from "node:util";
import type { BedEpoch } from "../../device/bed/epoch-estimator.ts";
import { periodicMovementsPerEpoch } from "../../device/bed/movement-counts.ts";
import { scoreSleepWake } from "../../device/bed/sleep-wake.ts";
import { wristCountParameters } from "../../device/bed/wrist-activity.ts";
import { addConfusions, confusion, sleepAgreement } from "./bed-metrics.ts";
import { type NightRun, runNight } from "./bed-night-run.ts";

type Mapping = (epoch: BedEpoch, periodic: number) => number;

const candidate = (name: string, mapping: Mapping): [string, Mapping] => [name, mapping];
const bedCandidates: [string, Mapping][] = [
  ...[60, 100, 130].map((k) => candidate(`bed ${k} × √index`, (e) => k * Math.sqrt(e.movementIndex))),
  ...[100, 150, 200].map((k) => candidate(`bed ${k} × movements`, (e) => k * e.movementBursts)),
  ...[150, 200, 250, 300, 400].map((k) =>
    candidate(
      `bed ${k} × movements outside PLM series`,
      (e, periodic) => k * Math.max(0, e.movementBursts - periodic),
    ),
  ),
];
const wristScales = [250, 400, 550, 800, 1600];

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

function line(name: string, a: ReturnType<typeof sleepAgreement>): string {
  return `${name} | ${a.kappa.toFixed(3)} | ${a.sensitivityPct.toFixed(1)} | ${a.specificityPct.toFixed(1)}`;
}

const { values } = parseArgs({
  options: { from: { type: "string", default: "21" }, to: { type: "string", default: "36" } },
});
const runs: NightRun[] = [];
for (let seed = Number(values.from); seed <= Number(values.to); seed++)
  runs.push(runNight({ seed, channels: (seed % 4) + 1, sampleRateHz: 100, wrist: true }));
console.log(`seeds ${values.from}–${values.to}: candidate | kappa | sensitivity % | specificity %`);
for (const [name, mapping] of bedCandidates) {
  const scored = agreement(runs, (run) => {
    const periodic = periodicMovementsPerEpoch(run.epochs);
    const counts = run.epochs.map((e, i) => (e.occupied ? mapping(e, periodic[i] ?? 0) : 10_000));
    return scoreSleepWake(counts, 30).map((asleep, i) => asleep && (run.epochs[i]?.occupied ?? false));
  });
  console.log(line(name, scored));
}
for (const scale of wristScales) {
  const factor = scale / wristCountParameters.countsPerGSecond;
  const scored = agreement(runs, (run) =>
    scoreSleepWake(
      run.wristCounts.map((c) => c * factor),
      30,
    ),
  );
  console.log(line(`wrist ${scale} counts per g·s`, scored));
}
