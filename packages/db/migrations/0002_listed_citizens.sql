ALTER TABLE "audit_log" ADD COLUMN "listed_citizen_ids" uuid[];--> statement-breakpoint
CREATE INDEX "audit_log_listed_idx" ON "audit_log" USING gin ("listed_citizen_ids");