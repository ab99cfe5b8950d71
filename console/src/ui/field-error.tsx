import type { ReactNode } from "react";

type Issue = { path: string[]; message: string };

/**
 * The API's validation issue about one input (matched on the last element of its path), as the input's ARIA props
 * and the message to show under it.
 */
export function fieldError(
  idPrefix: string,
  issues: Issue[] | undefined,
  field: string,
): { props: { "aria-invalid"?: true; "aria-describedby"?: string }; message: ReactNode } {
  const message = issues?.find((issue) => issue.path[issue.path.length - 1] === field)?.message;
  if (!message) return { props: {}, message: null };
  const id = `${idPrefix}-${field}-error`;
  return {
    props: { "aria-invalid": true, "aria-describedby": id },
    message: (
      <div className="field-error" id={id}>
        {message}
      </div>
    ),
  };
}
