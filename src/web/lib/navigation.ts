import type { MeResponse } from '../../shared/auth/auth.schemas.js';

export type NavItem = { to: string; labelKey: string; icon: NavIcon };
export type NavSection = { titleKey: string; items: NavItem[] };
export type NavIcon =
  | 'home'
  | 'directory'
  | 'organisations'
  | 'profile'
  | 'users'
  | 'verify'
  | 'points'
  | 'reference'
  | 'audit'
  | 'mail'
  | 'region'
  | 'globe'
  | 'offers'
  | 'demands'
  | 'experts'
  | 'workspace'
  | 'moderation'
  | 'overview'
  | 'imports'
  | 'connections'
  | 'reports'
  | 'glossary'
  | 'matches'
  | 'events'
  | 'assessment'
  | 'savedSearches'
  | 'savedListings'
  | 'duplicates'
  | 'roadmaps'
  | 'programmes'
  | 'councils'
  | 'award';

/**
 * The menu for a visitor or a signed-in person. Only chooses which pages to list; the server
 * still decides what each page may show or change.
 */
export function navigationFor(me: MeResponse | undefined): NavSection[] {
  const sections: NavSection[] = [
    {
      titleKey: 'nav.sections.explore',
      items: [
        { to: '/', labelKey: 'nav.home', icon: 'home' },
        { to: '/organisations', labelKey: 'nav.directory', icon: 'directory' },
        { to: '/offers', labelKey: 'catalogue.nav.offers', icon: 'offers' },
        { to: '/demands', labelKey: 'catalogue.nav.demands', icon: 'demands' },
        { to: '/experts', labelKey: 'catalogue.nav.experts', icon: 'experts' },
        { to: '/events', labelKey: 'events.nav', icon: 'events' },
        { to: '/roadmaps', labelKey: 'roadmaps.nav', icon: 'roadmaps' },
        { to: '/statistics', labelKey: 'openData.nav.statistics', icon: 'reports' },
        { to: '/programmes/results', labelKey: 'programmes.navResults', icon: 'programmes' },
        { to: '/award', labelKey: 'councils.awardNav', icon: 'award' },
      ],
    },
  ];
  if (!me?.user) return sections;
  sections.push({
    titleKey: 'nav.sections.mine',
    items: [
      { to: '/connections', labelKey: 'connections.nav.connections', icon: 'connections' },
      { to: '/me/saved', labelKey: 'savedListings.nav', icon: 'savedListings' },
      { to: '/me/saved-searches', labelKey: 'savedSearches.nav', icon: 'savedSearches' },
      { to: '/councils', labelKey: 'councils.nav', icon: 'councils' },
      { to: '/me/organisations', labelKey: 'nav.myOrganisations', icon: 'organisations' },
      { to: '/me/profile', labelKey: 'nav.profile', icon: 'profile' },
    ],
  });
  // Enterprises assess themselves; connection-point and agency staff assess them (the server decides which ones).
  if (me.abilities.useWorkspace) {
    sections[1].items.unshift(
      { to: '/workspace', labelKey: 'catalogue.nav.workspace', icon: 'workspace' },
      { to: '/matches', labelKey: 'nav.matches', icon: 'matches' },
      { to: '/assessments', labelKey: 'assessment.nav', icon: 'assessment' },
      { to: '/programmes', labelKey: 'programmes.nav', icon: 'programmes' },
    );
  }
  const can = me.abilities;
  const when = (allowed: boolean, item: NavItem) => (allowed ? [item] : []);
  const work: NavItem[] = [
    ...when(can.manageRegionOrganisations, { to: '/admin/organisations', labelKey: 'nav.regionOrganisations', icon: 'region' }),
    ...when(can.workForeignQueue, { to: '/foreign-search', labelKey: 'foreignSearch.nav', icon: 'globe' }),
    ...when(can.workForeignQueue && !can.overseeNetwork, { to: '/organisations?kind=foreign', labelKey: 'nav.foreignPartners', icon: 'globe' }),
    ...when(can.moderate, { to: '/moderation', labelKey: 'catalogue.nav.moderation', icon: 'moderation' }),
    ...when(can.moderate || can.overseeNetwork, { to: '/duplicates', labelKey: 'duplicates.nav', icon: 'duplicates' }),
    ...when(can.overseeNetwork, { to: '/overview', labelKey: 'catalogue.nav.overview', icon: 'overview' }),
    ...when(can.seeReports, { to: '/reports', labelKey: 'connections.nav.reports', icon: 'reports' }),
    ...when(can.seeReports, { to: '/listing-outcomes', labelKey: 'listingOutcomes.nav', icon: 'reports' }),
    ...when(can.import, { to: '/imports', labelKey: 'catalogue.nav.imports', icon: 'imports' }),
    ...when(can.overseeNetwork, { to: '/programmes/dashboard', labelKey: 'programmes.dashboard.title', icon: 'programmes' }),
  ];
  if (work.length > 0) sections.push({ titleKey: 'nav.sections.work', items: work });

  const admin: NavItem[] = [
    ...when(can.administerUsers, { to: '/admin/users', labelKey: 'nav.users', icon: 'users' }),
    ...when(can.administerOrganisations, { to: '/admin/organisations', labelKey: 'nav.adminOrganisations', icon: 'verify' }),
    ...when(can.manageConnectionPoints, { to: '/admin/connection-points', labelKey: 'nav.connectionPoints', icon: 'points' }),
    ...when(can.editReference, { to: '/admin/reference', labelKey: 'nav.reference', icon: 'reference' }),
    ...when(can.editGlossary, { to: '/admin/glossary', labelKey: 'nav.glossary', icon: 'glossary' }),
    ...when(can.readAudit, { to: '/admin/audit', labelKey: 'nav.audit', icon: 'audit' }),
    ...when(can.readOutbox, { to: '/admin/outbox', labelKey: 'nav.outbox', icon: 'mail' }),
  ];
  if (admin.length > 0) sections.push({ titleKey: 'nav.sections.admin', items: admin });
  return sections;
}
