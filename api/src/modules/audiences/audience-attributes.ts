/**
 * Participant attributes as a CSV import reads them (ADR 0027). The id column names the helpdesk's id; every other
 * column is an attribute. Attributes policy-pilot knows have a type; any other column is kept as text. An empty
 * cell leaves the attribute as it was.
 */
export const ID_COLUMNS = ["id", "external_id", "externalid", "customer_id", "customerid", "agent_id", "agentid"];

export const KNOWN_ATTRIBUTES = {
  region: "text",
  tier: "text",
  language: "language",
  channel: "text",
  tenure: "months",
} as const;

export const MAX_ID_CHARS = 200;
export const MAX_VALUE_CHARS = 500;
export const MAX_COLUMNS = 50;
const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

export type Header = { idIndex: number; attributes: { index: number; name: string }[] };

/** Reads the header line; an error says which columns are allowed. */
export function readHeader(cells: string[]): { header: Header } | { error: string } {
  const names = cells.map((c) => c.trim());
  const idIndex = names.findIndex((n) => ID_COLUMNS.includes(n.toLowerCase()));
  if (idIndex < 0) {
    return {
      error: `The first line must name the columns, one of them "id" (the helpdesk's id; also accepted: ${ID_COLUMNS.slice(1).join(", ")}); it has ${names.map((n) => JSON.stringify(n)).join(", ")}.`,
    };
  }
  if (names.length > MAX_COLUMNS)
    return { error: `A file has at most ${MAX_COLUMNS} columns; this one has ${names.length}.` };
  const attributes: Header["attributes"] = [];
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    if (index === idIndex) continue;
    if (!ATTRIBUTE_NAME.test(name)) {
      return {
        error: `Column ${index + 1} is named ${JSON.stringify(name)}; attribute names start with a letter and use letters, digits and _ (at most 40), e.g. region, tier, language, channel, tenure.`,
      };
    }
    if (seen.has(name)) return { error: `Column ${JSON.stringify(name)} appears twice in the first line.` };
    seen.add(name);
    attributes.push({ index, name });
  }
  return { header: { idIndex, attributes } };
}

export type RowResult = { id: string; attributes: Record<string, string | number> } | { id: string; error: string };

/** Checks one data row against the header: its id, its number of fields and its attribute values. */
export function readRow(cells: string[], header: Header, columnCount: number): RowResult {
  const id = (cells[header.idIndex] ?? "").trim();
  if (cells.length !== columnCount) {
    return { id, error: `has ${cells.length} fields; the first line names ${columnCount} columns.` };
  }
  if (id === "") return { id, error: "has an empty id." };
  if (id.length > MAX_ID_CHARS)
    return { id: id.slice(0, 40), error: `has an id longer than ${MAX_ID_CHARS} characters.` };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\s\u0000-\u001f]/.test(id)) return { id, error: "has an id with spaces or control characters." };
  const attributes: Record<string, string | number> = {};
  for (const { index, name } of header.attributes) {
    const raw = (cells[index] ?? "").trim();
    if (raw === "") continue;
    if (raw.length > MAX_VALUE_CHARS) return { id, error: `has a ${name} longer than ${MAX_VALUE_CHARS} characters.` };
    const type = KNOWN_ATTRIBUTES[name as keyof typeof KNOWN_ATTRIBUTES] ?? "text";
    if (type === "months") {
      if (!/^\d{1,5}$/.test(raw))
        return { id, error: `has ${name} ${JSON.stringify(raw)}; ${name} is a whole number of months (0 or more).` };
      attributes[name] = Number(raw);
    } else if (type === "language") {
      if (!LANGUAGE.test(raw))
        return { id, error: `has language ${JSON.stringify(raw)}; use a language code such as en, sv or pt-BR.` };
      attributes[name] = raw;
    } else {
      attributes[name] = raw;
    }
  }
  return { id, attributes };
}

/** The likeliest field separator of a header line: the one of `,` `;` and tab it uses most (outside quotes). */
export function sniffDelimiter(firstLine: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ",";
}
