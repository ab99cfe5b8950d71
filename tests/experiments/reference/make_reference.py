"""Reference values for tests/experiments, computed independently of our TypeScript with numpy and scipy from raw
per-unit samples (our code only ever sees the sufficient statistics). Run: python3 make_reference.py > reference.json
(numpy and scipy versions are recorded in the output)."""
import json
import math

import numpy as np
import scipy
from scipy import integrate, stats

rng = np.random.default_rng(20261122)
cases = {"meta": {"numpy": np.__version__, "scipy": scipy.__version__}}


def mean_stat(x):
    return {"type": "mean", "n": int(len(x)), "sum": float(np.sum(x)), "sumSquares": float(np.sum(np.square(x)))}


def welch(xc, xt, alpha=0.05, alternative="two-sided"):
    res = stats.ttest_ind(xt, xc, equal_var=False, alternative=alternative)
    vc, vt = np.var(xc, ddof=1) / len(xc), np.var(xt, ddof=1) / len(xt)
    df = (vc + vt) ** 2 / (vc**2 / (len(xc) - 1) + vt**2 / (len(xt) - 1))
    est = np.mean(xt) - np.mean(xc)
    se = math.sqrt(vc + vt)
    q = stats.t.ppf(1 - alpha / 2 if alternative == "two-sided" else 1 - alpha, df)
    lo = est - q * se if alternative != "less" else None
    hi = est + q * se if alternative != "greater" else None
    return {"estimate": est, "lo": lo, "hi": hi, "se": se, "pValue": float(res.pvalue), "df": df}


# 1. Welch, absolute, on raw CSAT-like ratings; two-sided and one-sided.
welch_cases = []
for i, (n_c, n_t, shift) in enumerate([(200, 220, 0.15), (35, 40, -0.3), (1000, 950, 0.02)]):
    xc = np.clip(np.round(rng.normal(3.8, 1.0, n_c)), 1, 5)
    xt = np.clip(np.round(rng.normal(3.8 + shift, 1.1, n_t)), 1, 5)
    for alternative in ["two-sided", "greater", "less"]:
        welch_cases.append({"control": mean_stat(xc), "treatment": mean_stat(xt), "alternative": alternative, "expected": welch(xc, xt, 0.05, alternative)})
cases["welchAbsolute"] = welch_cases

# 2. Relative difference by the delta method (GrowthBook's formula), on raw samples.
rel = []
for n_c, n_t in [(300, 310), (50, 45)]:
    xc = rng.gamma(2.0, 2.0, n_c)
    xt = rng.gamma(2.1, 2.0, n_t)
    mc, mt = np.mean(xc), np.mean(xt)
    vc, vt = np.var(xc, ddof=1), np.var(xt, ddof=1)
    est = (mt - mc) / abs(mc)
    var = vt / (n_t * mc**2) + vc * mt**2 / (n_c * mc**4)
    df = (vc / n_c + vt / n_t) ** 2 / ((vc / n_c) ** 2 / (n_c - 1) + (vt / n_t) ** 2 / (n_t - 1))
    se = math.sqrt(var)
    p = 2 * (1 - stats.t.cdf(abs(est / se), df))
    q = stats.t.ppf(0.975, df)
    rel.append({"control": mean_stat(xc), "treatment": mean_stat(xt), "expected": {"estimate": est, "lo": est - q * se, "hi": est + q * se, "se": se, "pValue": p}})
cases["welchRelative"] = rel

# 3. Proportions: variance p(1-p) (as GrowthBook), absolute and relative.
props = []
for (sc, nc), (st, nt) in [((120, 400), (150, 410)), ((9, 60), (4, 58))]:
    pc, pt = sc / nc, st / nt
    vc, vt = pc * (1 - pc), pt * (1 - pt)
    df = (vc / nc + vt / nt) ** 2 / ((vc / nc) ** 2 / (nc - 1) + (vt / nt) ** 2 / (nt - 1))
    est = pt - pc
    se = math.sqrt(vc / nc + vt / nt)
    p = 2 * stats.t.sf(abs(est / se), df)
    q = stats.t.ppf(0.975, df)
    props.append({"control": {"type": "proportion", "n": nc, "sum": sc}, "treatment": {"type": "proportion", "n": nt, "sum": st}, "expected": {"estimate": est, "lo": est - q * se, "hi": est + q * se, "pValue": p}})
