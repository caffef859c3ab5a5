CREATE TABLE "assessment_campaign_targets" (
	"campaign_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_campaign_targets_campaign_id_organisation_id_pk" PRIMARY KEY("campaign_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"methodology_id" text NOT NULL,
	"vsic_division" text NOT NULL,
	"province_codes" text[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_methodologies" (
	"id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"province_code" text,
	"methodology_id" text NOT NULL,
	"vsic_division" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"score" jsonb,
	"review_comment" text,
	"created_by" text,
	"submitted_at" timestamp with time zone,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_campaign_targets" ADD CONSTRAINT "assessment_campaign_targets_campaign_id_assessment_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."assessment_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_campaign_targets" ADD CONSTRAINT "assessment_campaign_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_campaigns" ADD CONSTRAINT "assessment_campaigns_methodology_id_assessment_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."assessment_methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_campaigns" ADD CONSTRAINT "assessment_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_methodology_id_assessment_methodologies_id_fk" FOREIGN KEY ("methodology_id") REFERENCES "public"."assessment_methodologies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_campaign_targets_org_idx" ON "assessment_campaign_targets" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "assessments_organisation_idx" ON "assessments" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_province_idx" ON "assessments" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "assessments_sector_idx" ON "assessments" USING btree ("vsic_division","status");