import type { Database } from "../db/create-db.js";
import type { Clock } from "../lib/clock.js";

export const DEMO_PASSWORD = "pilot-demo-2026";
export const DEMO_USERS = [
  { email: "admin@demo.policy-pilot.test", name: "Ada Admin", role: "ADMIN", password: DEMO_PASSWORD },
  { email: "ops@demo.policy-pilot.test", name: "Olle Ops", role: "OPS", password: DEMO_PASSWORD },
  { email: "manager@demo.policy-pilot.test", name: "Maja Manager", role: "MANAGER", password: DEMO_PASSWORD },
  { email: "agent@demo.policy-pilot.test", name: "Agnes Agent", role: "AGENT", password: DEMO_PASSWORD },
  { email: "viewer@demo.policy-pilot.test", name: "Vera Viewer", role: "VIEWER", password: DEMO_PASSWORD },
] as const;

export async function seedDemo(_db: Database, _opts: { clock: Clock }): Promise<{ seeded: boolean; summary: string }> {
  return { seeded: false, summary: "" };
}
