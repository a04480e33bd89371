CREATE TABLE "audit_chain_heads" (
	"chain" smallint PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attempt_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	CONSTRAINT "attempt_counters_count" CHECK ("attempt_counters"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE INDEX "attempt_counters_window_idx" ON "attempt_counters" USING btree ("window_start");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq_idx" ON "audit_log" USING btree ("chain","chain_seq");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_chain_range" CHECK ("audit_log"."chain" between 0 and 15);--> statement-breakpoint
-- Tamper evidence for audit_log (issue 9). Each row is hashed over its content and the previous
-- row of its chain. AUDIT_CHAINS (16) chains instead of one: a chain's head is locked only for
-- the INSERT itself, and requests on different chains never wait for each other.
INSERT INTO "audit_chain_heads" ("chain", "seq", "hash")
  SELECT c, 0, repeat('0', 64) FROM generate_series(0, 15) AS c;
--> statement-breakpoint
-- The row's content as one unambiguous text (%L quotes or writes NULL; the epoch is independent of
-- the session's TimeZone; jsonb prints its keys in one canonical order), hashed with sha256.
CREATE OR REPLACE FUNCTION rygforlob_audit_hash(r "audit_log") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(format(
    '%s|%s|%s|%s|%L|%L|%L|%L|%L|%L|%L|%L|%L|%L',
    r.id, r.chain, r.chain_seq, extract(epoch FROM r.at), r.user_id, r.organisation_id, r.actor,
    r.citizen_id, r.pathway_id, r.listed_citizen_ids, r.action, r.outcome, r.detail, r.prev_hash
  ), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- SECURITY DEFINER: runs with the rights of the migration role, so the server's role needs none on
-- audit_chain_heads and cannot set chain_seq, prev_hash or hash itself (they are overwritten).
CREATE OR REPLACE FUNCTION rygforlob_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_heads WHERE chain = NEW.chain FOR UPDATE;
  NEW.chain_seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.hash := rygforlob_audit_hash(NEW);
  UPDATE audit_chain_heads SET seq = NEW.chain_seq, hash = NEW.hash WHERE chain = NEW.chain;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Rows written before this migration join chain 0 in id order (as the migration role).
DO $$
DECLARE
  r "audit_log";
  head_seq bigint := 0;
  head_hash text := repeat('0', 64);
BEGIN
  ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_append_only;
  FOR r IN SELECT * FROM "audit_log" ORDER BY id LOOP
    r.chain := 0;
    r.chain_seq := head_seq + 1;
    r.prev_hash := head_hash;
    r.hash := rygforlob_audit_hash(r);
    UPDATE "audit_log" SET chain = 0, chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash
      WHERE id = r.id;
    head_seq := r.chain_seq;
    head_hash := r.hash;
  END LOOP;
  ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_append_only;
  UPDATE audit_chain_heads SET seq = head_seq, hash = head_hash WHERE chain = 0;
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain
  BEFORE INSERT ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION rygforlob_audit_chain();
--> statement-breakpoint
-- The role the server connects as (docs/operations.md: a LOGIN role that is a member of it). It
-- may read and write the working tables, only read and append events and audit_log, and nothing
-- on audit_chain_heads. Migrations run as the owner. Without CREATEROLE the grants are skipped
-- with a notice; docs/operations.md lists them to run by hand.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rygforlob_app') THEN
    BEGIN
      CREATE ROLE rygforlob_app NOLOGIN;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'role rygforlob_app not created (no CREATEROLE): see docs/operations.md';
      RETURN;
    END;
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO rygforlob_app', current_schema());
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO rygforlob_app', current_schema());
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO rygforlob_app', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO rygforlob_app', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO rygforlob_app', current_schema());
  REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log", "events" FROM rygforlob_app;
  REVOKE ALL ON "audit_chain_heads" FROM rygforlob_app;
END $$;
