import type { TFunction } from "i18next";
import type { Language } from "../beta/disclosure-texts.js";

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export type PageOptions = {
  language: Language;
  t: TFunction;
  title: string;
  /** Already-escaped HTML of the main content. */
  body: string;
  /** The page's own path (without query), for the language switcher. */
  path: string;
  /** The opt-out link, on every page that belongs to a customer. */
  optOutPath?: string | null;
};

/** The public pages' frame: no JavaScript, one small stylesheet, phone-first. */
export function page({ language, t, title, body, path, optOutPath }: PageOptions): string {
  const other: Language = language === "en" ? "sv" : "en";
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · ${escapeHtml(t("site"))}</title>
<link rel="stylesheet" href="/public/assets/public.css">
</head>
<body>
<header class="bar"><span class="site">${escapeHtml(t("site"))}</span>
<a class="lang" href="${escapeHtml(`${path}?lang=${other}`)}" hreflang="${other}" lang="${other}">${escapeHtml(t("switch_language"))}</a></header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
${body}
</main>
${optOutPath ? `<footer><a href="${escapeHtml(`${optOutPath}?lang=${language}`)}">${escapeHtml(t("leave_beta"))}</a></footer>` : ""}
</body>
</html>`;
}

export const PUBLIC_CSS = `*{box-sizing:border-box}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
.bar{display:flex;justify-content:space-between;align-items:center;gap:.75rem;padding:.75rem 1rem;border-bottom:1px solid #d4d4d8;flex-wrap:wrap}
.site{font-weight:600}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.1rem;margin:1.25rem 0 .25rem}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.note{background:#eff6ff;border-left:4px solid #1d4ed8;padding:.75rem 1rem;margin:0 0 1rem}
.errors{background:#fef2f2;border-left:4px solid #b91c1c;padding:.75rem 1rem;margin:0 0 1rem}
fieldset{border:0;margin:0 0 1.25rem;padding:0}
legend{font-weight:600;margin-bottom:.5rem;padding:0}
.choices{display:flex;flex-wrap:wrap;gap:.5rem}
.choices label{display:flex;align-items:center;gap:.5rem;min-height:44px;padding:.5rem .75rem;border:1px solid #71717a;border-radius:.5rem;cursor:pointer}
.choices.column{flex-direction:column}
.scale{display:grid;grid-template-columns:repeat(6,1fr);gap:.4rem}
.scale label{justify-content:center;padding:.5rem 0}
.hint{display:flex;justify-content:space-between;font-size:.9rem;color:#3f3f46;margin-top:.25rem}
textarea{width:100%;min-height:7rem;font:inherit;padding:.5rem;border:1px solid #71717a;border-radius:.5rem}
label.block{display:block;font-weight:600;margin-bottom:.5rem}
button{font:inherit;font-weight:600;min-height:48px;padding:.6rem 1.25rem;border-radius:.5rem;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#1d4ed8}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
footer{max-width:40rem;margin:1rem auto 2rem;padding:0 1rem;font-size:.95rem}
@media (min-width:30rem){.scale{grid-template-columns:repeat(11,1fr)}}`;
