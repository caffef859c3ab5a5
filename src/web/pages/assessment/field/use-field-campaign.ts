import { useEffect, useState } from 'react';
import { draftsOf, getPack, allPhotos } from './field-store.js';
import { useFieldSync } from './field-sync.js';
import type { FieldDraft, FieldPack, FieldPhoto } from './field-types.js';

type Loaded = { pack: FieldPack | null; drafts: FieldDraft[]; photos: FieldPhoto[] };

/** A downloaded campaign as the device holds it now, read again whenever the sync state changes. */
export function useFieldCampaign(campaignId: string) {
  const sync = useFieldSync();
  const [data, setData] = useState<Loaded | null>(null);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all([getPack(campaignId), draftsOf(campaignId), allPhotos()]).then(([pack, drafts, photos]) => {
      if (live) setData({ pack: pack ?? null, drafts, photos });
    });
    return () => {
      live = false;
    };
  }, [campaignId, sync.revision, reads]);
  return { sync, data, reload: () => setReads((n) => n + 1) };
}
