import { z } from "zod";

/** A helpdesk's id of a customer, agent, ticket or policy, as policyFor and policyPreview take it. */
export const EXTERNAL_ID = z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters");

/** The largest `attributes` object accepted, as JSON text (README, docs/adr/0030). */
export const MAX_ATTRIBUTES_BYTES = 8 * 1024;

/** Targeting attributes (country, plan, language…): a JSON object of at most 8 KiB. */
export const PARTICIPANT_ATTRIBUTES = z
  .record(z.string(), z.unknown(), { error: "must be a JSON object" })
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_ATTRIBUTES_BYTES, {
    message: `at most ${MAX_ATTRIBUTES_BYTES / 1024} KiB as JSON`,
  });
