import type { Db } from "../../db/create-db.js";
import type { HelpdeskVendor, SurveyDelivery } from "../../generated/prisma/enums.js";

export function insertIntegration(
  db: Db,
  row: {
    id: string;
    vendor: HelpdeskVendor;
    name: string;
    secretCiphertext: string;
    surveyDelivery: SurveyDelivery;
    surveyThrottleDays: number;
    surveyExpiryDays: number;
    createdById: string | null;
    createdAt: Date;
  },
) {
  return db.integration.create({ data: row });
}

export function findIntegration(db: Db, id: string) {
  return db.integration.findUnique({ where: { id } });
}

export function updateIntegration(
  db: Db,
  id: string,
  data: Partial<{
    name: string;
    secretCiphertext: string;
    surveyDelivery: SurveyDelivery;
    surveyThrottleDays: number;
    surveyExpiryDays: number;
    disabledAt: Date | null;
  }>,
) {
  return db.integration.update({ where: { id }, data });
}
