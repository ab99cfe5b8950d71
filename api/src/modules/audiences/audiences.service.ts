import { randomBytes } from "node:crypto";
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { compileCondition, validateCondition } from "@policy-pilot/experiments";
import { type Parser, parse } from "csv-parse";
import type { Viewer } from "../../context.js";
import type { Db, PrismaClient } from "../../db/create-db.js";
import type { SqlRunner } from "../../db/sql-runner.js";
import type { ParticipantKind } from "../../generated/prisma/enums.js";
import type { Clock } from "../../lib/clock.js";
import type { ConfigEpoch } from "../../lib/config-epoch.js";
import { newId } from "../../lib/ids.js";
import type { JobQueue } from "../../lib/jobs/job-queue.js";
import type { Logger } from "../../lib/logger.js";
import { InvalidStateError, NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { findPilotBasics } from "../pilots/pilots.read-model.js";
import { type Header, MAX_ID_CHARS, readHeader, readRow, sniffDelimiter } from "./audience-attributes.js";
import * as readModel from "./audiences.read-model.js";
import * as repo from "./audiences.repository.js";

export type AudiencesServiceDeps = {
  db: PrismaClient;
  sql: SqlRunner;
  clock: Clock;
  epoch: ConfigEpoch;
  jobs: JobQueue;
  logger: Logger;
  /** Where uploads wait for their import job; default: a folder in the system's temporary directory. */
  uploadDir?: string;
};

/** An uploaded file is at most this large (a million rows with a few attributes is about 40 MB). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** Pasted ids per request. */
export const MAX_PASTED_IDS = 10_000;
/** Bad rows kept in an import's report (all are counted). */
export const MAX_REPORTED_ERRORS = 100;
const PROGRESS_EVERY_ROWS = 20_000;
const PGLITE_BATCH_ROWS = 2_000;
const COPY_CHUNK_ROWS = 1_000;

export type AudienceAsk = {
  unit: ParticipantKind;
  unitId: string;
  customerId: string | null;
  agentId: string | null;
  attributes: Record<string, unknown>;
};

type Shape = {
  trivial: boolean;
  listsCustomers: boolean;
  listsAgents: boolean;
  matches: (attributes: Record<string, unknown>) => boolean;
  epoch: number;
};

export type RowError = { line: number; id: string; message: string };

class ImportCancelled extends Error {}
class ImportRefused extends Error {
  constructor(
    message: string,
    readonly status: "REJECTED" | "FAILED",
  ) {
    super(message);
  }
}

const escapeCopy = (value: string) =>
  value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));

