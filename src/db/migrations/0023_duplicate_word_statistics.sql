-- The duplicate check fetches candidates by a record's rarest words, told rare by the planner's
-- statistics of the search documents (pg_stats.most_common_elems). At the default target ANALYZE
-- lists about 1,000 words, so in a catalogue of 100,000 records any word fewer than ~1,400 of them
-- hold looks equally rare; at 1,000 it lists up to 10,000, down to words a few dozen records hold.
ALTER TABLE "offers" ALTER COLUMN "search_vector" SET STATISTICS 1000;--> statement-breakpoint
ALTER TABLE "demands" ALTER COLUMN "search_vector" SET STATISTICS 1000;
