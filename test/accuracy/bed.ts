// Accuracy harness of the bed-sensor estimators on simulated nights with ground truth.
//   npm run accuracy -- bed [--nights 20] [--seed 1] [--hours 8] [--rate HZ] [--channels N]
// Without --rate / --channels, nights rotate through 100/125/200/250 Hz and 1–4 channels.
// Prints a table per night, then `name=value` lines.
import { parseArgs } from "node:util";
import { type NightRun, runNight } from "./bed-night-run.ts";
import { type NightScore, scoreNight, summarizeScores } from "./bed-score.ts";

const rates = [100, 125, 200, 250];

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      nights: { type: "string", default: "20" },
      seed: { type: "string", default: "1" },
      hours: { type: "string", default: "8" },
      rate: { type: "string" },
      channels: { type: "string" },
    },
  });
  const nights = Number(values.nights);
  const firstSeed = Number(values.seed);
  const durationS = Number(values.hours) * 3600;
  const scores: NightScore[] = [];
  console.log(header);
  for (let i = 0; i < nights; i++) {
    const run: NightRun = runNight({
      seed: firstSeed + i,
      durationS,
      sampleRateHz: values.rate ? Number(values.rate) : (rates[i % rates.length] ?? 100),
      channels: values.channels ? Number(values.channels) : ((i + Math.floor(i / 4)) % 4) + 1,
      wrist: true,
    });
    const score = scoreNight(run);
    scores.push(score);
    console.log(row(score));
  }
  const lines = summarizeScores(scores);
  console.log("");
  for (const [name, value] of lines) console.log(`${name}=${format(value)}`);
}

const columns = [
  "seed",
  "Hz",
  "ch",
  "HR MAE",
  "RR MAE",
  "cov %",
  "exits",
  "false",
  "lat max",
  "kappa",
  "wrist k",
];
const header = columns.map((c) => c.padStart(8)).join("");

function row(s: NightScore): string {
  const cells = [
    s.seed,
    s.sampleRateHz,
    s.channels,
    s.heart.mae,
    s.breathing.mae,
    s.coveragePct,
    `${s.exits.hits}/${s.exits.truths}`,
    s.exits.falseAlarms,
    Math.max(...s.exits.latenciesS, 0),
    s.bedSleep.kappa,
    s.wristSleep.kappa,
  ];
  return cells.map((c) => (typeof c === "number" ? format(c) : c).padStart(8)).join("");
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
