import type { Db } from "../../db/create-db.js";

export type VariantAgentRatings = {
  variantId: string;
  count: number;
  meanClarity: number | null;
  meanWorkability: number | null;
  commentCount: number;
};

/** Per variant of a pilot (every variant, rated or not): n, mean clarity and mean workability, in one GROUP BY. */
export async function agentRatingsByVariant(db: Db, pilotId: string): Promise<Map<string, VariantAgentRatings>> {
  const rows = await db.$queryRaw<
    {
      variant_id: string;
      n: bigint | number;
      clarity: number | null;
      workability: number | null;
      comments: bigint | number;
    }[]
  >`
    SELECT variant_id, count(*) AS n, avg(clarity)::float8 AS clarity, avg(workability)::float8 AS workability,
           count(comment) AS comments
    FROM agent_ratings WHERE pilot_id = ${pilotId} GROUP BY variant_id`;
  return new Map(
    rows.map((r) => [
      r.variant_id,
      {
        variantId: r.variant_id,
        count: Number(r.n),
        meanClarity: r.clarity == null ? null : Number(r.clarity),
        meanWorkability: r.workability == null ? null : Number(r.workability),
        commentCount: Number(r.comments),
      },
    ]),
  );
}
