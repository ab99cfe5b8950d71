import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileAssignment, validateCondition } from "../../experiments/src/index.js";

type Case = [name: string, condition: Record<string, unknown>, attributes: Record<string, unknown>, expected: boolean];

/** GrowthBook's cross-SDK evalCondition cases (MIT; source, commit and licence in the fixture). */
const fixture: { cases: Case[] } = JSON.parse(
  readFileSync(new URL("../fixtures/growthbook/eval-condition-cases.json", import.meta.url), "utf8"),
);

/** Operators outside GrowthBook's set: the spec checks that SDKs treat them as failing; our validator refuses them. */
const UNKNOWN_OPERATOR = /"\$(regx|inGroup|notInGroup|savedGroup)"/;
/**
 * The cases the spec writes on purpose with a malformed condition (an unknown operator, $in without a list, a regex
 * that does not compile): SDKs must evaluate them to false without crashing; our validator refuses to store them.
 * Also refused, though GrowthBook evaluates it: an attribute whose name starts with "$" ("$groups"), which our rule
 * builder never produces and which would hide a misspelt operator.
 */
const isMalformed = (c: Case) =>
  UNKNOWN_OPERATOR.test(JSON.stringify(c[1])) || /^\$(in|nin|ini|nini) - not array$|regex invalid|^\$groups/.test(c[0]);

/**
 * Our wrapper adds the unit id as attribute `id`. A case is expressible when its attributes object carries no `id`
 * or a string `id` we can pass as the unit id.
 */
const expressible = fixture.cases.filter((c) => {
  const id = (c[2] as { id?: unknown }).id;
  return (
    c[2] !== null && typeof c[2] === "object" && !Array.isArray(c[2]) && (id === undefined || typeof id === "string")
  );
});

const definition = (condition: Record<string, unknown>) => ({
  key: "pil_gb",
  seed: "gb-cases",
  coverage: 1,
  variants: [
    { key: "control", weight: 0.5 },
    { key: "b", weight: 0.5 },
  ],
  condition,
});

describe("GrowthBook evalCondition cases through compileAssignment", () => {
  it("keeps almost all of the 240 cases", () => {
    expect(fixture.cases.length).toBe(240);
    expect(expressible.length).toBeGreaterThan(230);
  });

  it.each(expressible)("%s", (_name, condition, attributes, expected) => {
    const unitId = typeof attributes.id === "string" ? attributes.id : "unit-1";
    const result = compileAssignment(definition(condition))(unitId, attributes);
    expect(result.inExperiment).toBe(expected);
    if (!expected) expect(result).toEqual({ inExperiment: false, reason: "condition" });
  });
});

describe("validateCondition on GrowthBook's cases", () => {
  it.each(fixture.cases.filter((c) => !isMalformed(c)))("accepts %s", (_name, condition) => {
    expect(validateCondition(condition)).toEqual([]);
  });

  it.each(fixture.cases.filter(isMalformed))("refuses %s, saying what is allowed", (_n, condition) => {
    const issues = validateCondition(condition);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.message).toMatch(
      /Unknown operator.*\$in|at the top of a rule use attribute names or \$and|takes a list|not a valid regular expression/,
    );
  });
});

describe("validateCondition", () => {
  it("lists every problem with its path and what is allowed", () => {
    const issues = validateCondition({
      region: { $in: "EU" },
      tier: { $regx: "gold" },
      tenure: { $gt: [1] },
      $where: "x",
      language: { $regex: "(" },
    });
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "region.$in",
      "tier.$regx",
      "tenure.$gt",
      "$where",
      "language.$regex",
    ]);
    expect(issues[1]?.message).toContain("$nin");
    expect(issues[3]?.message).toContain("$or");
  });

  it("refuses what is not a rule object", () => {
    expect(validateCondition([])).toHaveLength(1);
    expect(validateCondition("region=EU")[0]?.message).toContain("JSON object");
    expect(validateCondition({})).toEqual([]);
  });
});
