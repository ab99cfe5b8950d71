import { type FormEvent, useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql/gql.js";
import { outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const LoginPageMutation = graphql(`
  mutation LoginPageMutation($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationLoginSuccess { data { id name email role } }
    }
  }
`);

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [state, login] = useMutation(LoginPageMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await login({ input: { email, password } });
    const outcome = outcomeOf(result.error, result.data?.login);
    if (outcome.ok) onSignedIn();
    else setError(outcome.message);
  }

  return (
    <main className="login">
      <div className="panel">
        <h1>policy-pilot</h1>
        <p className="muted">Test-drive customer-service policies before you roll them out.</p>
        <form onSubmit={submit}>
          <label htmlFor="email">Email</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <ErrorText message={error} />
          <p>
            <button className="primary" type="submit" disabled={state.fetching}>
              {state.fetching ? "Signing in…" : "Sign in"}
            </button>
          </p>
        </form>
        <p className="small muted">
          Demo: manager@demo.policy-pilot.test / pilot-demo-2026 (see README for every role).
        </p>
      </div>
    </main>
  );
}
