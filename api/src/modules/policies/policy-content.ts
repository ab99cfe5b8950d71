import { z } from "zod";

/** The sections of a policy document, in reading order (from the seed articles: mission to review cadence). */
export const POLICY_SECTIONS = [
  "purpose",
  "goals",
  "expectations",
  "procedures",
  "escalation",
  "channelsAndHours",
  "benchmarks",
  "glossary",
] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];

export const SECTION_TITLES: Record<PolicySection, string> = {
  purpose: "Purpose",
  goals: "Goals",
  expectations: "Expectations",
  procedures: "Procedures",
  escalation: "Escalation",
  channelsAndHours: "Channels and hours",
  benchmarks: "Service benchmarks",
  glossary: "Glossary",
};

export const MAX_SECTION_CHARS = 20_000;

const section = z.string().max(MAX_SECTION_CHARS, `A section may hold at most ${MAX_SECTION_CHARS} characters.`);

/** Every section is Markdown text; an empty string means "not written yet". */
export const PolicyContentSchema = z.object({
  purpose: section.default(""),
  goals: section.default(""),
  expectations: section.default(""),
  procedures: section.default(""),
  escalation: section.default(""),
  channelsAndHours: section.default(""),
  benchmarks: section.default(""),
  glossary: section.default(""),
});
export type PolicyContent = z.infer<typeof PolicyContentSchema>;

export const EMPTY_CONTENT: PolicyContent = PolicyContentSchema.parse({});

/** Reads stored JSON leniently (older rows may lack sections). */
export function readContent(value: unknown): PolicyContent {
  const parsed = PolicyContentSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : EMPTY_CONTENT;
}

/** The sections that are set in `patch` replace those of `base`. */
export function mergeContent(base: PolicyContent, patch: Partial<PolicyContent> | null | undefined): PolicyContent {
  const merged = { ...base };
  for (const key of POLICY_SECTIONS) {
    const value = patch?.[key];
    if (value !== undefined && value !== null) merged[key] = value;
  }
  return merged;
}

/**
 * Sections a version must have (not blank) to be published, directly or by promotion: what the policy is for and
 * what agents do. The other sections may stay empty (ADR 0018).
 */
export const REQUIRED_SECTIONS: readonly PolicySection[] = ["purpose", "procedures"];

/** The required sections that are empty or only whitespace, in reading order. */
export function missingRequiredSections(content: PolicyContent): PolicySection[] {
  return REQUIRED_SECTIONS.filter((key) => content[key].trim() === "");
}
