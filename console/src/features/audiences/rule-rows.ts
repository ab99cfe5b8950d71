/**
 * The rule builder's model: rows of (attribute, operator, value) combined with "all" or "any", and their GrowthBook
 * condition JSON. Rules the rows cannot show (nesting, $not, regex flags…) stay editable as JSON only.
 */
export type RuleOperator =
  | "is"
  | "isNot"
  | "in"
  | "notIn"
  | "gte"
  | "gt"
  | "lte"
  | "lt"
  | "exists"
  | "missing"
  | "regex";
export type RuleRow = { attribute: string; operator: RuleOperator; value: string };
export type RuleModel = { combine: "all" | "any"; rows: RuleRow[] };

export const OPERATOR_LABELS: Record<RuleOperator, string> = {
  is: "is",
  isNot: "is not",
  in: "is one of",
  notIn: "is none of",
  gte: "is at least",
  gt: "is more than",
  lte: "is at most",
  lt: "is less than",
  exists: "is set",
  missing: "is not set",
  regex: "matches (regular expression)",
};

const TO_MONGO: Record<RuleOperator, string> = {
  is: "$eq",
  isNot: "$ne",
  in: "$in",
  notIn: "$nin",
  gte: "$gte",
  gt: "$gt",
  lte: "$lte",
  lt: "$lt",
  exists: "$exists",
  missing: "$exists",
  regex: "$regex",
};
const NUMERIC = new Set<RuleOperator>(["gte", "gt", "lte", "lt"]);

/** Attributes stored as numbers (see the API's audience-attributes.ts): their values are compared as numbers. */
export const NUMERIC_ATTRIBUTES = new Set(["tenure"]);

const listOf = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

function conditionValue(row: RuleRow): unknown {
  if (row.operator === "exists") return true;
  if (row.operator === "missing") return false;
  if (row.operator === "in" || row.operator === "notIn") {
    const list = listOf(row.value);
    return NUMERIC_ATTRIBUTES.has(row.attribute) ? list.map(Number) : list;
  }
  if (NUMERIC.has(row.operator) || NUMERIC_ATTRIBUTES.has(row.attribute)) {
    const n = Number(row.value);
    return row.value.trim() !== "" && Number.isFinite(n) ? n : row.value;
  }
  return row.value;
}

/** The GrowthBook condition of a model; rows without an attribute are left out; no rows: {} (anyone). */
export function toCondition(model: RuleModel): Record<string, unknown> {
  const parts = model.rows
    .filter((r) => r.attribute.trim())
    .map((r) => ({ [r.attribute.trim()]: { [TO_MONGO[r.operator]]: conditionValue(r) } }));
  if (parts.length === 0) return {};
  if (model.combine === "any") return parts.length === 1 ? (parts[0] as Record<string, unknown>) : { $or: parts };
  // "all": one object when every attribute appears once, else $and keeps rows on the same attribute apart.
  const attributes = parts.map((p) => Object.keys(p)[0]);
  if (new Set(attributes).size === attributes.length) return Object.assign({}, ...parts);
  return { $and: parts };
}

const FROM_MONGO: Record<string, RuleOperator> = {
  $eq: "is",
  $ne: "isNot",
  $in: "in",
  $nin: "notIn",
  $gte: "gte",
  $gt: "gt",
  $lte: "lte",
  $lt: "lt",
  $regex: "regex",
};

function rowsOfObject(condition: Record<string, unknown>): RuleRow[] | null {
  const rows: RuleRow[] = [];
  for (const [attribute, value] of Object.entries(condition)) {
    if (attribute.startsWith("$")) return null;
    if (typeof value === "string" || typeof value === "number") {
      rows.push({ attribute, operator: "is", value: String(value) });
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    for (const [op, arg] of Object.entries(value)) {
      if (op === "$exists" && typeof arg === "boolean") {
        rows.push({ attribute, operator: arg ? "exists" : "missing", value: "" });
      } else if ((op === "$in" || op === "$nin") && Array.isArray(arg) && arg.every((a) => typeof a !== "object")) {
        rows.push({ attribute, operator: FROM_MONGO[op] as RuleOperator, value: arg.join(", ") });
      } else if (op in FROM_MONGO && (typeof arg === "string" || typeof arg === "number")) {
        rows.push({ attribute, operator: FROM_MONGO[op] as RuleOperator, value: String(arg) });
      } else return null;
    }
  }
  return rows;
}

/** The builder's rows for a condition, or null when the builder cannot show it (then only the JSON is edited). */
export function fromCondition(condition: unknown): RuleModel | null {
  if (condition === null || condition === undefined) return { combine: "all", rows: [] };
  if (typeof condition !== "object" || Array.isArray(condition)) return null;
  const c = condition as Record<string, unknown>;
  const keys = Object.keys(c);
  if (keys.length === 1 && (keys[0] === "$or" || keys[0] === "$and") && Array.isArray(c[keys[0]])) {
    const rows: RuleRow[] = [];
    for (const part of c[keys[0]] as unknown[]) {
      if (typeof part !== "object" || part === null || Array.isArray(part)) return null;
      const [only, ...more] = rowsOfObject(part as Record<string, unknown>) ?? [];
      if (!only || more.length) return null;
      rows.push(only);
    }
    return { combine: keys[0] === "$or" ? "any" : "all", rows };
  }
  const rows = rowsOfObject(c);
  return rows ? { combine: "all", rows } : null;
}
