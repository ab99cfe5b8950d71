import { useEffect, useRef, useState } from "react";
import { useClient, useMutation } from "urql";
import { graphql } from "../../gql/gql.js";
import type { AudienceImportStatus, ParticipantKind } from "../../gql/graphql.js";
import { outcomeOf } from "../../lib/result.js";
import { ErrorText } from "../../ui/error-text.js";

const CsvUploadImportQuery = graphql(`
  query CsvUploadImportQuery($id: ID!) {
    audienceImport(id: $id) {
      id status fileName fileBytes progress rowsRead insertedCount updatedCount memberCount errorCount message
      cancelRequested errors { line id message }
    }
  }
`);

const CsvUploadCancelMutation = graphql(`
  mutation CsvUploadCancelMutation($input: CancelAudienceImportInput!) {
    cancelAudienceImport(input: $input) {
      __typename
      ... on Error { message }
      ... on MutationCancelAudienceImportSuccess { data { id status cancelRequested } }
    }
  }
`);

type ImportState = {
  id: string;
  status: AudienceImportStatus;
  progress: number;
  rowsRead: number;
  message?: string | null;
  errorCount: number;
  cancelRequested: boolean;
  errors: { line: number; id: string; message: string }[];
};

const FINISHED: AudienceImportStatus[] = ["DONE", "REJECTED", "CANCELLED", "FAILED"];

/**
 * Uploads a CSV of customers or agents (streamed by the browser; the server writes it to disk), then follows the
 * import job: a progress bar for the upload and for the import, a cancel button, and the report of bad rows.
 */
export function CsvUpload({ pilotId, onFinished }: { pilotId: string; onFinished: () => void }) {
  const client = useClient();
  const [kind, setKind] = useState<ParticipantKind>("CUSTOMER");
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [job, setJob] = useState<ImportState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const xhr = useRef<XMLHttpRequest | null>(null);
  const [, cancel] = useMutation(CsvUploadCancelMutation);

  useEffect(() => {
    if (!job || FINISHED.includes(job.status)) return;
    const timer = setTimeout(async () => {
      const result = await client
        .query(CsvUploadImportQuery, { id: job.id }, { requestPolicy: "network-only" })
        .toPromise();
      const next = result.data?.audienceImport;
      if (result.error) setError(`Could not read the import's progress: ${result.error.message}`);
      if (next) {
        setJob(next);
        if (FINISHED.includes(next.status)) onFinished();
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [job, client, onFinished]);

  function upload() {
    if (!file) return;
    setError(null);
    setJob(null);
    setUploaded(0);
    const request = new XMLHttpRequest();
    xhr.current = request;
    request.open(
      "POST",
      `/uploads/audiences/${encodeURIComponent(pilotId)}?kind=${kind}&fileName=${encodeURIComponent(file.name)}`,
    );
    request.setRequestHeader("x-policy-pilot-csrf", "1");
    request.setRequestHeader("content-type", "text/csv");
    request.upload.onprogress = (e) => e.lengthComputable && setUploaded(e.loaded / e.total);
    request.onerror = () => {
      setUploaded(null);
      setError("The upload failed (the connection broke); nothing was imported. Try again.");
    };
    request.onabort = () => setUploaded(null);
    request.onload = () => {
      setUploaded(null);
      xhr.current = null;
      let body: { importId?: string; error?: string } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // not JSON
      }
      if (request.status === 202 && body.importId) {
        setJob({
          id: body.importId,
          status: "QUEUED",
          progress: 0,
          rowsRead: 0,
          errorCount: 0,
          cancelRequested: false,
          errors: [],
        });
      } else setError(body.error ?? `The upload was refused (HTTP ${request.status}).`);
    };
    request.send(file);
  }

  async function stop() {
    if (xhr.current) {
      xhr.current.abort();
      xhr.current = null;
      setError("Upload cancelled; nothing was imported.");
      return;
    }
    if (!job) return;
    const result = await cancel({ input: { importId: job.id } });
    const outcome = outcomeOf(result.error, result.data?.cancelAudienceImport);
    if (outcome.ok) setJob({ ...job, cancelRequested: true });
    else setError(outcome.message);
  }

  const running = uploaded !== null || (job !== null && !FINISHED.includes(job.status));
  const share = uploaded !== null ? uploaded : (job?.progress ?? 0);
  return (
    <div className="csv-upload">
      <div className="row">
        <label htmlFor="audience-csv-kind" className="small">
          Import
        </label>
        <select id="audience-csv-kind" value={kind} onChange={(e) => setKind(e.target.value as ParticipantKind)}>
          <option value="CUSTOMER">customers</option>
          <option value="AGENT">agents</option>
        </select>
        <label htmlFor="audience-csv-file" className="small">
          from a CSV file
        </label>
        <input
          id="audience-csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          disabled={running}
        />
        <button type="button" onClick={upload} disabled={!file || running}>
          Upload and import
        </button>
        {running && (
          <button type="button" onClick={stop} disabled={job?.cancelRequested}>
            {job?.cancelRequested ? "Cancelling…" : "Cancel"}
          </button>
        )}
      </div>
      <p className="small muted">
        First line: the column names, one of them <code>id</code>; other columns are attributes (region, tier, language,
        channel, tenure in months, or your own). Commas or semicolons, UTF-8 (a byte-order mark is fine), up to a
        million rows. All rows are imported or none: bad rows are listed by line.
      </p>
      {running && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress aria-label="Import progress" max={1} value={share} />{" "}
          <span className="small">
            {uploaded !== null
              ? `Uploading ${Math.round(share * 100)} %`
              : `${job?.status === "QUEUED" ? "Waiting to import" : "Importing"}: ${job?.rowsRead.toLocaleString("en")} rows read (${Math.round(share * 100)} %)`}
          </span>
        </div>
      )}
      {job && FINISHED.includes(job.status) && (
        <div className={job.status === "DONE" ? "notice" : "error"} role={job.status === "DONE" ? "status" : "alert"}>
          <strong>
            {job.status === "DONE" ? "Imported." : job.status === "REJECTED" ? "Not imported." : `${job.status}.`}
          </strong>{" "}
          {job.message}
        </div>
      )}
      {job && job.errors.length > 0 && (
        <table aria-label="Bad rows">
          <thead>
            <tr>
              <th className="num">Line</th>
              <th>Id</th>
              <th>Problem</th>
            </tr>
          </thead>
          <tbody>
            {job.errors.map((e) => (
              <tr key={`${e.line}-${e.message}`}>
                <td className="num">{e.line}</td>
                <td>{e.id}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
          {job.errorCount > job.errors.length && (
            <tfoot>
              <tr>
                <td colSpan={3} className="small muted">
                  …and {job.errorCount - job.errors.length} more.
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      <ErrorText message={error} />
    </div>
  );
}
