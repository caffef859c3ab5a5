import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header.js';
import { NavMenu } from './nav-menu.js';
import { SkipLink } from './skip-link.js';

/** Header, a side menu that folds behind a burger on a phone, and the page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
      <AppShell.Header>
        <SkipLink />
        <AppHeader navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        {/* A staff member's menu is taller than a laptop screen: it scrolls on its own, under a fixed header.
            The browser's own scrolling, not Mantine's ScrollArea: that one brings the popover positioning
            library into every first download. */}
        <AppShell.Section grow mih={0} style={{ overflowY: 'auto' }}>
          <NavMenu onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
