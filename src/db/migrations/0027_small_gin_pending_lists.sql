-- Storage only: no index is rebuilt. Each catalogue GIN index keeps a pending list of at most 128 kB
-- (PostgreSQL's default is 4 MB), which every search reads in full until it is merged into the index;
-- see searchIndexStorage in src/db/schema/catalogue.ts. A list already longer is merged by the next insert or vacuum.
ALTER INDEX "demands_search_vector_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "demands_title_vector_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "demands_filter_tokens_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "experts_search_vector_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "experts_title_vector_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "experts_filter_tokens_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "offers_search_vector_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "offers_title_vector_idx" SET (gin_pending_list_limit = 128);--> statement-breakpoint
ALTER INDEX "offers_filter_tokens_idx" SET (gin_pending_list_limit = 128);
