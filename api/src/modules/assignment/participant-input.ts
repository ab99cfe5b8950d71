import { z } from "zod";

/** A helpdesk's id of a customer, agent, ticket or policy, as policyFor and policyPreview take it. */
export const EXTERNAL_ID = z.string().trim().min(1, "must not be empty").max(200, "at most 200 characters");

/** Targeting attributes (country, plan, language…): a JSON object. */
export const PARTICIPANT_ATTRIBUTES = z.record(z.string(), z.unknown(), { error: "must be a JSON object" });
