CREATE TABLE "demand_match_features" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"basis" text NOT NULL,
	"features" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_match_features" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"basis" text NOT NULL,
	"features" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_match_features" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"basis" text NOT NULL,
	"features" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "demand_match_features" ADD CONSTRAINT "demand_match_features_record_id_demands_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_match_features" ADD CONSTRAINT "expert_match_features_record_id_experts_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_match_features" ADD CONSTRAINT "offer_match_features_record_id_offers_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A record's features (a few hundred, 16 bytes each before base64) stay in its row up to a page,
-- not in TOAST: a match reads the features of 200 candidates.
ALTER TABLE "demand_match_features" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "expert_match_features" SET (toast_tuple_target = 8160);--> statement-breakpoint
ALTER TABLE "offer_match_features" SET (toast_tuple_target = 8160);
