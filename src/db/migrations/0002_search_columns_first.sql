DROP INDEX "demands_field_codes_idx";--> statement-breakpoint
DROP INDEX "experts_field_codes_idx";--> statement-breakpoint
DROP INDEX "offers_field_codes_idx";--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "facet_key" text GENERATED ALWAYS AS (tb_facet_key(array[sector_code, province_code, country, language, min_trl::text]::text[], field_codes)) STORED;--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "filter_tokens" text[] GENERATED ALWAYS AS (tb_tokens('sector', array[sector_code]) || tb_tokens('vsic', vsic_sections) || tb_tokens('province', array[province_code]) || tb_tokens('country', array[country]) || tb_tokens('language', array[language]) || tb_tokens('trl', array[min_trl::text]) || tb_tokens('field', field_codes) || tb_tokens('form', preferred_transfer_forms)) STORED;--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "title_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, tb_fold(coalesce(title, '') || ' ' || coalesce(translated_title, '')))) STORED;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "facet_key" text GENERATED ALWAYS AS (tb_facet_key(array[province_code, country, language]::text[], field_codes)) STORED;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "filter_tokens" text[] GENERATED ALWAYS AS (tb_tokens('province', array[province_code]) || tb_tokens('country', array[country]) || tb_tokens('language', array[language]) || tb_tokens('field', field_codes)) STORED;--> statement-breakpoint
ALTER TABLE "experts" ADD COLUMN "title_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, tb_fold(coalesce(name, '') || ' ' || tb_words(keywords)))) STORED;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "facet_key" text GENERATED ALWAYS AS (tb_facet_key(array[sector_code, province_code, country, owner_type, language, trl::text]::text[], field_codes)) STORED;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "filter_tokens" text[] GENERATED ALWAYS AS (tb_tokens('sector', array[sector_code]) || tb_tokens('vsic', vsic_sections) || tb_tokens('province', array[province_code]) || tb_tokens('country', array[country]) || tb_tokens('ownerType', array[owner_type]) || tb_tokens('language', array[language]) || tb_tokens('trl', array[trl::text]) || tb_tokens('field', field_codes) || tb_tokens('form', transfer_forms)) STORED;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "title_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, tb_fold(coalesce(title, '') || ' ' || coalesce(translated_title, '')))) STORED;--> statement-breakpoint
CREATE INDEX "demands_title_vector_idx" ON "demands" USING gin ("title_vector");--> statement-breakpoint
CREATE INDEX "demands_filter_tokens_idx" ON "demands" USING gin ("filter_tokens");--> statement-breakpoint
CREATE INDEX "experts_title_vector_idx" ON "experts" USING gin ("title_vector");--> statement-breakpoint
CREATE INDEX "experts_filter_tokens_idx" ON "experts" USING gin ("filter_tokens");--> statement-breakpoint
CREATE INDEX "offers_title_vector_idx" ON "offers" USING gin ("title_vector");--> statement-breakpoint
CREATE INDEX "offers_filter_tokens_idx" ON "offers" USING gin ("filter_tokens");--> statement-breakpoint
-- PostgreSQL walks a row's columns in order to reach one, and a search reads its columns in thousands
-- of rows: rebuild the catalogue tables with those columns first (the order of the Drizzle schema).
-- Constraints, indexes, triggers and the foreign keys of other tables are recreated as they were.
CREATE FUNCTION tb_rebuild_with_columns_first(tbl text, first_columns text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old text := tbl || '_before_rebuild';
  definitions text;
  stored text;
  statements text[];
  statement text;
BEGIN
  EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, old);
  SELECT
    string_agg(format('%I %s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
      CASE WHEN a.attgenerated = 's' THEN format(' GENERATED ALWAYS AS (%s) STORED', pg_get_expr(d.adbin, d.adrelid))
           WHEN d.adbin IS NOT NULL THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
      CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END), ', '
      ORDER BY coalesce(array_position(first_columns, a.attname::text), 1000), a.attnum),
    string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '')
  INTO definitions, stored
  FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attrelid = old::regclass AND a.attnum > 0 AND NOT a.attisdropped;
  EXECUTE format('CREATE TABLE %I (%s)', tbl, definitions);
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I', tbl, stored, stored, old);
  -- What to recreate, read before the old table and everything hanging on it is dropped.
  SELECT array_agg(s ORDER BY o) INTO statements FROM (
    SELECT 1 AS o, format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, c.conname, pg_get_constraintdef(c.oid)) AS s
      FROM pg_constraint c WHERE c.conrelid = old::regclass AND c.contype IN ('p', 'u', 'c')
    UNION ALL
    SELECT 2, pg_get_indexdef(i.indexrelid) FROM pg_index i
      WHERE i.indrelid = old::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
    UNION ALL
    SELECT 3, format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, c.conname, pg_get_constraintdef(c.oid))
      FROM pg_constraint c WHERE c.conrelid = old::regclass AND c.contype = 'f'
    UNION ALL
    SELECT 4, format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
      FROM pg_constraint c WHERE c.confrelid = old::regclass AND c.conrelid <> old::regclass
    UNION ALL
    SELECT 5, pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE t.tgrelid = old::regclass AND NOT t.tgisinternal
  ) recreate;
  EXECUTE format('DROP TABLE %I CASCADE', old);
  FOREACH statement IN ARRAY statements LOOP
    EXECUTE replace(statement, old, tbl);
  END LOOP;
END $$;
--> statement-breakpoint
SELECT tb_rebuild_with_columns_first('offers', ARRAY['id', 'status', 'published_at', 'trl', 'facet_key', 'filter_tokens', 'title_vector', 'search_vector']);
--> statement-breakpoint
SELECT tb_rebuild_with_columns_first('demands', ARRAY['id', 'status', 'published_at', 'min_trl', 'facet_key', 'filter_tokens', 'title_vector', 'search_vector']);
--> statement-breakpoint
SELECT tb_rebuild_with_columns_first('experts', ARRAY['id', 'status', 'published_at', 'facet_key', 'filter_tokens', 'title_vector', 'search_vector']);
--> statement-breakpoint
DROP FUNCTION tb_rebuild_with_columns_first(text, text[]);
