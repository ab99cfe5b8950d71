import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { Markdown } from "../../ui/markdown.js";

export const PolicySections_PolicyContentFragment = graphql(`
  fragment PolicySections_PolicyContentFragment on PolicyContent {
    sections { key title body }
  }
`);

/** Every section of a policy version in reading order, each rendered from its Markdown. */
export function PolicySections(props: { content: FragmentType<typeof PolicySections_PolicyContentFragment> }) {
  const { sections } = useFragment(PolicySections_PolicyContentFragment, props.content);
  return (
    <dl className="sections">
      {sections.map((section) => (
        <div key={section.key}>
          <dt>{section.title}</dt>
          <dd>
            <Markdown text={section.body} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
