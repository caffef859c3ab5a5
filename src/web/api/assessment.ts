import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AssessmentChange } from '../../domain/assessment/compare-assessments.js';
import type { SectorComparison } from '../../domain/assessment/compare-to-sector.js';
import type { Methodology } from '../../domain/assessment/methodology-types.js';
import type { AssessmentScore } from '../../domain/assessment/score-assessment.js';
import type { SectorStatistics } from '../../domain/assessment/sector-statistics.js';
import type { Weakness } from '../../domain/assessment/weaknesses.js';
import type {
  AnswersSave,
  AssessmentDashboard,
  AssessmentDetail,
  AssessmentList,
  AssessmentReport,
  AssessmentStart,
  CampaignCreate,
  CampaignDetail as CampaignDetailSchema,
  CampaignList as CampaignListSchema,
  EligibleOrganisations,
  MethodologyDetail,
  MethodologyList,
} from '../../shared/assessment/assessment.schemas.js';
import { apiGet, apiPost, api, withQuery } from './client.js';
import { useCursorList } from './cursor-list.js';

export type MethodologyView = Omit<z.infer<typeof MethodologyDetail>, 'methodology'> & { methodology: Methodology };
export type Assessment = z.infer<typeof AssessmentDetail>;
export type AssessmentSummary = z.infer<typeof AssessmentList>['items'][number];
export type AnswerItem = z.input<typeof AnswersSave>['answers'][number];
/** The report with the domain's own types for the parts the schema passes through whole. */
export type Report = Omit<z.infer<typeof AssessmentReport>, 'score' | 'sector' | 'comparison' | 'weaknesses' | 'previous'> & {
  score: AssessmentScore;
  sector: SectorStatistics;
  comparison: SectorComparison;
  weaknesses: Weakness[];
  previous: { id: string; reviewedAt: string | null; change: AssessmentChange } | null;
};

const keys = {
  methodologies: ['assessment', 'methodologies'] as const,
  methodology: (id: string) => ['assessment', 'methodology', id] as const,
  list: ['assessment', 'list'] as const,
  one: (id: string) => ['assessment', 'one', id] as const,
  report: (id: string) => ['assessment', 'report', id] as const,
};

type MethodologyPage = z.infer<typeof MethodologyList>;
/** Every methodology version, a page at a time with the real total (the methodologies page). */
export const useMethodologyPages = () =>
  useCursorList<MethodologyPage['items'][number], MethodologyPage>([...keys.methodologies, 'pages'], '/api/assessment-methodologies');
/** The first 100 versions, by code and newest first, for a picker (a version a year would take a century to pass it). */
export const useMethodologies = () =>
  useQuery({ queryKey: [...keys.methodologies, 'picker'], queryFn: () => apiGet<MethodologyPage>('/api/assessment-methodologies', { limit: 100 }) });

export const useMethodology = (id: string) =>
  useQuery({
    queryKey: keys.methodology(id),
    queryFn: () => apiGet<MethodologyView>(`/api/assessment-methodologies/${id}`),
    staleTime: Infinity,
    enabled: id !== '',
  });

/** The assessments the caller may see, a page at a time ("Xem thêm"). */
export const useAssessments = () => useCursorList<AssessmentSummary>(keys.list, '/api/assessments', { limit: 20 });

export type DashboardFilters = { methodologyCode: string; vsicDivision: string | null; provinceCode: string | null; campaignId: string | null };
const dashboardQuery = (f: DashboardFilters) => ({
  methodologyCode: f.methodologyCode,
  vsicDivision: f.vsicDivision,
  provinceCode: f.provinceCode,
  campaignId: f.campaignId,
});

/** The dashboard of verified assessments in the caller's provinces (staff and the agency). */
export const useAssessmentDashboard = (filters: DashboardFilters, enabled: boolean) =>
  useQuery({
    queryKey: ['assessment', 'dashboard', filters],
    queryFn: () => apiGet<AssessmentDashboard>('/api/assessment-dashboard', dashboardQuery(filters)),
    placeholderData: keepPreviousData,
    enabled,
  });

export const assessmentDashboardWorkbookUrl = (filters: DashboardFilters) => withQuery('/api/assessment-dashboard.xlsx', dashboardQuery(filters));

