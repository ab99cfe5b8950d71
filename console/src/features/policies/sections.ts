export const SECTIONS = [
  ["purpose", "Purpose"],
  ["goals", "Goals"],
  ["expectations", "Expectations"],
  ["procedures", "Procedures"],
  ["escalation", "Escalation"],
  ["channelsAndHours", "Channels and hours"],
  ["benchmarks", "Service benchmarks"],
  ["glossary", "Glossary"],
] as const;

export type SectionKey = (typeof SECTIONS)[number][0];
export type PolicyContent = Record<SectionKey, string>;

export const CONTENT_FIELDS = SECTIONS.map(([key]) => key).join(" ");
