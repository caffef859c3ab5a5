import { Grid, List, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { z } from 'zod';
import type { ExpertDetail } from '../../../../shared/catalogue/expert.schemas.js';
import { useCatalogueRecord } from '../../../api/catalogue.js';
import { AttachmentsSection } from '../../../components/catalogue/attachments-section.js';
import { codeBadges } from '../../../components/catalogue/code-badges.js';
import { ContactSection } from '../../../components/catalogue/contact-section.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { RecordHeader } from '../../../components/catalogue/record-header.js';
import { RecordPageState } from '../../../components/catalogue/record-page-state.js';
import { useCodeLabels, useProvinceLabels } from '../../../components/catalogue/use-code-labels.js';

type Expert = z.infer<typeof ExpertDetail>;

/** /experts/:id — an expert's public profile; email and phone only for its editors. */
export function ExpertDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const field = useCodeLabels('st-field');
  const country = useCodeLabels('country');
  const province = useProvinceLabels();
  const query = useCatalogueRecord<Expert>('experts', id);
  const f = (key: string) => t(`catalogue.fields.${key}`);
  return (
    <RecordPageState query={query}>
      {(expert) => (
        <>
          <RecordHeader
            segment="experts"
            id={expert.id}
            title={expert.name}
            subtitle={[expert.title, expert.affiliationName].filter(Boolean).join(' · ')}
            status={expert.status}
            abilities={expert.abilities}
            returnReason={expert.returnReason}
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <DetailSection title={f('bio')} text={expert.bio} />
                {expert.services.length > 0 && (
                  <DetailSection title={f('services')}>
                    <List size="sm">
                      {expert.services.map((service) => (
                        <List.Item key={service}>{service}</List.Item>
                      ))}
                    </List>
                  </DetailSection>
                )}
                <DetailSection title={t('catalogue.form.sections.classification')}>
                  <FactList
                    facts={[
                      { label: f('fieldCodes'), value: codeBadges(expert.fieldCodes, field) },
                      { label: f('keywords'), value: expert.keywords.join(', ') },
                      { label: f('affiliationName'), value: expert.affiliationName },
                      { label: f('province'), value: province(expert.provinceCode ?? expert.legacyProvinceCode) },
                      { label: f('country'), value: country(expert.country) },
                      { label: f('language'), value: t(`catalogue.languages.${expert.language}`, { defaultValue: expert.language }) },
                    ]}
                  />
                </DetailSection>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <ContactSection email={expert.email} phone={expert.phone} />
                <AttachmentsSection segment="experts" id={expert.id} canEdit={expert.abilities?.canEdit ?? false} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </RecordPageState>
  );
}
