import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileAssignment } from "../../experiments/src/index.js";

/**
 * Non-regression: 1 000 fixed unit ids and the variants they get. If this fails, an upgrade (GrowthBook SDK, our
 * wrapper) changed bucketing, which would move participants between arms in running pilots. Do not regenerate the
 * snapshot to make it pass: that needs a deliberate new hash version (docs/adr/0011-assignment-hashing.md).
 * (Regenerate only for a new snapshot file: UPDATE_ASSIGNMENT_SNAPSHOT=1.)
 */
const SNAPSHOT = new URL("./reference/assignment-snapshot.json", import.meta.url);
const DEFINITION = {
  key: "pil_snapshot",
  seed: "c0ffee00-policy-pilot-snapshot",
  coverage: 0.9,
  variants: [
    { key: "control", weight: 0.4 },
    { key: "b", weight: 0.3 },
    { key: "c", weight: 0.3 },
  ],
};

function current(): Record<string, string | null> {
  const assign = compileAssignment(DEFINITION);
  const out: Record<string, string | null> = {};
  for (let i = 0; i < 1000; i++) {
    const id = `customer-${i.toString(36)}-${(i * 7919) % 1000}`;
    const r = assign(id);
    out[id] = r.inExperiment ? r.variantKey : null;
  }
  return out;
}

describe("assignment snapshot", () => {
  it("assigns 1 000 fixed ids exactly as pinned", () => {
    if (process.env.UPDATE_ASSIGNMENT_SNAPSHOT === "1")
      writeFileSync(SNAPSHOT, `${JSON.stringify(current(), null, 0)}\n`);
    const pinned = JSON.parse(readFileSync(SNAPSHOT, "utf8"));
    expect(Object.keys(pinned)).toHaveLength(1000);
    expect(current()).toEqual(pinned);
  });
});
