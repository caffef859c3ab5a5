import type { Assessment, Campaign, MethodologyView } from '../../../api/assessment.js';
import { apiGet } from '../../../api/client.js';
import { changesWaiting } from './field-queue.js';
import { getDraft, putDraft, putPack } from './field-store.js';
import type { FieldAnswer } from './field-types.js';
import { refreshWaiting } from './field-sync.js';

/** The server's answers as the device keeps them: sent, each based on its own save time. */
function keptAnswers(answers: Assessment['answers']): Record<string, FieldAnswer> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => [
      id,
      { status: a.status, value: a.value, evidence: a.evidence ?? null, baseUpdatedAt: a.updatedAt, pending: false },
    ]),
  );
}

/**
 * Keeps a campaign on the device: its methodology version (the form), its target enterprises and the
 * assessments already being filled in. A draft on the device with changes not yet sent is left as it
 * is (the server's newer answers show up as conflicts when they are sent); one with none is refreshed.
 */
export async function downloadCampaign(campaign: Campaign) {
  const { methodology } = await apiGet<MethodologyView>(`/api/assessment-methodologies/${encodeURIComponent(campaign.methodologyId)}`);
  const targets = campaign.targets.map(({ organisationId, name, provinceCode, assessmentId }) => ({ organisationId, name, provinceCode, assessmentId }));
  for (const target of campaign.targets) {
    if (!target.assessmentId || target.stage !== 'started') continue;
    const local = await getDraft(target.assessmentId);
    if (local && changesWaiting([local], []) > 0) continue;
    const assessment = await apiGet<Assessment>(`/api/assessments/${target.assessmentId}`);
    if (!assessment.canEdit) continue;
    await putDraft({
      id: assessment.id,
      campaignId: campaign.id,
      organisationId: target.organisationId,
      organisationName: target.name,
      methodologyId: assessment.methodologyId,
      vsicDivision: assessment.vsicDivision,
      onServer: true,
      answers: keptAnswers(assessment.answers),
    });
  }
  await putPack({
    campaignId: campaign.id,
    name: campaign.name,
    methodology,
    vsicDivision: campaign.vsicDivision,
    targets,
    downloadedAt: new Date().toISOString(),
  });
  await refreshWaiting();
}
