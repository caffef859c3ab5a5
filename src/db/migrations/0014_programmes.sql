CREATE SEQUENCE "public"."programme_receipt_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "programme_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"item" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_budget_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"version" integer NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "programme_call_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"from_deadline" timestamp with time zone,
	"to_deadline" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text DEFAULT 'call' NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"description" text,
	"deadline_at" timestamp with time zone,
	"block_overdue_leaders" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"findings" text NOT NULL,
	"action_deadline" date,
	"by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_task_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_technology" boolean DEFAULT false NOT NULL,
	"quantity_rating" text NOT NULL,
	"quality_rating" text NOT NULL,
	"offer_id" uuid,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_task_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"sequence" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"due_on" date NOT NULL,
	"remind_on" text[] DEFAULT '{}' NOT NULL,
	"last_reminder_on" date,
	"filed_on" date,
	"filed_by" text,
	"summary" text,
	"attachment_id" uuid
);
--> statement-breakpoint
CREATE TABLE "programme_task_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"by" text,
	"at" timestamp with time zone NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "programme_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"proposer_organisation_id" uuid,
	"origin" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"objectives" text DEFAULT '' NOT NULL,
	"technology" text DEFAULT '' NOT NULL,
	"products" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"sector_code" text,
	"province_code" text,
	"start_on" date,
	"months" integer,
	"status" text DEFAULT 'draft' NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_from" text,
	"lead_organisation_id" uuid,
	"acceptance_rating" text,
	"final_report_rating" text,
	"version" integer DEFAULT 1 NOT NULL,
	"receipt_number" text,
	"submitted_at" timestamp with time zone,
	"public_summary" text,
	"summary_published_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme_budget_lines" ADD CONSTRAINT "programme_budget_lines_task_id_programme_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_budget_versions" ADD CONSTRAINT "programme_budget_versions_line_id_programme_budget_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."programme_budget_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_budget_versions" ADD CONSTRAINT "programme_budget_versions_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_call_extensions" ADD CONSTRAINT "programme_call_extensions_call_id_programme_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programme_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_call_extensions" ADD CONSTRAINT "programme_call_extensions_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_calls" ADD CONSTRAINT "programme_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_inspections" ADD CONSTRAINT "programme_inspections_task_id_programme_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_inspections" ADD CONSTRAINT "programme_inspections_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_task_products" ADD CONSTRAINT "programme_task_products_task_id_programme_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_task_products" ADD CONSTRAINT "programme_task_products_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_task_reports" ADD CONSTRAINT "programme_task_reports_task_id_programme_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_task_reports" ADD CONSTRAINT "programme_task_reports_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_task_transitions" ADD CONSTRAINT "programme_task_transitions_task_id_programme_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."programme_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_task_transitions" ADD CONSTRAINT "programme_task_transitions_by_users_id_fk" FOREIGN KEY ("by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_call_id_programme_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programme_calls"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_proposer_organisation_id_organisations_id_fk" FOREIGN KEY ("proposer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tasks" ADD CONSTRAINT "programme_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_budget_lines_task_idx" ON "programme_budget_lines" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_budget_versions_line_version_idx" ON "programme_budget_versions" USING btree ("line_id","version");--> statement-breakpoint
CREATE INDEX "programme_call_extensions_call_idx" ON "programme_call_extensions" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "programme_inspections_task_idx" ON "programme_inspections" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "programme_task_products_task_idx" ON "programme_task_products" USING btree ("task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_task_reports_key_idx" ON "programme_task_reports" USING btree ("task_id","key");--> statement-breakpoint
CREATE INDEX "programme_task_reports_due_idx" ON "programme_task_reports" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "programme_task_transitions_task_idx" ON "programme_task_transitions" USING btree ("task_id","at");--> statement-breakpoint
CREATE INDEX "programme_tasks_call_idx" ON "programme_tasks" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "programme_tasks_proposer_idx" ON "programme_tasks" USING btree ("proposer_organisation_id");--> statement-breakpoint
CREATE INDEX "programme_tasks_lead_idx" ON "programme_tasks" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "programme_tasks_status_idx" ON "programme_tasks" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_tasks_receipt_idx" ON "programme_tasks" USING btree ("receipt_number");