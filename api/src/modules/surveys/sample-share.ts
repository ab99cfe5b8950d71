import { createHash } from "node:crypto";

/** A share in [0, 1) from an id, the same every time: who is sampled for a survey does not depend on retries. */
export function sampleShare(id: string): number {
  return createHash("sha256").update(`survey-sample:${id}`).digest().readUInt32BE(0) / 2 ** 32;
}
