DROP INDEX "search_vocabulary_word_prefix_idx";--> statement-breakpoint
CREATE INDEX "search_vocabulary_word_prefix_idx" ON "search_vocabulary" USING btree ("word" collate "C");