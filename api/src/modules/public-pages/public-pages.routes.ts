import type { Router, RouterContext, RouterMiddleware } from "@koa/router";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Services } from "../../services.js";
import type { ConsentState, SurveyAnswers, SurveyState } from "../beta/beta.service.js";
import { DISCLOSURE_FIELDS, type Language } from "../beta/disclosure-texts.js";
import { MAX_COMMENT_CHARS } from "../feedback/feedback-ranges.js";
import { escapeHtml, PUBLIC_CSS, page } from "./html.js";
import { pickLanguage, translator } from "./i18n.js";

type State = { requestId: string; rawBody?: Buffer; bodyTooLarge?: boolean };
type Ctx = RouterContext<State>;

const LANG_COOKIE = "pp_lang";
/** Public endpoints are rate-limited per client address and per link (PUBLIC_RATE_LIMIT, README). */
export type PublicRateLimits = { perAddressPerMinute: number; perLinkPerMinute: number };
export const DEFAULT_PUBLIC_RATE_LIMITS: PublicRateLimits = { perAddressPerMinute: 60, perLinkPerMinute: 20 };
type Limiters = { perAddress: RateLimiterMemory; perToken: RateLimiterMemory };
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;

function languageOf(ctx: Ctx): Language {
  const language = pickLanguage(ctx.query.lang, ctx.cookies.get(LANG_COOKIE), ctx.get("accept-language"));
  if (ctx.query.lang === language)
    ctx.cookies.set(LANG_COOKIE, language, {
      httpOnly: true,
      sameSite: "lax",
      maxAge: 365 * 86_400_000,
      overwrite: true,
    });
  return language;
}

