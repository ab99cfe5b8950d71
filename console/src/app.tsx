import { NavLink } from "react-router";
import { useMutation, useQuery } from "urql";
import { LoginPage } from "./features/auth/login-page.js";
import { ViewerContext } from "./features/auth/use-viewer.js";
import { graphql } from "./gql/gql.js";
import { AppRoutes } from "./routes.js";

const AppViewerQuery = graphql(`
  query AppViewerQuery {
    viewer { id name email role }
  }
`);

const AppLogoutMutation = graphql(`
  mutation AppLogoutMutation {
    logout
  }
`);

export function App() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: AppViewerQuery, requestPolicy: "network-only" });
  const [logoutState, logout] = useMutation(AppLogoutMutation);

  if (fetching && !data) return <main className="muted">Loading…</main>;
  if (error && !data) {
    return (
      <main className="error" role="alert">
        The API is not answering: {error.message}
      </main>
    );
  }
  const viewer = data?.viewer ?? null;
  if (!viewer) return <LoginPage onSignedIn={() => refetch({ requestPolicy: "network-only" })} />;

  async function signOut() {
    await logout({});
    // A full reload drops every cached answer, so the next person to sign in sees nothing of this session.
    window.location.assign("/");
  }

  return (
    <ViewerContext.Provider value={viewer}>
      <div className="shell">
        <header className="topbar">
          <NavLink to="/" className="brand">
            policy-pilot
          </NavLink>
          <nav aria-label="Main">
            <NavLink to="/policies">Policies</NavLink>
            <NavLink to="/pilots">Pilots</NavLink>
            {viewer.role !== "VIEWER" && <NavLink to="/agent">Agent</NavLink>}
            {viewer.role === "ADMIN" && <NavLink to="/integrations">Integrations</NavLink>}
          </nav>
          <span className="who">
            {viewer.name} · <span className="role">{viewer.role}</span>
          </span>
          <button type="button" onClick={signOut} disabled={logoutState.fetching}>
            Sign out
          </button>
        </header>
        <main>
          <AppRoutes />
        </main>
      </div>
    </ViewerContext.Provider>
  );
}
