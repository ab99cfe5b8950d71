import type { CombinedError } from "urql";

export type Issue = { path: string[]; message: string };

/** A mutation's outcome in words: the transport error, or the typed member of the result union. */
export type Outcome<T> = { ok: true; data: T } | { ok: false; message: string; issues?: Issue[] };

type SuccessData<R> = R extends { data: infer D } ? D : never;

/**
 * Reads a mutation result union (`...Success { data }` or a type implementing `Error`) selected with `__typename`
 * and `... on Error { message }`, after the transport error if there is one.
 */
export function outcomeOf<R extends { __typename?: string }>(
  error: CombinedError | undefined,
  result: R | null | undefined,
): Outcome<SuccessData<R>> {
  if (error) {
    const message = error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
    return { ok: false, message: `The request failed: ${message}` };
  }
  if (!result) return { ok: false, message: "The server sent no answer. Try again." };
  if (result.__typename?.endsWith("Success") && "data" in result) {
    return { ok: true, data: result.data as SuccessData<R> };
  }
  const failure = result as { __typename?: string; message?: string; issues?: Issue[] };
  return { ok: false, message: failure.message ?? `Refused (${failure.__typename}).`, issues: failure.issues };
}