cases["proportionAbsolute"] = props

# 4. Sequential (Waudby-Smith et al. 2023, eq. 9 with rho of eq. 161; GrowthBook's formula), absolute.
seq = []
for tuning in [5000, 500]:
    xc = rng.normal(10, 3, 400)
    xt = rng.normal(10.6, 3, 380)
    est = np.mean(xt) - np.mean(xc)
    var = np.var(xc, ddof=1) / len(xc) + np.var(xt, ddof=1) / len(xt)
    n = len(xc) + len(xt)
    alpha = 0.05
    rho = math.sqrt((-2 * math.log(alpha) + math.log(-2 * math.log(alpha) + 1)) / tuning)
    half = math.sqrt(var * n) * math.sqrt((2 * (n * rho**2 + 1)) / ((n * rho) ** 2) * math.log(math.sqrt(n * rho**2 + 1) / alpha))
    seq.append({"control": mean_stat(xc), "treatment": mean_stat(xt), "tuning": tuning, "expected": {"estimate": est, "lo": est - half, "hi": est + half}})
cases["sequential"] = seq

# 5. Bayesian: Gaussian posterior with a Gaussian prior on the relative effect; chance to win; expected loss by quadrature.
bayes = []
for prior in [None, {"mean": 0.0, "variance": 0.3**2}]:
    xc = rng.normal(4.0, 1.0, 250)
    xt = rng.normal(4.12, 1.0, 260)
    mc, mt = np.mean(xc), np.mean(xt)
    vc, vt = np.var(xc, ddof=1), np.var(xt, ddof=1)
    est = (mt - mc) / abs(mc)
    var = vt / (len(xt) * mc**2) + vc * mt**2 / (len(xc) * mc**4)
    prec = 1 / var + (1 / prior["variance"] if prior else 0)
    post_mean = (est / var + (prior["mean"] / prior["variance"] if prior else 0)) / prec
    sd = math.sqrt(1 / prec)
    ctw = float(stats.norm.sf(0, post_mean, sd))
    gain = integrate.quad(lambda x: x * stats.norm.pdf(x, post_mean, sd), 0, np.inf)[0]
    loss = integrate.quad(lambda x: -x * stats.norm.pdf(x, post_mean, sd), -np.inf, 0)[0]
    z = stats.norm.ppf(0.975)
    bayes.append({"control": mean_stat(xc), "treatment": mean_stat(xt), "prior": prior, "expected": {"estimate": post_mean, "sd": sd, "lo": post_mean - z * sd, "hi": post_mean + z * sd, "chanceToWin": ctw, "risk": [gain, loss]}})
cases["bayesian"] = bayes

# 6. SRM: chi-square goodness of fit.
srm = []
for counts, weights in [([5000, 5100], [0.5, 0.5]), ([3300, 3300, 3600], [1 / 3, 1 / 3, 1 / 3]), ([1000, 800, 0], [0.5, 0.5, 0])]:
    w = np.array(weights, dtype=float)
    mask = w > 0
    c = np.array(counts, dtype=float)[mask]
    exp = c.sum() * w[mask] / w[mask].sum()
    srm.append({"counts": counts, "weights": weights, "expected": float(stats.chisquare(c, exp).pvalue)})
cases["srm"] = srm

# 7. Multiple comparisons: Holm by its definition; Benjamini-Hochberg with scipy.
ps = [0.01, 0.04, 0.03, 0.005, 0.2, 0.049]
order = np.argsort(ps)
m = len(ps)
holm = np.empty(m)
running = 0.0
for rank, i in enumerate(order):
    running = max(running, min(1.0, (m - rank) * ps[i]))
    holm[i] = running
cases["adjust"] = {"pValues": ps, "holm": holm.tolist(), "bh": stats.false_discovery_control(ps, method="bh").tolist()}

# 8. Ratio metric by the delta method, from per-agent totals (resolved / tickets).
ratio = []
agents_c = rng.poisson(30, 40) + 1
agents_t = rng.poisson(30, 42) + 1
res_c = rng.binomial(agents_c, 0.70)
res_t = rng.binomial(agents_t, 0.75)


def ratio_stat(num, den):
    return {"type": "ratio", "n": int(len(num)), "numerator": mean_stat(num.astype(float)), "denominator": mean_stat(den.astype(float)), "sumOfProducts": float(np.sum(num * den))}


