// Fits the coefficients of the bed's sleep/wake model (device/bed/sleep-wake-model.ts) on simulated
// nights of development seeds only; the accuracy harness's seeds (from 1001) stay held out.
//   node --import tsx test/accuracy/bed-sleep-fit.ts [--from 1] [--to 200] [--check-from 101]
//     [--cache nights.json] [--workers 2] [--measures activity,breathIrregularity,heartRise,heartSpread]
//     [--windows 0,60,300,900,1800] [--stages]
// Nights are drawn as the harness's main block draws them (8 h, natural exits, rates and channels
// rotating). For each model (whole night, live) it computes every epoch's measures and context
// features, fits a logistic regression (wake = 1; in-bed epochs with somebody on the bed) and moves
// the decision threshold to where Cohen's κ on the same nights is highest. With --check-from it first
// fits on the seeds before that and reports κ on the rest (over-fitting shows there), then fits on
// all. Prints the coefficients in raw units, ready for sleep-wake-model.ts. --cache keeps the played
// nights in a file (and reads it when it exists), so refits take seconds instead of minutes.
// --measures and --windows fit a reduced model (the others' features held at 0), to see what each
// cue and each context window adds. With --check-from it also scores the check nights from movement
// alone (Cole–Kripke and Webster) for comparison; --stages reports, for the current model in
// device/bed, where it errs by true stage on all the nights (bed-sleep-stages.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { scoreBedSleepMovementOnly } from "../../device/bed/bed-sleep.ts";
import { sleepMeasureNames, sleepMeasures } from "../../device/bed/sleep-measures.ts";
import {
  contextFeatures,
  contextScalesS,
  liveSleepWakeModel,
  nightSleepWakeModel,
  type SleepWakeModel,
  wakeScore,
} from "../../device/bed/sleep-wake-model.ts";
import { fitLogistic } from "./bed-logistic.ts";
import { addConfusions, confusion, sleepAgreement } from "./bed-metrics.ts";
import { runNightsInParallel } from "./bed-pool.ts";
import type { SleepNight } from "./bed-sleep-data.ts";
import { stageReport } from "./bed-sleep-stages.ts";

const rates = [100, 125, 200, 250];
const epochS = 30;
/** The harness's held-out seeds begin here. */
const firstHeldOutSeed = 1000;

interface Table {
  /** Context features of every in-bed epoch, whether it is wake, and whether anybody was on the bed. */
  features: number[][];
  wake: boolean[];
  occupied: boolean[];
}

/** Which of the features (scale-major, 4 measures per scale) the fit may use. */
type FeatureMask = boolean[];

function table(nights: readonly SleepNight[], model: SleepWakeModel, mask: FeatureMask): Table {
  const out: Table = { features: [], wake: [], occupied: [] };
  for (const night of nights) {
    const measures = sleepMeasures(night.epochs, epochS, model.baselineAheadS);
    night.epochs.forEach((epoch, i) => {
      if (!night.inBed[i]) return;
      const features = contextFeatures(measures, i, epochS, model.contextAheadS);
      out.features.push(features.map((x, k) => (mask[k] ? x : 0)));
      out.wake.push(!night.asleep[i]);
      out.occupied.push(epoch.occupied);
    });
  }
  return out;
}

/** The fitted model with its threshold folded into the intercept (wake when the score is above 0). */
function fitModel(training: Table, like: SleepWakeModel): SleepWakeModel {
  const rows = training.features.filter((_, n) => training.occupied[n]);
  const labels = training.wake.filter((_, n) => training.occupied[n]);
  const { intercept, weights } = fitLogistic(rows, labels);
  const fitted = {
    ...like,
    intercept,
    weights: like.weights.map((row, s) => row.map((_, k) => weights[s * 4 + k] ?? 0)),
  };
  let best = { shift: 0, kappa: -1 };
  for (let shift = -2; shift <= 2.001; shift += 0.05) {
    const kappa = agreement(training, { ...fitted, intercept: intercept + shift }).kappa;
    if (kappa > best.kappa) best = { shift, kappa };
  }
  return { ...fitted, intercept: intercept + best.shift };
}

function agreement(data: Table, model: SleepWakeModel) {
  const scored = data.features.map((x, n) => (data.occupied[n] ?? false) && wakeScore(model, x) <= 0);
  return sleepAgreement(
    confusion(
      data.wake.map((w) => !w),
      scored,
    ),
  );
}

