import type { CombinedError } from "urql";

/** A mutation's outcome in words: transport errors, then the typed error member of the result union. */
export type Outcome<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; issues?: { path: string[]; message: string }[] };

type UnionResult = {
  __typename: string;
  message?: string;
  data?: unknown;
  issues?: { path: string[]; message: string }[];
};

export function outcomeOf<T>(error: CombinedError | undefined, result: UnionResult | undefined | null): Outcome<T> {
  if (error)
    return { ok: false, message: error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message };
  if (!result) return { ok: false, message: "The server sent no answer. Try again." };
  if (result.__typename.endsWith("Success")) return { ok: true, data: result.data as T };
  return { ok: false, message: result.message ?? `Refused (${result.__typename}).`, issues: result.issues };
}
