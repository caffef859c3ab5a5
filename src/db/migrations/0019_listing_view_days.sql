CREATE TABLE "listing_view_days" (
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "listing_view_days_record_id_day_pk" PRIMARY KEY("record_id","day")
);
--> statement-breakpoint
CREATE INDEX "listing_view_days_day_idx" ON "listing_view_days" USING btree ("day");