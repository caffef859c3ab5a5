import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { expertServices, type ExpertDetail } from '../../../../../shared/catalogue/expert.schemas.js';
import { DetailSection } from '../../../../components/catalogue/detail-section.js';
import { RecordDetailPage } from '../record-detail-page.js';

/** A service the platform names reads as its label; one the expert typed, as written. */
const namedServices: readonly string[] = expertServices;

/** /experts/:id — an expert's public profile; email and phone only for its editors. */
export function ExpertDetailPage() {
  const { t } = useTranslation();
  const f = (field: string) => t(`catalogue.fields.${field}`);
  return (
    <RecordDetailPage<ExpertDetail>
      segment="experts"
      heading={(expert) => ({ title: expert.name, subtitle: [expert.title, expert.affiliationName].filter(Boolean).join(' · ') })}
      texts={(expert) => (
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
        </>
      )}
      factsSection="classification"
      facts={(expert, facts) => [...facts.classification(expert), { label: facts.label('affiliationName'), value: expert.affiliationName }]}
      contact={(expert) => ({ email: expert.email, phone: expert.phone })}
    />
  );
}
