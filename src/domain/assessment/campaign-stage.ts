/** How far an invited enterprise has got in a campaign, from its latest assessment's status (none: only invited). */
export type CampaignStage = 'invited' | 'started' | 'submitted' | 'verified';

export function campaignStage(status: string | null): CampaignStage {
  if (status === 'approved') return 'verified';
  if (status === 'submitted') return 'submitted';
  return status ? 'started' : 'invited';
}

/** An enterprise still to be reminded: it has not submitted (a returned assessment is back in its hands). */
export const awaitsSubmission = (status: string | null) => {
  const stage = campaignStage(status);
  return stage === 'invited' || stage === 'started';
};
