CREATE TABLE "duplicate_distinct_pairs" (
	"record_type" text NOT NULL,
	"low_id" uuid NOT NULL,
	"high_id" uuid NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duplicate_distinct_pairs_record_type_low_id_high_id_pk" PRIMARY KEY("record_type","low_id","high_id")
);
--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "duplicate_distinct_pairs" ADD CONSTRAINT "duplicate_distinct_pairs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;