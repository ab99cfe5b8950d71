import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { type Issue, outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";
import { SectionFields } from "./section-fields.js";
import { changedSections, type SectionTexts, sectionTexts } from "./sections.js";

export const NewDraftForm_PolicyVersionFragment = graphql(`
  fragment NewDraftForm_PolicyVersionFragment on PolicyVersion {
    id number
    content { purpose goals expectations procedures escalation channelsAndHours benchmarks glossary }
  }
`);

const NewDraftFormMutation = graphql(`
  mutation NewDraftFormMutation($input: CreatePolicyVersionInput!) {
    createPolicyVersion(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on MutationCreatePolicyVersionSuccess { data { id } }
    }
  }
`);

/** Starts a draft from the published version: sections left unchanged are copied by the API. */
export function NewDraftForm(props: {
  policyId: string;
  base: FragmentType<typeof NewDraftForm_PolicyVersionFragment>;
}) {
  const base = useFragment(NewDraftForm_PolicyVersionFragment, props.base);
  const baseTexts = sectionTexts(base.content);
  const [title, setTitle] = useState("");
  const [changeNote, setChangeNote] = useState("");
  const [texts, setTexts] = useState<SectionTexts>(baseTexts);
  const [error, setError] = useState<{ message: string; issues?: Issue[] } | null>(null);
  const [state, create] = useMutation(NewDraftFormMutation);
  const navigate = useNavigate();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await create({
      input: {
        policyId: props.policyId,
        basedOnVersionId: base.id,
        title,
        changeNote,
        content: changedSections(texts, baseTexts),
      },
    });
    const outcome = outcomeOf(result.error, result.data?.createPolicyVersion);
    if (outcome.ok) navigate(`/versions/${outcome.data.id}`);
    else setError(outcome);
  }

  return (
    <form className="panel" onSubmit={submit} aria-labelledby="new-draft-heading" style={{ marginTop: "1.5rem" }}>
      <h2 id="new-draft-heading">New draft</h2>
      <p className="small muted">
        Starts from the published version (v{base.number}). Change what the pilot should test; the rest is copied.
      </p>
      <label htmlFor="draft-title">Title</label>
      <input id="draft-title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      <label htmlFor="draft-note">Change note</label>
      <input
        id="draft-note"
        value={changeNote}
        onChange={(e) => setChangeNote(e.target.value)}
        placeholder="What changes, and why"
      />
      <SectionFields idPrefix="draft" texts={texts} onChange={setTexts} open={["procedures"]} />
      <ErrorText message={error?.message} issues={error?.issues} />
      <button className="primary" type="submit" disabled={state.fetching}>
        Create draft
      </button>
    </form>
  );
}
