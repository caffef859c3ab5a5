CREATE TABLE "account_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"unlock_token_hash" text,
	CONSTRAINT "account_throttles_unlock_token_hash_unique" UNIQUE("unlock_token_hash")
);
