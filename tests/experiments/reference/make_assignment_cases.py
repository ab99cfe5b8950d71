"""Assignment cases computed independently of the GrowthBook SDK and of our code: GrowthBook's hashing v2
(FNV-1a 32 applied twice, as specified in https://docs.growthbook.io/lib/build-your-own) and its bucket ranges,
reimplemented here in Python. Run: python3 make_assignment_cases.py > assignment-cases.json"""
import json


def fnv1a32(text):
    h = 0x811C9DC5
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def hash_v2(seed, value):
    return (fnv1a32(str(fnv1a32(seed + value))) % 10000) / 10000


def choose(seed, unit, weights, coverage):
    n = hash_v2(seed, unit)
    cumulative = 0.0
    for i, w in enumerate(weights):
        start = cumulative
        cumulative += w
        if start <= n < start + coverage * w:
            return i, n
    return None, n


definitions = [
    ("even split", "pil_a", "3f2c1d8e-seed", [("control", 0.5), ("b", 0.5)], 1.0),
    ("three arms", "pil_b", "9a7e-5c", [("control", 0.34), ("faster", 0.33), ("credit", 0.33)], 1.0),
    ("uneven with coverage", "pil_c", "seed-xyz", [("control", 0.8), ("b", 0.2)], 0.4),
    ("tiny treatment", "pil_d", "fixed-seed-4", [("control", 0.95), ("beta", 0.05)], 1.0),
]
cases = []
for name, key, seed, variants, coverage in definitions:
    for i in range(25):
        unit = f"cust-{i * 37 + len(name)}"
        index, bucket = choose(seed, unit, [w for _, w in variants], coverage)
        cases.append(
            [
                f"{name} / {unit}",
                {"key": key, "seed": seed, "coverage": coverage, "variants": [{"key": k, "weight": w} for k, w in variants]},
                unit,
                None if index is None else variants[index][0],
                bucket,
            ]
        )
print(json.dumps(cases, indent=1))
