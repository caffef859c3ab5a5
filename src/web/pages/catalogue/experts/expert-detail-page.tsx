import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { expertServices, type ExpertDetail } from '../../../../shared/catalogue/expert.schemas.js';
import { DetailSection } from '../../../components/catalogue/detail-section.js';
import { FactList } from '../../../components/catalogue/fact-list.js';
import { RecordDetailPage } from '../record/record-detail-page.js';
import { useRecordFacts } from '../record/record-facts.js';

type Expert = ExpertDetail;

/** A service the platform names reads as its label; one the expert typed, as written. */
const namedServices: readonly string[] = expertServices;

/** /experts/:id — an expert's public profile; email and phone only for its editors. */
export function ExpertDetailPage() {
  const { t } = useTranslation();
  const facts = useRecordFacts();
  const f = facts.label;
  return (
    <RecordDetailPage<Expert>
      segment="experts"
      heading={(expert) => ({ title: expert.name, subtitle: [expert.title, expert.affiliationName].filter(Boolean).join(' · ') })}
      main={(expert) => (
        <>
          <DetailSection title={f('bio')} text={expert.bio} />
          {expert.services.length > 0 && (
            <DetailSection title={f('services')}>
              <List size="sm">
                {expert.services.map((service) => (
                  <List.Item key={service}>{namedServices.includes(service) ? t(`catalogue.expertServices.${service}`) : service}</List.Item>
                ))}
              </List>
            </DetailSection>
          )}
          <DetailSection title={t('catalogue.form.sections.classification')}>
            <FactList
              facts={[
                ...facts.classification(expert),
                { label: f('affiliationName'), value: expert.affiliationName },
                ...facts.place(expert),
                ...facts.dates(expert),
              ]}
            />
          </DetailSection>
        </>
      )}
      contact={(expert) => ({ email: expert.email, phone: expert.phone })}
    />
  );
}
