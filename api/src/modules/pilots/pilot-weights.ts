import { ValidationError } from "../../schema/errors.js";

/** Weights are shares of traffic; they must sum to 1 within this tolerance (GrowthBook normalises the same way). */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

export function assertWeights(weights: readonly { key: string; weight: number }[]): void {
  const bad = weights.find((w) => !Number.isFinite(w.weight) || w.weight < 0 || w.weight > 1);
  if (bad) {
    throw new ValidationError(`Weight of variant "${bad.key}" is ${bad.weight}; each weight must be between 0 and 1.`, [
      { path: ["weights", bad.key], message: "must be between 0 and 1" },
    ]);
  }
  const sum = weights.reduce((total, w) => total + w.weight, 0);
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    throw new ValidationError(
      `Variant weights must sum to 1; these sum to ${Number(sum.toFixed(6))} (${weights
        .map((w) => `${w.key}=${w.weight}`)
        .join(", ")}).`,
      [{ path: ["weights"], message: "must sum to 1" }],
    );
  }
  const keys = new Set<string>();
  for (const w of weights) {
    if (keys.has(w.key)) {
      throw new ValidationError(`Variant key "${w.key}" appears twice; keys must be unique within a pilot.`, [
        { path: ["weights", w.key], message: "duplicate key" },
      ]);
    }
    keys.add(w.key);
  }
}
