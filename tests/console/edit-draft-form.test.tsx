import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type Client, Provider } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromValue, never } from "wonka";
import { EditDraftForm } from "../../console/src/features/policies/edit-draft-form.js";

afterEach(cleanup);

// What the API answers for `...EditDraftForm_PolicyVersionFragment`.
const version = {
  id: "pv_2",
  title: "Faster refunds",
  changeNote: "",
  reviewBy: null,
  revision: 4,
  content: {
    purpose: "Resolve fairly.",
    goals: "",
    expectations: "",
    procedures: "Approve refunds under 50 EUR.",
    escalation: "",
    channelsAndHours: "",
    benchmarks: "",
    glossary: "",
  },
} as never;

function open(answers: unknown[]) {
  const queue = [...answers];
  const executeMutation = vi.fn(() =>
    fromValue({ data: { updatePolicyVersion: queue.shift() }, stale: false, hasNext: false }),
  );
  const client = { executeQuery: () => never, executeMutation } as unknown as Client;
  const onDone = vi.fn();
  render(
    <Provider value={client}>
      <EditDraftForm version={version} onDone={onDone} />
    </Provider>,
  );
  const form = screen.getByRole("form", { name: "Edit draft" });
  const sent = () =>
    (executeMutation.mock.calls as unknown as [{ variables: { input: Record<string, unknown> } }][]).map(
      ([operation]) => operation.variables.input,
    );
  return { form, onDone, sent };
}

const success = { __typename: "MutationUpdatePolicyVersionSuccess", data: { ...(version as object), revision: 5 } };

describe("EditDraftForm", () => {
  it("sends the revision it was based on, only the changed fields, and the review-by date", async () => {
    const { form, onDone, sent } = open([success]);
    fireEvent.change(within(form).getByLabelText("Procedures"), { target: { value: "Approve under 80 EUR." } });
    fireEvent.change(within(form).getByLabelText("Review by"), { target: { value: "2027-03-31" } });
    fireEvent.click(within(form).getByRole("button", { name: "Save draft" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Draft saved."));
    expect(sent()).toEqual([
      {
        versionId: "pv_2",
        baseRevision: 4,
        reviewBy: "2027-03-31",
        content: { procedures: "Approve under 80 EUR." },
      },
    ]);
  });

  it("shows a conflict side by side, who changed it and when, instead of Draft saved; saving again uses the new revision", async () => {
    const conflict = {
      __typename: "EditConflictError",
      code: "EDIT_CONFLICT",
      message:
        'Ada Admin changed Procedures of version 2 "Faster refunds" of policy "Returns" after revision 4, which your edit was based on (latest change 2026-12-01 10:15 UTC, now revision 6). Nothing of your edit was saved: compare their text with yours, then save again based on revision 6.',
      baseRevision: 4,
      currentRevision: 6,
      changedByName: "Ada Admin",
      changedAt: "2026-12-01T10:15:00.000Z",
      conflicts: [
        {
          field: "procedures",
          label: "Procedures",
          theirs: "Approve refunds under 20 EUR.",
          yours: "Approve under 80 EUR.",
          revision: 6,
          changedByName: "Ada Admin",
          changedAt: "2026-12-01T10:15:00.000Z",
        },
      ],
    };
    const { form, onDone, sent } = open([conflict, success]);
    fireEvent.change(within(form).getByLabelText("Procedures"), { target: { value: "Approve under 80 EUR." } });
    fireEvent.click(within(form).getByRole("button", { name: "Save draft" }));
    const panel = await screen.findByRole("region", { name: "Edit conflict" });
    expect(onDone).not.toHaveBeenCalled();
    expect(panel.textContent).toContain("Ada Admin changed Procedures");
    const theirs = within(panel).getByRole("figure", { name: /Their Procedures, by Ada Admin/ });
    const yours = within(panel).getByRole("figure", { name: "Your Procedures (not saved)" });
    expect(theirs.textContent).toContain("Approve refunds under 20 EUR.");
    expect(yours.textContent).toContain("Approve under 80 EUR.");

    // Keeping their text leaves nothing to send for that section; the retry is based on revision 6.
    fireEvent.click(within(panel).getByRole("button", { name: "Use their Procedures" }));
    expect((within(form).getByLabelText("Procedures") as HTMLTextAreaElement).value).toBe(
      "Approve refunds under 20 EUR.",
    );
    fireEvent.change(within(form).getByLabelText("Purpose"), { target: { value: "Resolve fairly and fast." } });
    fireEvent.click(within(form).getByRole("button", { name: "Save draft" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Draft saved."));
    expect(sent()[1]).toEqual({
      versionId: "pv_2",
      baseRevision: 6,
      content: { purpose: "Resolve fairly and fast." },
    });
  });
});
