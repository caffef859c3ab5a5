import { Button, Card, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePublishMethodology } from '../../api/assessment.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/form-errors.js';
import { showNotice } from './notice.js';

/** Agency staff publish a new version as a whole JSON document; the server checks it and names every path at fault. */
export function PublishMethodologyForm() {
  const { t } = useTranslation();
  const [json, setJson] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const publish = usePublishMethodology();
  const submit = () => {
    let document: unknown;
    try {
      document = JSON.parse(json);
    } catch {
      setProblems([t('assessment.publish.notJson')]);
      return;
    }
    if (!document || typeof document !== 'object' || Array.isArray(document)) {
      setProblems([t('assessment.publish.notJson')]);
      return;
    }
    publish.mutate(document as Record<string, unknown>, {
      onSuccess: ({ id }) => {
        setProblems([]);
        setJson('');
        showNotice(t, { color: 'teal', message: t('assessment.publish.published', { id }) });
      },
      onError: (e) => setProblems(e instanceof ApiError && e.fields.length ? e.fields.map((f) => `${f.path}: ${f.message}`) : [errorText(t, e)]),
    });
  };
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('assessment.publish.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('assessment.publish.lead')}
        </Text>
        <Textarea
          label={t('assessment.publish.document')}
          value={json}
          onChange={(e) => setJson(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={16}
          styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
        />
        {problems.length > 0 && (
          <List size="sm" c="red" role="alert">
            {problems.slice(0, 20).map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        )}
        <Button onClick={submit} loading={publish.isPending} disabled={!json.trim()} style={{ alignSelf: 'flex-start' }}>
          {t('assessment.publish.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
