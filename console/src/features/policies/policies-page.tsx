import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../gql/gql.js";
import { ErrorText } from "../../ui/error-text.js";
import { useCan } from "../auth/use-viewer.js";
import { NewPolicyForm } from "./new-policy-form.js";
import { PolicyRow } from "./policy-row.js";

const PAGE_SIZE = 25;

const PoliciesPageQuery = graphql(`
  query PoliciesPageQuery($search: String, $first: Int!, $after: String) {
    policies(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id ...PolicyRow_PolicyFragment } }
    }
  }
`);

export function PoliciesPage() {
  const [searchInput, setSearchInput] = useState("");
  const [search, setSearch] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(searchInput.trim());
      setAfter(null);
    }, 250);
    return () => clearTimeout(timer);
  }, [searchInput]);
  const [{ data, fetching, error }] = useQuery({
    query: PoliciesPageQuery,
    variables: { search: search || null, first: PAGE_SIZE, after },
  });
  const can = useCan();
  const policies = data?.policies;

  return (
    <>
      <div className="spread">
        <div>
          <h1>Policies</h1>
          <p className="muted">Customer-service policies, their published versions and drafts.</p>
        </div>
        <div className="search">
          <label htmlFor="policy-search">Search policies</label>
          <input
            id="policy-search"
            type="search"
            placeholder="Name or key"
            value={searchInput}
            onChange={(e) => setSearchInput(e.target.value)}
          />
        </div>
      </div>
      <ErrorText message={error && `Could not load the policies: ${error.message}`} />
      {fetching && !data && <p className="muted">Loading…</p>}
      {policies && (
        <table aria-label="Policies">
          <thead>
            <tr>
              <th>Policy</th>
              <th>Published</th>
              <th className="num">Drafts</th>
              <th>Review by</th>
              <th>Updated</th>
            </tr>
          </thead>
          <tbody>
            {policies.edges.map(({ node }) => (
              <PolicyRow key={node.id} policy={node} />
            ))}
            {policies.edges.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {search ? `No policy matches “${search}”.` : "No policies yet."}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {policies && (
        <p className="small muted">
          Showing {policies.edges.length} of {policies.totalCount}.{" "}
          {policies.pageInfo.hasNextPage && (
            <button type="button" onClick={() => setAfter(policies.pageInfo.endCursor ?? null)} disabled={fetching}>
              Show more policies
            </button>
          )}
        </p>
      )}
      {can.editPolicies && <NewPolicyForm />}
    </>
  );
}
