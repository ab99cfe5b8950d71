import { evalCondition } from "@growthbook/growthbook";

/**
 * The operators a pilot's attribute rule may use: GrowthBook's condition operators (its `mongrule.ts`), except the
 * saved-group ones (`$inGroup`, `$notInGroup`, `$savedGroup`), because policy-pilot keeps no saved groups.
 */
export const CONDITION_OPERATORS = {
  logical: ["$and", "$or", "$nor", "$not"],
  comparison: ["$eq", "$ne", "$lt", "$lte", "$gt", "$gte"],
  version: ["$veq", "$vne", "$vgt", "$vgte", "$vlt", "$vlte"],
  membership: ["$in", "$nin", "$ini", "$nini", "$all", "$alli"],
  other: ["$exists", "$type", "$regex", "$regexi", "$size", "$elemMatch", "$not"],
} as const;

const VALUE_OPERATORS = new Set<string>([
  ...CONDITION_OPERATORS.comparison,
  ...CONDITION_OPERATORS.version,
  ...CONDITION_OPERATORS.membership,
  ...CONDITION_OPERATORS.other,
]);
const TYPE_NAMES = ["string", "number", "boolean", "array", "object", "null", "undefined"];

/** Limits of a rule: its JSON text, nesting and the length of one regular expression. */
export const MAX_CONDITION_CHARS = 20_000;
export const MAX_CONDITION_DEPTH = 12;
export const MAX_REGEX_CHARS = 200;

export type ConditionIssue = { path: string[]; message: string };

const ALLOWED_WORDS =
  `attribute rules use ${CONDITION_OPERATORS.logical.join(", ")} to combine rules and, on an attribute, ` +
  `${[...VALUE_OPERATORS].join(", ")}`;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isOperatorObject = (v: Record<string, unknown>) => {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k.startsWith("$"));
};
const isPrimitive = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);

/**
 * Checks that a value is a GrowthBook condition this service evaluates: a JSON object whose keys are attribute
 * names (dot paths reach nested attributes) or `$and`/`$or`/`$nor`/`$not`, with operator objects using only
 * {@link CONDITION_OPERATORS}. Returns every problem found, each with its path and a sentence saying what is allowed;
 * an empty list means the condition is valid.
 *
 * @example
 * validateCondition({ region: { $in: ["EU"] }, tier: { $regx: "gold" } });
 * // [{ path: ["tier", "$regx"], message: 'Unknown operator "$regx"; attribute rules use $and, … ' }]
 */
export function validateCondition(condition: unknown): ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  if (!isPlainObject(condition)) {
    return [{ path: [], message: 'A rule is a JSON object such as { "region": "EU" } (or {} for everyone).' }];
  }
  const text = JSON.stringify(condition);
  if (text.length > MAX_CONDITION_CHARS) {
    return [
      {
        path: [],
        message: `A rule is at most ${MAX_CONDITION_CHARS} characters of JSON; this one has ${text.length}.`,
      },
    ];
  }
  checkCondition(condition, [], 0, issues);
  return issues;
}

function checkCondition(cond: Record<string, unknown>, path: string[], depth: number, issues: ConditionIssue[]) {
  if (depth > MAX_CONDITION_DEPTH) {
    issues.push({ path, message: `Rules nest at most ${MAX_CONDITION_DEPTH} levels deep.` });
    return;
  }
  for (const [key, value] of Object.entries(cond)) {
    const at = [...path, key];
    if (key === "$and" || key === "$or" || key === "$nor") {
      if (!Array.isArray(value) || value.some((c) => !isPlainObject(c))) {
        issues.push({
          path: at,
          message: `${key} takes a list of rules, e.g. [{ "tier": "gold" }, { "region": "EU" }].`,
        });
        continue;
      }
      for (const [i, c] of value.entries()) {
        checkCondition(c as Record<string, unknown>, [...at, String(i)], depth + 1, issues);
      }
    } else if (key === "$not") {
      if (!isPlainObject(value)) issues.push({ path: at, message: '$not takes one rule, e.g. { "tier": "free" }.' });
      else checkCondition(value, at, depth + 1, issues);
    } else if (key.startsWith("$")) {
      issues.push({ path: at, message: unknownOperator(key, true) });
    } else if (key.trim() === "") {
      issues.push({ path: at, message: "An attribute name must not be empty." });
    } else {
      checkValue(value, at, depth + 1, issues);
    }
  }
}

