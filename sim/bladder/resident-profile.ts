// The fixed traits of one simulated resident, drawn once from the resident's seed.
// Ranges are typical of older adults in residential care; sources are cited in docs/bladder-simulator.md.
import { Rng } from "../random.ts";
import { drawEchoTraits, type EchoTraits } from "./echo-model.ts";

export interface ResidentProfile {
  seed: number;
  /** Functional bladder capacity: past this volume the bladder empties whether or not the person is on a toilet. */
  capacityMl: number;
  /** Usual volume at which the resident feels the urge to go (strong desire to void). */
  urgeThresholdMl: number;
  /** Each filling cycle's urge volume varies around the usual one by this relative spread (1 σ). */
  urgeVariation: number;
  /** Share of the pre-void volume left behind by a toilet void (post-void residual). */
  residualFraction: number;
  /** Urine production with no recent drink, averaged over the day. */
  baseProductionMlPerHour: number;
  /** Production at 02:00 divided by production at 14:00 (below 1: less urine at night). */
  nightToDayProductionRatio: number;
  /** Share of each drink that comes out as extra urine within the following hours. */
  drinkExcretedFraction: number;
  /** Median minutes between feeling the urge and sitting on the toilet (waiting for staff included). */
  toiletDelayMedianMin: number;
  /** Chance that an urge during sleep wakes the resident, who then goes to the toilet. */
  wakesForUrgeProbability: number;
  usualSleepHour: number;
  usualWakeHour: number;
  drinksCoffee: boolean;
  takesDiureticMedicine: boolean;
  /** Skin to anterior bladder wall below the sensor (abdominal wall and pre-vesical fat). */
  skinToBladderMm: number;
  /** Echo strength with good skin contact and a shallow target. */
  echoStrengthBase: number;
  /** Mean simulated hours between sensor slips or lifts while the resident is awake. */
  meanHoursBetweenDetachments: number;
  batteryStartPct: number;
  batteryDrainPctPerHour: number;
  /** Staff take the resident to the toilet on the facility's daytime rounds (prompted voiding). */
  onToiletingRounds: boolean;
  /** Bladder geometry and echo noise as the transducer sees them. */
  echo: EchoTraits;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

export function drawResidentProfile(seed: number): ResidentProfile {
  const rng = Rng.fromSeed(seed, 1);
  const capacityMl = Math.round(rng.uniform(300, 600));
  return {
    seed,
    capacityMl,
    urgeThresholdMl: Math.round(capacityMl * rng.uniform(0.6, 0.85)),
    residualFraction: round3(rng.uniform(0.05, 0.3)),
    baseProductionMlPerHour: round1(rng.uniform(28, 48)),
    nightToDayProductionRatio: round3(rng.uniform(0.55, 1)),
    drinkExcretedFraction: round3(rng.uniform(0.4, 0.6)),
    toiletDelayMedianMin: round1(rng.uniform(3, 20)),
    wakesForUrgeProbability: round3(rng.uniform(0.35, 0.9)),
    usualSleepHour: round1(rng.uniform(20.5, 22.5)),
    usualWakeHour: round1(rng.uniform(5.5, 7)),
    drinksCoffee: rng.chance(0.5),
    takesDiureticMedicine: rng.chance(0.3),
    skinToBladderMm: round1(rng.uniform(25, 45)),
    echoStrengthBase: Math.round(rng.uniform(175, 230)),
    meanHoursBetweenDetachments: round1(rng.uniform(12, 48)),
    batteryStartPct: Math.round(rng.uniform(85, 100)),
    // A pack lasts roughly 5 to 8 simulated days.
    batteryDrainPctPerHour: round3(rng.uniform(0.5, 0.8)),
    urgeVariation: round3(rng.uniform(0.06, 0.1)),
    onToiletingRounds: rng.chance(0.5),
    // Its own stream: the echo traits never shift the physiological ones.
    echo: drawEchoTraits(Rng.fromSeed(seed, "echo-traits")),
  };
}
