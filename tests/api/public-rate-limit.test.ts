import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit/server.js";

/** The beta customers' pages answer 429 with Retry-After, in the customer's language, past their limits. */
describe("public pages' rate limits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("pglite", { publicRateLimits: { perAddressPerMinute: 5, perLinkPerMinute: 2 } });
  });
  afterAll(async () => server?.close());

  it("limits one link, then one address", async () => {
    const get = (token: string) => fetch(`${server.url}/s/${token}`, { headers: { "accept-language": "sv" } });
    expect((await get("AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await get("AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    const limited = await get("AAAAAAAAAAAAAAAAAAAAAA");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("För många försök");
    // Other links from the same address: the address's limit (5 a minute, the limited call counted) ends them too.
    expect((await get("BBBBBBBBBBBBBBBBBBBBBB")).status).toBe(404);
    expect((await get("CCCCCCCCCCCCCCCCCCCCCC")).status).toBe(404);
    expect((await get("DDDDDDDDDDDDDDDDDDDDDD")).status).toBe(429);
  });
});
