import { type FormEvent, useState } from "react";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { formatDateTime } from "../../lib/format.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const DisclosurePanelQuery = graphql(`
  query DisclosurePanelQuery($id: ID!) {
    node(id: $id) {
      __typename
      ... on Pilot {
        id status consentRequired
        disclosure {
          version createdAt
          en { whatChanges duration dataKept howToLeave }
          sv { whatChanges duration dataKept howToLeave }
        }
      }
    }
  }
`);

const DisclosurePanelMutation = graphql(`
  mutation DisclosurePanelMutation($input: SaveDisclosureInput!) {
    saveDisclosure(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationSaveDisclosureSuccess { data { version } }
    }
  }
`);

type Text = { whatChanges: string; duration: string; dataKept: string; howToLeave: string };
const FIELDS: { key: keyof Text; label: string }[] = [
  { key: "whatChanges", label: "What changes" },
  { key: "duration", label: "How long" },
  { key: "dataKept", label: "What data is kept" },
  { key: "howToLeave", label: "How to leave" },
];
const EMPTY: Text = { whatChanges: "", duration: "", dataKept: "", howToLeave: "" };
const strip = (t: Text | null | undefined): Text =>
  t ? { whatChanges: t.whatChanges, duration: t.duration, dataKept: t.dataKept, howToLeave: t.howToLeave } : EMPTY;

/**
 * The beta disclosure of a consent-required pilot: what customers read before they accept, in English and Swedish,
 * with a preview. Every save is a new version; once the pilot runs it is frozen (read only).
 */
export function DisclosurePanel({ pilotId, canEdit }: { pilotId: string; canEdit: boolean }) {
  const [{ data, error: loadError }, reload] = useQuery({ query: DisclosurePanelQuery, variables: { id: pilotId } });
  const pilot = data?.node?.__typename === "Pilot" ? data.node : null;
  const [texts, setTexts] = useState<{ en: Text; sv: Text } | null>(null);
  const [language, setLanguage] = useState<"en" | "sv">("en");
  const [message, setMessage] = useState<{ ok: boolean; text: string; issues?: Issue[] } | null>(null);
  const [state, save] = useMutation(DisclosurePanelMutation);
  if (loadError && !data) return <ErrorText message={`Could not load the disclosure: ${loadError.message}`} />;
  if (!pilot?.consentRequired) return null;
  const current = texts ?? { en: strip(pilot.disclosure?.en), sv: strip(pilot.disclosure?.sv) };
  const editable = canEdit && pilot.status === "DRAFT";

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await save({ input: { pilotId, en: current.en, sv: current.sv } });
    const outcome = outcomeOf(result.error, result.data?.saveDisclosure);
    if (outcome.ok) {
      setMessage({ ok: true, text: `Disclosure saved as version ${outcome.data.version}.` });
      setTexts(null);
      reload({ requestPolicy: "network-only" });
    } else setMessage({ ok: false, text: outcome.message, issues: outcome.issues });
  }

  const preview = current[language];
  return (
    <section aria-labelledby="disclosure-heading">
      <h2 id="disclosure-heading">Beta disclosure</h2>
      <p className="small muted">
        Customers read this before they accept or decline the beta; only those who accept are randomized.{" "}
        {pilot.disclosure
          ? `Version ${pilot.disclosure.version}, saved ${formatDateTime(pilot.disclosure.createdAt)}.`
          : "Not written yet: the pilot cannot start without it."}
        {pilot.status !== "DRAFT" ? " Frozen while the pilot runs: customers agreed to this text." : ""}
      </p>
      <fieldset className="spread">
        <legend className="small muted">Language</legend>
        {(["en", "sv"] as const).map((l) => (
          <button
            key={l}
            type="button"
            className={language === l ? "" : "secondary"}
            aria-pressed={language === l}
            onClick={() => setLanguage(l)}
          >
            {l === "en" ? "English" : "Swedish"}
          </button>
        ))}
      </fieldset>
      {editable ? (
        <form onSubmit={submit}>
          {FIELDS.map((f) => (
            <div key={f.key}>
              <label htmlFor={`disclosure-${language}-${f.key}`}>
                {f.label} ({language === "en" ? "English" : "Swedish"})
              </label>
              <textarea
                id={`disclosure-${language}-${f.key}`}
                value={current[language][f.key]}
                onChange={(e) =>
                  setTexts({ ...current, [language]: { ...current[language], [f.key]: e.target.value } })
                }
              />
            </div>
          ))}
          <button type="submit" disabled={state.fetching}>
            Save disclosure (English and Swedish)
          </button>
        </form>
      ) : null}
      <h3>Preview ({language === "en" ? "English" : "Swedish"})</h3>
      <dl aria-label="Disclosure preview">
        {FIELDS.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>{preview[f.key] || <span className="muted">(empty)</span>}</dd>
          </div>
        ))}
      </dl>
      {message &&
        (message.ok ? (
          <p role="status">{message.text}</p>
        ) : (
          <ErrorText
            message={`${message.text}${message.issues?.length ? ` ${message.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}` : ""}`}
          />
        ))}
    </section>
  );
}
