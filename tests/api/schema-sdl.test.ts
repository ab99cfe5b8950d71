import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../api/src/schema/index.js";

describe("api/schema.graphql", () => {
  it("is the SDL of the current schema (run `npm run schema:print` after changing it)", () => {
    const committed = readFileSync(new URL("../../api/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });
});
