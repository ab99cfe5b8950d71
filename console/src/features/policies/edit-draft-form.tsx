import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { SectionFields } from "./section-fields.js";
import { changedSections, type SectionTexts, sectionTexts } from "./sections.js";

export const EditDraftForm_PolicyVersionFragment = graphql(`
  fragment EditDraftForm_PolicyVersionFragment on PolicyVersion {
    id title changeNote
    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }
  }
`);

const EditDraftFormMutation = graphql(`
  mutation EditDraftFormMutation($input: UpdatePolicyVersionInput!) {
    updatePolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationUpdatePolicyVersionSuccess {
        data {
          id title changeNote
          content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary sections { key title body } }
        }
      }
    }
  }
`);

export function EditDraftForm(props: {
  version: FragmentType<typeof EditDraftForm_PolicyVersionFragment>;
  onDone: (message: string | null) => void;
}) {
  const version = useFragment(EditDraftForm_PolicyVersionFragment, props.version);
  const savedTexts = sectionTexts(version.content);
  const [title, setTitle] = useState(version.title);
  const [changeNote, setChangeNote] = useState(version.changeNote);
  const [texts, setTexts] = useState<SectionTexts>(savedTexts);
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [state, update] = useMutation(EditDraftFormMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await update({
      input: { versionId: version.id, title, changeNote, content: changedSections(texts, savedTexts) },
    });
    const outcome = outcomeOf(result.error, result.data?.updatePolicyVersion);
    if (outcome.ok) props.onDone("Draft saved.");
    else setError(outcome);
  }

  return (
    <form className="panel" onSubmit={submit} aria-label="Edit draft">
      <label htmlFor="edit-title">Title</label>
      <input id="edit-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor="edit-note">Change note</label>
      <input id="edit-note" value={changeNote} onChange={(e) => setChangeNote(e.target.value)} />
      <SectionFields idPrefix="edit" texts={texts} onChange={setTexts} />
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
