import { NavLink } from "react-router";
import { useMutation, useQuery } from "urql";
import { LoginPage } from "./features/auth/login-page.js";
import { ViewerContext, type ViewerInfo } from "./features/auth/use-viewer.js";
import { AppRoutes } from "./routes.js";

const ViewerQuery = `query AppViewerQuery { viewer { id name email role } }`;
const LogoutMutation = `mutation AppLogoutMutation { logout }`;

export function App() {
  const [{ data, fetching, error }, refetch] = useQuery<{ viewer: ViewerInfo | null }>({
    query: ViewerQuery,
    requestPolicy: "network-only",
  });
  const [, logout] = useMutation(LogoutMutation);
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (fetching && !data) return <main className="muted">Loading…</main>;
  if (error && !data) return <main className="error">The API is not answering: {error.message}</main>;
  const viewer = data?.viewer ?? null;
  if (!viewer) return <LoginPage onSignedIn={reload} />;

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
            {viewer.role === "ADMIN" && <NavLink to="/integrations">Integrations</NavLink>}
          </nav>
          <span className="who">
            {viewer.name} · {viewer.role}
          </span>
          <button
            type="button"
            onClick={async () => {
              await logout({});
              reload();
            }}
          >
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