/** Id lists as people paste them: one per line, or separated by commas, semicolons or spaces. */
export function splitPastedIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function createAudiencesService({ db, sql, clock, epoch, jobs, logger, uploadDir }: AudiencesServiceDeps) {
  const instanceId = randomBytes(6).toString("hex");
  const queue = `audience-import-${instanceId}`;
  const folder = uploadDir ?? join(tmpdir(), "policy-pilot-uploads");
  const fileOf = (importId: string) => join(folder, `${importId}.csv`);
  const shapes = new Map<string, Shape>();

  /** Inside a change's transaction: locks the pilot and refuses if it started since `draftPilot` checked. */
  async function lockDraft(tx: Db, pilotId: string) {
    const status = await repo.lockPilot(tx, pilotId);
    if (status !== "DRAFT") {
      throw new InvalidStateError(
        `Pilot ${pilotId} started meanwhile; its audience is frozen.`,
        pilotId,
        String(status),
        ["DRAFT"],
      );
    }
  }

  async function draftPilot(pilotId: string, action: string) {
    const pilot = await findPilotBasics(db, pilotId);
    if (!pilot) throw new NotFoundError("pilot", pilotId);
    if (pilot.status !== "DRAFT") {
      throw new InvalidStateError(
        `Can only ${action} of a DRAFT pilot; "${pilot.name}" is ${pilot.status}, and its audience is frozen while it runs.`,
        pilot.id,
        pilot.status,
        ["DRAFT"],
      );
    }
    return pilot;
  }

  function parseCondition(condition: unknown): Record<string, unknown> | null {
    if (condition === null || condition === undefined) return null;
    const issues = validateCondition(condition);
    if (issues.length) {
      throw new ValidationError(
        `The attribute rule is not valid: ${issues[0]?.path.length ? `${issues[0].path.join(".")}: ` : ""}${issues[0]?.message}`,
        issues.map((i) => ({ path: ["condition", ...i.path], message: i.message })),
      );
    }
    const rule = condition as Record<string, unknown>;
    return Object.keys(rule).length ? rule : null;
  }

  async function updateAudience(
    input: { pilotId: string; condition?: unknown; coverage?: number | null },
    viewer: Viewer,
    requestId: string,
  ) {
    const condition = input.condition === undefined ? undefined : parseCondition(input.condition);
    if (input.coverage != null && !(input.coverage > 0 && input.coverage <= 1)) {
      throw new ValidationError(
        "Coverage is the share of the audience that enters the pilot: above 0 and at most 1 (100 %).",
        [{ path: ["coverage"], message: "above 0 and at most 1" }],
      );
    }
    await draftPilot(input.pilotId, "change the audience");
    await db.$transaction(async (tx) => {
      await lockDraft(tx, input.pilotId);
      const at = clock.now();
      if (condition !== undefined) await repo.upsertAudience(tx, input.pilotId, condition, at);
      if (input.coverage != null) await repo.setCoverage(tx, input.pilotId, input.coverage, at);
      await recordAuditEvent(tx, {
        type: "pilot.audience_changed",
        subjectType: "pilot",
        subjectId: input.pilotId,
        data: {
          ...(condition !== undefined ? { condition } : {}),
          ...(input.coverage != null ? { coverage: input.coverage } : {}),
        },
        viewer,
        requestId,
        at,
      });
    });
    shapes.delete(input.pilotId);
    return { pilotId: input.pilotId };
  }

  async function addMembers(
    input: { pilotId: string; kind: ParticipantKind; text: string },
    viewer: Viewer,
    requestId: string,
  ) {
    const ids = splitPastedIds(input.text);
    if (ids.length === 0)
      throw new ValidationError("Paste at least one id (one per line, or separated by commas).", [
        { path: ["ids"], message: "no ids" },
      ]);
    if (ids.length > MAX_PASTED_IDS) {
      throw new ValidationError(
        `Paste at most ${MAX_PASTED_IDS} ids at once (you pasted ${ids.length}); upload a CSV file for more.`,
        [{ path: ["ids"], message: `at most ${MAX_PASTED_IDS}` }],
      );
    }
    const tooLong = ids.find((id) => id.length > MAX_ID_CHARS);
    if (tooLong)
      throw new ValidationError(`Ids are at most ${MAX_ID_CHARS} characters; ${tooLong.slice(0, 40)}… is longer.`, [
        { path: ["ids"], message: "too long" },
      ]);
    await draftPilot(input.pilotId, "change the audience");
    const added = await db.$transaction(async (tx) => {
      await lockDraft(tx, input.pilotId);
      const at = clock.now();
      const count = await repo.addMembers(tx, input.pilotId, input.kind, ids, at);
      await recordAuditEvent(tx, {
        type: "pilot.audience_members_added",
        subjectType: "pilot",
        subjectId: input.pilotId,
        data: { kind: input.kind, given: ids.length, added: count },
        viewer,
        requestId,
        at,
      });
      return count;
    });
    shapes.delete(input.pilotId);
    return { pilotId: input.pilotId, added, given: ids.length };
  }

  async function removeMembers(
    input: { pilotId: string; kind: ParticipantKind; ids: string[] | null },
    viewer: Viewer,
    requestId: string,
  ) {
    await draftPilot(input.pilotId, "change the audience");
    const removed = await db.$transaction(async (tx) => {
      await lockDraft(tx, input.pilotId);
      const at = clock.now();
      const count = await repo.removeMembers(tx, input.pilotId, input.kind, input.ids);
      await recordAuditEvent(tx, {
        type: "pilot.audience_members_removed",
        subjectType: "pilot",
        subjectId: input.pilotId,
        data: { kind: input.kind, removed: count, all: input.ids === null },
        viewer,
        requestId,
        at,
      });
      return count;
    });
    shapes.delete(input.pilotId);
    return { pilotId: input.pilotId, removed };
  }

  // ---- reads ----

  async function audienceOf(pilotId: string) {
    const [audience, counts] = await Promise.all([repo.findAudience(db, pilotId), repo.memberCounts(db, pilotId)]);
    return { condition: (audience?.condition as Record<string, unknown> | null) ?? null, counts };
  }

  /** The live count: known participants the audience would admit (with `condition` instead of the saved rule). */
  async function eligibleCount(pilotId: string, condition?: unknown) {
    const pilot = await findPilotBasics(db, pilotId);
    if (!pilot) throw new NotFoundError("pilot", pilotId);
    const rule = condition === undefined ? (await audienceOf(pilotId)).condition : parseCondition(condition);
    const shape = await readModel.audienceShape(sql, pilotId);
    const listed = pilot.unit === "CUSTOMER" ? shape.listsCustomers : shape.listsAgents;
    const count = await readModel.countEligible(sql, {
      pilotId,
      kind: pilot.unit,
      listed,
      condition: rule,
      matches: compileCondition(rule),
    });
    return { ...count, coverage: pilot.coverage, expectedInPilot: Math.round(count.matching * pilot.coverage), listed };
  }

  const overlap = (pilotId: string) => readModel.overlapWithActivePilots(sql, pilotId);

  // ---- the hot path: new participants only ----

  async function shapeOf(pilotId: string): Promise<Shape> {
    const cached = shapes.get(pilotId);
    if (cached && cached.epoch === epoch.current()) return cached;
    const current = epoch.current();
    const loaded = await readModel.audienceShape(sql, pilotId);
    const shape: Shape = {
      trivial: !loaded.condition && !loaded.listsCustomers && !loaded.listsAgents,
      listsCustomers: loaded.listsCustomers,
      listsAgents: loaded.listsAgents,
      matches: compileCondition(loaded.condition),
      epoch: current,
    };
    if (shapes.size > 1_000) shapes.clear();
    shapes.set(pilotId, shape);
    return shape;
  }

  /**
   * Whether a participant not yet assigned belongs to the pilot's audience: listed (when the pilot lists that kind)
   * and matching its rule, over the stored attributes overlaid with the ask's. Coverage is the hash's part
   * (compileAssignment). No list and no rule: no query at all; otherwise one round trip.
   */
  async function admits(pilotId: string, ask: AudienceAsk): Promise<boolean> {
    const shape = await shapeOf(pilotId);
    if (shape.trivial) return true;
    const facts = await readModel.admissionFacts(sql, {
      pilotId,
      unitKind: ask.unit,
      unitId: ask.unitId,
      customerId: ask.customerId,
      agentId: ask.agentId,
    });
    if (shape.listsCustomers && !facts.customerListed) return false;
    if (shape.listsAgents && !facts.agentListed) return false;
    return shape.matches({ ...facts.attributes, ...ask.attributes, id: ask.unitId });
  }

  // ---- CSV imports (ADR 0027) ----

  async function startImport(
    input: { pilotId: string; kind: ParticipantKind; fileName: string; body: Readable; declaredBytes: number | null },
    viewer: Viewer,
  ) {
    if (input.declaredBytes !== null && input.declaredBytes > MAX_UPLOAD_BYTES) {
      input.body.resume();
      throw new ValidationError(
        `A CSV file is at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB; this one is ${Math.ceil(input.declaredBytes / 1024 / 1024)} MiB.`,
      );
    }
    try {
      await draftPilot(input.pilotId, "import participants into the audience");
    } catch (error) {
      input.body.resume();
      throw error;
    }
    const id = newId("audienceImport");
    const at = clock.now();
    await repo.createImport(db, {
      id,
      pilotId: input.pilotId,
      kind: input.kind,
      fileName: input.fileName.slice(0, 200),
      instanceId,
      createdById: viewer.kind === "user" ? viewer.userId : null,
      at,
    });
    mkdirSync(folder, { recursive: true });
    const path = fileOf(id);
    let bytes = 0;
    try {
      await pipeline(
        input.body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            bytes += chunk.length;
            if (bytes > MAX_UPLOAD_BYTES)
              throw new ValidationError(`A CSV file is at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`);
            yield chunk;
          }
        },
        createWriteStream(path),
      );
    } catch (error) {
      rmSync(path, { force: true });
      const message =
        error instanceof ValidationError
          ? error.message
          : "The upload was interrupted; nothing was imported. Upload the file again.";
      await repo.finishImport(sql, id, { status: "FAILED", message, at: clock.now() });
      throw error instanceof ValidationError ? error : new ValidationError(message);
    }
    await repo.reportProgress(sql, id, { fileBytes: bytes, bytesRead: 0, rowsRead: 0, errorCount: 0, at: clock.now() });
    jobs.send(queue, { importId: id });
    return { id };
  }

  async function cancelImport(input: { importId: string }, viewer: Viewer, requestId: string) {
    const found = await repo.findImport(db, input.importId);
    if (!found) throw new NotFoundError("audience import", input.importId);
    const requested = await repo.requestCancel(db, input.importId);
    if (!requested) {
      throw new InvalidStateError(
        `Import ${found.id} has already finished (${found.status}); only a QUEUED or RUNNING import can be cancelled.`,
        found.id,
        found.status,
        ["QUEUED", "RUNNING"],
      );
    }
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "pilot.audience_import_cancel_requested",
        subjectType: "pilot",
        subjectId: found.pilotId,
        data: { importId: found.id },
        viewer,
        requestId,
        at: clock.now(),
      }),
    );
    return { id: found.id };
  }

  async function runImport(importId: string) {
    const claimed = await repo.claimImport(sql, importId, clock.now());
    if (!claimed) return;
    const path = fileOf(importId);
    try {
      const outcome = await sql.withConnection((conn) => importFile(conn, claimed, path));
      logger.info("Audience import finished", { importId, ...outcome });
    } catch (error) {
      if (error instanceof ImportCancelled) {
        await repo.finishImport(sql, importId, {
          status: "CANCELLED",
          message: "Cancelled; nothing was imported.",
          at: clock.now(),
        });
      } else if (error instanceof ImportRefused) {
        await repo.finishImport(sql, importId, { status: error.status, message: error.message, at: clock.now() });
      } else {
        logger.error("Audience import failed", { importId, error: String(error), stack: (error as Error)?.stack });
        await repo.finishImport(sql, importId, {
          status: "FAILED",
          message: "The import failed unexpectedly; nothing was imported. Try again, or tell an admin.",
          at: clock.now(),
        });
      }
    } finally {
      rmSync(path, { force: true });
      shapes.delete(claimed.pilot_id);
    }
  }

  async function importFile(conn: SqlRunner, job: repo.ImportRow, path: string) {
    let fileBytes: number;
    try {
      fileBytes = statSync(path).size;
    } catch {
      throw new ImportRefused(
        "The uploaded file is no longer there (the server restarted?); nothing was imported. Upload it again.",
        "FAILED",
      );
    }
    const delimiter = sniffDelimiter(firstLine(path));
    const table = repo.stagingTable(job.id);
    await repo.createStaging(conn, table);
    try {
      const errors: RowError[] = [];
      let errorCount = 0;
      let rowsRead = 0;
      let staged = 0;
      let bytesRead = 0;
      let header: Header | null = null;
      let columnCount = 0;
      /** Physical line (1 = the header) where the next record starts: a record with quoted newlines spans several. */
      let line = 1;
      const parser = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(
        parse({ bom: true, delimiter, relax_quotes: true, relax_column_count: true, max_record_size: 1 << 20 }),
      );
      const progress = async () => {
        const state = await repo.reportProgress(sql, job.id, {
          bytesRead: Math.min(bytesRead, fileBytes),
          rowsRead,
          errorCount,
          at: clock.now(),
        });
        if (state.cancelRequested) throw new ImportCancelled();
      };
      const reject = (at: number, id: string, message: string) => {
        errorCount++;
        if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line: at, id, message });
      };

      /** Valid rows in batches, in file order (records are pulled while buffered); bad rows go to the report. */
      async function* batches(size: number): AsyncGenerator<repo.StagedRow[]> {
        let batch: repo.StagedRow[] = [];
        try {
          for await (const chunk of readBatches(parser)) {
            for (const record of chunk) {
              const at = line;
              for (const cell of record) {
                for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) line++;
              }
              line++;
              if (record.length === 1 && (record[0] ?? "").trim() === "") continue; // an empty line
              if (!header) {
                const read = readHeader(record);
                if ("error" in read)
                  throw new ImportRefused(`Line ${at}: ${read.error} Nothing was imported.`, "REJECTED");
                header = read.header;
                columnCount = record.length;
                continue;
              }
              rowsRead++;
              const row = readRow(record, header, columnCount);
              if ("error" in row) reject(at, row.id, `Line ${at} ${row.error}`);
              else {
                batch.push({
                  line: at,
                  id: row.id,
                  participantId: newId("participant"),
                  attributes: JSON.stringify(row.attributes),
                });
              }
              if (rowsRead % PROGRESS_EVERY_ROWS === 0) {
                bytesRead = parser.info.bytes;
                await progress();
              }
            }
            if (batch.length >= size) {
              yield batch;
              batch = [];
            }
          }
          if (batch.length) yield batch;
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === "CSV_QUOTE_NOT_CLOSED") {
            throw new ImportRefused(
              `Line ${line} opens a quote (") that is never closed, so the rest of the file cannot be read; nothing was imported. Close the quote and upload again.`,
              "REJECTED",
            );
          }
          if (code?.startsWith("CSV_")) {
            throw new ImportRefused(
              `The file is not readable as CSV (${(error as Error).message}); nothing was imported.`,
              "REJECTED",
            );
          }
          throw error;
        }
      }

      const timings = { loadMs: 0, checkMs: 0, mergeMs: 0 };
      let t0 = Date.now();
      if (conn.kind === "postgres" && conn.copyFrom) {
        await conn.copyFrom(
          `COPY ${table} (line, external_id, participant_id, attributes) FROM STDIN`,
          (async function* () {
            for await (const batch of batches(COPY_CHUNK_ROWS)) {
              let chunk = "";
              for (const r of batch) {
                chunk += `${r.line}\t${escapeCopy(r.id)}\t${r.participantId}\t${escapeCopy(r.attributes)}\n`;
              }
              staged += batch.length;
              yield chunk;
            }
          })(),
        );
      } else {
        for await (const batch of batches(PGLITE_BATCH_ROWS)) {
          await repo.insertStagedBatch(conn, table, batch);
          staged += batch.length;
        }
      }
      timings.loadMs = Date.now() - t0;
      if (!header) {
        throw new ImportRefused(
          "The file is empty: its first line must name the columns (id, then attributes such as region, tier, language, channel, tenure).",
          "REJECTED",
        );
      }
      bytesRead = fileBytes;
      await progress();

      t0 = Date.now();
      const duplicates = await repo.findDuplicates(conn, table, MAX_REPORTED_ERRORS);
      for (const d of duplicates.sample) {
        for (const dup of d.lines.slice(1)) {
          reject(dup, d.external_id, `Line ${dup} repeats id ${d.external_id} (first on line ${d.lines[0]}).`);
        }
      }
      errorCount += Math.max(0, duplicates.total - duplicates.sample.reduce((n, d) => n + d.lines.length - 1, 0));
      timings.checkMs = Date.now() - t0;
      if (errorCount > 0) {
        errors.sort((a, b) => a.line - b.line);
        await repo.finishImport(sql, job.id, {
          status: "REJECTED",
          message: `${errorCount} bad ${errorCount === 1 ? "row" : "rows"} of ${rowsRead}; nothing was imported. Fix ${errorCount === 1 ? "it" : "them"} and upload the file again.`,
          errors: errors.slice(0, MAX_REPORTED_ERRORS),
          errorCount,
          at: clock.now(),
        });
        return { status: "REJECTED", rowsRead, errorCount, ...timings };
      }
      if (staged === 0) {
        throw new ImportRefused("The file has no rows after its first line; nothing was imported.", "REJECTED");
      }

      const actor = await repo.actorOfUser(sql, job.created_by_id);
      t0 = Date.now();
      const counts = await inTransaction(conn, async (tx) => {
        const status = await repo.lockPilotStatus(tx, job.pilot_id);
        if (status !== "DRAFT") {
          throw new ImportRefused(
            `The pilot is ${status} now; an audience is imported only while the pilot is a DRAFT. Nothing was imported.`,
            "FAILED",
          );
        }
        const at = clock.now();
        const merged = await repo.mergeStaging(tx, table, {
          pilotId: job.pilot_id,
          kind: job.kind,
          importId: job.id,
          at,
        });
        const finished = await repo.finishImport(
          tx,
          job.id,
          {
            status: "DONE",
            message: `Imported ${staged} ${job.kind === "CUSTOMER" ? "customers" : "agents"}: ${merged.inserted} new, ${merged.updated} updated; ${merged.members} added to the audience.`,
            errors: [],
            errorCount: 0,
            counts: merged,
            at,
          },
          "not-cancelled",
        );
        if (!finished) throw new ImportCancelled();
        await repo.insertAuditRow(tx, {
          type: "pilot.audience_imported",
          subjectId: job.pilot_id,
          data: { importId: job.id, kind: job.kind, rows: staged, ...merged },
          actor,
          at,
        });
        return merged;
      });
      timings.mergeMs = Date.now() - t0;
      return { status: "DONE", rowsRead, ...counts, ...timings };
    } finally {
      await repo.dropStaging(conn, table).catch(() => {});
    }
  }

  async function sweep() {
    const now = clock.now().getTime();
    const failed = await repo.failStaleImports(
      sql,
      new Date(now - 2 * 60_000),
      new Date(now - 30 * 60_000),
      clock.now(),
    );
    if (failed.length)
      logger.warn("Audience imports whose server stopped were marked FAILED", { ids: failed.map((f) => f.id) });
  }

  jobs.register(queue, async (data) => runImport(String(data.importId)));
  jobs.registerPeriodic("audience-import-sweep", sweep);

  return {
    updateAudience,
    addMembers,
    removeMembers,
    audienceOf,
    eligibleCount,
    overlap,
    admits,
    startImport,
    cancelImport,
    findImport: (id: string) => repo.findImport(db, id),
    latestImports: (pilotId: string, take = 5) => repo.latestImports(db, pilotId, take),
    listMembers: (pilotId: string, kind: ParticipantKind, take = 20) => repo.listMembers(db, pilotId, kind, take),
    /** Tests: run an import's job now (it normally runs on the jobs queue). */
    runImport,
  };
}

