import {
  type DocumentNode,
  type GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
} from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { Context } from "../context.js";
import type { Logger } from "../lib/logger.js";
import { DomainError } from "../schema/errors.js";
import { checkOperationInput } from "./graphql-guards.js";
import type { Metrics } from "./metrics.js";

/** Refuses bad text, over-long strings and deep JSON in the document and variables (docs/adr/0030). */
export function inputChecksPlugin(): Plugin {
  return {
    onParams({ params }) {
      const problem = checkOperationInput(params.query, params.variables);
      if (problem) throw createGraphQLError(problem, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
    },
  };
}

/** In production the schema is not introspectable (`__schema`, `__type`); `__typename` stays allowed. */
export function noIntrospectionPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/**
 * Logs each operation's errors once, with the request id: the client's own mistakes (a document that does not
 * validate, an expected domain refusal) at warn without a stack trace; anything unexpected at error with its stack,
 * so an operator can find the request a user reports ("Unexpected error", request id in the x-request-id header).
 */
export function errorLoggingPlugin(logger: Logger): Plugin<Context> {
  return {
    onValidate({ context }) {
      return ({ result }) => {
        if (result.length === 0) return;
        // Validation runs before our context is built: the request id is still on Koa's state.
        const early = context as Partial<Context> & { koa?: { state?: { requestId?: string } } };
        logger.warn("GraphQL document refused", {
          requestId: early.requestId ?? early.koa?.state?.requestId,
          errors: result.map((e) => e.message).slice(0, 5),
        });
      };
    },
    onExecute() {
      return {
        onExecuteDone({ args, result }) {
          if (!("errors" in result) || !result.errors?.length) return;
          logOperationErrors(
            logger,
            result.errors,
            (args.contextValue as Partial<Context>).requestId,
            args.operationName ?? undefined,
          );
        },
      };
    },
  };
}

/** Times each executed operation by type and root field (GET /metrics; docs/adr/0032). */
export function operationMetricsPlugin(metrics: Metrics): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const document = args.document as DocumentNode;
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const type = operation?.operation ?? "unknown";
      const first = operation?.selectionSet.selections[0];
      const field = first && first.kind === "Field" ? first.name.value : "unknown";
      return {
        onExecuteDone({ result }) {
          const failed = "errors" in result && Boolean(result.errors?.length);
          metrics.observeOperation(type, field, failed ? "error" : "ok", (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/** One log line per error: the client's mistakes at warn without a stack, anything unexpected at error with it. */
export function logOperationErrors(
  logger: Logger,
  errors: readonly GraphQLError[],
  requestId: string | undefined,
  operation: string | undefined,
): void {
  for (const error of errors) {
    const original = error.originalError;
    const unexpected = original !== undefined && !(original instanceof DomainError) && !isClientError(original);
    if (unexpected) {
      logger.error("Unexpected error in a GraphQL operation", {
        requestId,
        operation,
        path: error.path?.join("."),
        error: String(original),
        stack: original?.stack,
      });
    } else {
      logger.warn("GraphQL operation refused", {
        requestId,
        operation,
        path: error.path?.join("."),
        error: error.message,
      });
    }
  }
}

/** Errors the client caused that are not DomainErrors: e.g. a coercion failure of a variable. */
function isClientError(error: Error): boolean {
  const extensions = (error as Partial<GraphQLError>).extensions as { code?: string } | undefined;
  return extensions?.code === "BAD_USER_INPUT" || error.name === "PothosValidationError";
}
