// Bladder fill from ultrasound wall echoes. A single-beam sensor sees only the anteroposterior
// diameter D (distance between the anterior and posterior wall echoes). The bladder is treated as
// an ellipsoid V = pi/6 * W * H * D (the clinical ellipsoid formula) with W and H proportional to D,
// so V = k * pi/6 * D^3. A filling bladder is wider than deep (k about 2); a nearly empty one is a
// flattened disc, so k grows as V falls: k(V) = shapeFactor * (1 + emptyFlattening * exp(-V / flatteningMl)).
// D(V) is strictly increasing, so V is found from D by bisection. All three are per-resident
// calibration settings; the defaults describe an average adult.
// A strong echo with no posterior wall is an empty bladder (no fluid window), not a lost contact.

export interface FillSettings {
  capacityMl: number;
  shapeFactor: number;
  emptyFlattening: number;
  flatteningMl: number;
  /**
   * Echoes weaker than this mean poor skin contact. 90 sits between a slipped transducer's oblique
   * echo (25–70 in the simulator's echo model) and the weakest attached one (≈110: deep wall, moving).
   */
  minStrength: number;
  /** Share of usable readings a window needs to report a value. */
  minUsableShare: number;
}

export const defaultFillSettings: FillSettings = {
  capacityMl: 400,
  shapeFactor: 2.0,
  emptyFlattening: 3,
  flatteningMl: 80,
  minStrength: 90,
  minUsableShare: 0.5,
};

export interface EchoInput {
  anteriorMm: number;
  posteriorMm: number;
  strength: number;
}

export type FillQuality = "good" | "poor" | "no_contact";

export interface FillEstimate {
  volumeMl: number | null;
  /** 0..10 as on DFree-style displays; null when no value can be given. */
  level: number | null;
  quality: FillQuality;
  usableReadings: number;
  totalReadings: number;
}

export type BladderGeometry = Pick<FillSettings, "shapeFactor" | "emptyFlattening" | "flatteningMl">;

/** Anteroposterior diameter (mm) of a bladder holding `volumeMl`. */
export function diameterFromVolumeMm(volumeMl: number, geometry: BladderGeometry): number {
  if (volumeMl <= 0) return 0;
  const k =
    geometry.shapeFactor * (1 + geometry.emptyFlattening * Math.exp(-volumeMl / geometry.flatteningMl));
  return 10 * Math.cbrt((6 * volumeMl) / (Math.PI * k));
}

export function volumeFromDiameterMl(diameterMm: number, geometry: BladderGeometry): number {
  if (diameterMm <= 0) return 0;
  let low = 0;
  let high = 5000;
  for (let i = 0; i < 40; i++) {
    const mid = (low + high) / 2;
    if (diameterFromVolumeMm(mid, geometry) < diameterMm) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export function fillLevel(volumeMl: number, capacityMl: number): number {
  return Math.max(0, Math.min(10, Math.round((10 * volumeMl) / capacityMl)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Good skin contact and a readable wall pair (or no posterior wall at all: an empty bladder). */
export function isUsableEcho(echo: EchoInput, settings: Pick<FillSettings, "minStrength">): boolean {
  if (echo.strength < settings.minStrength || echo.anteriorMm <= 0) return false;
  return echo.posteriorMm === 0 || echo.posteriorMm > echo.anteriorMm;
}

/** Wall distance of a usable echo, mm; 0 for an empty bladder. */
export function wallGapMm(echo: EchoInput): number {
  return echo.posteriorMm === 0 ? 0 : echo.posteriorMm - echo.anteriorMm;
}

export function estimateFill<Echo extends EchoInput>(
  readings: readonly Echo[],
  settings: FillSettings,
  gapOf: (echo: Echo) => number = wallGapMm,
): FillEstimate {
  const usable = readings.filter((r) => isUsableEcho(r, settings));
  const totalReadings = readings.length;
  if (totalReadings === 0 || usable.length / totalReadings < settings.minUsableShare) {
    const contactLost = readings.filter((r) => r.strength < settings.minStrength).length > totalReadings / 2;
    return {
      volumeMl: null,
      level: null,
      quality: contactLost || totalReadings === 0 ? "no_contact" : "poor",
      usableReadings: usable.length,
      totalReadings,
    };
  }
  // The median diameter resists single-echo outliers (gas, motion).
  const diameter = median(usable.map(gapOf));
  const volumeMl = volumeFromDiameterMl(diameter, settings);
  return {
    volumeMl,
    level: fillLevel(volumeMl, settings.capacityMl),
    quality: "good",
    usableReadings: usable.length,
    totalReadings,
  };
}
