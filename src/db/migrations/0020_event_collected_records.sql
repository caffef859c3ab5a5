CREATE TABLE "event_collected_records" (
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"collected_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_collected_records_record_type_record_id_pk" PRIMARY KEY("record_type","record_id")
);
--> statement-breakpoint
ALTER TABLE "event_collected_records" ADD CONSTRAINT "event_collected_records_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_collected_records" ADD CONSTRAINT "event_collected_records_collected_by_users_id_fk" FOREIGN KEY ("collected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_collected_records_event_idx" ON "event_collected_records" USING btree ("event_id");