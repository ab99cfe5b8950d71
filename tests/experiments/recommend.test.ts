import { describe, expect, it } from "vitest";
import { type CompareResult, type MetricEvidence, recommend } from "../../experiments/src/index.js";

const result = (estimate: number, pValue: number): CompareResult => ({
  estimate,
  interval: [estimate - 0.05, estimate + 0.05],
  standardError: 0.025,
  pValue,
});

function metrics(
  primary: Record<string, CompareResult>,
  guardrail?: { comparisons: Record<string, CompareResult>; pass: Record<string, boolean> },
): MetricEvidence[] {
  const out: MetricEvidence[] = [{ key: "csat", label: "CSAT", role: "primary", comparisons: primary }];
  if (guardrail) {
    out.push({
      key: "reopen",
      label: "reopen rate",
      role: "guardrail",
      inverse: true,
      comparisons: guardrail.comparisons,
      guardrails: Object.fromEntries(
        Object.entries(guardrail.pass).map(([t, pass]) => [
          t,
          { pass, pValue: pass ? 0.01 : 0.6, estimate: 0, bound: 0, margin: 0.02 },
        ]),
      ),
    });
  }
  return out;
}

describe("recommend", () => {
  it("ships the best significant winner that harms no guardrail", () => {
    const r = recommend({
      treatments: ["b", "c"],
      srmPValue: 0.4,
      metrics: metrics(
        { b: result(0.06, 0.001), c: result(0.09, 0.0001) },
        {
          comparisons: { b: result(0.001, 0.9), c: result(0.08, 0.001) },
          pass: { b: true, c: false },
        },
      ),
    });
    expect(r.action).toBe("ship");
    expect(r.variant).toBe("b");
    expect(r.reasons.join(" ")).toMatch(/c harms the guardrail reopen rate/);
  });

  it("keeps control when every treatment is significantly worse", () => {
    const r = recommend({ treatments: ["b"], srmPValue: 0.4, metrics: metrics({ b: result(-0.08, 0.0005) }) });
    expect(r.action).toBe("keep-control");
  });

  it("keeps running, with the days left, until the planned sample is reached; then says no difference", () => {
    const evidence = { treatments: ["b"], srmPValue: 0.4, metrics: metrics({ b: result(0.01, 0.4) }) };
    const running = recommend({ ...evidence, progress: { requiredPerArm: 800, currentPerArm: 300, daysRemaining: 9 } });
    expect(running.action).toBe("keep-running");
    expect(running.headline).toMatch(/about 9 more days/);
    const done = recommend({ ...evidence, progress: { requiredPerArm: 800, currentPerArm: 820, daysRemaining: 0 } });
    expect(done.action).toBe("no-difference");
  });

  it("does not ship on a p-value that only passes before the correction for several variants and metrics", () => {
    const r = recommend({
      treatments: ["b", "c", "d"],
      srmPValue: 0.4,
      metrics: metrics({ b: result(0.04, 0.03), c: result(0.01, 0.5), d: result(-0.01, 0.6) }),
    });
    expect(r.action).not.toBe("ship");
  });

  it("reports an unhealthy pilot before anything else", () => {
    const r = recommend({ treatments: ["b"], srmPValue: 1e-6, metrics: metrics({ b: result(0.2, 1e-9) }) });
    expect(r.action).toBe("unhealthy");
  });
});
