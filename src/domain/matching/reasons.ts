import type { ExplainedReason, MatchReason } from './types.js';

/** Default vi/en wording of a reason; the web UI translates `kind` + `params` itself. */
export function explain(reason: MatchReason): ExplainedReason {
  return { ...reason, text: texts(reason) } as ExplainedReason;
}

function texts(reason: MatchReason): { vi: string; en: string } {
  switch (reason.kind) {
    case 'same-field':
      return { vi: `Cùng lĩnh vực KH&CN ${reason.params.code}`, en: `Same S&T field ${reason.params.code}` };
    case 'same-field-group':
      return { vi: `Cùng nhóm lĩnh vực KH&CN ${reason.params.code}`, en: `Same S&T field group ${reason.params.code}` };
    case 'same-sector':
      return { vi: `Cùng ngành VSIC ${reason.params.code}`, en: `Same VSIC section ${reason.params.code}` };
    case 'phrases':
      return { vi: `Khớp cụm từ: ${reason.params.phrases.join(', ')}`, en: `Matching phrases: ${reason.params.phrases.join(', ')}` };
    case 'trl-fit':
      return { vi: `TRL ${reason.params.trl} ≥ yêu cầu ${reason.params.minTrl}`, en: `TRL ${reason.params.trl} ≥ required ${reason.params.minTrl}` };
    case 'trl-below':
      return { vi: `TRL ${reason.params.trl} < yêu cầu ${reason.params.minTrl}`, en: `TRL ${reason.params.trl} < required ${reason.params.minTrl}` };
    case 'within-budget':
      return { vi: 'Giá trong ngân sách', en: 'Price within budget' };
    case 'over-budget':
      return { vi: 'Giá vượt ngân sách', en: 'Price over budget' };
    case 'foreign-source':
      return { vi: `Nguồn nước ngoài: ${reason.params.country}`, en: `Foreign source: ${reason.params.country}` };
  }
}
