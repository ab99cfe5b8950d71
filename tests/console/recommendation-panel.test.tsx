import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { RecommendationPanel } from "../../console/src/features/pilots/recommendation-panel.js";

afterEach(cleanup);

describe("RecommendationPanel", () => {
  it("does not say 'Ship' next to 'about 17 more days'", () => {
    const results = {
      requiredPerArm: 900,
      daysRemaining: 17,
      plannedSampleReached: false,
      design: {
        primaryMetric: "csat",
        mde: 0.05,
        power: 0.8,
        metrics: [{ key: "csat", label: "CSAT", difference: "relative" }],
      },
      recommendation: {
        action: "SHIP",
        variantKey: "b",
        headline: "Ship b: it wins on CSAT and harms no guardrail.",
        reasons: ["b improves CSAT by +7.3 % (adjusted p = 0.049)."],
      },
    };
    // biome-ignore lint/suspicious/noExplicitAny: fragment masking is only a type.
    render(<RecommendationPanel results={results as any} />);
    const panel = screen.getByRole("region", { name: "Recommendation" });
    expect(panel.textContent).toMatch(/Ship b/);
    expect(panel.textContent).not.toMatch(/more days/);
    expect(panel.textContent).toMatch(
      /Planned sample: 900 participants per arm to detect a 5 % change in CSAT with 80 % power/,
    );
  });
});
