CREATE TABLE "award_honourees" (
	"nomination_id" uuid PRIMARY KEY NOT NULL,
	"round_id" uuid NOT NULL,
	"tier" integer NOT NULL,
	"position" integer NOT NULL,
	"score" real NOT NULL,
	"certificate_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"nominating_organisation_id" uuid NOT NULL,
	"province_code" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"activities" text[] NOT NULL,
	"provincial_score" real,
	"ministry_score" real,
	"nominated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"max_honourees" integer DEFAULT 100 NOT NULL,
	"rule" jsonb NOT NULL,
	"ranked_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_tie_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"nomination_ids" text[] NOT NULL,
	"note" text,
	"decided_by" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_assignments" (
	"council_dossier_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "council_assignments_council_dossier_id_member_id_pk" PRIMARY KEY("council_dossier_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "council_conflicts" (
	"council_dossier_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"conflict" boolean NOT NULL,
	"reason" text,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_conflicts_council_dossier_id_member_id_pk" PRIMARY KEY("council_dossier_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "council_dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"dossier_kind" text NOT NULL,
	"dossier_id" uuid NOT NULL,
	"consolidated_at" timestamp with time zone,
	"consolidated_by" text,
	"result" jsonb,
	"total" real,
	"passed" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"expert_id" uuid,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"external" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_rules" (
	"kind" text PRIMARY KEY NOT NULL,
	"rule" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_score_sheets" (
	"council_dossier_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_score_sheets_council_dossier_id_member_id_pk" PRIMARY KEY("council_dossier_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"convener_organisation_id" uuid NOT NULL,
	"form" jsonb NOT NULL,
	"min_sheets" integer DEFAULT 1 NOT NULL,
	"meeting_date" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "award_honourees" ADD CONSTRAINT "award_honourees_nomination_id_award_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."award_nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_honourees" ADD CONSTRAINT "award_honourees_round_id_award_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."award_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_round_id_award_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."award_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_enterprise_id_organisations_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_nominating_organisation_id_organisations_id_fk" FOREIGN KEY ("nominating_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_nominations" ADD CONSTRAINT "award_nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_rounds" ADD CONSTRAINT "award_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_tie_decisions" ADD CONSTRAINT "award_tie_decisions_round_id_award_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."award_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_tie_decisions" ADD CONSTRAINT "award_tie_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_council_dossier_id_council_dossiers_id_fk" FOREIGN KEY ("council_dossier_id") REFERENCES "public"."council_dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_assignments" ADD CONSTRAINT "council_assignments_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_conflicts" ADD CONSTRAINT "council_conflicts_council_dossier_id_council_dossiers_id_fk" FOREIGN KEY ("council_dossier_id") REFERENCES "public"."council_dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_conflicts" ADD CONSTRAINT "council_conflicts_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_dossiers" ADD CONSTRAINT "council_dossiers_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_dossiers" ADD CONSTRAINT "council_dossiers_consolidated_by_users_id_fk" FOREIGN KEY ("consolidated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_rules" ADD CONSTRAINT "council_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_score_sheets" ADD CONSTRAINT "council_score_sheets_council_dossier_id_council_dossiers_id_fk" FOREIGN KEY ("council_dossier_id") REFERENCES "public"."council_dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_score_sheets" ADD CONSTRAINT "council_score_sheets_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_convener_organisation_id_organisations_id_fk" FOREIGN KEY ("convener_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "award_honourees_code_uq" ON "award_honourees" USING btree ("certificate_code");--> statement-breakpoint
CREATE INDEX "award_honourees_round_idx" ON "award_honourees" USING btree ("round_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "award_nominations_uq" ON "award_nominations" USING btree ("round_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "award_nominations_enterprise_idx" ON "award_nominations" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "council_assignments_member_idx" ON "council_assignments" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_dossiers_uq" ON "council_dossiers" USING btree ("council_id","dossier_kind","dossier_id");--> statement-breakpoint
CREATE INDEX "council_dossiers_dossier_idx" ON "council_dossiers" USING btree ("dossier_kind","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_user_uq" ON "council_members" USING btree ("council_id","user_id");--> statement-breakpoint
CREATE INDEX "council_members_user_idx" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "councils_convener_idx" ON "councils" USING btree ("convener_organisation_id");