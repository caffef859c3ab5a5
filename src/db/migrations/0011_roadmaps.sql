CREATE TABLE "roadmap_item_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roadmap_id" text NOT NULL,
	"item_id" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"cause" jsonb,
	"actor_id" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_record_links" (
	"roadmap_id" text NOT NULL,
	"item_id" text NOT NULL,
	"record_kind" text NOT NULL,
	"record_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmap_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"roadmap_id" text NOT NULL,
	"name" text NOT NULL,
	"document" jsonb NOT NULL,
	"taken_by" text,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "roadmaps" (
	"id" text PRIMARY KEY NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"scope_kind" text NOT NULL,
	"vsic_code" text,
	"organisation_id" uuid,
	"owner_organisation_id" uuid NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"review_date" date,
	"review_reminded_for" date,
	"document" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "technology_maps" (
	"id" text PRIMARY KEY NOT NULL,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"vsic_code" text NOT NULL,
	"owner_organisation_id" uuid,
	"published" boolean DEFAULT true NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roadmap_item_events" ADD CONSTRAINT "roadmap_item_events_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_item_events" ADD CONSTRAINT "roadmap_item_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_record_links" ADD CONSTRAINT "roadmap_record_links_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_snapshots" ADD CONSTRAINT "roadmap_snapshots_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_snapshots" ADD CONSTRAINT "roadmap_snapshots_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technology_maps" ADD CONSTRAINT "technology_maps_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roadmap_item_events_item_idx" ON "roadmap_item_events" USING btree ("roadmap_id","item_id");--> statement-breakpoint
CREATE INDEX "roadmap_record_links_record_idx" ON "roadmap_record_links" USING btree ("record_kind","record_id");--> statement-breakpoint
CREATE INDEX "roadmap_record_links_roadmap_idx" ON "roadmap_record_links" USING btree ("roadmap_id");--> statement-breakpoint
CREATE INDEX "roadmap_snapshots_roadmap_idx" ON "roadmap_snapshots" USING btree ("roadmap_id");--> statement-breakpoint
CREATE INDEX "roadmaps_owner_idx" ON "roadmaps" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "roadmaps_organisation_idx" ON "roadmaps" USING btree ("organisation_id");