import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Types for every `graphql(...)` document in src/, from the API's printed SDL (`npm run schema:print` at the root),
 * with fragment masking (STYLE 4.11), plus the introspection graphcache needs for interfaces and unions.
 * Run `npm run codegen -w console` after the schema or a document changes; the output is committed.
 */
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.tsx", "src/**/*.ts", "!src/gql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "useFragment" } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTime: "string", Date: "string", JSON: "unknown" },
      },
    },
    "src/gql/introspection.ts": {
      plugins: ["urql-introspection"],
      config: {
        module: "es2015",
        useTypeImports: true,
        includeScalars: false,
        includeEnums: false,
        includeInputs: false,
        includeDirectives: false,
      },
    },
  },
};

// graphql-codegen loads its configuration from the default export.
export default config;
