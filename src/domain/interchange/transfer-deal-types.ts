/**
 * The commercial deal types of the interchange format (`transferForms`) and what each means
 * under the Law on Technology Transfer 07/2017/QH14: the right transferred, the form of
 * transfer and the modes of transfer (codes of src/seed/data/technology-transfer-law.json).
 */
export const dealTypes = ['license', 'assignment', 'know-how', 'equipment-with-training', 'joint-venture', 'consulting'] as const;
export type DealType = (typeof dealTypes)[number];

export type LawTerms = { rights: string[]; forms: string[]; modes: string[] };

export const dealTypeTerms: Record<DealType, LawTerms> = {
  // A licence grants the right to use; the technology is handed over as documents.
  license: { rights: ['right-to-use'], forms: ['independent'], modes: ['documents'] },
  // An assignment sells the technology outright.
  assignment: { rights: ['ownership'], forms: ['independent'], modes: ['documents'] },
  // Know-how needs people as well as papers to pass on.
  'know-how': { rights: ['right-to-use'], forms: ['independent'], modes: ['documents', 'training', 'experts'] },
  'equipment-with-training': { rights: ['right-to-use'], forms: ['equipment-sale'], modes: ['equipment', 'training'] },
  // Contributing technology as capital transfers its ownership to the joint venture (Art. 4, 5).
  'joint-venture': { rights: ['ownership'], forms: ['capital-contribution'], modes: ['documents', 'experts'] },
  // Consulting is a technology-transfer service; it transfers no right by itself.
  consulting: { rights: [], forms: ['other'], modes: ['experts'] },
};

/** The union of the Law's terms over several deal types, each list in a stable order without repeats. */
export function lawTermsOf(types: readonly DealType[]): LawTerms {
  const collect = (pick: (t: LawTerms) => string[]) => [...new Set(types.flatMap((t) => pick(dealTypeTerms[t])))].sort();
  return { rights: collect((t) => t.rights), forms: collect((t) => t.forms), modes: collect((t) => t.modes) };
}

/** Vietnamese and English names of the deal types, for the template's code sheet and the UI. */
export const dealTypeNames: Record<DealType, { vi: string; en: string }> = {
  license: { vi: 'Li-xăng (chuyển quyền sử dụng)', en: 'Licence' },
  assignment: { vi: 'Chuyển nhượng quyền sở hữu', en: 'Assignment of ownership' },
  'know-how': { vi: 'Chuyển giao bí quyết', en: 'Know-how transfer' },
  'equipment-with-training': { vi: 'Bán thiết bị kèm đào tạo', en: 'Equipment with training' },
  'joint-venture': { vi: 'Liên doanh, góp vốn bằng công nghệ', en: 'Joint venture / capital contribution' },
  consulting: { vi: 'Tư vấn công nghệ', en: 'Consulting' },
};
