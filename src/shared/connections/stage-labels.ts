import type { ConnectionStage } from '../../domain/connections/stages.js';

export const stageLabels: Record<ConnectionStage, { vi: string; en: string }> = {
  proposed: { vi: 'Đề nghị kết nối', en: 'Proposed' },
  accepted: { vi: 'Đã chấp nhận', en: 'Accepted' },
  meeting: { vi: 'Đã gặp gỡ', en: 'Meeting held' },
  mou: { vi: 'Ký biên bản ghi nhớ', en: 'MoU signed' },
  contract: { vi: 'Ký hợp đồng', en: 'Contract signed' },
  transferred: { vi: 'Đã chuyển giao công nghệ', en: 'Technology transferred' },
  declined: { vi: 'Bị từ chối', en: 'Declined' },
  stalled: { vi: 'Tạm ngưng', en: 'Stalled' },
};
