import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferMatch } from '../../api/matching.js';
import { useCodeLabels } from '../catalogue/use-code-labels.js';

type Reason = OfferMatch['reasons'][number];

/**
 * A match reason in the UI language with names, not codes: S&T fields, VSIC sections and
 * countries by their reference names. Kinds without a code keep the server's wording.
 */
export function useReasonText() {
  const { t, i18n } = useTranslation();
  const field = useCodeLabels('st-field');
  const sector = useCodeLabels('vsic-section');
  const country = useCodeLabels('country');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  return useCallback(
    (reason: Reason): string => {
      const code = String(reason.params.code ?? reason.params.country ?? '');
      switch (reason.kind) {
        case 'same-field':
          return t('catalogue.matches.reason.sameField', { name: field(code) });
        case 'same-field-group':
          return t('catalogue.matches.reason.sameFieldGroup', { name: field(code) });
        case 'same-sector':
          return t('catalogue.matches.reason.sameSector', { name: sector(code) });
        case 'foreign-source':
          return t('catalogue.matches.reason.foreignSource', { name: country(code) });
        case 'phrases': {
          const phrases = reason.params.phrases;
          return t('catalogue.matches.reason.phrases', { phrases: Array.isArray(phrases) ? phrases.join(', ') : String(phrases ?? '') });
        }
        default:
          return reason.text[language];
      }
    },
    [t, field, sector, country, language],
  );
}
