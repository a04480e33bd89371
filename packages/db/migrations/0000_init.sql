CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" text,
	"organisation_id" text,
	"actor" text,
	"citizen_id" uuid,
	"pathway_id" uuid,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "audit_log_outcome" CHECK ("audit_log"."outcome" in ('ok', 'denied', 'not-found')),
	CONSTRAINT "audit_log_no_cpr" CHECK ("audit_log"."detail"::text !~ '(^|[^0-9A-Za-z])[0-9]{6}-?[0-9]{4}($|[^0-9A-Za-z])')
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cpr" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"municipality" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "citizens_cpr_unique" UNIQUE("cpr"),
	CONSTRAINT "citizens_cpr_digits" CHECK ("citizens"."cpr" ~ '^[0-9]{10}$'),
	CONSTRAINT "citizens_sex" CHECK ("citizens"."sex" in ('female', 'male'))
);
--> statement-breakpoint
CREATE TABLE "pathways" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen_id" uuid NOT NULL,
	"coordinator_org_id" text NOT NULL,
	"program" text DEFAULT 'rsd-2023' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pathways_version_nonnegative" CHECK ("pathways"."version" >= 0),
	CONSTRAINT "pathways_status" CHECK ("pathways"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"pathway_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_pkey" PRIMARY KEY("pathway_id","seq"),
	CONSTRAINT "events_seq_positive" CHECK ("events"."seq" >= 1)
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"actor" text NOT NULL,
	"municipality" text,
	"sor_code" text
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_id_is_sha256" CHECK ("sessions"."id" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"actor" text NOT NULL,
	"display_name" text NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "open_clocks" (
	"pathway_id" uuid NOT NULL,
	"code" text NOT NULL,
	"subject" text NOT NULL,
	"owner_org_id" text NOT NULL,
	"started_on" date NOT NULL,
	"due_from" date NOT NULL,
	"due_by" date NOT NULL,
	"threshold" boolean NOT NULL,
	CONSTRAINT "open_clocks_pkey" PRIMARY KEY("pathway_id","code","subject")
);
--> statement-breakpoint
CREATE TABLE "worklist" (
	"pathway_id" uuid NOT NULL,
	"organisation_id" text NOT NULL,
	"relation" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"citizen_name" text NOT NULL,
	"citizen_cpr" text NOT NULL,
	"target_group" text,
	"status" text NOT NULL,
	"last_event_seq" integer NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL,
	"inbox" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inbox_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "worklist_pkey" PRIMARY KEY("pathway_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open_clocks" ADD CONSTRAINT "open_clocks_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worklist" ADD CONSTRAINT "worklist_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_citizen_idx" ON "audit_log" USING btree ("citizen_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_pathway_idx" ON "audit_log" USING btree ("pathway_id");--> statement-breakpoint
CREATE INDEX "pathways_citizen_idx" ON "pathways" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "events_organisation_idx" ON "events" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "open_clocks_owner_idx" ON "open_clocks" USING btree ("owner_org_id","due_by");--> statement-breakpoint
CREATE INDEX "worklist_org_recent_idx" ON "worklist" USING btree ("organisation_id","last_event_at");