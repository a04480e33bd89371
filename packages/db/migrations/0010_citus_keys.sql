-- The schema obeys the Citus plan (docs/scaling.md, section 3; issue 11), on one PostgreSQL and
-- on PGlite alike. Constraints only: every row already stored stays as it is.
--
-- 1. No foreign keys from the projections to pathways. On Citus worklist, inbox_reads and
--    open_clocks are distributed by organisation and pathways by id, and a foreign key between
--    distributed tables must be on the distribution column. The projections are rebuilt from the
--    events (repo/events.repo.ts rebuildProjections), so they need none to be right.
ALTER TABLE "inbox_reads" DROP CONSTRAINT "inbox_reads_pathway_id_pathways_id_fk";--> statement-breakpoint
ALTER TABLE "open_clocks" DROP CONSTRAINT "open_clocks_pathway_id_pathways_id_fk";--> statement-breakpoint
ALTER TABLE "worklist" DROP CONSTRAINT "worklist_pathway_id_pathways_id_fk";--> statement-breakpoint
-- 2. audit_log's key holds its distribution column, the chain. id stays unique (its sequence);
--    nothing reads a row by id alone, so it gets no index of its own (one index write less on
--    every audited request): the access log reads through audit_log_citizen_idx and the GIN index.
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY("chain","id");--> statement-breakpoint
-- 3. open_clocks' key leads with its distribution column, the owner (co-located with the owner's
--    worklist rows). A clock has one owner, so (pathway_id, code, subject) is as unique as before;
--    the new order serves the lookups by (owner, pathway) the append and the worklist make.
ALTER TABLE "open_clocks" DROP CONSTRAINT "open_clocks_pkey";--> statement-breakpoint
ALTER TABLE "open_clocks" ADD CONSTRAINT "open_clocks_pkey" PRIMARY KEY("owner_org_id","pathway_id","code","subject");
--> statement-breakpoint
-- 4. With (chain, id) as the key, nothing but the sequence kept ids unique, and the server's role
--    could insert a row with another row's id on another chain. The chain trigger (SECURITY
--    DEFINER, migration 0004) now draws every row's id itself, as it already sets chain_seq and
--    the hashes: whatever an INSERT names, ids stay unique and in insert order.
CREATE OR REPLACE FUNCTION rygforlob_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  NEW.id := nextval('audit_log_id_seq');
  SELECT seq, hash INTO head_seq, head_hash FROM audit_chain_heads WHERE chain = NEW.chain FOR UPDATE;
  NEW.chain_seq := head_seq + 1;
  NEW.prev_hash := head_hash;
  NEW.hash := rygforlob_audit_hash(NEW);
  UPDATE audit_chain_heads SET seq = NEW.chain_seq, hash = NEW.hash WHERE chain = NEW.chain;
  RETURN NEW;
END;
$$;
