import { useMutation, useQuery } from '@tanstack/react-query';
import type { InterchangeFormat, ImportReport } from '../../shared/imports/import.schemas.js';
import type { JobResponse } from '../../shared/jobs/job.schemas.js';
import { apiGet } from './client.js';
import { uploadForm } from './upload.js';

export type InterchangeType = ImportReport['type'];

type StartVars = {
  type: InterchangeType;
  format: InterchangeFormat;
  publish: boolean;
  /** Null: the importer's own organisation owns the new records. */
  ownerOrganisationId: string | null;
  file: File;
  onProgress: (percent: number) => void;
};

/** Uploads the file; the server answers at once with the background job that imports it. */
export function useStartImport() {
  return useMutation({
    mutationFn: ({ type, format, publish, ownerOrganisationId, file, onProgress }: StartVars) => {
      const form = new FormData();
      // Fields before the file, so the server has them when the file stream starts.
      form.append('type', type);
      form.append('format', format);
      form.append('publish', String(publish));
      if (ownerOrganisationId) form.append('ownerOrganisationId', ownerOrganisationId);
      form.append('file', file, file.name);
      return uploadForm<{ jobId: string }>('/api/imports', form, onProgress);
    },
  });
}

const finished = (job: JobResponse | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/** Polls a job every second until it has finished. */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => apiGet<JobResponse>(`/api/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
  });
}

/** The template in the reader's language: headers, dropdowns and instructions. */
export const templateUrl = (type: InterchangeType, lang: string) => `/api/imports/template/${type}.xlsx?lang=${lang === 'en' ? 'en' : 'vi'}`;
export const exportUrl = (type: InterchangeType, format: InterchangeFormat) => `/api/exports/${type}?format=${format}`;

/** The job's result as an import report, when it is one. */
export function importReportOf(job: JobResponse | undefined): ImportReport | null {
  const result = job?.result as Partial<ImportReport> | null | undefined;
  return result && Array.isArray(result.rejected) ? (result as ImportReport) : null;
}