def ratio_moments(num, den):
    n = len(num)
    mx, my = np.mean(num), np.mean(den)
    cov = np.cov(num, den, ddof=1)
    v = (cov[0, 0] / my**2 - 2 * mx * cov[0, 1] / my**3 + mx**2 * cov[1, 1] / my**4) / n
    return mx / my, v


rc, vrc = ratio_moments(res_c, agents_c)
rt, vrt = ratio_moments(res_t, agents_t)
est = rt - rc
se = math.sqrt(vrc + vrt)
df = (vrc + vrt) ** 2 / (vrc**2 / (len(res_c) - 1) + vrt**2 / (len(res_t) - 1))
ratio.append({"control": ratio_stat(res_c, agents_c), "treatment": ratio_stat(res_t, agents_t), "expected": {"estimate": est, "se": se, "pValue": 2 * stats.t.sf(abs(est / se), df)}})
cases["ratio"] = ratio

# 9. CUPED with pooled theta (pre-period CSAT as covariate).
pre_c = rng.normal(3.9, 0.8, 300)
pre_t = rng.normal(3.9, 0.8, 310)
post_c = 0.6 * pre_c + rng.normal(1.6, 0.6, 300)
post_t = 0.6 * pre_t + rng.normal(1.7, 0.6, 310)
pre_all, post_all = np.concatenate([pre_c, pre_t]), np.concatenate([post_c, post_t])
theta = np.cov(post_all, pre_all, ddof=1)[0, 1] / np.var(pre_all, ddof=1)
adj_c, adj_t = post_c - theta * pre_c, post_t - theta * pre_t
est = np.mean(adj_t) - np.mean(adj_c)
se = math.sqrt(np.var(adj_c, ddof=1) / len(adj_c) + np.var(adj_t, ddof=1) / len(adj_t))
vc, vt = np.var(adj_c, ddof=1) / len(adj_c), np.var(adj_t, ddof=1) / len(adj_t)
df = (vc + vt) ** 2 / (vc**2 / (len(adj_c) - 1) + vt**2 / (len(adj_t) - 1))


def cuped_stat(post, pre):
    return {"type": "cuped", "n": int(len(post)), "post": mean_stat(post), "pre": mean_stat(pre), "sumOfProducts": float(np.sum(post * pre))}


cases["cuped"] = [{"control": cuped_stat(post_c, pre_c), "treatment": cuped_stat(post_t, pre_t), "expected": {"theta": theta, "estimate": est, "se": se, "pValue": 2 * stats.t.sf(abs(est / se), df)}}]

# 10. NPS from raw 0-10 answers: Welch on the per-response score (+100/0/-100).
nps_raw_c = rng.integers(0, 11, 500)
nps_raw_t = np.clip(rng.integers(0, 11, 480) + rng.integers(0, 2, 480), 0, 10)


def nps_counts(x):
    return {"promoters": int(np.sum(x >= 9)), "passives": int(np.sum((x >= 7) & (x <= 8))), "detractors": int(np.sum(x <= 6))}


def score(x):
    return np.where(x >= 9, 100, np.where(x <= 6, -100, 0)).astype(float)


w = welch(score(nps_raw_c), score(nps_raw_t))
cases["nps"] = {"control": nps_counts(nps_raw_c), "treatment": nps_counts(nps_raw_t), "npsControl": float(np.mean(score(nps_raw_c))), "expected": w}

# 11. Quantiles: numpy's default (linear) quantile and the order-statistic interval.
durations = rng.lognormal(3.0, 0.8, 301)
qs = []
for q in [0.5, 0.9]:
    n = len(durations)
    srt = np.sort(durations)
    z = stats.norm.ppf(0.975)
    spread = z * math.sqrt(n * q * (1 - q))
    lo_rank = max(1, math.floor(n * q - spread))
    hi_rank = min(n, math.ceil(n * q + spread + 1))
    qs.append({"q": q, "quantile": float(np.quantile(durations, q)), "lo": float(srt[lo_rank - 1]), "hi": float(srt[hi_rank - 1])})
cases["quantiles"] = {"values": durations.tolist(), "expected": qs}

