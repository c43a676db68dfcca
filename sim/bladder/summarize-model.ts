// Prints what the bladder model produces over many simulated resident-days, so its figures in
// docs/bladder-simulator.md can be checked and re-measured after a change:
//   node --import tsx sim/bladder/summarize-model.ts [--seeds 20] [--days 7]
import { parseArgs } from "node:util";
import { type BladderReading, initialBladderModel, readingAt } from "./bladder-sensor-model.ts";
import { DAY_MS, localHourOfDay } from "./local-time.ts";
import { drawResidentProfile } from "./resident-profile.ts";

interface Totals {
  residentDays: number;
  toiletVoids: number;
  incontinentVoids: number;
  nightIncontinentVoids: number;
  voidedMl: number;
  producedNightMl: number;
  producedDayMl: number;
  readings: number;
  detachedReadings: number;
  detachments: number;
  noPosteriorWhileAttached: number;
  promptedVoids: number;
  partialSlips: number;
  partialReadings: number;
  /** |urge volume of a cycle / the resident's usual one − 1|, summed, and the number of cycles. */
  urgeDeviation: number;
  urges: number;
}

const CLOCK = { utcOffsetMinutes: 540 };
const START = Date.UTC(2025, 0, 5, 15, 0); // 00:00 in Japan

function simulateResident(seed: number, days: number, totals: Totals): void {
  const setup = { profile: drawResidentProfile(seed), clock: CLOCK, powerUpMs: START };
  let state = initialBladderModel(setup, START);
  let previous: BladderReading | null = null;
  for (let t = START; t <= START + days * DAY_MS; t += 60_000) {
    const [next, { reading, events }] = readingAt(state, setup, t);
    state = next;
    let voidedNow = 0;
    for (const event of events) {
      if (event.type === "detached_start") totals.detachments++;
      if (event.type === "partial_slip_start") totals.partialSlips++;
      if (event.type === "urge") {
        totals.urges++;
        totals.urgeDeviation += Math.abs(event.urgeThresholdMl / setup.profile.urgeThresholdMl - 1);
      }
      if (event.type !== "void") continue;
      if (event.cause === "prompted") totals.promptedVoids++;
      voidedNow += event.volumeBeforeMl - event.volumeAfterMl;
      if (event.kind === "toilet") totals.toiletVoids++;
      else totals.incontinentVoids++;
      if (event.kind === "incontinent" && event.cause === "asleep") totals.nightIncontinentVoids++;
    }
    totals.voidedMl += voidedNow;
    if (previous !== null) {
      const produced = reading.volumeMl - previous.volumeMl + voidedNow;
      const hour = localHourOfDay(CLOCK, t);
      if (hour >= 1 && hour < 5) totals.producedNightMl += produced;
      if (hour >= 13 && hour < 17) totals.producedDayMl += produced;
    }
    totals.readings++;
    if (reading.detached) totals.detachedReadings++;
    else if (reading.contact === "partial") totals.partialReadings++;
    else if (reading.posteriorMm === 0) totals.noPosteriorWhileAttached++;
    previous = reading;
  }
  totals.residentDays += days;
}

const { values } = parseArgs({ options: { seeds: { type: "string" }, days: { type: "string" } } });
const seeds = Number(values.seeds ?? 20);
const days = Number(values.days ?? 7);
const totals: Totals = {
  residentDays: 0,
  toiletVoids: 0,
  incontinentVoids: 0,
  nightIncontinentVoids: 0,
  voidedMl: 0,
  producedNightMl: 0,
  producedDayMl: 0,
  readings: 0,
  detachedReadings: 0,
  detachments: 0,
  noPosteriorWhileAttached: 0,
  promptedVoids: 0,
  partialSlips: 0,
  partialReadings: 0,
  urgeDeviation: 0,
  urges: 0,
};
for (let seed = 1; seed <= seeds; seed++) simulateResident(seed, days, totals);
const perDay = (value: number) => (value / totals.residentDays).toFixed(2);
const voids = totals.toiletVoids + totals.incontinentVoids;
console.log(`resident_days=${totals.residentDays}`);
console.log(`voids_per_day=${perDay(voids)}`);
console.log(`toilet_voids_per_day=${perDay(totals.toiletVoids)}`);
console.log(`incontinent_voids_per_day=${perDay(totals.incontinentVoids)}`);
console.log(`incontinent_asleep_per_day=${perDay(totals.nightIncontinentVoids)}`);
console.log(`mean_voided_ml=${(totals.voidedMl / voids).toFixed(1)}`);
console.log(`voided_ml_per_day=${perDay(totals.voidedMl)}`);
console.log(`night_to_afternoon_production=${(totals.producedNightMl / totals.producedDayMl).toFixed(3)}`);
console.log(`detachments_per_day=${perDay(totals.detachments)}`);
console.log(`detached_reading_share=${(totals.detachedReadings / totals.readings).toFixed(4)}`);
console.log(`prompted_voids_per_day=${perDay(totals.promptedVoids)}`);
console.log(`urge_volume_mean_abs_deviation_pct=${((100 * totals.urgeDeviation) / totals.urges).toFixed(1)}`);
console.log(`partial_slips_per_day=${perDay(totals.partialSlips)}`);
console.log(`partial_slip_reading_share=${(totals.partialReadings / totals.readings).toFixed(4)}`);
console.log(`no_posterior_attached_share=${(totals.noPosteriorWhileAttached / totals.readings).toFixed(4)}`);
