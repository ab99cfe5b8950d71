import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../api/src/db/create-db.js";
import { applyMigrations, readMigrations } from "../../api/src/db/migrator.js";
import { backends, createTestDb } from "../testkit/db.js";

/**
 * The migrated database matches prisma/schema.prisma: tables, columns (type, nullability, defaults), enums,
 * primary keys, unique and plain indexes, and foreign keys with their delete rules. The DMMF comes from our own
 * generator (tools/dmmf-generator.mjs) because `prisma migrate diff` needs an engine we cannot download.
 */
type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isRequired: boolean;
  isList: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type Dmmf = {
  models: DmmfModel[];
  enums: { name: string; values: { name: string }[] }[];
  indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] }[];
};

const dmmf: Dmmf = JSON.parse(readFileSync(new URL("../../api/src/generated/dmmf.json", import.meta.url), "utf8"));
/**
 * `Unsupported("type")` fields (the xid8 rollup watermarks, ADR 0023) are left out of the DMMF, so they are read from
 * schema.prisma itself: model → field → { column, type, default }. Each is required in this schema.
 */
const unsupported = new Map<string, Map<string, { column: string; type: string; hasDefault: boolean }>>();
{
  const text = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
  for (const block of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, { column: string; type: string; hasDefault: boolean }>();
    for (const line of block[2]!.matchAll(/^\s+(\w+)\s+Unsupported\("(\w+)"\)(.*)$/gm)) {
      const column = /@map\("(\w+)"\)/.exec(line[3]!)?.[1] ?? line[1]!;
      fields.set(line[1]!, { column, type: line[2]!, hasDefault: /@default\(/.test(line[3]!) });
    }
    if (fields.size) unsupported.set(block[1]!, fields);
  }
}
/** Indexes the migrations add on purpose that schema.prisma cannot express. */
const EXTRA_INDEXES = new Set([
  "policy_versions_one_published",
  "exposures_one_per_participant_day",
  "assignments_withdrawn",
]);

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;
const modelByName = new Map(dmmf.models.map((m) => [m.name, m]));
const columnsOf = (modelName: string, fieldNames: string[]) => {
  const model = modelByName.get(modelName)!;
  return fieldNames.map((n) => {
    const field = model.fields.find((f) => f.name === n);
    return field ? columnOf(field) : unsupported.get(modelName)!.get(n)!.column;
  });
};

function expectedType(f: DmmfField): string {
  if (f.kind === "enum") return f.type;
  if (f.nativeType?.[0] === "Date") return "date";
  const map: Record<string, string> = {
    String: "text",
    Int: "integer",
    BigInt: "bigint",
    Float: "double precision",
    Boolean: "boolean",
    DateTime: "timestamp with time zone",
    Json: "jsonb",
  };
  return map[f.type] ?? `unknown ${f.type}`;
}

describe.each(backends())("migrations on %s", (backend) => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDb(backend);
  });
  afterAll(async () => db?.close());

  it("record every migration in _prisma_migrations and apply nothing twice", async () => {
    const rows = await db.sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((m) => [m.name, m.checksum]));
    expect(await applyMigrations(db.sql)).toEqual([]);
  });

  it("refuse to start when an applied migration was edited", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(db.sql, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it("create exactly the tables and columns of schema.prisma", async () => {
    const columns = await db.sql.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: string;
      column_default: string | null;
    }>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
         AND table_name IN (SELECT table_name FROM information_schema.tables
                            WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
    );
    const actual = new Map<string, Map<string, (typeof columns)[number]>>();
    for (const c of columns) {
      if (!actual.has(c.table_name)) actual.set(c.table_name, new Map());
      actual.get(c.table_name)!.set(c.column_name, c);
    }
    expect([...actual.keys()].sort()).toEqual(dmmf.models.map(tableOf).sort());
    for (const model of dmmf.models) {
      const table = actual.get(tableOf(model))!;
      const scalar = model.fields.filter((f) => f.kind !== "object");
      const extra = [...(unsupported.get(model.name)?.values() ?? [])];
      expect([...table.keys()].sort(), `columns of ${tableOf(model)}`).toEqual(
        [...scalar.map(columnOf), ...extra.map((c) => c.column)].sort(),
      );
      for (const u of extra) {
        const col = table.get(u.column)!;
        expect(col.udt_name, `${tableOf(model)}.${u.column} type`).toBe(u.type);
        expect(col.is_nullable, `${tableOf(model)}.${u.column} nullable`).toBe("NO");
        expect(col.column_default !== null, `${tableOf(model)}.${u.column} default`).toBe(u.hasDefault);
      }
      for (const f of scalar) {
        const col = table.get(columnOf(f))!;
        const type = col.data_type === "USER-DEFINED" ? col.udt_name : col.data_type;
        expect(type, `${tableOf(model)}.${columnOf(f)} type`).toBe(expectedType(f));
        expect(col.is_nullable === "YES", `${tableOf(model)}.${columnOf(f)} nullable`).toBe(!f.isRequired);
        expect(col.column_default !== null, `${tableOf(model)}.${columnOf(f)} default`).toBe(f.hasDefaultValue);
      }
    }
  });

  it("create the enums of schema.prisma with their values in order", async () => {
    const rows = await db.sql.query<{ typname: string; labels: string[] | string }>(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(
      rows.map((r) => [r.typname, Array.isArray(r.labels) ? r.labels : r.labels.replace(/[{}]/g, "").split(",")]),
    );
    expect(actual).toEqual(Object.fromEntries(dmmf.enums.map((e) => [e.name, e.values.map((v) => v.name)])));
  });

  it("create the primary keys, unique and plain indexes of schema.prisma and no others", async () => {
    const rows = await db.sql.query<{ tablename: string; indexname: string; indexdef: string }>(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const signature = (table: string, unique: boolean, cols: string[]) =>
      `${table}|${unique ? "unique" : "plain"}|${cols.join(",")}`;
    const actual = rows
      .filter((r) => !EXTRA_INDEXES.has(r.indexname))
      .map((r) => {
        const cols = /\((.*)\)/
          .exec(r.indexdef)![1]!
          .split(",")
          .map((c) => c.trim().replace(/"/g, ""));
        return signature(r.tablename, /UNIQUE/.test(r.indexdef), cols);
      })
      .sort();
    const expected = dmmf.indexes
      .map((i) =>
        signature(
          tableOf(modelByName.get(i.model)!),
          i.type !== "normal",
          columnsOf(
            i.model,
            i.fields.map((f) => f.name),
          ),
        ),
      )
      .sort();
    expect(actual).toEqual(expected);
    expect(rows.some((r) => r.indexname === "policy_versions_one_published" && /WHERE/.test(r.indexdef))).toBe(true);
  });

  it("create the foreign keys of schema.prisma with their delete rules", async () => {
    const rows = await db.sql.query<{ from_table: string; from_cols: string; to_table: string; delete_rule: string }>(
      `SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table,
              (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS from_cols,
              CASE c.confdeltype WHEN 'a' THEN 'NoAction' WHEN 'r' THEN 'Restrict' WHEN 'c' THEN 'Cascade'
                                 WHEN 'n' THEN 'SetNull' WHEN 'd' THEN 'SetDefault' END AS delete_rule
       FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    );
    const actual = rows
      .map((r) => `${r.from_table.replace(/"/g, "")}(${r.from_cols})->${r.to_table.replace(/"/g, "")} ${r.delete_rule}`)
      .sort();
    const expected = dmmf.models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.kind === "object" && f.relationFromFields?.length)
          .map((f) => {
            const target = modelByName.get(f.type)!;
            const optional = !f.isRequired;
            const rule = f.relationOnDelete ?? (optional ? "SetNull" : "Restrict");
            return `${tableOf(m)}(${columnsOf(m.name, f.relationFromFields!).join(",")})->${tableOf(target)} ${rule}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("reject a second PUBLISHED version and changes to a published one at the database level", async () => {
    await db.sql.exec(`
      INSERT INTO policies (id, key, name) VALUES ('pol_drift', 'drift', 'Drift');
      INSERT INTO policy_versions (id, policy_id, number, status, title, content)
        VALUES ('pv_drift1', 'pol_drift', 1, 'PUBLISHED', 'One', '{}');`);
    await expect(
      db.sql.exec(
        `INSERT INTO policy_versions (id, policy_id, number, status, title, content) VALUES ('pv_drift2', 'pol_drift', 2, 'PUBLISHED', 'Two', '{}')`,
      ),
    ).rejects.toThrow();
    await expect(
      db.sql.exec(`UPDATE policy_versions SET content = '{"purpose":"x"}' WHERE id = 'pv_drift1'`),
    ).rejects.toThrow(/immutable/);
    await db.sql.exec(`UPDATE policy_versions SET status = 'ARCHIVED' WHERE id = 'pv_drift1'`);
    const [row] = await db.sql.query<{ status: string }>(`SELECT status FROM policy_versions WHERE id = 'pv_drift1'`);
    expect(row!.status).toBe("ARCHIVED");
  });
});
