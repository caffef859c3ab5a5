import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AwardRoundBody,
  CompositionRuleBody,
  CompositionRuleView,
  AwardRoundDetail,
  AwardRoundList,
  CouncilBody,
  CouncilDetail,
  CouncilList,
  CouncilOptions,
  CouncilRules,
  CouncilRulesBody,
  DossierDetail,
  EligibleList,
  Honourees,
  Minutes,
  NominationDetail,
  RankingResult,
  Verification,
} from '../../shared/councils/councils.schemas.js';
import { api, apiGet, apiPost } from './client.js';
import { useCursorList } from './cursor-list.js';

export type CouncilDetailData = z.infer<typeof CouncilDetail>;
export type DossierDetailData = z.infer<typeof DossierDetail>;
export type CouncilOptionsData = z.infer<typeof CouncilOptions>;
export type MinutesData = z.infer<typeof Minutes>;
export type AwardRoundDetailData = z.infer<typeof AwardRoundDetail>;
export type NominationDetailData = z.infer<typeof NominationDetail>;
export type RankingData = z.infer<typeof RankingResult>;
export type Scores = Record<string, number | null>;

const keys = { councils: ['councils'] as const, award: ['award'] as const };

type CouncilPage = z.infer<typeof CouncilList>;
/** The councils the person may see, a page at a time, with the real total. */
export const useCouncils = () => useCursorList<CouncilPage['items'][number], CouncilPage>([...keys.councils, 'list'], '/api/councils');
export const useCouncilOptions = () =>
  useQuery({ queryKey: [...keys.councils, 'options'], queryFn: () => apiGet<CouncilOptionsData>('/api/councils/options') });
export const useCouncil = (id: string) => useQuery({ queryKey: [...keys.councils, id], queryFn: () => apiGet<CouncilDetailData>(`/api/councils/${id}`) });
export const useCouncilDossier = (id: string) =>
  useQuery({ queryKey: [...keys.councils, 'dossier', id], queryFn: () => apiGet<DossierDetailData>(`/api/council-dossiers/${id}`), retry: false });
export const useMinutes = (id: string) =>
  useQuery({ queryKey: [...keys.councils, 'minutes', id], queryFn: () => apiGet<MinutesData>(`/api/councils/${id}/minutes`) });

/** Every council or award write refreshes both (a consolidation moves a nomination's score). */
function useWrite<TBody, TAnswer>(write: (body: TBody) => Promise<TAnswer>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.councils });
      await client.invalidateQueries({ queryKey: keys.award });
    },
  });
}

export const useCreateCouncil = () => useWrite((body: z.input<typeof CouncilBody>) => apiPost<{ id: string }>('/api/councils', body));
export const useEditRules = (councilId: string) =>
  useWrite((body: z.input<typeof CouncilRulesBody>) => api<z.infer<typeof CouncilRules>>('PUT', `/api/councils/${councilId}/rules`, body));
export type CompositionRuleData = z.infer<typeof CompositionRuleView>;
export const useEditCompositionRule = (kind: string) =>
  useWrite((body: z.input<typeof CompositionRuleBody>) => api<CompositionRuleData>('PUT', `/api/council-composition-rules/${kind}`, body));
export const useResetCompositionRule = (kind: string) => useWrite(() => api<CompositionRuleData>('DELETE', `/api/council-composition-rules/${kind}`));
export const useAddDossiers = (councilId: string) =>
  useWrite((body: { dossierKind: 'award-nomination' | 'programme-task'; dossierIds: string[] }) =>
    apiPost<{ added: number }>(`/api/councils/${councilId}/dossiers`, body),
  );
export const useDeclare = (dossierId: string) =>
  useWrite((body: { conflict: boolean; reason?: string | null }) => apiPost<{ conflict: boolean }>(`/api/council-dossiers/${dossierId}/declaration`, body));
export const useSaveSheet = (dossierId: string) =>
  useWrite((body: { scores: Scores; comments: Record<string, string> }) =>
    api<{ submitted: boolean }>('PUT', `/api/council-dossiers/${dossierId}/sheet`, body),
  );
export const useSubmitSheet = (dossierId: string) =>
  useWrite((body: { scores: Scores; comments: Record<string, string> }) =>
    apiPost<{ submitted: boolean }>(`/api/council-dossiers/${dossierId}/sheet/submit`, body),
  );
export const useConsolidate = (dossierId: string) =>
  useWrite((body: { comments: Record<string, string>; conclusion: string | null }) =>
    apiPost<{ total: number; passed: boolean }>(`/api/council-dossiers/${dossierId}/consolidate`, body),
  );

type AwardRoundPage = z.infer<typeof AwardRoundList>;
/** The award's rounds, a page at a time, with the real total (the /award page). */
export const useAwardRoundPages = () => useCursorList<AwardRoundPage['items'][number], AwardRoundPage>([...keys.award, 'rounds', 'pages'], '/api/award-rounds');
/** The first 100 rounds, oldest first, for a picker (rounds are yearly: a century of them). */
export const useAwardRounds = () =>
  useQuery({ queryKey: [...keys.award, 'rounds', 'picker'], queryFn: () => apiGet<AwardRoundPage>('/api/award-rounds', { limit: 100 }) });
export const useAwardRound = (id: string) =>
  useQuery({ queryKey: [...keys.award, 'round', id], queryFn: () => apiGet<AwardRoundDetailData>(`/api/award-rounds/${id}`) });
type EligiblePage = z.infer<typeof EligibleList>;
/** The enterprises eligible for a round, most activities first, a page at a time with the real total. */
export const useEligible = (id: string, enabled: boolean) =>
  useCursorList<EligiblePage['items'][number], EligiblePage>([...keys.award, 'eligible', id], `/api/award-rounds/${id}/eligible`, {}, enabled);
export const useRanking = (id: string, enabled: boolean) =>
  useQuery({ queryKey: [...keys.award, 'ranking', id], queryFn: () => apiGet<RankingData>(`/api/award-rounds/${id}/ranking`), enabled, retry: false });
export const useHonourees = (id: string) =>
  useQuery({ queryKey: [...keys.award, 'honourees', id], queryFn: () => apiGet<z.infer<typeof Honourees>>(`/api/award-rounds/${id}/honourees`) });
export const useNomination = (id: string) =>
  useQuery({ queryKey: [...keys.award, 'nomination', id], queryFn: () => apiGet<NominationDetailData>(`/api/award-nominations/${id}`) });
export const useVerification = (code: string) =>
  useQuery({
    queryKey: [...keys.award, 'verify', code],
    queryFn: () => apiGet<z.infer<typeof Verification>>(`/api/award/verify/${encodeURIComponent(code)}`),
    retry: false,
  });

export const useCreateRound = () => useWrite((body: z.input<typeof AwardRoundBody>) => apiPost<{ id: string }>('/api/award-rounds', body));
export const useNominate = (roundId: string) =>
  useWrite((enterpriseId: string) => apiPost<{ id: string }>(`/api/award-rounds/${roundId}/nominations`, { enterpriseId }));
export const usePublishRanking = (roundId: string) => useWrite(() => apiPost<RankingData>(`/api/award-rounds/${roundId}/ranking`));
export const useBreakTie = (roundId: string) =>
  useWrite((body: { nominationIds: string[]; note: string | null }) => apiPost<{ id: string }>(`/api/award-rounds/${roundId}/ties`, body));
