import type { Viewer } from "../../context.js";
import type { PrismaClient } from "../../db/create-db.js";
import type { HelpdeskVendor, SurveyDelivery } from "../../generated/prisma/enums.js";
import type { Clock } from "../../lib/clock.js";
import { newId } from "../../lib/ids.js";
import type { SecretBox } from "../../lib/secret-box.js";
import { NotFoundError, ValidationError } from "../../schema/errors.js";
import { recordAuditEvent } from "../audit/audit.repository.js";
import { ADAPTERS, segmentOf } from "../ingestion/vendors/adapters.js";
import { integrationHealth } from "./integrations.read-model.js";
import * as repo from "./integrations.repository.js";

export type IntegrationsServiceDeps = {
  db: PrismaClient;
  clock: Clock;
  secrets: SecretBox;
  publicUrl: string;
  /** How long a webhook's integration (with its decrypted secret) is reused; changes here apply at once. */
  cacheTtlMs?: number;
};

export type ConnectHelpdeskInput = {
  vendor: HelpdeskVendor;
  name: string;
  secret: string;
  surveyDelivery?: SurveyDelivery | null;
  surveyThrottleDays?: number | null;
  surveyExpiryDays?: number | null;
};

export type UpdateIntegrationInput = {
  id: string;
  name?: string | null;
  secret?: string | null;
  surveyDelivery?: SurveyDelivery | null;
  surveyThrottleDays?: number | null;
  surveyExpiryDays?: number | null;
};

/** What the webhook route needs of an integration. */
export type WebhookIntegration = {
  id: string;
  vendor: HelpdeskVendor;
  secret: string;
  disabled: boolean;
  surveyDelivery: SurveyDelivery;
  surveyThrottleDays: number;
  surveyExpiryDays: number;
};

export function createIntegrationsService({
  db,
  clock,
  secrets,
  publicUrl,
  cacheTtlMs = 2_000,
}: IntegrationsServiceDeps) {
  const cache = new Map<string, { value: WebhookIntegration | null; at: number }>();

  function webhookUrl(integration: { id: string; vendor: HelpdeskVendor }): string {
    return `${publicUrl}/webhooks/${segmentOf(integration.vendor)}/${integration.id}`;
  }

  function checkSecret(secret: string) {
    if (secret.trim().length < 8 || secret.length > 500) {
      throw new ValidationError(
        "The signing secret must be 8 to 500 characters: paste it exactly as the helpdesk shows it.",
        [{ path: ["secret"], message: "8 to 500 characters" }],
      );
    }
  }

  async function connectHelpdesk(input: ConnectHelpdeskInput, viewer: Viewer, requestId: string) {
    checkSecret(input.secret);
    const at = clock.now();
    const id = newId("integration");
    return db.$transaction(async (tx) => {
      const integration = await repo.insertIntegration(tx, {
        id,
        vendor: input.vendor,
        name: input.name.trim(),
        secretCiphertext: secrets.seal(input.secret.trim()),
        surveyDelivery: input.surveyDelivery ?? "HELPDESK",
        surveyThrottleDays: input.surveyThrottleDays ?? 14,
        surveyExpiryDays: input.surveyExpiryDays ?? 7,
        createdById: viewer.kind === "user" ? viewer.userId : null,
        createdAt: at,
      });
      await recordAuditEvent(tx, {
        type: "integration.connected",
        subjectType: "integration",
        subjectId: id,
        data: { vendor: input.vendor, name: integration.name },
        viewer,
        requestId,
        at,
      });
      return integration;
    });
  }

  async function updateIntegration(input: UpdateIntegrationInput, viewer: Viewer, requestId: string) {
    if (input.secret != null) checkSecret(input.secret);
    const at = clock.now();
    const result = await db.$transaction(async (tx) => {
      const existing = await repo.findIntegration(tx, input.id);
      if (!existing) throw new NotFoundError("integration", input.id);
      const changed = {
        ...(input.name != null ? { name: input.name.trim() } : {}),
        ...(input.secret != null ? { secretCiphertext: secrets.seal(input.secret.trim()) } : {}),
        ...(input.surveyDelivery != null ? { surveyDelivery: input.surveyDelivery } : {}),
        ...(input.surveyThrottleDays != null ? { surveyThrottleDays: input.surveyThrottleDays } : {}),
        ...(input.surveyExpiryDays != null ? { surveyExpiryDays: input.surveyExpiryDays } : {}),
      };
      const updated = await repo.updateIntegration(tx, input.id, changed);
      await recordAuditEvent(tx, {
        type: "integration.updated",
        subjectType: "integration",
        subjectId: input.id,
        // Which settings changed, never the secret itself.
        data: { changed: Object.keys(changed).map((k) => (k === "secretCiphertext" ? "secret" : k)) },
        viewer,
        requestId,
        at,
      });
      return updated;
    });
    cache.delete(input.id);
    return result;
  }

  async function setDisabled(id: string, disabled: boolean, viewer: Viewer, requestId: string) {
    const at = clock.now();
    const result = await db.$transaction(async (tx) => {
      const existing = await repo.findIntegration(tx, id);
      if (!existing) throw new NotFoundError("integration", id);
      const updated = await repo.updateIntegration(tx, id, { disabledAt: disabled ? at : null });
      await recordAuditEvent(tx, {
        type: disabled ? "integration.disabled" : "integration.enabled",
        subjectType: "integration",
        subjectId: id,
        data: { name: existing.name },
        viewer,
        requestId,
        at,
      });
      return updated;
    });
    cache.delete(id);
    return result;
  }

  /** The integration a webhook names, with its secret decrypted; null when there is none. Cached briefly. */
  async function forWebhook(id: string): Promise<WebhookIntegration | null> {
    const now = clock.now().getTime();
    const hit = cache.get(id);
    if (hit && now - hit.at < cacheTtlMs) return hit.value;
    const row = await repo.findIntegration(db, id);
    const value: WebhookIntegration | null = row
      ? {
          id: row.id,
          vendor: row.vendor,
          secret: secrets.open(row.secretCiphertext),
          disabled: row.disabledAt !== null,
          surveyDelivery: row.surveyDelivery,
          surveyThrottleDays: row.surveyThrottleDays,
          surveyExpiryDays: row.surveyExpiryDays,
        }
      : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(id, { value, at: now });
    return value;
  }

  return {
    connectHelpdesk,
    updateIntegration,
    disableIntegration: (id: string, viewer: Viewer, requestId: string) => setDisabled(id, true, viewer, requestId),
    enableIntegration: (id: string, viewer: Viewer, requestId: string) => setDisabled(id, false, viewer, requestId),
    forWebhook,
    webhookUrl,
    setupInstructions: (integration: { id: string; vendor: HelpdeskVendor }) =>
      ADAPTERS[integration.vendor].setup(webhookUrl(integration)),
    health: (id: string) => integrationHealth(db, id, clock.now()),
  };
}

export type IntegrationsService = ReturnType<typeof createIntegrationsService>;
