import { createHash, randomBytes } from "node:crypto";

/** A 128-bit random token for a survey link (22 characters, base64url). Only its SHA-256 is ever stored. */
export function newSurveyToken(): { token: string; hash: string } {
  const token = randomBytes(16).toString("base64url");
  return { token, hash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A share in [0, 1) from an id, the same every time: who is sampled for a survey does not depend on retries. */
export function sampleShare(id: string): number {
  return createHash("sha256").update(`survey-sample:${id}`).digest().readUInt32BE(0) / 2 ** 32;
}
