import type { PolicyContentInput } from "../../gql/graphql.js";

/** The sections a draft form edits, in reading order, with the titles the API gives them. */
export const SECTIONS = [
  ["purpose", "Purpose"],
  ["goals", "Goals"],
  ["expectations", "Expectations"],
  ["procedures", "Procedures"],
  ["escalation", "Escalation"],
  ["channelsAndHours", "Channels and hours"],
  ["benchmarks", "Service benchmarks"],
  ["glossary", "Glossary"],
] as const satisfies readonly (readonly [keyof PolicyContentInput, string])[];

export type SectionKey = (typeof SECTIONS)[number][0];
export type SectionTexts = Record<SectionKey, string>;

/** Just the section texts of a `PolicyContent` (which may carry `__typename` and other fields at run time). */
export function sectionTexts(content: SectionTexts): SectionTexts {
  return Object.fromEntries(SECTIONS.map(([key]) => [key, content[key]])) as SectionTexts;
}

export function emptySections(): SectionTexts {
  return Object.fromEntries(SECTIONS.map(([key]) => [key, ""])) as SectionTexts;
}

/** The sections whose text differs from the base: the only ones a draft needs to send. */
export function changedSections(texts: SectionTexts, base: SectionTexts): Partial<SectionTexts> {
  return Object.fromEntries(SECTIONS.filter(([key]) => texts[key] !== base[key]).map(([key]) => [key, texts[key]]));
}
