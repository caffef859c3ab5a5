import { Anchor } from '@mantine/core';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

// Clipped to nothing until focused, so it never shows (or takes space) for mouse users.
const hidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };
const shown: CSSProperties = { position: 'absolute', top: 8, left: 8, zIndex: 1000, padding: 8, background: 'white' };

/** For keyboard users: the first Tab stop jumps past the header and menu. */
export function SkipLink() {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(false);
  return (
    <Anchor href="#main" style={focused ? shown : hidden} onFocus={() => setFocused(true)} onBlur={() => setFocused(false)}>
      {t('nav.skipToContent')}
    </Anchor>
  );
}
