// The assessment module's weaknesses section imports the demand's matches from here; its page is being changed on another
// branch, so the path stays until that branch imports from record/kinds/ (then this file goes).
export { DemandMatchesSection } from '../record/kinds/demand-matches-section.js';
