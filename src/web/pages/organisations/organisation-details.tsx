import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../api/organisations.js';
import { useProvinceLabel, useReferenceItems } from '../../api/reference.js';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** Public fields for everyone; the private ones only when the server answered with the private view. */
export function OrganisationDetails({ organisation: org }: { organisation: OrganisationDetail }) {
  const { t, i18n } = useTranslation();
  const provinceLabel = useProvinceLabel();
  const sections = useReferenceItems('vsic-section');
  const sectionName = (code: string) => {
    const item = sections.data?.find((section) => section.code === code);
    return item ? `${code} – ${i18n.language === 'en' ? item.nameEn : item.name}` : code;
  };
  const legacy = org.legacyProvince ? ` (${t('organisations.formerly', { name: org.legacyProvince.name })})` : '';
  return (
    <Paper withBorder p="lg">
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="md">
        <Field label={t('organisations.fields.nameVi')}>{org.nameVi}</Field>
        <Field label={t('organisations.fields.nameEn')}>{org.nameEn}</Field>
        <Field label={t('organisations.fields.country')}>{org.country}</Field>
        <Field label={t('organisations.fields.province')}>{org.province ? provinceLabel(org.province, i18n.language) + legacy : ''}</Field>
        <Field label={t('organisations.fields.vsicSections')}>{org.vsicSections.map(sectionName).join('; ')}</Field>
        <Field label={t('organisations.fields.size')}>{org.size ? t(`organisations.sizes.${org.size}`) : ''}</Field>
        <Field label={t('organisations.fields.website')}>
          {org.website && (
            <Anchor href={org.website} target="_blank" rel="noopener noreferrer">
              {org.website}
            </Anchor>
          )}
        </Field>
        {org.view === 'private' && (
          <>
            <Field label={t('organisations.fields.taxCode')}>{org.taxCode}</Field>
            <Field label={t('organisations.fields.email')}>{org.email}</Field>
            <Field label={t('organisations.fields.phone')}>{org.phone}</Field>
            <Field label={t('organisations.fields.address')}>{org.address}</Field>
            <Field label={t('organisations.membersCount')}>{String(org.memberCount)}</Field>
          </>
        )}
      </SimpleGrid>
      {org.description && (
        <Text mt="md" style={{ whiteSpace: 'pre-line' }}>
          {org.description}
        </Text>
      )}
    </Paper>
  );
}
