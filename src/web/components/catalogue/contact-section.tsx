import { useTranslation } from 'react-i18next';
import { DetailSection } from './detail-section.js';
import { FactList } from './fact-list.js';

type Contact = { name?: string | null; email?: string | null; phone?: string | null };

/** Who to contact about a record, with mail and phone links (tap to call on a phone). */
export function ContactSection({ name, email, phone }: Contact) {
  const { t } = useTranslation();
  const f = (key: string) => t(`catalogue.fields.${key}`);
  if (!name && !email && !phone) return null;
  return (
    <DetailSection title={f('contact')}>
      <FactList
        facts={[
          { label: f('contactName'), value: name },
          { label: f('contactEmail'), value: email ? <a href={`mailto:${email}`}>{email}</a> : null },
          { label: f('contactPhone'), value: phone ? <a href={`tel:${phone}`}>{phone}</a> : null },
        ]}
      />
    </DetailSection>
  );
}