export const useEligibleOrganisations = (q: string) =>
  useQuery({
    queryKey: ['assessment', 'eligible', q],
    queryFn: () => apiGet<z.infer<typeof EligibleOrganisations>>('/api/assessments/eligible-organisations', { q: q || undefined, limit: 50 }),
  });

export const useAssessment = (id: string) => useQuery({ queryKey: keys.one(id), queryFn: () => apiGet<Assessment>(`/api/assessments/${id}`) });

export const useAssessmentReport = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.report(id), queryFn: () => apiGet<Report>(`/api/assessments/${id}/report`), enabled });

export function useStartAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentStart) => apiPost<{ id: string }>('/api/assessments', body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.list });
      // An invitation is answered once its assessment starts.
      await client.invalidateQueries({ queryKey: ['assessment', 'campaigns'] });
    },
  });
}

/** Every write on one assessment answers the assessment: put it in the cache, and refresh the list and report. */
function useAssessmentWrite<B>(id: string, call: (body: B) => Promise<Assessment>, scope?: { id: string }) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    scope,
    onSuccess: async (assessment) => {
      client.setQueryData(keys.one(id), assessment);
      await client.invalidateQueries({ queryKey: keys.list });
      await client.invalidateQueries({ queryKey: keys.report(id) });
    },
  });
}

/**
 * Saves answers as one goes, each based on the answer the page last had from the server (read when the
 * save runs, after the one before it: saves of one assessment go one at a time), so that a question
 * someone else saved meanwhile answers 409 with theirs instead of being overwritten. An item that
 * names its own base (keeping one's answer over theirs) is sent with it.
 */
export function useSaveAnswers(id: string, methodologyId: string) {
  const client = useQueryClient();
  return useAssessmentWrite(
    id,
    (answers: AnswerItem[]) => {
      const held = client.getQueryData<Assessment>(keys.one(id))?.answers ?? {};
      const based = answers.map((a) => ({ ...a, baseUpdatedAt: a.baseUpdatedAt !== undefined ? a.baseUpdatedAt : (held[a.questionId]?.updatedAt ?? null) }));
      return api<Assessment>('PUT', `/api/assessments/${id}/answers`, { methodologyId, answers: based });
    },
    { id: `assessment-answers-${id}` },
  );
}

/** Reads the assessment again from the server (after a conflict, to show what others saved). */
export function useRefreshAssessment(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.one(id) });
}
export const useSubmitAssessment = (id: string) => useAssessmentWrite(id, () => apiPost<Assessment>(`/api/assessments/${id}/submit`));
export const useReturnAssessment = (id: string) =>
  useAssessmentWrite(id, (comment: string) => apiPost<Assessment>(`/api/assessments/${id}/return`, { comment }));
export const useApproveAssessment = (id: string) =>
  useAssessmentWrite(id, (comment: string | null) => apiPost<Assessment>(`/api/assessments/${id}/approve`, { comment }));

export const useDraftDemand = (id: string) =>
  useMutation({ mutationFn: (criterion: string) => apiPost<{ demandId: string }>(`/api/assessments/${id}/demands`, { criterion }) });

export type CampaignList = z.infer<typeof CampaignListSchema>;
export type Campaign = z.infer<typeof CampaignDetailSchema>;

/** Whether the caller runs campaigns, and their own open invitations (the first page's list-level fields). */
export const useCampaigns = () =>
  useQuery({ queryKey: ['assessment', 'campaigns', 'first'], queryFn: () => apiGet<CampaignList>('/api/assessment-campaigns') });
/** The campaigns of the caller's provinces, newest first, a page at a time, with the real total. */
export const useCampaignPages = () =>
  useCursorList<CampaignList['items'][number], CampaignList>(['assessment', 'campaigns', 'pages'], '/api/assessment-campaigns');

export const useCampaign = (id: string) =>
  useQuery({ queryKey: ['assessment', 'campaign', id], queryFn: () => apiGet<Campaign>(`/api/assessment-campaigns/${id}`) });

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCreate) => apiPost<{ id: string }>('/api/assessment-campaigns', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assessment', 'campaigns'] }),
  });
}

export function usePublishMethodology() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: Record<string, unknown>) => apiPost<{ id: string }>('/api/assessment-methodologies', { document }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.methodologies }),
  });
}
