ALTER TABLE "assessments" ADD COLUMN "figures" jsonb;--> statement-breakpoint
-- The figures of scores already stored (what dashboards read), as scoreFigures() writes them.
UPDATE "assessments" SET "figures" = jsonb_build_object(
  'provisional', "score"->'provisional', 'total', "score"->'total', 'coefficient', "score"->'coefficient',
  'level', jsonb_build_object('code', "score"->'level'->'code'),
  'groups', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', g->'code', 'points', g->'points', 'share', g->'share', 'excluded', g->'excluded')), '[]'::jsonb) FROM jsonb_array_elements("score"->'groups') g),
  'criteria', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', c->'code', 'share', c->'share')), '[]'::jsonb) FROM jsonb_array_elements("score"->'criteria') c)
) WHERE "score" IS NOT NULL;
