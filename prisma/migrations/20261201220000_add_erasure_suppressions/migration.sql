-- Erased customers: a keyed hash of each erased id, so that the customer is never enrolled again by accident.
CREATE TABLE "suppressions" (
    "keyed_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "suppressions_pkey" PRIMARY KEY ("keyed_hash")
);
