import { GrowthBookClient } from "@growthbook/growthbook";
import { compileCondition } from "./audience-condition.js";

/** A pilot's assignment rules, as stored by the API. */
export type AssignmentDefinition = {
  /** Experiment key: the pilot id. */
  key: string;
  /** Hash seed fixed when the pilot is created; never derived from editable fields. */
  seed: string;
  /** Arms in order; weights in [0, 1] summing to 1. */
  variants: readonly { key: string; weight: number }[];
  /** Share of eligible units that enter the pilot, [0, 1]; default 1. */
  coverage?: number;
  /** GrowthBook condition on the unit's attributes (MongoDB-like syntax); absent = everyone is eligible. */
  condition?: Record<string, unknown>;
};

/**
 * The arm of one unit: its key and index in `variants`, and its hash bucket in [0, 1); or why it is not in the pilot
 * ("condition": its attributes fail the targeting condition; "coverage": its bucket falls outside the coverage).
 */
export type AssignmentResult =
  | { inExperiment: true; variantKey: string; variantIndex: number; bucket: number }
  | { inExperiment: false; reason: "coverage" | "condition" };

/** GrowthBook's hashing algorithm version (v2: FNV-1a of seed + id, twice, uniform on [0, 1)). */
export const HASH_VERSION = 2;

/**
 * Compiles a pilot's definition into a pure function from a unit id (and attributes) to its arm, using the
 * GrowthBook SDK's inline experiments with hash version 2. Compile once per configuration; each call then costs a
 * few microseconds. Deterministic: the same definition and id always give the same arm, on any machine.
 *
 * Degenerate input: a definition with fewer than 2 variants, with negative weights or weights not summing to 1 (±1e-6) is
 * refused with an Error naming what is allowed.
 *
 * Reference: GrowthBook SDK specification, "hashing" and "inline experiments"
 * (https://docs.growthbook.io/lib/build-your-own).
 *
 * @example
 * const assign = compileAssignment({ key: "pil_1", seed: "abc", variants: [{ key: "control", weight: 0.5 }, { key: "b", weight: 0.5 }] });
 * assign("u1"); // { inExperiment: true, variantKey: "b", variantIndex: 1, bucket: 0.5962 }
 */
export function compileAssignment(
  definition: AssignmentDefinition,
): (unitId: string, attributes?: Record<string, unknown>) => AssignmentResult {
  const { variants } = definition;
  if (variants.length < 2) throw new Error(`An assignment needs at least 2 variants; it has ${variants.length}.`);
  for (const v of variants) {
    if (!Number.isFinite(v.weight) || v.weight < 0 || v.weight > 1) {
      throw new Error(`Weight of variant "${v.key}" is ${v.weight}; weights must be between 0 and 1.`);
    }
  }
  const sum = variants.reduce((total, v) => total + v.weight, 0);
  if (Math.abs(sum - 1) > 1e-6) throw new Error(`Variant weights must sum to 1; they sum to ${sum}.`);
  const coverage = definition.coverage ?? 1;
  if (!(coverage >= 0 && coverage <= 1)) throw new Error(`Coverage is ${coverage}; it must be between 0 and 1.`);

  const client = new GrowthBookClient({}).initSync({ payload: { features: {} } });
  const experiment = {
    key: definition.key,
    seed: definition.seed,
    hashVersion: HASH_VERSION,
    variations: variants.map((v) => v.key) as [string, string, ...string[]],
    weights: variants.map((v) => v.weight),
    coverage,
  };
  const matches = definition.condition ? compileCondition(definition.condition) : null;

  return (unitId, attributes = {}) => {
    const unitAttributes = { ...attributes, id: unitId };
    if (matches && !matches(unitAttributes)) return { inExperiment: false, reason: "condition" };
    const result = client.runInlineExperiment(experiment, { attributes: unitAttributes });
    if (!result.inExperiment) return { inExperiment: false, reason: "coverage" };
    return {
      inExperiment: true,
      variantKey: String(result.value),
      variantIndex: result.variationId,
      bucket: result.bucket ?? 0,
    };
  };
}
