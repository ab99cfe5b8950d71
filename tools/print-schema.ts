// `npm run schema:print`: writes api/schema.graphql, the SDL the console and integrators read.
import { writeFileSync } from "node:fs";
import { printSchema } from "graphql";
import { schema } from "../api/src/schema/index.js";

writeFileSync(new URL("../api/schema.graphql", import.meta.url), `${printSchema(schema)}\n`);
console.log("Wrote api/schema.graphql");
