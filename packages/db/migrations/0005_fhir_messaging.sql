CREATE TABLE "fhir_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fhir_clients_secret_is_sha256" CHECK ("fhir_clients"."secret_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "processed_messages" (
	"organisation_id" text NOT NULL,
	"message_id" text NOT NULL,
	"pathway_id" uuid,
	"outcome" text NOT NULL,
	"acknowledgement" jsonb,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "processed_messages_pkey" PRIMARY KEY("organisation_id","message_id"),
	CONSTRAINT "processed_messages_outcome" CHECK ("processed_messages"."outcome" in ('processing', 'ok', 'fatal-error'))
);
--> statement-breakpoint
ALTER TABLE "fhir_clients" ADD CONSTRAINT "fhir_clients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fhir_clients_org_idx" ON "fhir_clients" USING btree ("organisation_id");