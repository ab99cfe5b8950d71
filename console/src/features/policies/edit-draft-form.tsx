import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import type { UpdatePolicyVersionInput } from "../../gql/graphql.js";
import { formatDateTime } from "../../lib/format.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { SectionFields } from "./section-fields.js";
import { changedSections, type SectionKey, type SectionTexts, sectionTexts } from "./sections.js";

export const EditDraftForm_PolicyVersionFragment = graphql(`
  fragment EditDraftForm_PolicyVersionFragment on PolicyVersion {
    id title changeNote reviewBy revision
    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }
  }
`);

const EditDraftFormMutation = graphql(`
  mutation EditDraftFormMutation($input: UpdatePolicyVersionInput!) {
    updatePolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on EditConflictError {
        currentRevision changedByName changedAt
        conflicts { field label theirs yours changedByName changedAt }
      }
      ... on MutationUpdatePolicyVersionSuccess {
        data {
          id title changeNote reviewBy revision
          content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary sections { key title body } }
        }
      }
    }
  }
`);

/** What the form edits, as text (a review-by date as YYYY-MM-DD, none as ""). */
type Fields = { title: string; changeNote: string; reviewBy: string; texts: SectionTexts };

type Conflict = {
  message: string;
  currentRevision: number;
  conflicts: {
    field: string;
    label: string;
    theirs: string;
    yours: string;
    changedByName: string;
    changedAt: string;
  }[];
};

/**
 * Edits a draft. Sends only the fields that differ from the text it loaded, with the revision it loaded: the API
 * merges them into the latest text, or answers with an EditConflictError when someone else changed the same fields.
 * The conflict is shown side by side; the form then counts from the new revision, so "Save draft" again keeps your
 * text, and "Use their …" takes theirs.
 */
export function EditDraftForm(props: {
  version: FragmentType<typeof EditDraftForm_PolicyVersionFragment>;
  onDone: (message: string | null) => void;
}) {
  const version = useFragment(EditDraftForm_PolicyVersionFragment, props.version);
  const loaded: Fields = {
    title: version.title,
    changeNote: version.changeNote,
    reviewBy: version.reviewBy ?? "",
    texts: sectionTexts(version.content),
  };
  const [base, setBase] = useState<{ revision: number; fields: Fields }>({
    revision: version.revision,
    fields: loaded,
  });
  const [fields, setFields] = useState<Fields>(loaded);
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [state, update] = useMutation(EditDraftFormMutation);

  function changes(): UpdatePolicyVersionInput {
    const input: UpdatePolicyVersionInput = { versionId: version.id, baseRevision: base.revision };
    if (fields.title !== base.fields.title) input.title = fields.title;
    if (fields.changeNote !== base.fields.changeNote) input.changeNote = fields.changeNote;
    if (fields.reviewBy !== base.fields.reviewBy) input.reviewBy = fields.reviewBy || null;
    const content = changedSections(fields.texts, base.fields.texts);
    if (Object.keys(content).length > 0) input.content = content;
    return input;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await update({ input: changes() });
    const answer = result.data?.updatePolicyVersion;
    if (answer?.__typename === "EditConflictError") {
      // Their text is now the base for those fields: saving again means "keep mine", deliberately.
      const next: Fields = { ...base.fields, texts: { ...base.fields.texts } };
      for (const c of answer.conflicts) setField(next, c.field, c.theirs);
      setBase({ revision: answer.currentRevision, fields: next });
      setConflict({ message: answer.message, currentRevision: answer.currentRevision, conflicts: answer.conflicts });
      return;
    }
    const outcome = outcomeOf(result.error, answer);
    if (outcome.ok) props.onDone("Draft saved.");
    else setError(outcome);
  }

  function takeTheirs(field: string, theirs: string) {
    setFields((current) => {
      const next = { ...current, texts: { ...current.texts } };
      setField(next, field, theirs);
      return next;
    });
    setConflict((current) => {
      if (!current) return null;
      const rest = current.conflicts.filter((c) => c.field !== field);
      return rest.length > 0 ? { ...current, conflicts: rest } : null;
    });
  }

  return (
    <form className="panel" onSubmit={submit} aria-label="Edit draft">
      <label htmlFor="edit-title">Title</label>
      <input
        id="edit-title"
        value={fields.title}
        onChange={(e) => setFields({ ...fields, title: e.target.value })}
        required
      />
      <label htmlFor="edit-note">Change note</label>
      <input
        id="edit-note"
        value={fields.changeNote}
        onChange={(e) => setFields({ ...fields, changeNote: e.target.value })}
      />
      <label htmlFor="edit-review-by">Review by</label>
      <input
        id="edit-review-by"
        type="date"
        value={fields.reviewBy}
        onChange={(e) => setFields({ ...fields, reviewBy: e.target.value })}
      />
      <p className="field-hint">The date by which this policy should be reviewed again; leave empty for none.</p>
      <SectionFields idPrefix="edit" texts={fields.texts} onChange={(texts) => setFields({ ...fields, texts })} />
      {conflict && (
        <section className="warning conflict" aria-label="Edit conflict">
          <p role="alert">{conflict.message}</p>
          {conflict.conflicts.map((c) => (
            <div key={c.field}>
              <h3>{c.label}</h3>
              <div className="side-by-side">
                <figure aria-label={`Their ${c.label}, by ${c.changedByName} at ${formatDateTime(c.changedAt)}`}>
                  <figcaption>
                    Theirs: {c.changedByName}, {formatDateTime(c.changedAt)} (saved)
                  </figcaption>
                  <pre>{c.theirs || "(empty)"}</pre>
                </figure>
                <figure aria-label={`Your ${c.label} (not saved)`}>
                  <figcaption>Yours (not saved)</figcaption>
                  <pre>{c.yours || "(empty)"}</pre>
                </figure>
              </div>
              <button type="button" onClick={() => takeTheirs(c.field, c.theirs)}>
                Use their {c.label}
              </button>
            </div>
          ))}
          <p className="small">
            Your text is still in the form. Save the draft again to replace theirs with it (revision{" "}
            {conflict.currentRevision}), or use theirs.
          </p>
        </section>
      )}
      <ErrorText message={error?.message} issues={error?.issues} />
      <div className="row">
        <button className="primary" type="submit" disabled={state.fetching}>
          Save draft
        </button>
        <button type="button" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function setField(fields: Fields, field: string, value: string): void {
  if (field === "title" || field === "changeNote" || field === "reviewBy") fields[field] = value;
  else if (field in fields.texts) fields.texts[field as SectionKey] = value;
}
