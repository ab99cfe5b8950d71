import { DEFAULT_DESIGN } from "@policy-pilot/experiments";
import { describe, expect, it } from "vitest";
import { resolveDesign } from "../../api/src/modules/pilots/pilot-design.js";
import { ValidationError } from "../../api/src/schema/errors.js";

describe("resolveDesign", () => {
  it("drops the new primary metric from the default secondaries and guardrails, and resizes the MDE to its kind", () => {
    const nps = resolveDesign({ primaryMetric: "nps" });
    expect(nps).toMatchObject({ secondaryMetrics: ["csat", "satisfied"], guardrails: [{ metric: "ces" }], mde: 5 });
    const effort = resolveDesign({ primaryMetric: "ces" });
    expect(effort).toMatchObject({ secondaryMetrics: ["csat", "satisfied", "nps"], guardrails: [], mde: 0.05 });
    // Back from NPS (points) to CSAT (relative): 5 points must not become a 500 % lift.
    expect(resolveDesign({ primaryMetric: "csat" }, nps).mde).toBe(DEFAULT_DESIGN.mde);
    expect(resolveDesign({ primaryMetric: "satisfied", mde: 0.1 }, nps).mde).toBe(0.1);
  });

  it("lists every problem with its path", () => {
    try {
      resolveDesign({ alpha: 0.9, power: 1.2, guardrails: [{ metric: "ces", margin: 2 }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.path.join("."))).toEqual([
        "design.guardrails.0.margin",
        "design.alpha",
        "design.power",
      ]);
    }
  });
});
