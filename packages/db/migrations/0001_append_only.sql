-- Custom SQL migration file, put your code below! --
-- events and audit_log are append-only (design.md): the database itself refuses to rewrite them,
-- whatever client connects. Row triggers catch UPDATE and DELETE; a statement trigger catches
-- TRUNCATE, which row triggers do not see.
CREATE OR REPLACE FUNCTION rygforlob_refuse_rewrite() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER events_append_only
  BEFORE UPDATE OR DELETE ON "events"
  FOR EACH ROW EXECUTE FUNCTION rygforlob_refuse_rewrite();
--> statement-breakpoint
CREATE TRIGGER events_no_truncate
  BEFORE TRUNCATE ON "events"
  FOR EACH STATEMENT EXECUTE FUNCTION rygforlob_refuse_rewrite();
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION rygforlob_refuse_rewrite();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION rygforlob_refuse_rewrite();
