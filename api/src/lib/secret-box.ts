import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Encrypts integration secrets at rest with AES-256-GCM. The key comes from SECRETS_KEY, or on the embedded
 * default from a key file created on first start in the data folder (never committed: data/ is ignored).
 * Ciphertext format: `v1.<iv base64url>.<tag base64url>.<ciphertext base64url>`.
 */
export type SecretBox = {
  seal: (plaintext: string) => string;
  open: (sealed: string) => string;
  /** A keyed hash (HMAC-SHA256 under a key derived from the secrets key): equal inputs match, nobody can reverse it. */
  keyedHash: (text: string) => string;
};

export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) {
    throw new SecretKeyError(
      "SECRETS_KEY must be 32 bytes, written as 64 hex digits or base64 (create one with: openssl rand -base64 32).",
    );
  }
  return key;
}

/** Reads the key file, or creates it (mode 0600) when it does not exist yet. */
export function loadOrCreateKeyFile(path: string): Buffer {
  if (existsSync(path)) return parseSecretKey(readFileSync(path, "utf8"));
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(path, 0o600);
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretKeyError("The secrets key must be 32 bytes.");
  const hashKey = createHmac("sha256", key).update("policy-pilot keyed hash v1").digest();
  return {
    keyedHash: (text) => createHmac("sha256", hashKey).update(text).digest("hex"),
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), ciphertext]
        .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
        .join(".");
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split(".");
      if (version !== "v1" || !iv || !tag || ciphertext === undefined) {
        throw new SecretKeyError("This secret was not sealed by policy-pilot (unknown format).");
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
          "utf8",
        );
      } catch {
        throw new SecretKeyError(
          "Cannot decrypt an integration secret: SECRETS_KEY (or the data folder's secrets.key) is not the key it was sealed with.",
        );
      }
    },
  };
}
