-- Issue 8 (COORDINATOR-LISTING): citizens registered before listed_with existed are listed with
-- the GP practice that coordinates their most recent pathway, the best record of their GP the
-- database holds. Citizens without a pathway stay unlisted until the register says otherwise;
-- no pathway can be opened for them before it does.
UPDATE "citizens" AS c
SET "listed_with" = (
  SELECT p."coordinator_org_id" FROM "pathways" AS p
  WHERE p."citizen_id" = c."id"
  ORDER BY p."opened_at" DESC, p."id" DESC
  LIMIT 1
)
WHERE c."listed_with" IS NULL;
