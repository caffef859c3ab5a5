import type { CompositionViolation } from '../../domain/programmes/council-composition.js';
import type { Language } from '../i18n/language.js';

const texts: Record<CompositionViolation['key'], Record<Language, (v: CompositionViolation) => string>> = {
  scorer_count: {
    vi: (v) => `Hội đồng loại này cần ${v.expected?.replace(' or ', ' hoặc ')} thành viên chấm điểm; hiện có ${v.actual}.`,
    en: (v) => `A council of this kind needs ${v.expected} scoring members; it has ${v.actual}.`,
  },
  chair_count: { vi: (v) => `Cần ${v.expected} chủ tịch hội đồng; hiện có ${v.actual}.`, en: (v) => `It needs ${v.expected} chair; it has ${v.actual}.` },
  vice_chair_count: { vi: (v) => `Cần ${v.expected} phó chủ tịch; hiện có ${v.actual}.`, en: (v) => `It needs ${v.expected} vice-chairs; it has ${v.actual}.` },
  secretary_count: { vi: (v) => `Cần ${v.expected} thư ký; hiện có ${v.actual}.`, en: (v) => `It needs ${v.expected} secretary; it has ${v.actual}.` },
  too_few_external: {
    vi: (v) => `Cần ít nhất ${v.expected?.replace('+', '')} chuyên gia độc lập chấm điểm; hiện có ${v.actual}.`,
    en: (v) => `At least ${v.expected?.replace('+', '')} scoring members must be independent experts; there are ${v.actual}.`,
  },
  member_from_proposing_organisation: {
    vi: () => 'Thành viên này thuộc tổ chức đề xuất hồ sơ, không được tham gia hội đồng.',
    en: () => 'This member works for an organisation whose dossier the council reviews.',
  },
  duplicate_member: { vi: () => 'Người này đã có trong hội đồng.', en: () => 'This person is already on the council.' },
};

/** The composition rule a council breaks, in words, with what the rule of its kind expects. */
export function compositionMessage(v: CompositionViolation, lang: Language): string {
  return texts[v.key][lang](v);
}
