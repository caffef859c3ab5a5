import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '../../../shared/auth/auth.schemas.js';
import { useModerationQueue } from '../../api/catalogue.js';
import { useConnectionList } from '../../api/connections.js';
import { useForeignQueue } from '../../api/foreign-search.js';
import { useMyMatches } from '../../api/matching.js';
import { useLatestNotifications } from '../../api/notifications.js';
import { useRoadmaps } from '../../api/roadmaps.js';

type Item = { key: string; count: number | undefined; to: string };

/**
 * "Việc cần làm": what waits for the signed-in person now, each a count with its link. Which
 * counts appear follows the abilities /api/auth/me answers, never a role.
 */
export function NeedsYou({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const can = me.abilities;
  const moderation = useModerationQueue(can.moderate);
  const proposed = useConnectionList('proposed');
  const foreign = useForeignQueue({}, can.workForeignQueue);
  const notifications = useLatestNotifications(true);
  // The same list as /matches for all the person's organisations, so the two counts agree.
  const member = me.memberships.length > 0;
  const matches = useMyMatches(null, member);
  // Roadmaps past review that the person's organisations own or their connection point covers: the ones /roadmaps flags.
  // Connection-point staff moderate their provinces; the agency, which oversees the network, has none flagged (as on /roadmaps).
  const reviewer = member || (can.moderate && !can.overseeNetwork);
  const reviewDue = useRoadmaps({ reviewDue: true, enabled: reviewer });
  const items: Item[] = [
    ...(can.moderate ? [{ key: 'moderation', count: moderation.data?.total, to: '/moderation' }] : []),
    { key: 'connections', count: proposed.isSuccess ? proposed.total : undefined, to: '/connections?stage=proposed' },
    ...(can.workForeignQueue ? [{ key: 'foreignQueue', count: foreign.isSuccess ? foreign.total : undefined, to: '/foreign-search' }] : []),
    ...(member ? [{ key: 'matches', count: matches.isSuccess ? matches.total : undefined, to: '/matches' }] : []),
    ...(reviewer ? [{ key: 'roadmapReviews', count: reviewDue.isSuccess ? reviewDue.total : undefined, to: '/roadmaps?reviewDue=true' }] : []),
    { key: 'notifications', count: notifications.data?.unread, to: '/notifications' },
  ];
  return (
    <Stack gap="sm" component="section" aria-labelledby="needs-you">
      <Title order={2} size="h3" id="needs-you">
        {t('home.needsYou.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {items.map((item) => (
          <Card key={item.key} withBorder radius="md" padding="md">
            <Text size="xl" fw={700}>
              {item.count ?? '…'}
            </Text>
            <Anchor component={Link} to={item.to} size="sm">
              {t(`home.needsYou.${item.key}`)}
            </Anchor>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
