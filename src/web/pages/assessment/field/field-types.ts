import type { Methodology } from '../../../../domain/assessment/methodology-types.js';
import type { AnswerItem } from '../../../api/assessment.js';

/** What the server held for an answer when it refused an edit (409): shown beside the person's own. */
export type ServerAnswer = { status: AnswerItem['status']; value?: AnswerItem['value']; evidence?: string; updatedAt: string } | null;

/**
 * One answer as kept on the device: `baseUpdatedAt` is the server's answer it was based on (null: none
 * yet), `pending` that it still has to be sent, `conflict` the server's newer answer it clashed with.
 */
export type FieldAnswer = {
  status: AnswerItem['status'];
  value?: AnswerItem['value'];
  evidence?: string | null;
  baseUpdatedAt: string | null;
  pending: boolean;
  error?: string;
  conflict?: ServerAnswer;
};

/** A campaign's forms and targets downloaded for a visit without signal. */
export type FieldPack = {
  campaignId: string;
  name: string;
  methodology: Methodology;
  vsicDivision: string;
  targets: Array<{ organisationId: string; name: string; provinceCode: string | null; assessmentId: string | null }>;
  downloadedAt: string;
};

/** An assessment filled in on the device; `id` is the server's, or one the device chose before the server knew it. */
export type FieldDraft = {
  id: string;
  campaignId: string;
  organisationId: string;
  organisationName: string;
  methodologyId: string;
  vsicDivision: string;
  onServer: boolean;
  /** Why the server refused to start it (shown until fixed); the draft stays on the device. */
  startError?: string;
  answers: Record<string, FieldAnswer>;
};

/** A photo taken as evidence of one answer; its id is the upload's Idempotency-Key. */
export type FieldPhoto = { id: string; assessmentId: string; questionId: string; fileName: string; blob: Blob; error?: string };
