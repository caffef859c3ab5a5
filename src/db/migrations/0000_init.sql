CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limits_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "sessions_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"role" text DEFAULT 'user' NOT NULL,
	"locale" text DEFAULT 'vi' NOT NULL,
	"phone" text,
	"title" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connection_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"host_organisation_id" uuid NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"provinces" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"opened_on" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"token" text NOT NULL,
	"invited_by" text,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitations_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"message" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"short_name" text,
	"tax_code" text,
	"country" text DEFAULT 'VN' NOT NULL,
	"province_code" text,
	"legacy_province_code" text,
	"vsic_sections" text[] DEFAULT '{}'::text[] NOT NULL,
	"covered_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"size" text,
	"address" text,
	"website" text,
	"email" text,
	"phone" text,
	"description" text,
	"verified" boolean DEFAULT false NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legacy_provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"region" text NOT NULL,
	"merged_into" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"short_name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"formed_from" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_items" (
	"category" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL,
	"parent_code" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_items_category_code_pk" PRIMARY KEY("category","code")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"actor_email" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"organisation_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"kind" text NOT NULL,
	"status" text DEFAULT 'kept' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumbnail_key" text,
	"confidential" boolean DEFAULT false NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"moderated_by" text,
	"province_code" text,
	"legacy_province_code" text,
	"country" text DEFAULT 'VN' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"language" text DEFAULT 'vi' NOT NULL,
	"title" text NOT NULL,
	"translated_title" text,
	"public_summary" text,
	"confidential_details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"sector_code" text,
	"vsic_sections" text[] DEFAULT '{}'::text[] NOT NULL,
	"field_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_trl" integer,
	"budget_min_vnd" bigint,
	"budget_max_vnd" bigint,
	"deadline" date,
	"preferred_transfer_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"seek_abroad" boolean DEFAULT false NOT NULL,
	"target_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"owner_organisation_id" uuid,
	"owner_name" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"valid_until" date,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(title, '') || ' ' || coalesce(translated_title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(public_summary, '') || ' ' || tb_words(keywords))), 'B')) STORED
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"moderated_by" text,
	"province_code" text,
	"legacy_province_code" text,
	"country" text DEFAULT 'VN' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"language" text DEFAULT 'vi' NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"owner_organisation_id" uuid,
	"affiliation_name" text,
	"user_id" text,
	"field_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"bio" text,
	"email" text,
	"phone" text,
	"valid_until" date,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(name, '') || ' ' || tb_words(keywords))), 'A') || setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(affiliation_name, '') || ' ' || tb_words(services))), 'B') || setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(bio, ''))), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"moderated_by" text,
	"province_code" text,
	"legacy_province_code" text,
	"country" text DEFAULT 'VN' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"language" text DEFAULT 'vi' NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"description" text,
	"translated_title" text,
	"translated_summary" text,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"sector_code" text,
	"vsic_sections" text[] DEFAULT '{}'::text[] NOT NULL,
	"field_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"trl" integer,
	"ip_status" text,
	"ip_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"transfer_rights" text[] DEFAULT '{}'::text[] NOT NULL,
	"transfer_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"transfer_modes" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_vnd" bigint,
	"owner_organisation_id" uuid,
	"owner_type" text,
	"owner_name" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"valid_from" date,
	"valid_until" date,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(title, '') || ' ' || coalesce(translated_title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(summary, '') || ' ' || coalesce(translated_summary, '') || ' ' || tb_words(keywords))), 'B') || setweight(to_tsvector('simple'::regconfig, tb_fold(coalesce(description, ''))), 'C')) STORED
);
--> statement-breakpoint
CREATE TABLE "search_vocabulary" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vi" text NOT NULL,
	"en" text NOT NULL,
	"sector" text,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"offer_id" uuid,
	"expert_id" uuid,
	"score" integer NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"demand_side_notified_at" timestamp with time zone,
	"supply_side_notified_at" timestamp with time zone,
	"demand_side_dismissed_at" timestamp with time zone,
	"demand_side_dismissed_by" text,
	"supply_side_dismissed_at" timestamp with time zone,
	"supply_side_dismissed_by" text
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"in_app" boolean DEFAULT true NOT NULL,
	"email" boolean DEFAULT true NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid,
	"event_id" uuid,
	"centre_organisation_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"parties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"value_vnd" bigint,
	"signed_on" date NOT NULL,
	"transfer_right" text,
	"transfer_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"transfer_modes" text[] DEFAULT '{}'::text[] NOT NULL,
	"checklist" text[] DEFAULT '{}'::text[] NOT NULL,
	"province_code" text,
	"legacy_province_code" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connection_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connection_stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text,
	"actor_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid,
	"offer_id" uuid,
	"seeker_organisation_id" uuid,
	"supplier_organisation_id" uuid,
	"seeker_name" text,
	"supplier_name" text,
	"channel" text NOT NULL,
	"origin" text NOT NULL,
	"requested_by" text DEFAULT 'seeker' NOT NULL,
	"partner_country" text,
	"sector_code" text,
	"field_code" text,
	"connection_point_id" uuid,
	"broker_id" text,
	"event_id" uuid,
	"province_code" text,
	"legacy_province_code" text,
	"stage" text DEFAULT 'proposed' NOT NULL,
	"resume_stage" text,
	"opened_on" date NOT NULL,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demand_foreign_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"rep_office_organisation_id" uuid,
	"note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"province_code" text,
	"legacy_province_code" text,
	"venue" text,
	"organiser_organisation_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connection_rollup" (
	"year" integer NOT NULL,
	"province_code" text NOT NULL,
	"legacy_province_code" text NOT NULL,
	"channel" text NOT NULL,
	"partner_country" text NOT NULL,
	"sector_code" text NOT NULL,
	"stage" text NOT NULL,
	"resume_stage" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "connection_rollup_year_province_code_legacy_province_code_channel_partner_country_sector_code_stage_resume_stage_pk" PRIMARY KEY("year","province_code","legacy_province_code","channel","partner_country","sector_code","stage","resume_stage")
);
--> statement-breakpoint
CREATE TABLE "connection_seeker_years" (
	"year" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"legacy_province_code" text NOT NULL,
	CONSTRAINT "connection_seeker_years_year_organisation_id_pk" PRIMARY KEY("year","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_provinces" ADD CONSTRAINT "legacy_provinces_merged_into_provinces_code_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_demand_side_dismissed_by_users_id_fk" FOREIGN KEY ("demand_side_dismissed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_supply_side_dismissed_by_users_id_fk" FOREIGN KEY ("supply_side_dismissed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_centre_organisation_id_organisations_id_fk" FOREIGN KEY ("centre_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_messages" ADD CONSTRAINT "connection_messages_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_messages" ADD CONSTRAINT "connection_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_stage_events" ADD CONSTRAINT "connection_stage_events_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_stage_events" ADD CONSTRAINT "connection_stage_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_seeker_organisation_id_organisations_id_fk" FOREIGN KEY ("seeker_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_supplier_organisation_id_organisations_id_fk" FOREIGN KEY ("supplier_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_connection_point_id_connection_points_id_fk" FOREIGN KEY ("connection_point_id") REFERENCES "public"."connection_points"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_broker_id_users_id_fk" FOREIGN KEY ("broker_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_foreign_offers" ADD CONSTRAINT "demand_foreign_offers_demand_id_demands_id_fk" FOREIGN KEY ("demand_id") REFERENCES "public"."demands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_foreign_offers" ADD CONSTRAINT "demand_foreign_offers_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_foreign_offers" ADD CONSTRAINT "demand_foreign_offers_rep_office_organisation_id_organisations_id_fk" FOREIGN KEY ("rep_office_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demand_foreign_offers" ADD CONSTRAINT "demand_foreign_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organiser_organisation_id_organisations_id_fk" FOREIGN KEY ("organiser_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "verifications_identifier_idx" ON "verifications" USING btree ("identifier");--> statement-breakpoint
CREATE INDEX "connection_points_host_idx" ON "connection_points" USING btree ("host_organisation_id");--> statement-breakpoint
CREATE INDEX "invitations_org_idx" ON "invitations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_user_uq" ON "memberships" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_tax_code_uq" ON "organisations" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "organisations_province_idx" ON "organisations" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin (tb_fold("name_vi") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_en_trgm_idx" ON "organisations" USING gin (tb_fold("name_en") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_idx" ON "organisations" USING btree ("name_vi","id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "jobs_queue_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_to_idx" ON "mail_outbox" USING btree ("to");--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "demands_external_id_uq" ON "demands" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "demands_status_published_idx" ON "demands" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "demands_owner_idx" ON "demands" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "demands_province_idx" ON "demands" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "demands_valid_until_idx" ON "demands" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "demands_field_codes_idx" ON "demands" USING gin ("field_codes");--> statement-breakpoint
CREATE INDEX "demands_search_vector_idx" ON "demands" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "experts_external_id_uq" ON "experts" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "experts_status_published_idx" ON "experts" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "experts_owner_idx" ON "experts" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "experts_province_idx" ON "experts" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "experts_field_codes_idx" ON "experts" USING gin ("field_codes");--> statement-breakpoint
CREATE INDEX "experts_search_vector_idx" ON "experts" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "offers_external_id_uq" ON "offers" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "offers_status_published_idx" ON "offers" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "offers_owner_idx" ON "offers" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "offers_province_idx" ON "offers" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "offers_valid_until_idx" ON "offers" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "offers_field_codes_idx" ON "offers" USING gin ("field_codes");--> statement-breakpoint
CREATE INDEX "offers_search_vector_idx" ON "offers" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_vocabulary_word_trgm_idx" ON "search_vocabulary" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "glossary_terms_vi_idx" ON "glossary_terms" USING btree ("vi");--> statement-breakpoint
CREATE INDEX "glossary_terms_en_idx" ON "glossary_terms" USING btree ("en");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_demand_offer_uq" ON "matches" USING btree ("demand_id","offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_demand_expert_uq" ON "matches" USING btree ("demand_id","expert_id");--> statement-breakpoint
CREATE INDEX "matches_offer_idx" ON "matches" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "matches_expert_idx" ON "matches" USING btree ("expert_id");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "agreements_signed_idx" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "agreements_connection_idx" ON "agreements" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "agreements_event_idx" ON "agreements" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "connection_messages_connection_idx" ON "connection_messages" USING btree ("connection_id","created_at");--> statement-breakpoint
CREATE INDEX "connection_stage_events_connection_idx" ON "connection_stage_events" USING btree ("connection_id");--> statement-breakpoint
CREATE INDEX "connections_opened_idx" ON "connections" USING btree ("opened_on");--> statement-breakpoint
CREATE INDEX "connections_province_opened_idx" ON "connections" USING btree ("province_code","opened_on");--> statement-breakpoint
CREATE INDEX "connections_stage_activity_idx" ON "connections" USING btree ("stage","last_activity_at");--> statement-breakpoint
CREATE INDEX "connections_demand_idx" ON "connections" USING btree ("demand_id");--> statement-breakpoint
CREATE INDEX "connections_offer_idx" ON "connections" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "connections_seeker_idx" ON "connections" USING btree ("seeker_organisation_id");--> statement-breakpoint
CREATE INDEX "connections_supplier_idx" ON "connections" USING btree ("supplier_organisation_id");--> statement-breakpoint
CREATE INDEX "demand_foreign_offers_demand_idx" ON "demand_foreign_offers" USING btree ("demand_id");--> statement-breakpoint
CREATE UNIQUE INDEX "demand_foreign_offers_pair_uq" ON "demand_foreign_offers" USING btree ("demand_id","offer_id");