import type { HelpdeskVendor } from "../../../generated/prisma/enums.js";
import { generic } from "./generic.js";
import { intercom } from "./intercom.js";
import type { VendorAdapter } from "./vendor-adapter.js";
import { zendesk } from "./zendesk.js";

/** Every vendor adapter, by vendor and by its URL segment (/webhooks/<segment>/<integrationId>). */
export const ADAPTERS: Record<HelpdeskVendor, VendorAdapter> = {
  ZENDESK: zendesk,
  INTERCOM: intercom,
  GENERIC: generic,
};

export function adapterForSegment(segment: string): VendorAdapter | null {
  const vendor = segment.toUpperCase() as HelpdeskVendor;
  return Object.hasOwn(ADAPTERS, vendor) ? ADAPTERS[vendor] : null;
}

export function segmentOf(vendor: HelpdeskVendor): string {
  return vendor.toLowerCase();
}
