import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordSegment } from '../../api/catalogue.js';
import { errorText } from '../../api/form-errors.js';
import { useMe } from '../../api/auth.js';
import { useSavedListing, useToggleSavedListing } from '../../api/saved-listings.js';

const typeOf = { offers: 'offer', demands: 'demand', experts: 'expert' } as const;

/** On a record's page, for a signed-in person: keep it in (or remove it from) their "Saved" list. */
export function SaveListingButton({ segment, recordId }: { segment: RecordSegment; recordId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = !!me.data?.user;
  const state = useSavedListing(typeOf[segment], recordId, signedIn);
  const toggle = useToggleSavedListing();
  if (!signedIn || !state.data) return null;
  const saved = state.data.saved;
  return (
    <Button
      variant={saved ? 'light' : 'default'}
      leftSection={saved ? <IconBookmarkFilled size={16} aria-hidden /> : <IconBookmark size={16} aria-hidden />}
      title={t(saved ? 'savedListings.unsaveHint' : 'savedListings.saveHint')}
      aria-pressed={saved}
      loading={toggle.isPending}
      onClick={() =>
        toggle.mutate(
          { type: typeOf[segment], id: recordId, save: !saved },
          { onError: (error) => notifications.show({ color: 'red', message: errorText(t, error) }) },
        )
      }
    >
      {t(saved ? 'savedListings.saved' : 'savedListings.save')}
    </Button>
  );
}
