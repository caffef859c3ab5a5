-- Keeps search_vocabulary filled with the folded words of every search document.
-- Statement triggers with transition tables: one insert per statement, so bulk imports stay fast.
CREATE OR REPLACE FUNCTION tb_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_vocabulary (word)
  SELECT DISTINCT w FROM changed_rows, unnest(tsvector_to_array(search_vector)) AS w
  WHERE length(w) BETWEEN 2 AND 40
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER offers_search_words_ins AFTER INSERT ON offers REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tb_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER offers_search_words_upd AFTER UPDATE ON offers REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tb_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER demands_search_words_ins AFTER INSERT ON demands REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tb_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER demands_search_words_upd AFTER UPDATE ON demands REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tb_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER experts_search_words_ins AFTER INSERT ON experts REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tb_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER experts_search_words_upd AFTER UPDATE ON experts REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tb_collect_search_words();
--> statement-breakpoint
INSERT INTO search_vocabulary (word)
SELECT DISTINCT w FROM (
  SELECT search_vector FROM offers UNION ALL SELECT search_vector FROM demands UNION ALL SELECT search_vector FROM experts
) d, unnest(tsvector_to_array(d.search_vector)) AS w
WHERE length(w) BETWEEN 2 AND 40
ON CONFLICT DO NOTHING;
