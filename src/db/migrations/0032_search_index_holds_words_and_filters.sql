DROP INDEX "demands_search_vector_idx";--> statement-breakpoint
DROP INDEX "demands_filter_tokens_idx";--> statement-breakpoint
DROP INDEX "experts_search_vector_idx";--> statement-breakpoint
DROP INDEX "experts_filter_tokens_idx";--> statement-breakpoint
DROP INDEX "offers_search_vector_idx";--> statement-breakpoint
DROP INDEX "offers_filter_tokens_idx";--> statement-breakpoint
CREATE INDEX "demands_search_idx" ON "demands" USING gin ("search_vector","filter_tokens") WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "experts_search_idx" ON "experts" USING gin ("search_vector","filter_tokens") WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "offers_search_idx" ON "offers" USING gin ("search_vector","filter_tokens") WITH (gin_pending_list_limit=128);