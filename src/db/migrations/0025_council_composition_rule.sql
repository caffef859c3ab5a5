-- Councils formed before rules were kept take their kind's rule as it is now: the one agency staff stored, else the default of the law.
ALTER TABLE "councils" ADD COLUMN "composition_rule" jsonb;--> statement-breakpoint
UPDATE "councils" SET "composition_rule" = coalesce(
  (SELECT r."rule" FROM "council_rules" r WHERE r."kind" = "councils"."kind"),
  CASE "councils"."kind"
    WHEN 'identification' THEN '{"scorerCounts":[7,9],"chairs":{"min":1,"max":1},"viceChairs":{"min":1,"max":2},"secretaries":{"min":1,"max":1},"secretaryScores":false,"minExternal":3,"proposerMayServe":false,"quorum":{"share":0.6666666666666666,"minScorers":4,"presidingRequired":true}}'::jsonb
    WHEN 'selection' THEN '{"scorerCounts":[7,9],"chairs":{"min":1,"max":1},"viceChairs":{"min":1,"max":2},"secretaries":{"min":1,"max":1},"secretaryScores":false,"minExternal":3,"proposerMayServe":false,"quorum":{"share":0.6666666666666666,"minScorers":4,"presidingRequired":true}}'::jsonb
    WHEN 'appraisal' THEN '{"scorerCounts":[5,7],"chairs":{"min":1,"max":1},"viceChairs":{"min":1,"max":2},"secretaries":{"min":1,"max":1},"secretaryScores":false,"minExternal":2,"proposerMayServe":false,"quorum":{"share":0.6666666666666666,"minScorers":4,"presidingRequired":true}}'::jsonb
    WHEN 'acceptance' THEN '{"scorerCounts":[7,9],"chairs":{"min":1,"max":1},"viceChairs":{"min":1,"max":2},"secretaries":{"min":1,"max":1},"secretaryScores":false,"minExternal":3,"proposerMayServe":false,"quorum":{"share":0.6666666666666666,"minScorers":4,"presidingRequired":true}}'::jsonb
    WHEN 'award-provincial' THEN '{"scorerCounts":[5,6,7,8,9],"chairs":{"min":1,"max":1},"viceChairs":{"min":1,"max":2},"secretaries":{"min":1,"max":1},"secretaryScores":false,"minExternal":2,"proposerMayServe":false,"quorum":{"share":0.6666666666666666,"minScorers":4,"presidingRequired":true}}'::jsonb
    WHEN 'award-ministry' THEN '{"scorerCounts":[7,8,9,10,11],"chairs":{"min":1,"max":1},"viceChairs":{"min":1,"max":2},"secretaries":{"min":1,"max":1},"secretaryScores":false,"minExternal":3,"proposerMayServe":false,"quorum":{"share":0.6666666666666666,"minScorers":4,"presidingRequired":true}}'::jsonb
  END);--> statement-breakpoint
ALTER TABLE "councils" ALTER COLUMN "composition_rule" SET NOT NULL;
