import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Attachment } from '../../shared/attachments/attachment.schemas.js';
import { apiDelete, apiGet } from './client.js';
import { uploadForm } from './upload.js';

/** URL segment of a catalogue record kind. */
export type RecordSegment = 'offers' | 'demands' | 'experts';

const attachmentsKey = (segment: RecordSegment, id: string) => ['attachments', segment, id] as const;

export function useAttachments(segment: RecordSegment, id: string) {
  return useQuery({
    queryKey: attachmentsKey(segment, id),
    queryFn: () => apiGet<{ items: Attachment[] }>(`/api/${segment}/${id}/attachments`).then((r) => r.items),
  });
}

type UploadVars = { file: File; confidential: boolean; onProgress: (percent: number) => void };

export function useUploadAttachment(segment: RecordSegment, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, confidential, onProgress }: UploadVars) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const query = confidential ? '?confidential=true' : '';
      return uploadForm<Attachment>(`/api/${segment}/${id}/attachments${query}`, form, onProgress);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentsKey(segment, id) }),
  });
}

export function useDeleteAttachment(segment: RecordSegment, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => apiDelete<null>(`/api/attachments/${attachmentId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentsKey(segment, id) }),
  });
}
