import { z } from "zod";

/** The languages beta customers are served in (pages, disclosures, surveys). */
export const LANGUAGES = ["en", "sv"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DISCLOSURE_FIELDS = ["whatChanges", "duration", "dataKept", "howToLeave"] as const;
export const MAX_DISCLOSURE_FIELD_CHARS = 2_000;

const field = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(MAX_DISCLOSURE_FIELD_CHARS, `at most ${MAX_DISCLOSURE_FIELD_CHARS} characters`);

export const DisclosureTextSchema = z.object({
  whatChanges: field,
  duration: field,
  dataKept: field,
  howToLeave: field,
});
export type DisclosureText = z.infer<typeof DisclosureTextSchema>;
export type DisclosureTexts = Record<Language, DisclosureText>;

/** Reads stored texts defensively (jsonb). */
export function readDisclosureTexts(value: unknown): DisclosureTexts | null {
  const parsed = z.object({ en: DisclosureTextSchema, sv: DisclosureTextSchema }).safeParse(value);
  return parsed.success ? parsed.data : null;
}
