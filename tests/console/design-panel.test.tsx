import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type Client, Provider } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromValue } from "wonka";
import { DesignPanel } from "../../console/src/features/pilots/design-panel.js";

afterEach(cleanup);

const CATALOGUE = [
  { key: "csat", label: "CSAT", difference: "relative", inverse: false, source: "survey" },
  { key: "satisfied", label: "satisfied share", difference: "relative", inverse: false, source: "survey" },
  { key: "nps", label: "NPS", difference: "absolute", inverse: false, source: "survey" },
  { key: "ces", label: "customer effort", difference: "relative", inverse: true, source: "survey" },
];

const pilot = (status: string) =>
  ({
    id: "pil_1",
    status,
    design: {
      primaryMetric: "csat",
      secondaryMetrics: ["satisfied", "nps"],
      alpha: 0.05,
      engine: "SEQUENTIAL",
      priorMean: null,
      priorVariance: null,
      mde: 0.05,
      power: 0.8,
      guardrails: [{ metric: "ces", margin: 0.05 }],
      metrics: CATALOGUE.map(({ key, label, difference }) => ({ key, label, difference })),
    },
  }) as never;

function show(status: string, updatePilotDesign: unknown = null) {
  const executeMutation = vi.fn(() => fromValue({ data: { updatePilotDesign }, stale: false, hasNext: false }));
  const client = {
    executeQuery: () => fromValue({ data: { metricCatalogue: CATALOGUE }, stale: false, hasNext: false }),
    executeMutation,
  } as unknown as Client;
  render(
    <Provider value={client}>
      <DesignPanel pilot={pilot(status)} canEdit />
    </Provider>,
  );
  return { panel: screen.getByRole("region", { name: "Design" }), executeMutation };
}

describe("DesignPanel", () => {
  it("says the design in words, frozen for a running pilot", () => {
    const { panel } = show("RUNNING");
    expect(panel.textContent).toMatch(/Primary metric: CSAT — sized to detect 5 % with 80 % power/);
    expect(panel.textContent).toMatch(/customer effort may not get worse by more than 5 %/);
    expect(panel.textContent).toMatch(/frozen since the start/);
    expect(within(panel).queryByRole("button", { name: "Edit design" })).toBeNull();
  });

  it("edits a draft's design and shows the server's refusal in words", async () => {
    const { panel, executeMutation } = show("DRAFT", {
      __typename: "ValidationError",
      message: "The pilot's design is not valid: alpha must be above 0 and at most 0.5.",
      issues: [{ path: ["design", "alpha"], message: "must be above 0 and at most 0.5" }],
    });
    fireEvent.click(within(panel).getByRole("button", { name: "Edit design" }));
    const editor = screen.getByRole("region", { name: "Design" });
    fireEvent.change(within(editor).getByLabelText("Primary metric"), { target: { value: "nps" } });
    fireEvent.change(within(editor).getByLabelText("Minimum detectable effect"), { target: { value: "4" } });
    fireEvent.change(within(editor).getByLabelText("Guardrail 1 margin"), { target: { value: "2" } });
    fireEvent.click(within(editor).getByRole("button", { name: "Save design" }));
    await waitFor(() => expect(executeMutation).toHaveBeenCalled());
    const calls = executeMutation.mock.calls as unknown as [{ variables: { input: { design: unknown } } }][];
    expect(calls[0]![0].variables.input.design).toEqual({
      primaryMetric: "nps",
      secondaryMetrics: ["satisfied"],
      guardrails: [{ metric: "ces", margin: 0.02 }],
      alpha: 0.05,
      engine: "SEQUENTIAL",
      prior: null,
      mde: 4,
      power: 0.8,
    });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/alpha must be above 0/));
  });
});
