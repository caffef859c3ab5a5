import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReminderScheduleUpdate, ReminderSent } from '../../shared/assessment/campaign-reminders.schemas.js';
import type { Campaign } from './assessment.js';
import { api, apiPost } from './client.js';

/** Changes a campaign's reminder schedule; the page shows the campaign the server answers. */
export function useUpdateReminderSchedule(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReminderScheduleUpdate) => api<Campaign>('PUT', `/api/assessment-campaigns/${campaignId}/reminder-schedule`, body),
    onSuccess: (campaign) => client.setQueryData(['assessment', 'campaign', campaignId], campaign),
  });
}

/** Reminds the campaign's enterprises that have not submitted, now. */
export function useSendReminderNow(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<z.infer<typeof ReminderSent>>(`/api/assessment-campaigns/${campaignId}/reminders`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assessment', 'campaign', campaignId] }),
  });
}