# 12. Sample size: n = 2 (z_{1-a/2} + z_power)^2 sigma^2 / delta^2, times the design effect.
sizes = []
for mu, var, mde, m, icc in [(4.0, 1.0, 0.05, 1, 0.0), (3.9, 1.2, 0.03, 1, 0.0), (0.3, 0.21, 0.1, 25, 0.05)]:
    z = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
    obs = math.ceil(2 * z**2 * var / (mde * mu) ** 2 * (1 + (m - 1) * icc))
    sizes.append({"input": {"baselineMean": mu, "variance": var, "relativeMde": mde, "cluster": {"interactionsPerUnit": m, "icc": icc}}, "observationsPerArm": obs, "unitsPerArm": math.ceil(obs / m)})
cases["sampleSize"] = sizes

# 13. Non-inferiority (relative, margin 2 %): one-sided Welch on the shifted difference.
xc = rng.normal(4.0, 1.0, 2000)
xt = rng.normal(3.99, 1.0, 2100)
mc, mt = np.mean(xc), np.mean(xt)
vc, vt = np.var(xc, ddof=1), np.var(xt, ddof=1)
est = (mt - mc) / abs(mc)
var = vt / (len(xt) * mc**2) + vc * mt**2 / (len(xc) * mc**4)
df = (vc / len(xc) + vt / len(xt)) ** 2 / ((vc / len(xc)) ** 2 / (len(xc) - 1) + (vt / len(xt)) ** 2 / (len(xt) - 1))
p = stats.t.sf((est + 0.02) / math.sqrt(var), df)
cases["nonInferiority"] = {"control": mean_stat(xc), "treatment": mean_stat(xt), "margin": 0.02, "expected": {"estimate": est, "pValue": p, "bound": est - stats.t.ppf(0.95, df) * math.sqrt(var)}}


# ---------------------------------------------------------------------------------------------------------------------
# 14-18. Agreement with GrowthBook's gbstats (docs/adr/0017): the formulas of gbstats (packages/stats/gbstats:
# frequentist/tests.py, models/tests.py, models/statistics.py, utils.py) and of GrowthBook's back-end checkSrm
# (packages/back-end/src/util/stats.ts), transcribed here term by term with numpy/scipy; gbstats itself is not imported.
from scipy import optimize


def gb_mean_var(s):
    """SampleMeanStatistic.variance / ProportionStatistic.variance (p(1 - p), no n - 1)."""
    if s["type"] == "proportion":
        p = s["sum"] / s["n"] if s["n"] else 0.0
        return p, p * (1 - p)
    n = s["n"]
    mean = s["sum"] / n if n else 0.0
    var = 0.0 if n <= 1 else (s["sumSquares"] - s["sum"] ** 2 / n) / (n - 1)
    return mean, var


def gb_sum_squares(s):
    return s["sum"] if s["type"] == "proportion" else s["sumSquares"]


def gb_covariance(n, a, b, sum_of_products):
    """compute_covariance: population form when both are proportions, n - 1 otherwise."""
    if n <= 1:
        return 0.0
    if a["type"] == "proportion" and b["type"] == "proportion":
        return sum_of_products / n - a["sum"] * b["sum"] / n**2
    return (sum_of_products - a["sum"] * b["sum"] / n) / (n - 1)


def gb_theta(ca, cb):
    """compute_theta on the joint statistics of both arms (0 when either joint variance is 0)."""
    n = ca["n"] + cb["n"]

    def joint(key):
        s = {"type": ca[key]["type"], "n": n, "sum": ca[key]["sum"] + cb[key]["sum"]}
        if s["type"] == "mean":
            s["sumSquares"] = ca[key]["sumSquares"] + cb[key]["sumSquares"]
        return s

    post, pre = joint("post"), joint("pre")
    if gb_mean_var(pre)[1] == 0 or gb_mean_var(post)[1] == 0:
        return 0.0
    return gb_covariance(n, post, pre, ca["sumOfProducts"] + cb["sumOfProducts"]) / gb_mean_var(pre)[1]


