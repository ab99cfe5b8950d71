import { fieldError } from "../../ui/field-error.js";

type Issue = { path: string[]; message: string };

/**
 * The survey throttle and link-expiry inputs (days), with the API's validation issue under each: the same fields
 * when connecting a helpdesk and when changing its settings.
 */
export function SurveyDaysFields(props: {
  idPrefix: string;
  issues: Issue[] | undefined;
  throttleDays: string;
  onThrottleDays: (value: string) => void;
  expiryDays: string;
  onExpiryDays: (value: string) => void;
  /** Explain each field under it (the connect form); the settings form is compact. */
  withHints?: boolean;
}) {
  const { idPrefix, issues, withHints } = props;
  const fields = [
    {
      name: "surveyThrottleDays",
      id: `${idPrefix}-throttle`,
      label: "Throttle (days)",
      min: 0,
      max: 365,
      value: props.throttleDays,
      onChange: props.onThrottleDays,
      hint: "At most one survey per customer in this many days, across all pilots.",
    },
    {
      name: "surveyExpiryDays",
      id: `${idPrefix}-expiry`,
      label: "Link expiry (days)",
      min: 1,
      max: 90,
      value: props.expiryDays,
      onChange: props.onExpiryDays,
      hint: "How long a survey link stays valid.",
    },
  ];
  return (
    <div className={withHints ? "grid-2" : "grid-2 tight"}>
      {fields.map((f) => {
        const error = fieldError(idPrefix, issues, f.name);
        return (
          <div key={f.name}>
            <label htmlFor={f.id}>{f.label}</label>
            <input
              id={f.id}
              type="number"
              inputMode="numeric"
              min={f.min}
              max={f.max}
              step={1}
              value={f.value}
              onChange={(e) => f.onChange(e.target.value)}
              {...error.props}
            />
            {error.message}
            {withHints && <div className="field-hint">{f.hint}</div>}
          </div>
        );
      })}
    </div>
  );
}