/**
 * Records from a parser in the batches it has buffered: one await per batch, not per record (1 M records through
 * `for await` one by one cost more than parsing them).
 */
async function* readBatches(parser: Parser): AsyncGenerator<string[][]> {
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  parser.on("readable", notify);
  parser.once("end", () => {
    ended = true;
    notify();
  });
  parser.once("error", (error) => {
    failure = error;
    notify();
  });
  try {
    for (;;) {
      const batch: string[][] = [];
      for (let record = parser.read(); record !== null; record = parser.read()) batch.push(record as string[]);
      if (batch.length) yield batch;
      if (failure) throw failure;
      if (ended) return;
      if (!batch.length)
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
    }
  } finally {
    parser.off("readable", notify);
    parser.destroy();
  }
}

function firstLine(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, n)
      .toString("utf8")
      .replace(/^\uFEFF/, "");
    const end = text.search(/\r?\n/);
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/** One transaction on the import's connection (PGlite: its transaction lock; PostgreSQL: BEGIN … COMMIT). */
async function inTransaction<T>(conn: SqlRunner, fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
  if (conn.kind === "pglite") return conn.transaction(fn);
  await conn.exec("BEGIN");
  try {
    const result = await fn(conn);
    await conn.exec("COMMIT");
    return result;
  } catch (error) {
    await conn.exec("ROLLBACK").catch(() => {});
    throw error;
  }
}

export type AudiencesService = ReturnType<typeof createAudiencesService>;