def gb_arm(s, theta=None):
    """(n, mean, unadjusted mean, variance) of one arm as the gbstats statistic classes define them."""
    n = s["n"]
    if s["type"] in ("mean", "proportion"):
        m, v = gb_mean_var(s)
        return {"n": n, "mean": m, "unadjusted": m, "variance": v}
    if s["type"] == "ratio":
        mm, vm = gb_mean_var(s["numerator"])
        md, vd = gb_mean_var(s["denominator"])
        cov = gb_covariance(n, s["numerator"], s["denominator"], s["sumOfProducts"])
        mean = s["numerator"]["sum"] / s["denominator"]["sum"] if s["denominator"]["sum"] else 0.0
        # RatioStatistic.variance = variance_of_ratios(mean_m, var_m, mean_d, var_d, cov)
        var = 0.0 if (md == 0 or n <= 1) else vm / md**2 + vd * mm**2 / md**4 - 2 * cov * mm / md**3
        return {"n": n, "mean": mean, "unadjusted": mean, "variance": var}
    # RegressionAdjustedStatistic
    post_m, post_v = gb_mean_var(s["post"])
    pre_m, pre_v = gb_mean_var(s["pre"])
    cov = gb_covariance(n, s["post"], s["pre"], s["sumOfProducts"])
    var = 0.0 if n <= 1 else post_v + theta**2 * pre_v - 2 * theta * cov
    return {"n": n, "mean": post_m - theta * pre_m, "unadjusted": post_m, "variance": var,
            "post_mean": post_m, "post_var": post_v, "pre_var": pre_v, "cov": cov, "theta": theta}


def gb_ttest(control, treatment, relative, alpha=0.05, alternative="two-sided", sequential=None):
    """TTest / SequentialTTest.compute_result of gbstats, returning our field names (+ errorCode)."""
    theta = None
    if control["type"] == "cuped":
        theta = gb_theta(control, treatment)
        if theta == 0:  # create_theta_adjusted_statistics: revert to the post-period statistics
            control, treatment = control["post"], treatment["post"]
    a = gb_arm(control, theta)
    b = gb_arm(treatment, theta)
    default = {"estimate": 0.0, "lo": 0.0, "hi": 0.0, "se": 0.0, "pValue": 1.0}
    if sequential is not None and alternative != "two-sided" and alpha >= 0.5:
        return {**default, "errorCode": "ALPHA_GREATER_THAN_0.5_FOR_SEQUENTIAL_ONE_SIDED_TEST"}
    # EffectMoments: frequentist_variance_all_cases
    if relative and "theta" in a:
        den_trt, den_ctrl = b["n"] * a["unadjusted"] ** 2, a["n"] * a["unadjusted"] ** 2
        v_trt = (b["post_var"] + theta**2 * b["pre_var"] - 2 * theta * b["cov"]) / den_trt
        const = -b["post_mean"]
        num_a = a["post_var"] * const**2 / a["post_mean"] ** 2
        num_b = 2 * theta * a["cov"] * const / a["post_mean"]
        num_c = theta**2 * a["pre_var"]
        variance = v_trt + (num_a + num_b + num_c) / den_ctrl
    elif relative:
        # frequentist_variance -> variance_of_ratios(mean_b, var_b / n_b, mean_a, var_a / n_a, 0)
        mb, vb, ma, va = b["unadjusted"], b["variance"] / b["n"], a["unadjusted"], a["variance"] / a["n"]
        variance = 0.0 if ma == 0 else vb / ma**2 + va * mb**2 / ma**4
    else:
        variance = b["variance"] / b["n"] + a["variance"] / a["n"]
    if a["variance"] <= 0 or b["variance"] <= 0 or variance <= 0:
        return {**default, "errorCode": "ZERO_NEGATIVE_VARIANCE"}
    if a["mean"] == 0 or a["unadjusted"] == 0:
        return {**default, "errorCode": "ZERO_NEGATIVE_BASELINE_VARIATION"}
    est = (b["mean"] - a["mean"]) / abs(a["unadjusted"]) if relative else b["mean"] - a["mean"]
    se = math.sqrt(variance)
    # TTest.dof: Welch-Satterthwaite on the statistics' own (adjusted / delta-method) variances
    dof = (b["variance"] / b["n"] + a["variance"] / a["n"]) ** 2 / (
        b["variance"] ** 2 / (b["n"] ** 2 * (b["n"] - 1)) + a["variance"] ** 2 / (a["n"] ** 2 * (a["n"] - 1)))
    out = {"estimate": est, "se": se, "df": dof}
    if sequential is None:
        crit = est / se
        if alternative == "two-sided":
            p = 2 * (1 - stats.t.cdf(abs(crit), dof))
            w = stats.t.ppf(1 - alpha / 2, dof) * se
            return {**out, "lo": est - w, "hi": est + w, "pValue": p}
        w = stats.t.ppf(1 - alpha, dof) * se
        if alternative == "greater":
            return {**out, "lo": est - w, "hi": None, "pValue": 1 - stats.t.cdf(crit, dof)}
        return {**out, "lo": None, "hi": est + w, "pValue": stats.t.cdf(crit, dof)}
    n = a["n"] + b["n"]
    s2 = se**2 * n
    two_sided = alternative == "two-sided"
    alpha_arg = alpha if two_sided else 2 * alpha  # sequential_rho: 2 alpha for one-sided tests
    rho = math.sqrt((-2 * math.log(alpha_arg) + math.log(-2 * math.log(alpha_arg) + 1)) / sequential)

    def halfwidth(al):
        if two_sided:  # sequential_interval_halfwidth, eq. 9
            return math.sqrt(s2) * math.sqrt(2 * (n * rho**2 + 1) * math.log(math.sqrt(n * rho**2 + 1) / al) / (n * rho) ** 2)
        # sequential_interval_halfwidth_one_sided, eq. 134
        return math.sqrt(s2 * 2 * (n * rho**2 + 1) / (n * rho) ** 2 * math.log(1 + math.sqrt(n * rho**2 + 1) / (2 * al)))

    w = halfwidth(alpha)
    if two_sided:
        # SequentialTwoSidedTTest.p_value, eq. 155
        st2 = est**2 * n / se**2
        tr2p1 = n * rho**2 + 1
        evalue = math.exp(rho**2 * st2 / (2 * tr2p1)) / math.sqrt(tr2p1)
        return {**out, "lo": est - w, "hi": est + w, "pValue": min(1 / evalue, 1)}
    # One-sided: gbstats bisects alpha (rho fixed) until the bound is within 1e-6 of 0; here the same root exactly.
    favourable = est > 0 if alternative == "greater" else est < 0
    p = optimize.brentq(lambda al: halfwidth(al) - abs(est), 1e-300, 1e6, xtol=1e-300, rtol=1e-15) if favourable else 1.0
    # gbstats's own search (SequentialOneSidedTreatmentLesserTTest.compute_p_value), for the record: alpha in
    # [1e-5, 0.4999], bisection until the bound is within 1e-6 of 0.
    lesser = alternative == "less"
    bound = (lambda al: est + halfwidth(al)) if lesser else (lambda al: est - halfwidth(al))
    lo_a, hi_a = 1e-5, 0.4999
    if (bound(lo_a) < 0) if lesser else (bound(lo_a) > 0):
        bisection = lo_a
    elif (bound(hi_a) > 0) if lesser else (bound(hi_a) < 0):
        bisection = hi_a
    else:
        this_alpha, diff = 0.5 * (lo_a + hi_a), 0.0
        for _ in range(100):
            diff = bound(this_alpha)
            if (diff > 0) if lesser else (diff < 0):
                lo_a = this_alpha
            else:
                hi_a = this_alpha
            this_alpha = 0.5 * (lo_a + hi_a)
            if abs(diff) < 1e-6:
                break
        bisection = this_alpha
    out["gbstatsBisectionPValue"] = bisection
    if alternative == "greater":
        return {**out, "lo": est - w, "hi": None, "pValue": min(p, 1.0)}
    return {**out, "lo": None, "hi": est + w, "pValue": min(p, 1.0)}


