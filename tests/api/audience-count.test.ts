import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../api/src/db/create-db.js";
import { countEligible } from "../../api/src/modules/audiences/audiences.read-model.js";
import { conditionToSql } from "../../api/src/modules/audiences/condition-sql.js";
import { mulberry32 } from "../../api/src/seed/rng.js";
import { compileCondition, validateCondition } from "../../experiments/src/index.js";
import { backends, createTestDb } from "../testkit/db.js";

/**
 * The live count translates rules into SQL where it can (condition-sql.ts) and lets the GrowthBook SDK decide the
 * rest. Whatever the split, the count must equal the SDK's verdict row by row: checked here on participants with
 * attributes of every JSON type, including the awkward ones (numbers as text, lists, nulls, missing).
 */
const CONDITIONS: Record<string, unknown>[] = [
  { region: "EU" },
  { region: { $eq: "EU" } },
  { region: { $ne: "EU" } },
  { region: { $in: ["EU", "UK"] } },
  { region: { $nin: ["EU", "UK"] } },
  { tier: { $exists: true } },
  { tier: { $exists: false } },
  { tenure: { $gte: 12 } },
  { tenure: { $lt: 3 } },
  { tenure: 0 },
  { tenure: 24 },
  { tenure: { $gt: -1, $lte: 30 } },
  { region: "EU", tenure: { $gte: 6 } },
  { $or: [{ region: "EU" }, { tier: "gold" }] },
  { $nor: [{ region: "EU" }, { tier: "gold" }] },
  { $and: [{ region: { $in: ["EU"] } }, { $not: { tier: "free" } }] },
  { $not: { region: { $nin: ["US"] } } },
  { region: { $not: { $in: ["EU"] } } },
  { language: { $regex: "^s" } }, // undecided in SQL: every row goes to the SDK
  { region: "EU", language: { $regex: "^e" } },
  { tier: { $in: ["gold", 1] } }, // a non-text list: undecided
  { tags: { $elemMatch: { $eq: "vip" } } },
  { id: { $in: ["p-1", "p-2", "p-3"] } },
  { "profile.country": "SE" },
  { $or: [] },
  {},
];

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

function randomAttributes(rng: () => number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const maybe = (p: number) => rng() < p;
  if (maybe(0.8))
    out.region = pick(rng, ["EU", "US", "UK", "eu", 5, null, ["EU", "US"], ["APAC"], true, { EU: 1 }, "null"]);
  if (maybe(0.6)) out.tier = pick(rng, ["gold", "free", "silver", 1, null, ["gold"], false]);
  if (maybe(0.7)) out.tenure = pick(rng, [0, 1, 3, 6, 12, 24, 36, "12", "abc", null, true, [12], -2, 2.5]);
  if (maybe(0.5)) out.language = pick(rng, ["en", "sv", "es", 7, null]);
  if (maybe(0.2)) out.tags = pick(rng, [["vip"], ["new", "vip"], [], "vip"]);
  if (maybe(0.2)) out.profile = pick(rng, [{ country: "SE" }, { country: "NO" }, "SE", null]);
  return out;
}

describe.each(backends())("live audience count on %s", (backend) => {
  let db: Database;
  const rows: { id: string; externalId: string; attributes: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    db = await createTestDb(backend);
    const rng = mulberry32(20261202);
    for (let i = 0; i < 3000; i++)
      rows.push({ id: `par_${String(i).padStart(6, "0")}`, externalId: `p-${i}`, attributes: randomAttributes(rng) });
    await db.sql.query(
      `INSERT INTO participants (id, kind, external_id, attributes) SELECT id, 'CUSTOMER', ext, attrs FROM unnest($1::text[], $2::text[], $3::jsonb[]) AS t(id, ext, attrs)`,
      [rows.map((r) => r.id), rows.map((r) => r.externalId), rows.map((r) => JSON.stringify(r.attributes))],
    );
  });
  afterAll(async () => db?.close());

  it.each(CONDITIONS.map((c) => [JSON.stringify(c), c] as const))(
    "%s counts what the SDK admits",
    async (_name, condition) => {
      expect(validateCondition(condition)).toEqual([]);
      const matches = compileCondition(condition);
      const expected = rows.filter((r) => matches({ ...r.attributes, id: r.externalId })).length;
      const counted = await countEligible(db.sql, {
        pilotId: "pil_none",
        kind: "CUSTOMER",
        listed: false,
        condition,
        matches,
      });
      expect(counted.matching).toBe(expected);
    },
  );

  it("decides simple rules in SQL alone and leaves only undecidable rows to the SDK", async () => {
    const simple = { region: { $in: ["EU", "UK"] }, tier: { $ne: "free" } };
    const counted = await countEligible(db.sql, {
      pilotId: "pil_none",
      kind: "CUSTOMER",
      listed: false,
      condition: simple,
      matches: compileCondition(simple),
    });
    expect(counted.evaluatedInProcess).toBe(0);
    const regex = { language: { $regex: "^s" } };
    const slow = await countEligible(db.sql, {
      pilotId: "pil_none",
      kind: "CUSTOMER",
      listed: false,
      condition: regex,
      matches: compileCondition(regex),
    });
    expect(slow.evaluatedInProcess).toBe(rows.length);
    expect(conditionToSql({ tenure: { $gte: 12 } }).params).toEqual([["tenure"], 12]);
  });
});
