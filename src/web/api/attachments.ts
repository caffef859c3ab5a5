import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attachment } from '../../shared/attachments/attachment.schemas.js';
import { apiDelete, apiGet } from './client.js';
import { uploadForm } from './upload.js';

/** URL segment of a catalogue record kind. */
export type RecordSegment = 'offers' | 'demands' | 'experts';
/** URL segment of a record that has files: a catalogue record, or an assessment (evidence per answer). */
type FileOwnerSegment = RecordSegment | 'assessments';

const attachmentsKey = (segment: FileOwnerSegment, id: string) => ['attachments', segment, id] as const;

export function useAttachments(segment: FileOwnerSegment, id: string) {
  return useQuery({
    queryKey: attachmentsKey(segment, id),
    queryFn: () => apiGet<{ items: Attachment[] }>(`/api/${segment}/${id}/attachments`).then((r) => r.items),
  });
}

/** `subject`: the assessment question a file is evidence for. */
type UploadVars = { file: File; confidential: boolean; subject?: string; onProgress: (percent: number) => void };

export function useUploadAttachment(segment: FileOwnerSegment, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, confidential, subject, onProgress }: UploadVars) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const params = new URLSearchParams({ ...(confidential ? { confidential: 'true' } : {}), ...(subject ? { subject } : {}) }).toString();
      return uploadForm<Attachment>(`/api/${segment}/${id}/attachments${params ? `?${params}` : ''}`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentsKey(segment, id) }),
  });
}

export function useDeleteAttachment(segment: FileOwnerSegment, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => apiDelete<null>(`/api/attachments/${attachmentId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentsKey(segment, id) }),
  });
}
