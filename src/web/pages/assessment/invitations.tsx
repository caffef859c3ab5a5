import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useStartAssessment, type CampaignList } from '../../api/assessment.js';
import { errorText } from '../../api/form-errors.js';
import { formatDate } from '../../lib/format-date.js';
import { showNotice } from './notice.js';

/** The survey campaigns that invite the caller's enterprises, each with one button that starts the assessment it asks for. */
export function CampaignInvitations({ invitations }: { invitations: CampaignList['invitations'] }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const start = useStartAssessment();
  if (!invitations.length) return null;
  return (
    <Stack gap="xs">
      {invitations.map((i) => (
        <Alert key={`${i.campaignId}-${i.organisationId}`} color="blue" title={t('assessment.campaigns.invitation')}>
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {t('assessment.campaigns.invitationText', { organisation: i.organisationName, campaign: i.name })}
              {i.deadline && ` ${t('assessment.campaigns.invitationDeadline', { date: formatDate(i.deadline, i18n.language) })}`}
            </Text>
            <Button
              size="xs"
              loading={start.isPending}
              onClick={() =>
                start.mutate(
                  { organisationId: i.organisationId, methodologyId: i.methodologyId, vsicDivision: i.vsicDivision },
                  {
                    onSuccess: ({ id }) => void navigate(`/assessments/${id}`),
                    onError: (e) => showNotice(t, { color: 'red', message: errorText(t, e) }),
                  },
                )
              }
            >
              {t('assessment.campaigns.answer')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
