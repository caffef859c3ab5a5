CREATE TABLE "assessment_dashboard_entries" (
	"organisation_id" uuid NOT NULL,
	"methodology_code" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"methodology_id" text NOT NULL,
	"vsic_division" text NOT NULL,
	"province_code" text,
	"assessment_created_at" timestamp with time zone NOT NULL,
	"provisional" boolean NOT NULL,
	"total" double precision NOT NULL,
	"coefficient" double precision NOT NULL,
	"level_code" text NOT NULL,
	"shares" "bytea" NOT NULL,
	CONSTRAINT "assessment_dashboard_entries_organisation_id_methodology_code_pk" PRIMARY KEY("organisation_id","methodology_code")
);
--> statement-breakpoint
ALTER TABLE "assessment_dashboard_entries" ADD CONSTRAINT "assessment_dashboard_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_dashboard_entries" ADD CONSTRAINT "assessment_dashboard_entries_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_dashboard_entries_scope_idx" ON "assessment_dashboard_entries" USING btree ("methodology_code","province_code");