import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AcceptanceBody,
  CallBody,
  CallList,
  Dashboard,
  DraftBody,
  DraftSaved,
  NewProposalBody,
  ProposerOptions,
  PublicSummary,
  PublicSummaryList,
  TaskDetail,
  TaskList,
  TransitionBody,
} from '../../shared/programmes/programmes.schemas.js';
import { api, apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type TaskDetailData = z.infer<typeof TaskDetail>;
export type CallData = z.infer<typeof CallList>['items'][number];
export type DashboardData = z.infer<typeof Dashboard>;
export type PublicSummaryData = z.infer<typeof PublicSummary>;
export type DraftInput = z.input<typeof DraftBody>;
export type Saved = z.infer<typeof DraftSaved>;
type Moved = { id: string; status: string; receiptNumber?: string | null; submittedAt?: string | null };

export const programmeKeys = {
  all: ['programmes'] as const,
  task: (id: string) => ['programmes', 'task', id] as const,
};

type CallPage = z.infer<typeof CallList>;
/** Programme calls, newest first, a page at a time, with the real total. */
export const useCalls = () => useCursorList<CallData, CallPage>(['programmes', 'calls'], '/api/programme-calls');
export const useProposerOptions = () =>
  useQuery({ queryKey: ['programmes', 'proposer-options'], queryFn: () => apiGet<z.infer<typeof ProposerOptions>>('/api/programme-tasks/proposer-options') });
type TaskPage = z.infer<typeof TaskList>;
/** Programme tasks the person may see, most recently changed first, a page at a time; `q` searches titles on the server. */
export const useTasks = (filters: { status?: string; mine?: string; q?: string }) =>
  useCursorList<TaskPage['items'][number], TaskPage>(['programmes', 'tasks'], '/api/programme-tasks', { ...filters, q: filters.q || undefined });
export const useTask = (id: string) => useQuery({ queryKey: programmeKeys.task(id), queryFn: () => apiGet<TaskDetailData>(`/api/programme-tasks/${id}`) });
export const useDashboard = (year: number) =>
  useQuery({ queryKey: ['programmes', 'dashboard', year], queryFn: () => apiGet<DashboardData>('/api/programme-dashboard', { year }) });
type SummaryPage = z.infer<typeof PublicSummaryList>;
/** Published results, latest first, a page at a time, with the real total. */
export const usePublicSummaries = () => useCursorList<SummaryPage['items'][number], SummaryPage>(['programmes', 'results', 'list'], '/api/programme-results');
export const usePublicSummary = (id: string) =>
  useQuery({ queryKey: ['programmes', 'results', id], queryFn: () => apiGet<PublicSummaryData>(`/api/programme-results/${id}`) });

/** Every programme write refreshes the programme's cached answers. */
function useProgrammeWrite<TBody, TAnswer>(write: (body: TBody) => Promise<TAnswer>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: programmeKeys.all }) });
}

export const useCreateCall = () => useProgrammeWrite((body: z.input<typeof CallBody>) => apiPost<{ id: string }>('/api/programme-calls', body));
export const useExtendCall = (id: string) =>
  useProgrammeWrite((body: { deadlineAt: string; reason: string }) => apiPost<CallData>(`/api/programme-calls/${id}/extensions`, body));
export const useCreateProposal = () => useProgrammeWrite((body: z.input<typeof NewProposalBody>) => apiPost<Saved>('/api/programme-tasks', body));
/** The autosave: not through the shared cache refresh (it runs as the person types). */
export const saveDraft = (id: string, body: DraftInput) => api<Saved>('PUT', `/api/programme-tasks/${id}/draft`, body);
export const useTransition = (id: string) =>
  useProgrammeWrite((body: z.input<typeof TransitionBody>) => apiPost<Moved>(`/api/programme-tasks/${id}/transitions`, body));
export const useAppraise = (id: string) =>
  useProgrammeWrite((body: { lines: Array<{ lineId: string; amountVnd: number; note?: string | null }> }) =>
    apiPost(`/api/programme-tasks/${id}/appraisal`, body),
  );
export const useFileReport = (id: string) =>
  useProgrammeWrite((body: { reportId: string; summary: string }) =>
    apiPost(`/api/programme-tasks/${id}/reports/${body.reportId}/filing`, { summary: body.summary }),
  );
export const useInspect = (id: string) =>
  useProgrammeWrite((body: { inspectedOn: string; findings: string; actionDeadline?: string | null }) =>
    apiPost(`/api/programme-tasks/${id}/inspections`, body),
  );
export const useAccept = (id: string) =>
  useProgrammeWrite((body: z.input<typeof AcceptanceBody>) => apiPost<{ rating: string }>(`/api/programme-tasks/${id}/acceptance`, body));
export const useCloseTask = (id: string) => useProgrammeWrite((body: { publicSummary: string }) => apiPost(`/api/programme-tasks/${id}/closing`, body));
export const usePublishOffers = (id: string) =>
  useProgrammeWrite((body: { productIds: string[] }) =>
    apiPost<{ offers: Array<{ offerId: string; status: string }> }>(`/api/programme-tasks/${id}/offers`, body),
  );
