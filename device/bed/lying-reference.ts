// What the resident's body puts on the sensor when lying: the total load and the upper-body (head
// and chest) load, learnt while lying still. Every bed event is judged against it, so it must not be
// fooled by weight that is not the resident's: a caregiver leaning on the bed for a minute, a bag
// put down, or the resident lying beside the sensor strip at the bed's edge. So it is learnt fast
// only just after the resident got into bed or lay back down (the first seconds may be spent on the
// edge), and otherwise follows slowly, and only changes the body itself could make.
import { hopS } from "./bed-config.ts";

export const lyingReferenceParameters = {
  /** After a return or lying down, the reference follows the load within seconds for this long. */
  acquireS: 90,
  /** Otherwise it rises with this time constant… */
  riseTimeConstantS: 600,
  /** …and falls with this one… */
  fallTimeConstantS: 300,
  /** …and only towards loads in this band around it (a resident cannot weigh 30 % more by moving). */
  followBand: [0.7, 1.3],
} as const;

function step(reference: number, value: number, timeConstantS: number): number {
  return reference + (value - reference) * (hopS / timeConstantS);
}

export class LyingReference {
  body: number | null = null;
  upper: number | null = null;
  private acquireHops = 0;

  /** Learn fast for a while: the resident just got into bed or lay back down. */
  acquire(): void {
    this.acquireHops = Math.round(lyingReferenceParameters.acquireS / hopS);
  }

  /** One still hop lying in bed. */
  learn(total: number, upper: number): void {
    const fast = this.acquireHops > 0;
    if (fast) this.acquireHops--;
    this.body = follow(this.body, total, fast);
    this.upper = follow(this.upper, upper, fast);
  }
}

function follow(reference: number | null, value: number, fast: boolean): number {
  if (reference === null || !(reference > 0)) return value;
  const p = lyingReferenceParameters;
  if (fast) {
    if (value > reference) return reference + (value - reference) * 0.1;
    return value > 0.8 * reference ? step(reference, value, 120) : reference;
  }
  const ratio = value / reference;
  if (ratio < p.followBand[0] || ratio > p.followBand[1]) return reference;
  return step(reference, value, value > reference ? p.riseTimeConstantS : p.fallTimeConstantS);
}
