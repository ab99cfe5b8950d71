export function ErrorText({
  message,
  issues,
}: {
  message: string | null | undefined;
  issues?: { path: string[]; message: string }[];
}) {
  if (!message) return null;
  return (
    <div className="error" role="alert">
      {message}
      {issues && issues.length > 1 && (
        <ul>
          {issues.map((issue) => (
            <li key={`${issue.path.join(".")}:${issue.message}`}>
              {issue.path.slice(1).join(".")}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