function render(ctx: Ctx, status: number, html: string) {
  ctx.status = status;
  ctx.type = "html";
  ctx.set("cache-control", "no-store");
  ctx.set(
    "content-security-policy",
    "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  ctx.set("referrer-policy", "no-referrer");
  ctx.body = html;
}

async function limited(ctx: Ctx, limiters: Limiters, token: string, language: Language): Promise<boolean> {
  try {
    await limiters.perAddress.consume(ctx.ip || "unknown");
    await limiters.perToken.consume(token);
    return false;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const t = translator(language);
    ctx.set("retry-after", String(Math.ceil(error.msBeforeNext / 1000)));
    render(ctx, 429, page({ language, t, title: t("rate_limited"), body: "", path: ctx.path }));
    return true;
  }
}

function form(ctx: Ctx): URLSearchParams {
  return new URLSearchParams((ctx.state.rawBody ?? Buffer.alloc(0)).toString("utf8"));
}

function messagePage(ctx: Ctx, language: Language, status: number, key: string, optOutPath: string | null = null) {
  const t = translator(language);
  render(
    ctx,
    status,
    page({
      language,
      t,
      title: t(`${key}_title`),
      body: `<p>${escapeHtml(t(`${key}_body`))}</p>`,
      path: ctx.path,
      optOutPath,
    }),
  );
}

const STATUS_OF_SURVEY: Record<Exclude<SurveyState["kind"], "open">, [number, string]> = {
  unknown: [404, "unknown"],
  expired: [410, "expired"],
  answered: [200, "answered"],
  closed: [410, "closed"],
  withdrawn: [200, "withdrawn"],
};

function scale(name: string, from: number, to: number, labels: (n: number) => string, column = false): string {
  const options = [];
  for (let n = from; n <= to; n++) {
    options.push(
      `<label><input type="radio" name="${name}" value="${n}"> <span>${escapeHtml(labels(n))}</span></label>`,
    );
  }
  return `<div class="choices${column ? " column" : ""}${name === "nps" ? " scale" : ""}">${options.join("")}</div>`;
}

function surveyForm(ctx: Ctx, language: Language, token: string, problems: string[]) {
  const t = translator(language);
  const errors = problems.length
    ? `<div class="errors" role="alert"><strong>${escapeHtml(t("errors_title"))}</strong><ul>${problems
        .map((p) => `<li>${escapeHtml(t(p, { max: MAX_COMMENT_CHARS }))}</li>`)
        .join("")}</ul></div>`
    : "";
  const body = `${errors}<p class="note">${escapeHtml(t("beta_note"))}</p>
<p>${escapeHtml(t("survey_intro"))}</p>
<form method="post" action="/s/${escapeHtml(token)}?lang=${language}">
<fieldset><legend>${escapeHtml(t("csat_legend"))}</legend>${scale("csat", 1, 5, (n) => t(`csat_${n}`), true)}</fieldset>
<fieldset><legend>${escapeHtml(t("nps_legend"))}</legend>${scale("nps", 0, 10, (n) => String(n))}
<div class="hint"><span>${escapeHtml(t("nps_low"))}</span><span>${escapeHtml(t("nps_high"))}</span></div></fieldset>
<fieldset><legend>${escapeHtml(t("ces_legend"))}</legend>${scale("ces", 1, 7, (n) => t(`ces_${n}`), true)}</fieldset>
<label class="block" for="comment">${escapeHtml(t("comment_label", { max: MAX_COMMENT_CHARS }))}</label>
<textarea id="comment" name="comment" maxlength="${MAX_COMMENT_CHARS}"></textarea>
<div class="actions"><button type="submit">${escapeHtml(t("submit"))}</button></div>
</form>`;
  render(
    ctx,
    problems.length ? 422 : 200,
    page({ language, t, title: t("survey_title"), body, path: ctx.path, optOutPath: `/o/${token}` }),
  );
}

function answersOf(params: URLSearchParams): SurveyAnswers {
  const number = (name: string) => {
    const raw = params.get(name);
    return raw === null || raw === "" ? null : Number(raw);
  };
  return { csat: number("csat"), nps: number("nps"), ces: number("ces"), comment: params.get("comment") };
}

function consentView(ctx: Ctx, language: Language, token: string, state: ConsentState) {
  const t = translator(language);
  if (state.kind === "unknown") return messagePage(ctx, language, 404, "unknown");
  if (state.kind === "closed") return messagePage(ctx, language, 410, "beta_closed");
  const optOutPath = `/o/${token}`;
  const disclosure = state.disclosure?.[language];
  const sections = disclosure
    ? DISCLOSURE_FIELDS.map(
        (field) =>
          `<h2>${escapeHtml(t(field === "dataKept" ? "data_kept" : field === "howToLeave" ? "how_to_leave" : field === "whatChanges" ? "what_changes" : "duration"))}</h2><p>${escapeHtml(disclosure[field])}</p>`,
      ).join("")
    : `<p>${escapeHtml(t("no_disclosure"))}</p>`;
  const status =
    state.status === "ACCEPTED"
      ? `<p class="note" role="status"><strong>${escapeHtml(t("accepted_title"))}.</strong> ${escapeHtml(t("accepted_body"))}</p>`
      : state.status === "DECLINED"
        ? `<p class="note" role="status"><strong>${escapeHtml(t("declined_title"))}.</strong> ${escapeHtml(t("declined_body"))}</p>`
        : "";
  const body = `${status}<p>${escapeHtml(t("beta_intro", { policy: state.policyName.toLowerCase(), interpolation: { escapeValue: false } }))}</p>
${sections}
<form method="post" action="/beta/${escapeHtml(token)}?lang=${language}" class="actions">
${state.status !== "ACCEPTED" ? `<button type="submit" name="answer" value="accept">${escapeHtml(t("accept"))}</button>` : ""}
${state.status !== "DECLINED" ? `<button type="submit" name="answer" value="decline" class="secondary">${escapeHtml(t("decline"))}</button>` : ""}
</form>`;
  render(ctx, 200, page({ language, t, title: t("beta_title"), body, path: ctx.path, optOutPath }));
}

/** The beta customers' pages: /s/<token> (survey), /beta/<token> (disclosure and consent), /o/<token> (opt out). */
export function registerPublicPages(
  router: Router<State>,
  services: Services,
  bodyOf: (limit: number) => RouterMiddleware<State>,
  limits: PublicRateLimits = DEFAULT_PUBLIC_RATE_LIMITS,
) {
  const limiters: Limiters = {
    perAddress: new RateLimiterMemory({ points: limits.perAddressPerMinute, duration: 60 }),
    perToken: new RateLimiterMemory({ points: limits.perLinkPerMinute, duration: 60 }),
  };
  const smallForm = bodyOf(16 * 1024);

  // Browsers ask for it on every public page; an empty answer instead of a 404 in their consoles.
  router.get("/favicon.ico", (ctx) => {
    ctx.status = 204;
    ctx.set("cache-control", "public, max-age=86400");
  });

  router.get("/public/assets/public.css", (ctx) => {
    ctx.type = "text/css";
    ctx.set("cache-control", "public, max-age=3600");
    ctx.body = PUBLIC_CSS;
  });

  router.get("/s/:token", async (ctx) => {
    const language = languageOf(ctx);
    const token = ctx.params.token ?? "";
    if (!TOKEN_SHAPE.test(token)) return messagePage(ctx, language, 404, "unknown");
    if (await limited(ctx, limiters, token, language)) return;
    const state = await services.beta.surveyPage(token);
    if (state.kind === "open") return surveyForm(ctx, language, token, []);
    const [status, key] = STATUS_OF_SURVEY[state.kind];
    messagePage(
      ctx,
      language,
      status,
      key,
      state.kind === "withdrawn" || state.kind === "unknown" ? null : `/o/${token}`,
    );
  });

  router.post("/s/:token", smallForm, async (ctx) => {
    const language = languageOf(ctx);
    const token = ctx.params.token ?? "";
    if (!TOKEN_SHAPE.test(token)) return messagePage(ctx, language, 404, "unknown");
    if (await limited(ctx, limiters, token, language)) return;
    if (ctx.state.bodyTooLarge) return surveyForm(ctx, language, token, ["comment_too_long"]);
    const { state, problems } = await services.beta.submitSurvey(token, answersOf(form(ctx)), language);
    if (problems.length) return surveyForm(ctx, language, token, problems);
    if (state.kind === "thanks") return messagePage(ctx, language, 200, "thanks", `/o/${token}`);
    if (state.kind === "open") return surveyForm(ctx, language, token, []);
    const [status, key] = STATUS_OF_SURVEY[state.kind];
    messagePage(ctx, language, status, key, state.kind === "unknown" ? null : `/o/${token}`);
  });

  router.get("/beta/:token", async (ctx) => {
    const language = languageOf(ctx);
    const token = ctx.params.token ?? "";
    if (!TOKEN_SHAPE.test(token)) return messagePage(ctx, language, 404, "unknown");
    if (await limited(ctx, limiters, token, language)) return;
    consentView(ctx, language, token, await services.beta.consentPage(token));
  });

  router.post("/beta/:token", smallForm, async (ctx) => {
    const language = languageOf(ctx);
    const token = ctx.params.token ?? "";
    if (!TOKEN_SHAPE.test(token)) return messagePage(ctx, language, 404, "unknown");
    if (await limited(ctx, limiters, token, language)) return;
    const answer = form(ctx).get("answer");
    if (answer !== "accept" && answer !== "decline")
      return consentView(ctx, language, token, await services.beta.consentPage(token));
    consentView(ctx, language, token, await services.beta.answerConsent(token, answer === "accept", language));
  });

  router.get("/o/:token", async (ctx) => {
    const language = languageOf(ctx);
    const token = ctx.params.token ?? "";
    const t = translator(language);
    if (!TOKEN_SHAPE.test(token)) return messagePage(ctx, language, 404, "unknown");
    if (await limited(ctx, limiters, token, language)) return;
    const body = `<p>${escapeHtml(t("optout_body"))}</p>
<form method="post" action="/o/${escapeHtml(token)}?lang=${language}" class="actions"><button type="submit">${escapeHtml(t("optout_confirm"))}</button></form>`;
    render(ctx, 200, page({ language, t, title: t("optout_title"), body, path: ctx.path }));
  });

  router.post("/o/:token", smallForm, async (ctx) => {
    const language = languageOf(ctx);
    const token = ctx.params.token ?? "";
    if (!TOKEN_SHAPE.test(token)) return messagePage(ctx, language, 404, "unknown");
    if (await limited(ctx, limiters, token, language)) return;
    const done = await services.beta.optOutByToken(token);
    messagePage(ctx, language, done === "done" ? 200 : 404, done === "done" ? "optout_done" : "unknown");
  });
}
