import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type Client, Provider } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromValue, never } from "wonka";
import { PromoteDialog } from "../../console/src/features/pilots/promote-dialog.js";

afterEach(cleanup);

// What the API answers for `...PromoteDialog_PilotFragment`.
const pilot = {
  id: "pil_1",
  variants: [
    { id: "pvar_c", key: "control", name: "Published v3", isControl: true, policyVersion: { number: 3 } },
    { id: "pvar_v", key: "voucher", name: "Apology voucher", isControl: false, policyVersion: { number: 4 } },
  ],
  results: { recommendation: { action: "SHIP", variantKey: "voucher" } },
} as never;

function clientAnswering(promoteVariant: unknown) {
  const executeMutation = vi.fn(() => fromValue({ data: { promoteVariant }, stale: false, hasNext: false }));
  const client = { executeQuery: () => never, executeMutation } as unknown as Client;
  return { client, executeMutation };
}

function open(promoteVariant: unknown) {
  const { client, executeMutation } = clientAnswering(promoteVariant);
  const onDone = vi.fn();
  render(
    <Provider value={client}>
      <PromoteDialog pilot={pilot} onClose={() => {}} onDone={onDone} />
    </Provider>,
  );
  return { dialog: screen.getByRole("dialog", { name: "Promote a variant" }), onDone, executeMutation };
}

describe("PromoteDialog", () => {
  it("preselects the recommended variant and refuses a short rationale without asking the server", () => {
    const { dialog, executeMutation } = open(null);
    expect((within(dialog).getByLabelText("Variant") as HTMLSelectElement).value).toBe("voucher");
    fireEvent.change(within(dialog).getByLabelText("Rationale"), { target: { value: "too short" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Promote" }));
    expect(within(dialog).getByRole("alert").textContent).toMatch(/at least 10 characters/);
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it("shows the server's refusal in words", async () => {
    const { dialog, onDone } = open({
      __typename: "InvalidStateError",
      message: "Can only promote a variant of a RUNNING or PAUSED pilot; pil_1 is CONCLUDED.",
    });
    fireEvent.change(within(dialog).getByLabelText("Rationale"), { target: { value: "Clearly better CSAT." } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Promote" }));
    await waitFor(() => expect(within(dialog).getByRole("alert").textContent).toMatch(/pil_1 is CONCLUDED/));
    expect(onDone).not.toHaveBeenCalled();
  });

  it("reports the new published version", async () => {
    const { dialog, onDone, executeMutation } = open({
      __typename: "MutationPromoteVariantSuccess",
      data: {
        id: "dec_1",
        outcome: "PROMOTE_VARIANT",
        publishedVersion: { id: "pv_5", number: 5, policy: { id: "pol_1" } },
      },
    });
    fireEvent.change(within(dialog).getByLabelText("Rationale"), { target: { value: "Clearly better CSAT." } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Promote" }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith({
        variantName: "Apology voucher",
        publishedVersion: expect.objectContaining({ number: 5 }),
      }),
    );
    const [[operation]] = executeMutation.mock.calls as unknown as [[{ variables: unknown }]];
    expect(operation.variables).toEqual({
      input: { pilotId: "pil_1", variantKey: "voucher", rationale: "Clearly better CSAT." },
    });
  });
});