const describeAgreement = (a: ReturnType<typeof agreement>) =>
  `κ ${a.kappa.toFixed(3)}, sensitivity ${a.sensitivityPct.toFixed(1)} %, specificity ${a.specificityPct.toFixed(1)} %`;

function printModel(name: string, model: SleepWakeModel): void {
  const rows = model.weights.map((row) => `    [${row.map((w) => w.toFixed(4)).join(", ")}],`);
  console.log(
    `${name}: intercept ${model.intercept.toFixed(4)}, weights (scale × measure):\n${rows.join("\n")}`,
  );
}

async function nightsFor(from: number, to: number, cache: string | undefined, workers: number) {
  if (cache && existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, "utf8")) as SleepNight[];
    return cached.filter((n) => n.seed >= from && n.seed <= to);
  }
  const options = Array.from({ length: to - from + 1 }, (_, i) => ({
    seed: from + i,
    durationS: 8 * 3600,
    sampleRateHz: rates[i % rates.length] ?? 100,
    channels: ((i + Math.floor(i / 4)) % 4) + 1,
  }));
  const nights = await runNightsInParallel(options, workers, "sleep", (_, done) =>
    process.stderr.write(`\rplaying ${done}/${options.length} nights`),
  );
  process.stderr.write("\n");
  if (cache) writeFileSync(cache, JSON.stringify(nights));
  return nights;
}

/** Fits one model (first on the seeds before `checkFrom` and checks it on the rest, if asked) and prints it. */
function report(
  name: string,
  like: SleepWakeModel,
  nights: readonly SleepNight[],
  checkFrom: number | null,
  mask: FeatureMask,
): void {
  const seeds = (list: readonly SleepNight[]) => `${list[0]?.seed}–${list[list.length - 1]?.seed}`;
  if (checkFrom !== null) {
    const before = nights.filter((n) => n.seed < checkFrom);
    const after = nights.filter((n) => n.seed >= checkFrom);
    const model = fitModel(table(before, like, mask), like);
    const check = describeAgreement(agreement(table(after, like, mask), model));
    console.log(`${name}: fitted on ${seeds(before)}, on ${seeds(after)}: ${check}`);
  }
  const all = table(nights, like, mask);
  const model = fitModel(all, like);
  const there = describeAgreement(agreement(all, model));
  console.log(`${name}: fitted on ${seeds(nights)} (${all.wake.length} in-bed epochs), there: ${there}`);
  printModel(name, model);
}

/** The same nights from movement alone, as actigraphy scores them. */
function movementOnly(nights: readonly SleepNight[]) {
  const confusions = nights.map((night) => {
    const scored = scoreBedSleepMovementOnly(night.epochs, epochS);
    const keep = (_: unknown, i: number) => night.inBed[i] ?? false;
    return confusion(night.asleep.filter(keep), scored.filter(keep));
  });
  return sleepAgreement(addConfusions(confusions));
}

function featureMask(measures: string, windows: string): FeatureMask {
  const useMeasure = new Set(measures.split(","));
  const useWindow = new Set(windows.split(",").map(Number));
  return contextScalesS.flatMap((scaleS) =>
    sleepMeasureNames.map((measure) => useWindow.has(scaleS) && useMeasure.has(measure)),
  );
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: "string", default: "1" },
      to: { type: "string", default: "200" },
      "check-from": { type: "string" },
      cache: { type: "string" },
      workers: { type: "string", default: String(Math.min(2, availableParallelism())) },
      measures: { type: "string", default: sleepMeasureNames.join(",") },
      windows: { type: "string", default: contextScalesS.join(",") },
      stages: { type: "boolean", default: false },
    },
  });
  const [from, to] = [Number(values.from), Number(values.to)];
  if (!(from >= 1 && to >= from && to < firstHeldOutSeed)) {
    console.error(`seeds must be development seeds, 1 ≤ from ≤ to < ${firstHeldOutSeed}`);
    process.exit(2);
  }
  const nights = await nightsFor(from, to, values.cache, Number(values.workers));
  const checkFrom = values["check-from"] === undefined ? null : Number(values["check-from"]);
  const mask = featureMask(values.measures, values.windows);
  if (checkFrom !== null)
    console.log(
      `movement only (Cole–Kripke + Webster), on ${checkFrom}–${to}: ${describeAgreement(movementOnly(nights.filter((n) => n.seed >= checkFrom)))}`,
    );
  report("night", nightSleepWakeModel, nights, checkFrom, mask);
  report("live", liveSleepWakeModel, nights, checkFrom, mask);
  if (values.stages) for (const line of stageReport(nights)) console.log(line);
}

await main(process.argv.slice(2));
