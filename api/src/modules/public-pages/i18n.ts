import { readFileSync } from "node:fs";
import i18next, { type TFunction } from "i18next";
import { LANGUAGES, type Language } from "../beta/disclosure-texts.js";

const catalogue = (language: Language) =>
  JSON.parse(readFileSync(new URL(`./locales/${language}.json`, import.meta.url), "utf8")) as Record<string, string>;

/** One i18next instance for the public pages; every string they show is in locales/<language>.json. */
const instance = i18next.createInstance();
await instance.init({
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: catalogue(l) }])),
  fallbackLng: "en",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: true },
  initAsync: false,
});

/**
 * The catalogues never change while the process runs, so a key without options always gives the same text: those
 * are looked up once per language (an i18next lookup costs tens of microseconds, a page makes a dozen).
 */
const translators = new Map<Language, TFunction>();

export function translator(language: Language): TFunction {
  const known = translators.get(language);
  if (known) return known;
  const fixed = instance.getFixedT(language);
  const texts = new Map<string, string>();
  const t = ((key: string, options?: unknown) => {
    if (options !== undefined || typeof key !== "string")
      return (fixed as unknown as (...args: unknown[]) => string)(key, options);
    let text = texts.get(key);
    if (text === undefined) {
      text = fixed(key);
      if (texts.size < 2_000) texts.set(key, text);
    }
    return text;
  }) as TFunction;
  translators.set(language, t);
  return t;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The customer's language: the link's ?lang=, then their earlier choice (cookie), then the browser's, then English. */
export function pickLanguage(query: unknown, cookie: unknown, acceptLanguage: string | undefined): Language {
  if (isLanguage(query)) return query;
  if (isLanguage(cookie)) return cookie;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(code)) return code;
  }
  return "en";
}
