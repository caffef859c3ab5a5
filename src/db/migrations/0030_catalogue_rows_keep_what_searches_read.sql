-- A catalogue record's row keeps what a search or a match reads for every matching record (status,
-- search and title vectors, facet key, filter tokens, and the codes the matcher compares); its long
-- texts (description, summaries, contacts…) move to TOAST, read only for the page of results shown.
-- Rows were about 2.7 KB, so an offers table of 100,000 (286 MB) did not fit PostgreSQL's default
-- 128 MB of shared buffers and a match's heap scan read a third of its pages from the operating
-- system; now about 2 KB (200 MB). MAIN keeps a column in its row unless the row would exceed a
-- page; toast_tuple_target moves the others out once a row passes PostgreSQL's 2 KB threshold.
-- Replaces 0026's 4080, which kept long texts in the row too. Rows written before this migration
-- change layout when next written (or all at once with VACUUM FULL).
ALTER TABLE "offers" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "offers"
  ALTER COLUMN "status" SET STORAGE MAIN,
  ALTER COLUMN "search_vector" SET STORAGE MAIN,
  ALTER COLUMN "title_vector" SET STORAGE MAIN,
  ALTER COLUMN "facet_key" SET STORAGE MAIN,
  ALTER COLUMN "filter_tokens" SET STORAGE MAIN,
  ALTER COLUMN "language" SET STORAGE MAIN,
  ALTER COLUMN "country" SET STORAGE MAIN,
  ALTER COLUMN "sector_code" SET STORAGE MAIN,
  ALTER COLUMN "vsic_sections" SET STORAGE MAIN,
  ALTER COLUMN "field_codes" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "demands" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "demands"
  ALTER COLUMN "status" SET STORAGE MAIN,
  ALTER COLUMN "search_vector" SET STORAGE MAIN,
  ALTER COLUMN "title_vector" SET STORAGE MAIN,
  ALTER COLUMN "facet_key" SET STORAGE MAIN,
  ALTER COLUMN "filter_tokens" SET STORAGE MAIN,
  ALTER COLUMN "language" SET STORAGE MAIN,
  ALTER COLUMN "country" SET STORAGE MAIN,
  ALTER COLUMN "sector_code" SET STORAGE MAIN,
  ALTER COLUMN "vsic_sections" SET STORAGE MAIN,
  ALTER COLUMN "field_codes" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "experts" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "experts"
  ALTER COLUMN "status" SET STORAGE MAIN,
  ALTER COLUMN "search_vector" SET STORAGE MAIN,
  ALTER COLUMN "title_vector" SET STORAGE MAIN,
  ALTER COLUMN "facet_key" SET STORAGE MAIN,
  ALTER COLUMN "filter_tokens" SET STORAGE MAIN,
  ALTER COLUMN "language" SET STORAGE MAIN,
  ALTER COLUMN "country" SET STORAGE MAIN,
  ALTER COLUMN "field_codes" SET STORAGE MAIN;
