-- Search at a million records, counting. The search index also holds the publication week, so a search
-- counts a common word's matches among the newest records, intersected with the words and filters
-- inside the index (searchIndex in src/db/schema/catalogue.ts; src/server/modules/catalogue/search-counts.repository.ts).
DROP INDEX "demands_search_idx";--> statement-breakpoint
DROP INDEX "experts_search_idx";--> statement-breakpoint
DROP INDEX "offers_search_idx";--> statement-breakpoint
CREATE INDEX "demands_search_idx" ON "demands" USING gin ("search_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int]),"filter_tokens") WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "experts_search_idx" ON "experts" USING gin ("search_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int]),"filter_tokens") WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "offers_search_idx" ON "offers" USING gin ("search_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int]),"filter_tokens") WITH (gin_pending_list_limit=128);