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

print(json.dumps(cases, indent=1))
