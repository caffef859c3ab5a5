import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { IconBuilding, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecordSegment, SearchHit } from '../../api/catalogue.js';
import { escapeForSnippet, HighlightedText } from './highlighted-text.js';
import { useCodeLabels, useProvinceLabels } from './use-code-labels.js';

/** The snippets for a hit: what the server highlighted, else the plain text. */
function snippetsOf(hit: SearchHit): { title: string; body: string | null } {
  const heading = hit.name ?? hit.title ?? '';
  const summary = hit.summary ?? hit.publicSummary;
  return { title: hit.highlight?.title ?? escapeForSnippet(heading), body: hit.highlight?.summary ?? (summary ? escapeForSnippet(summary) : null) };
}

/** One search result: highlighted title and snippet, and the facts people filter by. */
export function SearchResultCard({ segment, hit }: { segment: RecordSegment; hit: SearchHit }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const country = useCodeLabels('country');
  const { title, body } = snippetsOf(hit);
  const trl = hit.trl ?? hit.minTrl;
  const organisation = hit.ownerName ?? hit.affiliationName;
  return (
    <Card withBorder padding="md" component="article">
      <Anchor component={Link} to={`/${segment}/${hit.id}`} fw={600} size="lg" lh={1.3}>
        <HighlightedText snippet={title} />
      </Anchor>
      {hit.name && hit.title && (
        <Text size="sm" c="dimmed">
          {hit.title}
        </Text>
      )}
      {body && (
        <Text size="sm" mt={6} lineClamp={3}>
          <HighlightedText snippet={body} />
        </Text>
      )}
      <Group gap={6} mt="sm" wrap="wrap">
        {trl != null && (
          <Badge variant="light" color="indigo" tt="none">
            {t('catalogue.detail.trlLevel', { level: trl })}
          </Badge>
        )}
        {hit.ownerType && (
          <Badge variant="light" tt="none">
            {t(`catalogue.ownerTypes.${hit.ownerType}`, { defaultValue: hit.ownerType })}
          </Badge>
        )}
        {hit.language && hit.language !== 'vi' && (
          <Badge variant="outline" color="gray" tt="none">
            {t(`catalogue.languages.${hit.language}`, { defaultValue: hit.language })}
          </Badge>
        )}
      </Group>
      <Group gap="md" mt="xs" wrap="wrap">
        {organisation && (
          <Group gap={4} wrap="nowrap">
            <IconBuilding size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {organisation}
            </Text>
          </Group>
        )}
        {(hit.provinceCode || (hit.country && hit.country !== 'VN')) && (
          <Group gap={4} wrap="nowrap">
            <IconMapPin size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {hit.provinceCode ? province(hit.provinceCode) : country(hit.country ?? '')}
            </Text>
          </Group>
        )}
      </Group>
    </Card>
  );
}
