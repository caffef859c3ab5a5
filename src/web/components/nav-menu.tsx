import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAward,
  IconUsersGroup,
  IconAddressBook,
  IconBell,
  IconBookmark,
  IconCopy,
  IconRoute,
  IconRocket,
  IconBuilding,
  IconBuildingCommunity,
  IconBulb,
  IconCalendarEvent,
  IconChartBar,
  IconPlugConnected,
  IconReportAnalytics,
  IconChecklist,
  IconFileImport,
  IconFolders,
  IconSchool,
  IconTargetArrow,
  IconDatabase,
  IconGauge,
  IconHistory,
  IconArrowsExchange,
  IconLanguage,
  IconHome,
  IconMail,
  IconMapPin,
  IconRosetteDiscountCheck,
  IconUser,
  IconUsers,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../api/auth.js';
import { navigationFor, type NavIcon } from '../lib/navigation.js';

const icons: Record<NavIcon, Icon> = {
  home: IconHome,
  directory: IconAddressBook,
  organisations: IconBuilding,
  profile: IconUser,
  users: IconUsers,
  verify: IconRosetteDiscountCheck,
  points: IconBuildingCommunity,
  reference: IconDatabase,
  glossary: IconLanguage,
  matches: IconArrowsExchange,
  audit: IconHistory,
  mail: IconMail,
  region: IconMapPin,
  globe: IconWorld,
  offers: IconBulb,
  demands: IconTargetArrow,
  experts: IconSchool,
  workspace: IconFolders,
  moderation: IconChecklist,
  overview: IconChartBar,
  imports: IconFileImport,
  connections: IconPlugConnected,
  reports: IconReportAnalytics,
  events: IconCalendarEvent,
  assessment: IconGauge,
  savedSearches: IconBell,
  savedListings: IconBookmark,
  duplicates: IconCopy,
  roadmaps: IconRoute,
  programmes: IconRocket,
  councils: IconUsersGroup,
  award: IconAward,
};

export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useMe();
  return (
    <nav aria-label={t('nav.main')}>
      <Stack gap="md">
        {navigationFor(me.data).map((section) => (
          <div key={section.titleKey}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
              {t(section.titleKey)}
            </Text>
            {section.items.map((item) => {
              const ItemIcon = icons[item.icon];
              const active = item.to === '/' ? pathname === '/' : pathname.startsWith(item.to.split('?')[0]);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.labelKey)}
                  leftSection={<ItemIcon size={18} aria-hidden />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={onNavigate}
                />
              );
            })}
          </div>
        ))}
      </Stack>
    </nav>
  );
}
