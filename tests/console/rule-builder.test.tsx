import { cleanup, fireEvent, render } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { RuleBuilder } from "../../console/src/features/audiences/rule-builder.js";
import { fromCondition, type RuleModel, toCondition } from "../../console/src/features/audiences/rule-rows.js";
import { validateCondition } from "../../experiments/src/index.js";

afterEach(cleanup);

describe("rule rows and GrowthBook conditions", () => {
  const models: RuleModel[] = [
    { combine: "all", rows: [{ attribute: "region", operator: "in", value: "EU, UK" }] },
    {
      combine: "all",
      rows: [
        { attribute: "tenure", operator: "gte", value: "12" },
        { attribute: "tier", operator: "isNot", value: "free" },
        { attribute: "channel", operator: "exists", value: "" },
      ],
    },
    {
      combine: "any",
      rows: [
        { attribute: "language", operator: "is", value: "sv" },
        { attribute: "region", operator: "regex", value: "^E" },
      ],
    },
    {
      combine: "all",
      rows: [
        { attribute: "tenure", operator: "gte", value: "6" },
        { attribute: "tenure", operator: "lt", value: "24" },
      ],
    },
  ];

  it.each(models.map((m) => [JSON.stringify(m), m] as const))("round-trips %s through valid JSON", (_n, model) => {
    const condition = toCondition(model);
    expect(validateCondition(condition)).toEqual([]);
    expect(fromCondition(condition)).toEqual(model);
  });

  it("writes numbers for numeric attributes and comparisons, lists for one-of", () => {
    expect(toCondition(models[1]!)).toEqual({
      tenure: { $gte: 12 },
      tier: { $ne: "free" },
      channel: { $exists: true },
    });
    expect(toCondition(models[3]!)).toEqual({ $and: [{ tenure: { $gte: 6 } }, { tenure: { $lt: 24 } }] });
    expect(toCondition({ combine: "all", rows: [] })).toEqual({});
  });

  it("steps aside for rules the rows cannot show", () => {
    expect(fromCondition({ $not: { region: "EU" } })).toBeNull();
    expect(fromCondition({ $or: [{ a: 1, b: 2 }] })).toBeNull();
    expect(fromCondition({ tags: { $elemMatch: { $eq: "vip" } } })).toBeNull();
    expect(fromCondition({ region: "EU" })).toEqual({
      combine: "all",
      rows: [{ attribute: "region", operator: "is", value: "EU" }],
    });
  });
});

describe("RuleBuilder", () => {
  function Harness({ initial }: { initial: Record<string, unknown> | null }) {
    const [value, setValue] = useState(initial);
    return (
      <>
        <RuleBuilder idPrefix="t" value={value} onChange={setValue} />
        <output data-testid="value">{JSON.stringify(value)}</output>
      </>
    );
  }

  it("keeps the rows and the JSON in step, both ways", () => {
    const view = render(<Harness initial={{ region: "EU" }} />);
    fireEvent.click(view.getByText("Add condition"));
    fireEvent.change(view.getByLabelText("Rule 2 attribute"), { target: { value: "tenure" } });
    fireEvent.change(view.getByLabelText("Rule 2 operator"), { target: { value: "gte" } });
    fireEvent.change(view.getByLabelText("Rule 2 value"), { target: { value: "12" } });
    expect(JSON.parse(view.getByTestId("value").textContent!)).toEqual({ region: { $eq: "EU" }, tenure: { $gte: 12 } });
    const json = view.getByLabelText("Rule as JSON (GrowthBook condition syntax)") as HTMLTextAreaElement;
    expect(JSON.parse(json.value)).toEqual({ region: { $eq: "EU" }, tenure: { $gte: 12 } });

    fireEvent.change(json, { target: { value: '{ "$not": { "tier": "free" } }' } });
    expect(view.getByText(/more than the builder shows/)).toBeTruthy();
    expect(JSON.parse(view.getByTestId("value").textContent!)).toEqual({ $not: { tier: "free" } });
    fireEvent.change(json, { target: { value: '{ "tier": ' } });
    expect(view.getByText(/Not valid JSON yet/)).toBeTruthy();
  });
});
