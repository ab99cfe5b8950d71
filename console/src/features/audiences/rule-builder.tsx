import { useEffect, useState } from "react";
import {
  fromCondition,
  OPERATOR_LABELS,
  type RuleModel,
  type RuleOperator,
  type RuleRow,
  toCondition,
} from "./rule-rows.js";

export const KNOWN_ATTRIBUTES = ["region", "tier", "language", "channel", "tenure"];
const HINTS: Record<string, string> = {
  region: "e.g. EU",
  tier: "e.g. gold",
  language: "e.g. sv",
  channel: "e.g. chat",
  tenure: "months, e.g. 12",
};

type Props = {
  /** The rule as GrowthBook condition JSON ({} or null: anyone). */
  value: Record<string, unknown> | null;
  onChange: (condition: Record<string, unknown> | null) => void;
  disabled?: boolean;
  idPrefix: string;
};

/**
 * A visual builder for an attribute rule (rows of attribute, operator, value; all or any of them), with the
 * GrowthBook condition JSON beside it, visible and editable. Editing either updates the other; JSON the rows cannot
 * show (nesting, $not, …) is kept and the rows step aside.
 */
export function RuleBuilder({ value, onChange, disabled, idPrefix }: Props) {
  const [json, setJson] = useState(() => JSON.stringify(value ?? {}, null, 2));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const model = fromCondition(value);

  useEffect(() => {
    // Keep the JSON text in step with the rows (but not while the text is invalid and being typed).
    setJson((text) => {
      try {
        if (JSON.stringify(JSON.parse(text)) === JSON.stringify(value ?? {})) return text;
      } catch {
        return text;
      }
      return JSON.stringify(value ?? {}, null, 2);
    });
  }, [value]);

  const setModel = (next: RuleModel) => {
    const condition = toCondition(next);
    onChange(Object.keys(condition).length ? condition : null);
  };
  const rows = model?.rows ?? [];
  const update = (index: number, patch: Partial<RuleRow>) =>
    model && setModel({ ...model, rows: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <div className="rule-builder">
      {model ? (
        <fieldset disabled={disabled} aria-label="Rule builder">
          <legend className="small muted">Participants whose attributes match</legend>
          <div className="row">
            <label htmlFor={`${idPrefix}-combine`} className="small">
              Match
            </label>
            <select
              id={`${idPrefix}-combine`}
              value={model.combine}
              onChange={(e) => setModel({ ...model, combine: e.target.value as RuleModel["combine"] })}
            >
              <option value="all">all of these</option>
              <option value="any">any of these</option>
            </select>
          </div>
          {rows.length === 0 && <p className="small muted">No rule: anyone (subject to the lists and coverage).</p>}
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own.
            <div className="row rule-row" key={i}>
              <input
                aria-label={`Rule ${i + 1} attribute`}
                list={`${idPrefix}-attributes`}
                value={row.attribute}
                onChange={(e) => update(i, { attribute: e.target.value })}
                placeholder="attribute"
              />
              <select
                aria-label={`Rule ${i + 1} operator`}
                value={row.operator}
                onChange={(e) => update(i, { operator: e.target.value as RuleOperator })}
              >
                {(Object.keys(OPERATOR_LABELS) as RuleOperator[]).map((op) => (
                  <option key={op} value={op}>
                    {OPERATOR_LABELS[op]}
                  </option>
                ))}
              </select>
              {row.operator !== "exists" && row.operator !== "missing" && (
                <input
                  aria-label={`Rule ${i + 1} value`}
                  value={row.value}
                  onChange={(e) => update(i, { value: e.target.value })}
                  placeholder={
                    row.operator === "in" || row.operator === "notIn"
                      ? "values, separated by commas"
                      : (HINTS[row.attribute] ?? "value")
                  }
                />
              )}
              <button type="button" onClick={() => setModel({ ...model, rows: rows.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </div>
          ))}
          <datalist id={`${idPrefix}-attributes`}>
            {KNOWN_ATTRIBUTES.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <button
            type="button"
            onClick={() => setModel({ ...model, rows: [...rows, { attribute: "region", operator: "is", value: "" }] })}
          >
            Add condition
          </button>
        </fieldset>
      ) : (
        <p className="small muted">This rule is more than the builder shows (nesting, $not, …): edit its JSON.</p>
      )}
      <label htmlFor={`${idPrefix}-json`} className="small">
        Rule as JSON (GrowthBook condition syntax)
      </label>
      <textarea
        id={`${idPrefix}-json`}
        className="mono"
        rows={Math.min(12, Math.max(3, json.split("\n").length))}
        value={json}
        disabled={disabled}
        onChange={(e) => {
          setJson(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value || "{}");
            if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
              setJsonError('A rule is a JSON object, e.g. { "region": "EU" }.');
              return;
            }
            setJsonError(null);
            onChange(Object.keys(parsed).length ? parsed : null);
          } catch (error) {
            setJsonError(`Not valid JSON yet: ${(error as Error).message}`);
          }
        }}
      />
      {jsonError && <p className="small warning">{jsonError}</p>}
    </div>
  );
}
