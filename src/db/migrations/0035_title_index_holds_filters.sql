DROP INDEX "demands_title_vector_idx";--> statement-breakpoint
DROP INDEX "experts_title_vector_idx";--> statement-breakpoint
DROP INDEX "offers_title_vector_idx";--> statement-breakpoint
CREATE INDEX "demands_title_idx" ON "demands" USING gin ("title_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int]),"filter_tokens") WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "experts_title_idx" ON "experts" USING gin ("title_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int]),"filter_tokens") WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "offers_title_idx" ON "offers" USING gin ("title_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int]),"filter_tokens") WITH (gin_pending_list_limit=128);