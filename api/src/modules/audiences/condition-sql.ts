/**
 * Translates a GrowthBook condition into a SQL predicate over participants (`attributes` JSONB, `external_id` as
 * attribute `id`) in three-valued logic: TRUE or FALSE where SQL decides exactly as GrowthBook's evalCondition would,
 * NULL where it cannot (an operator or value type not translated). SQL's AND/OR/NOT on NULL are Kleene logic, so a
 * row is NULL only when its outcome depends on an undecided part; the caller evaluates those rows with the SDK.
 * Rules are GrowthBook's (mongrule.ts): a missing attribute reads as null; a string literal compares `value + ""`, a
 * number literal `value * 1`; `$in` intersects when the attribute is a list; `$lt` on null compares 0.
 */
export type SqlPredicate = { text: string; params: unknown[] };

const UNDECIDED = "NULL::boolean";

export function conditionToSql(condition: Record<string, unknown>, firstParam = 1): SqlPredicate {
  // Values become placeholders first; only those left in the final text are numbered (an undecided branch drops its own).
  const values: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    values.push(value);
    return `$__${values.length - 1}__::${cast}`;
  };

  const attr = (path: string) =>
    path === "id" ? "to_jsonb(p.external_id)" : `(p.attributes #> ${param(path.split("."), "text[]")})`;

  const isOperatorObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    Object.keys(v).length > 0 &&
    Object.keys(v).every((k) => k.startsWith("$"));

  const absent = (x: string) => `(${x} IS NULL OR jsonb_typeof(${x}) = 'null')`;
  const jsCompare = (left: number, op: string, right: number) =>
    op === "$lt" ? left < right : op === "$lte" ? left <= right : op === "$gt" ? left > right : left >= right;
  const SQL_OP: Record<string, string> = { $lt: "<", $lte: "<=", $gt: ">", $gte: ">=" };

  function all(parts: string[]) {
    return parts.length ? `(${parts.join(" AND ")})` : "TRUE";
  }
  function any(parts: string[]) {
    return parts.length ? `(${parts.join(" OR ")})` : "TRUE"; // GrowthBook: an empty $or passes
  }

  function cond(c: Record<string, unknown>): string {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(c)) {
      if (key === "$and") parts.push(all((value as Record<string, unknown>[]).map(cond)));
      else if (key === "$or") parts.push(any((value as Record<string, unknown>[]).map(cond)));
      else if (key === "$nor") {
        const list = value as Record<string, unknown>[];
        parts.push(list.length ? `(NOT ${any(list.map(cond))})` : "TRUE");
      } else if (key === "$not") parts.push(`(NOT ${cond(value as Record<string, unknown>)})`);
      else if (key.startsWith("$")) parts.push(UNDECIDED);
      else parts.push(valueOn(attr(key), value));
    }
    return all(parts);
  }

  function valueOn(x: string, expected: unknown): string {
    if (typeof expected === "string") {
      // value + "" === expected: decided for strings and absent values; other types undecided.
      return `(CASE WHEN ${absent(x)} THEN ${expected === "null" ? "TRUE" : "FALSE"} WHEN jsonb_typeof(${x}) = 'string' THEN ${x} = ${param(JSON.stringify(expected), "jsonb")} ELSE ${UNDECIDED} END)`;
    }
    if (typeof expected === "number" && Number.isFinite(expected)) {
      // value * 1 === expected: numbers compare, absent reads as 0.
      return `(CASE WHEN ${absent(x)} THEN ${expected === 0 ? "TRUE" : "FALSE"} WHEN jsonb_typeof(${x}) = 'number' THEN ${x} = ${param(JSON.stringify(expected), "jsonb")} ELSE ${UNDECIDED} END)`;
    }
    if (!isOperatorObject(expected)) return UNDECIDED;
    const parts: string[] = [];
    for (const [op, arg] of Object.entries(expected)) parts.push(operator(x, op, arg));
    return all(parts);
  }

  function operator(x: string, op: string, arg: unknown): string {
    switch (op) {
      case "$eq":
      case "$ne": {
        // Strict (in)equality: a JSON value of another type is never equal.
        if (!(typeof arg === "string" || typeof arg === "boolean" || (typeof arg === "number" && Number.isFinite(arg))))
          return UNDECIDED;
        const eq = `COALESCE(${x} = ${param(JSON.stringify(arg), "jsonb")}, FALSE)`;
        return op === "$eq" ? eq : `(NOT ${eq})`;
      }
      case "$in":
      case "$nin": {
        if (!Array.isArray(arg) || !arg.every((v) => typeof v === "string")) return UNDECIDED;
        const list = param(arg, "text[]");
        const isIn = `(CASE WHEN jsonb_typeof(${x}) IN ('string', 'array') THEN ${x} ?| ${list} ELSE FALSE END)`;
        return op === "$in" ? `COALESCE(${isIn}, FALSE)` : `(NOT COALESCE(${isIn}, FALSE))`;
      }
      case "$exists":
        if (typeof arg !== "boolean") return UNDECIDED;
        return arg ? `(NOT ${absent(x)})` : absent(x);
      case "$lt":
      case "$lte":
      case "$gt":
      case "$gte": {
        if (typeof arg !== "number" || !Number.isFinite(arg)) return UNDECIDED;
        // null coerces to 0 in JavaScript's comparisons; numbers compare; other types undecided.
        return `(CASE WHEN ${absent(x)} THEN ${jsCompare(0, op, arg) ? "TRUE" : "FALSE"} WHEN jsonb_typeof(${x}) = 'number' THEN (${x})::numeric ${SQL_OP[op]} ${param(arg, "numeric")} ELSE ${UNDECIDED} END)`;
      }
      case "$not":
        return `(NOT ${valueOn(x, arg)})`;
      default:
        return UNDECIDED;
    }
  }

  const params: unknown[] = [];
  const numbers = new Map<number, number>();
  const text = cond(condition).replace(/\$__(\d+)__/g, (_m, k: string) => {
    const key = Number(k);
    let number = numbers.get(key);
    if (number === undefined) {
      params.push(values[key]);
      number = firstParam + params.length - 1;
      numbers.set(key, number);
    }
    return `$${number}`;
  });
  return { text, params };
}
