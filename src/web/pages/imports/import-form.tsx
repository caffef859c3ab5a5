import { Button, Checkbox, FileInput, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/limits.js';
import type { InterchangeFormat } from '../../../shared/imports/import.schemas.js';
import { errorText } from '../../api/form-errors.js';
import { useStartImport, type InterchangeType } from '../../api/imports.js';
import { ImportOwner } from './import-owner.js';

function formatOf(file: File | null): InterchangeFormat | null {
  const name = file?.name.toLowerCase() ?? '';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

type Props = { type: InterchangeType; onTypeChange: (type: InterchangeType) => void; onStarted: (jobId: string) => void };

/** Choose the kind of data and a file, then upload it; the import itself runs as a job. */
export function ImportForm({ type, onTypeChange, onStarted }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState(0);
  // Off by default: imported records enter moderation unless the importer decides otherwise.
  const [publish, setPublish] = useState(false);
  // Null: the importer's own organisation (the server's default).
  const [owner, setOwner] = useState<string | null>(null);
  const start = useStartImport();
  const format = formatOf(file);
  const fileError = file && !format ? t('imports.wrongFormat') : file && file.size > IMPORT_FILE_MAX_BYTES ? t('imports.tooLarge') : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!file || !format || fileError) return;
    setPercent(0);
    start.mutate({ type, format, publish, ownerOrganisationId: owner, file, onProgress: setPercent }, { onSuccess: ({ jobId }) => onStarted(jobId) });
  };

  return (
    <form onSubmit={onSubmit}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4} id="import-type-label">
            {t('imports.type')}
          </Text>
          <SegmentedControl
            aria-labelledby="import-type-label"
            value={type}
            onChange={(value) => onTypeChange(value as InterchangeType)}
            data={[
              { value: 'offers', label: t('imports.types.offers') },
              { value: 'demands', label: t('imports.types.demands') },
            ]}
          />
        </div>
        <FileInput
          label={t('imports.file')}
          placeholder={t('imports.filePlaceholder')}
          description={t('imports.fileHint')}
          accept=".jsonl,.ndjson,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileUpload size={18} aria-hidden />}
          value={file}
          onChange={setFile}
          error={fileError ?? (start.isError ? errorText(t, start.error) : undefined)}
          clearable
        />
        <ImportOwner value={owner} onChange={setOwner} />
        <Checkbox
          label={t('imports.publish')}
          description={t('imports.publishHint')}
          checked={publish}
          onChange={(event) => setPublish(event.currentTarget.checked)}
        />
        {start.isPending && (
          <div>
            <Progress value={percent} animated aria-label={t('imports.uploading', { percent })} />
            <Text size="sm" c="dimmed" mt={4}>
              {t('imports.uploading', { percent })}
            </Text>
          </div>
        )}
        <Button type="submit" disabled={!file || Boolean(fileError)} loading={start.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('imports.start')}
        </Button>
      </Stack>
    </form>
  );
}