function checkValue(value: unknown, path: string[], depth: number, issues: ConditionIssue[]) {
  if (depth > MAX_CONDITION_DEPTH) {
    issues.push({ path, message: `Rules nest at most ${MAX_CONDITION_DEPTH} levels deep.` });
    return;
  }
  if (!isPlainObject(value) || !isOperatorObject(value)) return; // a literal: the attribute must equal it
  for (const [op, arg] of Object.entries(value)) {
    const at = [...path, op];
    if (!VALUE_OPERATORS.has(op)) {
      issues.push({ path: at, message: unknownOperator(op, false) });
      continue;
    }
    if ((CONDITION_OPERATORS.membership as readonly string[]).includes(op)) {
      if (!Array.isArray(arg)) issues.push({ path: at, message: `${op} takes a list of values, e.g. ["EU", "UK"].` });
    } else if ((CONDITION_OPERATORS.version as readonly string[]).includes(op)) {
      if (typeof arg !== "string") issues.push({ path: at, message: `${op} takes a version string, e.g. "2.1.0".` });
    } else if ((CONDITION_OPERATORS.comparison as readonly string[]).includes(op)) {
      if (!isPrimitive(arg)) issues.push({ path: at, message: `${op} takes a number, a string, true, false or null.` });
    } else if (op === "$exists") {
      if (typeof arg !== "boolean") issues.push({ path: at, message: "$exists takes true or false." });
    } else if (op === "$type") {
      if (typeof arg !== "string" || !TYPE_NAMES.includes(arg)) {
        issues.push({ path: at, message: `$type takes one of ${TYPE_NAMES.join(", ")}.` });
      }
    } else if (op === "$regex" || op === "$regexi") {
      if (typeof arg !== "string") issues.push({ path: at, message: `${op} takes a regular expression as a string.` });
      else if (arg.length > MAX_REGEX_CHARS) {
        issues.push({ path: at, message: `A regular expression is at most ${MAX_REGEX_CHARS} characters.` });
      } else {
        try {
          new RegExp(arg);
        } catch {
          issues.push({ path: at, message: `${op} "${arg}" is not a valid regular expression.` });
        }
      }
    } else if (op === "$size") {
      if (typeof arg !== "number") checkValue(arg, at, depth + 1, issues);
    } else if (op === "$not") {
      checkValue(arg, at, depth + 1, issues);
    } else if (op === "$elemMatch") {
      if (!isPlainObject(arg)) issues.push({ path: at, message: "$elemMatch takes a rule for the list's items." });
      else if (isOperatorObject(arg)) checkValue(arg, at, depth + 1, issues);
      else checkCondition(arg, at, depth + 1, issues);
    }
  }
}

function unknownOperator(op: string, topLevel: boolean): string {
  const saved = op === "$inGroup" || op === "$notInGroup" || op === "$savedGroup";
  const why = saved ? `"${op}" needs saved groups, which policy-pilot does not keep` : `Unknown operator "${op}"`;
  return topLevel
    ? `${why}; at the top of a rule use attribute names or ${CONDITION_OPERATORS.logical.join(", ")}.`
    : `${why}; ${ALLOWED_WORDS}.`;
}

/**
 * Compiles a validated condition into a predicate over a unit's attributes, evaluated by the GrowthBook SDK's
 * `evalCondition` (so rules mean exactly what they mean in GrowthBook). An absent or empty condition admits everyone.
 *
 * @example
 * compileCondition({ tenure: { $gte: 12 } })({ tenure: 24 }); // true
 */
export function compileCondition(
  condition: Record<string, unknown> | null | undefined,
): (attributes: Record<string, unknown>) => boolean {
  if (!condition || Object.keys(condition).length === 0) return () => true;
  return (attributes) => evalCondition(attributes, condition as never);
}
