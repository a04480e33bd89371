-- The worklist as pages (issue 11): per-row keys an index can range over ("due" and "overdue"
-- on any day), partial and search indexes, and the inbox's read state per organisation.
-- pg_trgm serves "any part of a name" (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "inbox_reads" (
	"pathway_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"seq" integer NOT NULL,
	"read_by" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_reads_pkey" PRIMARY KEY("pathway_id","organisation_id","seq")
);
--> statement-breakpoint
DROP INDEX "worklist_org_recent_idx";--> statement-breakpoint
ALTER TABLE "worklist" ADD COLUMN "next_due_from" date;--> statement-breakpoint
ALTER TABLE "worklist" ADD COLUMN "next_due_by" date;--> statement-breakpoint
ALTER TABLE "inbox_reads" ADD CONSTRAINT "inbox_reads_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "worklist_org_overdue_idx" ON "worklist" USING btree ("organisation_id","next_due_by","pathway_id");--> statement-breakpoint
CREATE INDEX "worklist_org_due_idx" ON "worklist" USING btree ("organisation_id","next_due_from");--> statement-breakpoint
CREATE INDEX "worklist_org_inbox_idx" ON "worklist" USING btree ("organisation_id","last_event_at" DESC NULLS LAST,"pathway_id" DESC NULLS LAST) WHERE "worklist"."inbox_count" > 0;--> statement-breakpoint
CREATE INDEX "worklist_org_cpr_idx" ON "worklist" USING btree ("organisation_id","citizen_cpr" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "worklist_name_trgm_idx" ON "worklist" USING gin ("citizen_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "worklist_org_recent_idx" ON "worklist" USING btree ("organisation_id","last_event_at" DESC NULLS LAST,"pathway_id" DESC NULLS LAST);--> statement-breakpoint
-- Rows projected before this migration: their keys from the open clocks they already have.
UPDATE "worklist" AS w SET "next_due_from" = c.due_from, "next_due_by" = c.due_by
FROM (
  SELECT "pathway_id", "owner_org_id", min("due_from") AS due_from,
         min("due_by") FILTER (WHERE NOT "threshold") AS due_by
  FROM "open_clocks" GROUP BY "pathway_id", "owner_org_id"
) AS c
WHERE c."pathway_id" = w."pathway_id" AND c."owner_org_id" = w."organisation_id";
