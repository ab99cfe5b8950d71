import { createContext, useContext } from "react";
import type { Role } from "../../gql/graphql.js";

export type ViewerInfo = { id: string; name: string; email: string; role: Role };

export const ViewerContext = createContext<ViewerInfo | null>(null);

export function useViewer(): ViewerInfo {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside a signed-in layout");
  return viewer;
}

/** What the viewer's role may do, mirroring the API (ADMIN may do everything); the server still decides. */
export function useCan() {
  const { role } = useViewer();
  const has = (...roles: Role[]) => role === "ADMIN" || roles.includes(role);
  return { editPolicies: has("OPS"), runPilots: has("OPS"), publish: has("MANAGER"), decide: has("MANAGER") };
}
