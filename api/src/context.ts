import type { Context as KoaContext } from "koa";
import type { PrismaClient } from "./db/create-db.js";
import type { Role } from "./generated/prisma/enums.js";
import type { Services } from "./services.js";

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; userId: string; email: string; name: string; role: Role; sessionId: string | null }
  | { kind: "token"; tokenId: string; name: string };

export type Context = {
  viewer: Viewer;
  services: Services;
  requestId: string;
  /** Only for @pothos/plugin-prisma's read fields (prismaField/relation/connection). Resolvers never use it. */
  prismaForReads: PrismaClient;
  /** Cookie helpers for login/logout; absent when the request did not come through Koa (in-process tests). */
  session: {
    set: (token: string, expiresAt: Date) => void;
    clear: () => void;
  };
  koa?: KoaContext;
  /**
   * Ids this request may read whatever their type's scopes say: what it has just created (an integration reads back
   * the feedback it submitted, but no other customer's). Filled by resolvers through `grantRead`.
   */
  readable?: Set<string>;
};

export function grantRead(ctx: Pick<Context, "readable">, id: string): void {
  ctx.readable ??= new Set();
  ctx.readable.add(id);
}

export function actorOf(viewer: Viewer): { actorType: string; actorId: string | null; actorLabel: string } {
  switch (viewer.kind) {
    case "user":
      return { actorType: "user", actorId: viewer.userId, actorLabel: viewer.email };
    case "token":
      return { actorType: "api_token", actorId: viewer.tokenId, actorLabel: `token ${viewer.name}` };
    default:
      return { actorType: "anonymous", actorId: null, actorLabel: "anonymous" };
  }
}