gb = {}

# 14. Sequential intervals and p-values, two- and one-sided (rho with 2 alpha and eq. 134 for one-sided tests).
seq_gb = []
for tuning, shift in [(5000, 0.6), (500, 0.9)]:
    xc = rng.normal(10, 3, 400)
    xt = rng.normal(10 + shift, 3, 380)
    for alternative in ["two-sided", "greater", "less"]:
        for difference in ["absolute", "relative"]:
            seq_gb.append({"control": mean_stat(xc), "treatment": mean_stat(xt), "tuning": tuning, "alternative": alternative,
                           "difference": difference,
                           "expected": gb_ttest(mean_stat(xc), mean_stat(xt), difference == "relative", 0.05, alternative, tuning)})
gb["sequential"] = seq_gb

# 15. Zero or negative variance in either arm: gbstats's default output with ZERO_NEGATIVE_VARIANCE.
zero = []
negative_control = {"type": "mean", "n": 10, "sum": 40.0, "sumSquares": 150.0}  # sumSquares < sum^2/n
healthy = mean_stat(rng.normal(4, 1, 60))
constant = {"type": "mean", "n": 12, "sum": 48.0, "sumSquares": 192.0}
for label, c, t in [("negative control variance", negative_control, healthy), ("zero treatment variance", healthy, constant),
                    ("no successes in the control", {"type": "proportion", "n": 40, "sum": 0}, {"type": "proportion", "n": 40, "sum": 9})]:
    for difference in ["absolute", "relative"]:
        zero.append({"label": label, "control": c, "treatment": t, "difference": difference,
                     "expected": gb_ttest(c, t, difference == "relative")})
