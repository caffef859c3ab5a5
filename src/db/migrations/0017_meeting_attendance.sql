ALTER TABLE "event_meetings" ADD COLUMN "attendance" text;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD COLUMN "attendance_marked_by" text;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD COLUMN "attendance_marked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "event_meetings" ADD CONSTRAINT "event_meetings_attendance_marked_by_users_id_fk" FOREIGN KEY ("attendance_marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;