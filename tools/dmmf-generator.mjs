#!/usr/bin/env node
// A tiny Prisma generator that writes the full DMMF (fields with nullability, native types, defaults, unique and
// plain indexes, relations) as JSON. The migration drift test compares the migrated database against it, because
// `prisma migrate diff` needs the native schema engine, which cannot be downloaded here (docs/adr/0002).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import pkg from "@prisma/generator-helper";

const { generatorHandler } = pkg;

generatorHandler({
  onManifest: () => ({ prettyName: "DMMF JSON", defaultOutput: "./dmmf.json" }),
  onGenerate: async (options) => {
    const output = options.generator.output?.value;
    if (!output) throw new Error("dmmf generator: no output path");
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify(options.dmmf.datamodel, null, 2));
  },
});
