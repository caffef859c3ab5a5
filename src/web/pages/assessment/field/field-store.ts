import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FieldDraft, FieldPack, FieldPhoto } from './field-types.js';

interface FieldDb extends DBSchema {
  packs: { key: string; value: FieldPack };
  drafts: { key: string; value: FieldDraft; indexes: { byCampaign: string } };
  photos: { key: string; value: FieldPhoto; indexes: { byAssessment: string } };
}

let opened: Promise<IDBPDatabase<FieldDb>> | null = null;

/** The device's store for field work (IndexedDB keeps Blobs, and survives reloads and a closed browser). */
function db() {
  opened ??= openDB<FieldDb>('techbridge-field', 1, {
    upgrade(database) {
      database.createObjectStore('packs', { keyPath: 'campaignId' });
      database.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byCampaign', 'campaignId');
      database.createObjectStore('photos', { keyPath: 'id' }).createIndex('byAssessment', 'assessmentId');
    },
  });
  return opened;
}

export const getPack = async (campaignId: string) => (await db()).get('packs', campaignId);
export const putPack = async (pack: FieldPack) => void (await (await db()).put('packs', pack));

export const getDraft = async (id: string) => (await db()).get('drafts', id);
export const putDraft = async (draft: FieldDraft) => void (await (await db()).put('drafts', draft));
export const allDrafts = async () => (await db()).getAll('drafts');
export const draftsOf = async (campaignId: string) => (await db()).getAllFromIndex('drafts', 'byCampaign', campaignId);

export const allPhotos = async () => (await db()).getAll('photos');
export const photosOf = async (assessmentId: string) => (await db()).getAllFromIndex('photos', 'byAssessment', assessmentId);
export const putPhoto = async (photo: FieldPhoto) => void (await (await db()).put('photos', photo));
export const deletePhoto = async (id: string) => void (await (await db()).delete('photos', id));
