import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../api/src/config.js";

describe("configuration", () => {
  it("keeps the secrets key beside the embedded database by default, and in memory for :memory:", () => {
    const file = loadConfig({ PGLITE_DIR: "./data/pglite" });
    expect(file.secrets).toMatchObject({ kind: "file" });
    expect((file.secrets as { path: string }).path).toMatch(/data\/secrets\.key$/);
    expect(loadConfig({ PGLITE_DIR: ":memory:" }).secrets).toEqual({ kind: "ephemeral" });
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(loadConfig({ SECRETS_KEY: key }).secrets).toMatchObject({ kind: "env" });
  });

  it("refuses production on PostgreSQL without SECRETS_KEY, saying how to make one", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/app" })).toThrow(
      /SECRETS_KEY: required in production with DATABASE_URL.*openssl rand -base64 32/,
    );
  });

  it("never seeds the demo in production: the default there is never, and auto is refused", () => {
    expect(loadConfig({ NODE_ENV: "production" }).seedDemo).toBe("never");
    expect(loadConfig({}).seedDemo).toBe("auto");
    expect(() => loadConfig({ NODE_ENV: "production", SEED_DEMO: "auto" })).toThrow(/npm run admin:create/);
  });

  it("lists every bad value at once: a short key, a public URL without a scheme, an SMTP URL of another scheme", () => {
    try {
      loadConfig({ SECRETS_KEY: "short", PUBLIC_URL: "pilot.example.com", SMTP_URL: "http://mail" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues.join("\n");
      expect(issues).toMatch(/SECRETS_KEY: must be 32 bytes/);
      expect(issues).toMatch(/PUBLIC_URL: must be the address customers reach/);
      expect(issues).toMatch(/SMTP_URL: must start with smtp:\/\/ or smtps:\/\//);
    }
  });

  it("derives the public URL from the host and port, and trims a trailing slash", () => {
    expect(loadConfig({ PORT: "4100" }).publicUrl).toBe("http://127.0.0.1:4100");
    expect(loadConfig({ HOST: "0.0.0.0" }).publicUrl).toBe("http://localhost:4000");
    expect(loadConfig({ PUBLIC_URL: "https://pilot.example.com/" }).publicUrl).toBe("https://pilot.example.com");
    expect(loadConfig({}).publicRateLimits).toEqual({ perAddressPerMinute: 60, perLinkPerMinute: 20 });
    expect(loadConfig({ PUBLIC_RATE_LIMIT: "600/5" }).publicRateLimits).toEqual({
      perAddressPerMinute: 600,
      perLinkPerMinute: 5,
    });
    expect(() => loadConfig({ PUBLIC_RATE_LIMIT: "lots" })).toThrow(
      /PUBLIC_RATE_LIMIT: must be <per address>\/<per link>/,
    );
    expect(loadConfig({ SMTP_URL: "smtp://mail:25" }).smtp).toEqual({
      url: "smtp://mail:25",
      from: "policy-pilot <surveys@policy-pilot.invalid>",
    });
  });
});
