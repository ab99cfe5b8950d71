import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type AssignmentDefinition, compileAssignment } from "../../experiments/src/index.js";

type Case = [name: string, definition: AssignmentDefinition, unitId: string, expected: string | null, bucket: number];

/** Cases computed by an independent Python implementation of GrowthBook's hashing v2 (reference/make_assignment_cases.py). */
const cases: Case[] = JSON.parse(readFileSync(new URL("./reference/assignment-cases.json", import.meta.url), "utf8"));

describe("compileAssignment", () => {
  it.each(cases)("%s", (_name, definition, unitId, expected, bucket) => {
    const result = compileAssignment(definition)(unitId);
    if (expected === null) {
      expect(result).toEqual({ inExperiment: false, reason: "coverage" });
    } else {
      expect(result).toMatchObject({ inExperiment: true, variantKey: expected, bucket });
    }
  });

  it("excludes units whose attributes fail the targeting condition, whatever their hash", () => {
    const assign = compileAssignment({
      key: "pil_t",
      seed: "s",
      variants: [
        { key: "control", weight: 0.5 },
        { key: "b", weight: 0.5 },
      ],
      condition: { country: { $in: ["SE", "NO"] }, plan: { $ne: "free" } },
    });
    expect(assign("u1", { country: "DE", plan: "premium" })).toEqual({ inExperiment: false, reason: "condition" });
    expect(assign("u1", { country: "SE", plan: "free" })).toEqual({ inExperiment: false, reason: "condition" });
    expect(assign("u1", { country: "SE", plan: "premium" }).inExperiment).toBe(true);
  });

  it("splits many units in the proportions of the weights", () => {
    const assign = compileAssignment({
      key: "pil_w",
      seed: "weights",
      variants: [
        { key: "control", weight: 0.6 },
        { key: "b", weight: 0.3 },
        { key: "c", weight: 0.1 },
      ],
    });
    const counts: Record<string, number> = { control: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i++) {
      const r = assign(`u-${i}`);
      if (r.inExperiment) counts[r.variantKey]! += 1;
    }
    // Binomial standard deviations are below 70 units here; allow 4 of them.
    expect(Math.abs(counts.control! - 12_000)).toBeLessThan(280);
    expect(Math.abs(counts.b! - 6_000)).toBeLessThan(260);
    expect(Math.abs(counts.c! - 2_000)).toBeLessThan(170);
  });

  it.each([
    [[{ key: "only", weight: 1 }], /at least 2 variants/],
    [
      [
        { key: "a", weight: 0.5 },
        { key: "b", weight: 0.6 },
      ],
      /sum to 1/,
    ],
    [
      [
        { key: "a", weight: -0.5 },
        { key: "b", weight: 1.5 },
      ],
      /between 0 and 1/,
    ],
  ])("refuses a bad definition (%j)", (variants, message) => {
    expect(() => compileAssignment({ key: "k", seed: "s", variants })).toThrow(message);
  });
});
