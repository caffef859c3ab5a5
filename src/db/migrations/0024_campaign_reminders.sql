CREATE TABLE "assessment_campaign_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"due_on" date,
	"sent_by" text,
	"organisation_ids" uuid[] NOT NULL,
	"people" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_campaigns" ADD COLUMN "deadline" date;--> statement-breakpoint
ALTER TABLE "assessment_campaigns" ADD COLUMN "remind_every_days" integer;--> statement-breakpoint
ALTER TABLE "assessment_campaigns" ADD COLUMN "remind_days_before_deadline" integer;--> statement-breakpoint
ALTER TABLE "assessment_campaigns" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_campaign_reminders" ADD CONSTRAINT "assessment_campaign_reminders_campaign_id_assessment_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."assessment_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_campaign_reminders" ADD CONSTRAINT "assessment_campaign_reminders_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_campaign_reminders_due_idx" ON "assessment_campaign_reminders" USING btree ("campaign_id","due_on");--> statement-breakpoint
CREATE INDEX "assessment_campaign_reminders_sent_idx" ON "assessment_campaign_reminders" USING btree ("campaign_id","sent_at");