// Bladder fill from ultrasound wall echoes. The bladder is treated as an ellipsoid whose
// volume scales with the cube of its anteroposterior diameter D (distance between the anterior
// and posterior wall echoes): V = k * pi/6 * D^3, D in cm, V in mL. k (shape factor) absorbs the
// ratio of the other two diameters to D and is calibrated per resident; 0.7 is a common default
// for prefrontal transabdominal estimates.

export interface FillSettings {
  capacityMl: number;
  shapeFactor: number;
  /** Echoes weaker than this mean poor skin contact. */
  minStrength: number;
  /** Share of usable readings a window needs to report a value. */
  minUsableShare: number;
}

export const defaultFillSettings: FillSettings = {
  capacityMl: 400,
  shapeFactor: 0.7,
  minStrength: 60,
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

export function volumeFromDiameterMl(diameterMm: number, shapeFactor: number): number {
  const cm = diameterMm / 10;
  return shapeFactor * (Math.PI / 6) * cm ** 3;
}

export function fillLevel(volumeMl: number, capacityMl: number): number {
  return Math.max(0, Math.min(10, Math.round((10 * volumeMl) / capacityMl)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function estimateFill(readings: readonly EchoInput[], settings: FillSettings): FillEstimate {
  const usable = readings.filter((r) => r.strength >= settings.minStrength && r.posteriorMm > r.anteriorMm);
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
  const diameter = median(usable.map((r) => r.posteriorMm - r.anteriorMm));
  const volumeMl = volumeFromDiameterMl(diameter, settings.shapeFactor);
  return {
    volumeMl,
    level: fillLevel(volumeMl, settings.capacityMl),
    quality: "good",
    usableReadings: usable.length,
    totalReadings,
  };
}
