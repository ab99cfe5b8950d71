import { createHash, randomBytes } from "node:crypto";

/**
 * A 128-bit random token for a customer's link (survey, beta page, opt-out): 22 characters, base64url. Only its
 * SHA-256 is ever stored.
 */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(16).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
