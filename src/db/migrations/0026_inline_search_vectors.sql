-- A catalogue record's search vector (about 1.3 KB for an offer) stays in its row instead of
-- TOAST: the phrase recheck and ts_rank read it for every match, and out of line each read cost a
-- TOAST index probe and two more pages (the matcher's candidate query at 100,000 offers: 25–35 ms
-- before, 20–21 ms after). Rows are moved out of line only above about 4 KB now. Rows written
-- before this migration move into their row when next written.
ALTER TABLE "offers" SET (toast_tuple_target = 4080);--> statement-breakpoint
ALTER TABLE "demands" SET (toast_tuple_target = 4080);--> statement-breakpoint
ALTER TABLE "experts" SET (toast_tuple_target = 4080);