gb["zeroVariance"] = zero

# 16. CUPED (mean and 0/1 metrics) and ratio metrics: variances, dof and p-values as gbstats computes them.
def cuped_stat_typed(post, pre, binary):
    if binary:
        return {"type": "cuped", "n": int(len(post)), "post": {"type": "proportion", "n": int(len(post)), "sum": float(np.sum(post))},
                "pre": {"type": "proportion", "n": int(len(pre)), "sum": float(np.sum(pre))}, "sumOfProducts": float(np.sum(post * pre))}
    return cuped_stat(post, pre)


cuped_gb = []
for binary, n_c, n_t in [(False, 120, 130), (False, 40, 36), (True, 300, 280)]:
    if binary:
        pre_c = (rng.random(n_c) < 0.4).astype(float)
        pre_t = (rng.random(n_t) < 0.4).astype(float)
        post_c = np.where(rng.random(n_c) < 0.7, pre_c, (rng.random(n_c) < 0.45)).astype(float)
        post_t = np.where(rng.random(n_t) < 0.7, pre_t, (rng.random(n_t) < 0.55)).astype(float)
    else:
        pre_c = rng.normal(3.9, 0.8, n_c)
        pre_t = rng.normal(4.3, 0.8, n_t)  # an unlucky pre-period imbalance: relative CUPED formulas then differ
        post_c = 0.6 * pre_c + rng.normal(1.6, 0.6, n_c)
        post_t = 0.6 * pre_t + rng.normal(1.75, 0.6, n_t)
    c, t = cuped_stat_typed(post_c, pre_c, binary), cuped_stat_typed(post_t, pre_t, binary)
    for difference in ["absolute", "relative"]:
        e = gb_ttest(c, t, difference == "relative")
        cuped_gb.append({"control": c, "treatment": t, "difference": difference, "theta": gb_theta(c, t), "expected": e})
gb["cuped"] = cuped_gb

ratio_gb = []
for agents_c_n, agents_t_n in [(40, 42), (15, 15)]:
    den_c = rng.poisson(30, agents_c_n) + 1
    den_t = rng.poisson(30, agents_t_n) + 1
    num_c = rng.binomial(den_c, rng.beta(14, 6, agents_c_n)).astype(float)
    num_t = rng.binomial(den_t, rng.beta(15, 5, agents_t_n)).astype(float)
    c, t = ratio_stat(num_c, den_c), ratio_stat(num_t, den_t)
    for difference in ["absolute", "relative"]:
        ratio_gb.append({"control": c, "treatment": t, "difference": difference, "expected": gb_ttest(c, t, difference == "relative")})
gb["ratio"] = ratio_gb


# 17. Sample-ratio mismatch as GrowthBook's back-end checkSrm: arms with weight 0 or without a user count are skipped;
# fewer than 2 arms left, or no users, gives p = 1.
def check_srm_backend(users, weights):
    data = [(users[i], w) for i, w in enumerate(weights) if w and i < len(users) and users[i] is not None]
    total_users = sum(u for u, _ in data)
    total_weight = sum(w for _, w in data)
    if len(data) < 2 or total_users == 0:
        return 1.0
    x = sum((u - w / total_weight * total_users) ** 2 / (w / total_weight * total_users) for u, w in data)
    return float(1 - stats.chi2.cdf(x, len(data) - 1))


gb["srm"] = [{"counts": c, "weights": w, "expected": check_srm_backend(c, w)}
             for c, w in [([1200], [0.5, 0.5]), ([], [0.5, 0.5]), ([700, 640], [0.5, 0.5, 0]), ([700, 640], [0.5, 0.5, 0.25]),
                          ([900, 0], [0.5, 0.5]), ([500], [1.0])]]
cases["gbstats"] = gb

print(json.dumps(cases, indent=1))
