// Surface motor-unit action potential (MUAP) shapes as mixtures of the first two Hermite–Rodriguez
// functions, the usual analytic model of surface MUAPs (Lo Conte, Merletti & Sandri, "Hermite expansions
// of compact support waveforms: applications to myoelectric signals", IEEE Trans Biomed Eng 41, 1994).
// The time scale is inversely proportional to the fibres' conduction velocity, so a fatigued muscle
// (slower conduction) makes wider MUAPs and shifts the EMG spectrum down.

export interface MuapShape {
  /** Weight of the first-order (biphasic) function. */
  biphasicWeight: number;
  /** Weight of the second-order (triphasic) function; its sign varies with electrode position. */
  triphasicWeight: number;
  /** Time scale λ (ms) of this unit at its own conduction velocity, before fatigue. */
  widthMs: number;
}

/** Half-length of a template in time scales: exp(-16) is far below one ADC count. */
export const muapHalfSpanInWidths = 4;

function hermiteRodriguez(shape: MuapShape, timeMs: number, widthMs: number): number {
  const x = timeMs / widthMs;
  const gauss = Math.exp(-x * x);
  return shape.biphasicWeight * x * gauss + shape.triphasicWeight * (2 * x * x - 1) * gauss;
}

/**
 * Samples a MUAP centred on the middle sample, peak-normalised to `amplitudeUv`.
 * `cvFactor` < 1 (fatigue) widens the shape; the peak is kept, so energy grows with duration, which matches
 * the rise of surface-EMG amplitude seen in sustained submaximal contractions.
 */
export function renderMuap(
  shape: MuapShape,
  amplitudeUv: number,
  cvFactor: number,
  sampleRateHz: number,
  maxHalfLength: number,
): Float64Array {
  const widthMs = shape.widthMs / cvFactor;
  const halfLength = Math.min(
    maxHalfLength,
    Math.ceil((muapHalfSpanInWidths * widthMs * sampleRateHz) / 1000),
  );
  const template = new Float64Array(2 * halfLength + 1);
  let peak = 0;
  for (let i = 0; i < template.length; i++) {
    const value = hermiteRodriguez(shape, ((i - halfLength) * 1000) / sampleRateHz, widthMs);
    template[i] = value;
    peak = Math.max(peak, Math.abs(value));
  }
  const gain = peak > 0 ? amplitudeUv / peak : 0;
  for (let i = 0; i < template.length; i++) template[i] = (template[i] ?? 0) * gain;
  return template;
}

/** Sum of squares of a template: a firing train at rate r contributes r / fs × energy to the mean square. */
export function templateEnergy(template: Float64Array): number {
  let sum = 0;
  for (const value of template) sum += value * value;
  return sum;
}
