CREATE INDEX "demands_newest_idx" ON "demands" USING btree ("published_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "experts_newest_idx" ON "experts" USING btree ("published_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "offers_newest_idx" ON "offers" USING btree ("published_at" DESC NULLS LAST,"id");