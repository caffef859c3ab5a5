import type { ItemStatus } from '../../domain/roadmaps/types.js';
import type { Language } from '../i18n/language.js';

/** Labels drawn into the chart and the map (the same drawing is exported as SVG, PNG and PDF by the server). */
type Labels<K extends string> = Record<K, Record<Language, string>>;

export const itemStatusLabels: Labels<ItemStatus> = {
  idea: { vi: 'Ý tưởng', en: 'Idea' },
  planned: { vi: 'Đã lên kế hoạch', en: 'Planned' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  delivered: { vi: 'Đã hoàn thành', en: 'Delivered' },
  dropped: { vi: 'Đã bỏ', en: 'Dropped' },
};

/** Fill colours per status: distinct in greyscale print too (lightness differs), with dark text on all. */
export const statusColours: Record<ItemStatus, string> = {
  idea: '#f1f3f5',
  planned: '#d0ebff',
  'in-progress': '#ffd8a8',
  delivered: '#b2f2bb',
  dropped: '#dee2e6',
};

export const chartTexts: Labels<'legend' | 'years' | 'vietnam' | 'world' | 'gap' | 'offers' | 'demands' | 'experts' | 'connections' | 'level'> = {
  legend: { vi: 'Chú giải', en: 'Legend' },
  years: { vi: 'Năm', en: 'Years' },
  vietnam: { vi: 'Việt Nam', en: 'Viet Nam' },
  world: { vi: 'Thế giới', en: 'World best' },
  gap: { vi: 'Khoảng cách', en: 'Gap' },
  offers: { vi: 'chào bán', en: 'offers' },
  demands: { vi: 'nhu cầu', en: 'demands' },
  experts: { vi: 'chuyên gia', en: 'experts' },
  connections: { vi: 'kết nối', en: 'connections' },
  level: { vi: 'Trình độ (1–9)', en: 'Level (1–9)' },
};
