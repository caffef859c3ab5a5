-- Search at a million records. A title index also holds the publication week, so a search for the
-- newest title matches reads a recent window of the catalogue, intersected with the words inside the
-- index (titleIndex in src/db/schema/catalogue.ts). The vocabulary gains a prefix index: a typed
-- prefix is searched as the words it stands for (src/server/modules/catalogue/prefix-words.repository.ts).
DROP INDEX "demands_title_vector_idx";--> statement-breakpoint
DROP INDEX "experts_title_vector_idx";--> statement-breakpoint
DROP INDEX "offers_title_vector_idx";--> statement-breakpoint
CREATE INDEX "search_vocabulary_word_prefix_idx" ON "search_vocabulary" USING btree ("word" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "demands_title_vector_idx" ON "demands" USING gin ("title_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int])) WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "experts_title_vector_idx" ON "experts" USING gin ("title_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int])) WITH (gin_pending_list_limit=128);--> statement-breakpoint
CREATE INDEX "offers_title_vector_idx" ON "offers" USING gin ("title_vector",(array[floor(extract(epoch from ("published_at" at time zone 'UTC')) / 604800)::int])) WITH (gin_pending_list_limit=128);