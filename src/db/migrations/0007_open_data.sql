CREATE TABLE "open_data_files" (
	"name" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"records" integer NOT NULL,
	"bytes" integer NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "open_data_rate_windows" (
	"client" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "open_data_rate_windows_client_window_start_pk" PRIMARY KEY("client","window_start")
);
