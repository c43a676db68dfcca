// Accuracy harness of the bed-sensor estimators on simulated nights with ground truth.
//   npm run accuracy -- bed [--nights 60] [--seed 1001] [--hours 8] [--exit-nights 70] [--exit-seed 2001]
//                           [--exit-hours 4] [--exits 3] [--rate HZ] [--channels N] [--workers 2]
// Two blocks of held-out seeds (development uses seeds below 1000, docs/bed-estimators.md): the main
// block, full nights as drawn (0–3 night-time exits), gives every figure; the exit block, shorter
// nights with `--exits` forced night-time exits, adds exit and return events so that sensitivity has
// statistical power (its nights are left out of sleep/wake: forced exits add easy wake). Without
// --rate / --channels, nights rotate through 100/125/200/250 Hz and 1–4 channels. Prints a table per
// night, then `name=value` lines.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { errorStats, sleepAgreement } from "./bed-metrics.ts";
import type { NightRunOptions } from "./bed-night-run.ts";
import { scoreNightsInParallel } from "./bed-pool.ts";
import type { NightScore } from "./bed-score.ts";
import { summarizeScores } from "./bed-summary.ts";

const rates = [100, 125, 200, 250];

type Values = Record<string, string | undefined>;

function block(values: Values, kind: "main" | "exits"): NightRunOptions[] {
  const main = kind === "main";
  const count = Number(main ? values.nights : values["exit-nights"]);
  const firstSeed = Number(main ? values.seed : values["exit-seed"]);
  return Array.from({ length: count }, (_, i) => ({
    seed: firstSeed + i,
    durationS: Number(main ? values.hours : values["exit-hours"]) * 3600,
    sampleRateHz: values.rate ? Number(values.rate) : (rates[i % rates.length] ?? 100),
    channels: values.channels ? Number(values.channels) : ((i + Math.floor(i / 4)) % 4) + 1,
    ...(main ? {} : { bedExits: Number(values.exits) }),
    block: kind,
    wrist: main,
  }));
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      nights: { type: "string", default: "60" },
      seed: { type: "string", default: "1001" },
      hours: { type: "string", default: "8" },
      "exit-nights": { type: "string", default: "70" },
      "exit-seed": { type: "string", default: "2001" },
      "exit-hours": { type: "string", default: "4" },
      exits: { type: "string", default: "3" },
      rate: { type: "string" },
      channels: { type: "string" },
      workers: { type: "string", default: String(Math.min(2, availableParallelism())) },
    },
  });
  const nights = [...block(values, "main"), ...block(values, "exits")];
  const started = Date.now();
  const scores = await scoreNightsInParallel(nights, Number(values.workers), (_, done) =>
    process.stderr.write(`\rbed accuracy: ${done}/${nights.length} nights`),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  process.stderr.write(`\rbed accuracy: ${nights.length} nights in ${seconds} s\n`);
  console.log(header);
  for (const score of scores) console.log(row(score));
  console.log("");
  for (const [name, value] of summarizeScores(scores)) console.log(`${name}=${format(value)}`);
}

const columns = [
  "seed",
  "block",
  "Hz",
  "ch",
  "HR MAE",
  "RR MAE",
  "exits",
  "false",
  "sit f",
  "lat max",
  "kappa",
  "move k",
  "wrist k",
];
const header = columns.map((c) => c.padStart(8)).join("");

function row(s: NightScore): string {
  const cells = [
    s.seed,
    s.block,
    s.sampleRateHz,
    s.channels,
    errorStats(s.heartErrors).mae,
    errorStats(s.breathingErrors).mae,
    `${s.exits.hits}/${s.exits.truths}`,
    s.exits.falseAlarms,
    s.sitUps.falseAlarms,
    Math.max(...s.exits.latenciesS, 0),
    // Exit-block nights are not scored for sleep/wake.
    s.block === "main" ? sleepAgreement(s.bedConfusion).kappa : "-",
    s.block === "main" ? sleepAgreement(s.bedMovementConfusion).kappa : "-",
    s.block === "main" ? sleepAgreement(s.wristConfusion).kappa : "-",
  ];
  return cells.map((c) => (typeof c === "number" ? format(c) : c).padStart(8)).join("");
}

/** Integers as they are; fractions to 3 decimals below 10 (κ, shares of a night), else to 2. */
function format(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(Math.abs(value) < 10 ? 3 : 2);
}
