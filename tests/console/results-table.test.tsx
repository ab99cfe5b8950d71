import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ResultsTable } from "../../console/src/features/pilots/results-table.js";

afterEach(cleanup);

const comparison = (metric: string, verdict: string, estimate: number, error: string | null = null) => ({
  metric,
  role: metric === "ces" ? "guardrail" : metric === "csat" ? "primary" : "secondary",
  difference: metric === "nps" ? "absolute" : "relative",
  estimate,
  intervalLow: estimate - 0.05,
  intervalHigh: estimate + 0.05,
  pValueText: "< 0.001",
  adjustedPValueText: metric === "ces" ? null : "= 0.012",
  chanceToWin: null,
  riskIfShipped: null,
  verdict,
  error,
  guardrailMargin: metric === "ces" ? 0.05 : null,
});

const variant = (key: string, name: string, isControl: boolean, comparisons: unknown[]) => ({
  variantId: `pvar_${key}`,
  key,
  name,
  isControl,
  weight: 0.5,
  participants: 120,
  exposures: 300,
  csatN: 80,
  csatMean: isControl ? 3.8 : 4.2,
  satisfiedShare: isControl ? 0.64 : 0.8,
  npsN: 80,
  nps: isControl ? -5 : 26.4,
  cesN: 80,
  cesMean: 3.1,
  comments: 12,
  comparisons,
});

// What the API answers for `...ResultsTable_PilotResultsFragment` (fragment masking is only a type).
const results = (srmHealthy: boolean) =>
  ({
    alpha: 0.05,
    engine: "SEQUENTIAL",
    correction: "holm-bonferroni",
    csv: "variant,metric\r\n",
    metrics: [
      { key: "csat", label: "CSAT", role: "primary" },
      { key: "nps", label: "NPS", role: "secondary" },
      { key: "ces", label: "customer effort", role: "guardrail" },
    ],
    healthStatus: srmHealthy ? "OK" : "FAILED",
    healthChecks: [
      { code: "SAMPLE_RATIO", status: srmHealthy ? "OK" : "FAILED", pValue: 0.0002, text: "Participants per arm …" },
    ],
    phases: [
      {
        number: 1,
        startedAt: null,
        srmPValue: 0.4,
        arms: [
          { key: "control", weight: 0.7, participants: 140 },
          { key: "voucher", weight: 0.3, participants: 60 },
        ],
      },
      {
        number: 2,
        startedAt: "2026-11-20T10:00:00.000Z",
        srmPValue: 0.0001,
        arms: [
          { key: "control", weight: 0.5, participants: 30 },
          { key: "voucher", weight: 0.5, participants: 10 },
        ],
      },
    ],
    srmPValue: 0.0002,
    srmHealthy,
    totalParticipants: 240,
    totalResponses: 160,
    computedAt: "2026-11-22T10:00:00.000Z",
    variants: [
      variant("control", "Published v3", true, []),
      variant("voucher", "Apology voucher", false, [
        comparison("csat", "BETTER", 0.105),
        comparison("nps", "WORSE", -3.2),
        comparison("ces", "INCONCLUSIVE", 0, "Each arm needs at least 2 units before it can be compared."),
      ]),
    ],
  }) as never;

describe("ResultsTable", () => {
  it("shows each variant and each treatment's comparisons with their verdicts", () => {
    render(<ResultsTable results={results(true)} />);
    const table = screen.getByRole("table", { name: "Results" });
    expect(within(table).getByText("Published v3")).toBeTruthy();
    expect(within(table).getByText("Apology voucher")).toBeTruthy();
    const csat = within(table)
      .getByText(/CSAT vs control/)
      .closest("tr")!;
    expect(csat.textContent).toContain("+10.5 %");
    expect(csat.textContent).toContain("p < 0.001 · adjusted p = 0.012");
    expect(csat.className).toContain("BETTER");
    const nps = within(table)
      .getByText(/NPS vs control/)
      .closest("tr")!;
    expect(nps.textContent).toContain("-3.2 pts");
    expect(nps.className).toContain("WORSE");
    const ces = within(table)
      .getByText(/customer effort vs control/)
      .closest("tr")!;
    expect(ces.textContent).toContain("Each arm needs at least 2 units");
    expect(ces.textContent).toContain("guardrail: at most 5.0 % worse");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows every phase's weights, participants and sample-ratio p-value", () => {
    render(<ResultsTable results={results(true)} />);
    const phases = screen.getByRole("table", { name: "Phases" });
    const rows = within(phases).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]!.textContent).toContain("70 % · 140");
    expect(rows[2]!.textContent).toContain("50 % · 30");
    expect(rows[2]!.textContent).toContain("< 0.001");
    expect(screen.getByRole("button", { name: "Download CSV" })).toBeTruthy();
  });

  it("warns in words when the sample ratio does not match the weights", () => {
    render(<ResultsTable results={results(false)} />);
    expect(screen.getByRole("alert").textContent).toMatch(/Sample-ratio mismatch.*p < 0.001/);
  });
});
