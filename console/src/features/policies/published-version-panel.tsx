import { Link } from "react-router";
import { type FragmentType, useFragment } from "../../gql/fragment-masking.js";
import { graphql } from "../../gql/gql.js";
import { formatDate } from "../../lib/format.js";
import { Badge } from "../../ui/badge.js";
import { PolicySections } from "./policy-sections.js";

export const PublishedVersionPanel_PolicyVersionFragment = graphql(`
  fragment PublishedVersionPanel_PolicyVersionFragment on PolicyVersion {
    id number title changeNote reviewBy publishedAt publishedByName
    content { ...PolicySections_PolicyContentFragment }
  }
`);

/** The version in force, with its sections; or why there is none. */
export function PublishedVersionPanel(props: {
  version: FragmentType<typeof PublishedVersionPanel_PolicyVersionFragment> | null | undefined;
}) {
  const version = useFragment(PublishedVersionPanel_PolicyVersionFragment, props.version);
  return (
    <section className="panel" aria-labelledby="published-version-heading">
      <h2 id="published-version-heading">Published version</h2>
      {version ? (
        <>
          <p className="version-title">
            <Link to={`/versions/${version.id}`}>v{version.number}</Link> · {version.title} <Badge value="PUBLISHED" />
          </p>
          <p className="small muted">
            Published {formatDate(version.publishedAt)}
            {version.publishedByName ? ` by ${version.publishedByName}` : ""} · review by {formatDate(version.reviewBy)}
          </p>
          {version.changeNote && <p className="small change-note">{version.changeNote}</p>}
          <PolicySections content={version.content} />
        </>
      ) : (
        <p className="muted">No version is published yet. A manager publishes a draft from its page.</p>
      )}
    </section>
  );
}
