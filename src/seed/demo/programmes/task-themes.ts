import type { Random } from '../generate/random.js';

/**
 * What the demo programme's tasks are about: VSIC sections with the weight of each in the
 * programme and the technologies its tasks work on.
 */
const themes: Array<{ sectorCode: string; weight: number; subjects: string[] }> = [
  {
    sectorCode: 'C',
    weight: 55,
    subjects: [
      'sản xuất thép cán nguội chất lượng cao',
      'chế tạo linh kiện cơ khí cho ô tô',
      'chế tạo máy gặt đập liên hợp',
      'sản xuất bao bì giấy in flexo',
      'sản xuất sợi và vải kỹ thuật',
      'sản xuất phân bón hữu cơ vi sinh',
      'sản xuất gạch không nung từ tro xỉ',
      'chiết xuất dược liệu đạt chuẩn GMP',
      'sản xuất thức ăn chăn nuôi dạng viên',
      'rang xay và chế biến cà phê',
      'chế biến nước mắm truyền thống',
      'chế biến chè xanh xuất khẩu',
    ],
  },
  {
    sectorCode: 'A',
    weight: 15,
    subjects: [
      'nhân giống lúa chất lượng cao',
      'nuôi tôm thẻ chân trắng siêu thâm canh',
      'sản xuất cá tra giống',
      'nhân giống hoa lan bằng nuôi cấy mô',
      'nuôi trồng nấm dược liệu',
    ],
  },
  { sectorCode: 'D', weight: 8, subjects: ['lắp đặt điện mặt trời áp mái', 'chế tạo lò hơi đốt sinh khối', 'sản xuất khí sinh học quy mô trang trại'] },
  { sectorCode: 'E', weight: 8, subjects: ['xử lý nước thải chế biến thủy sản', 'tái chế chất thải nhựa', 'xử lý rác thải sinh hoạt phát điện'] },
  { sectorCode: 'F', weight: 6, subjects: ['sản xuất bê tông khí chưng áp', 'chế tạo kết cấu thép tiền chế'] },
  { sectorCode: 'J', weight: 8, subjects: ['quản lý sản xuất theo thời gian thực', 'giám sát nhà kính bằng IoT', 'truy xuất nguồn gốc nông sản'] },
];

const openings = ['Đổi mới công nghệ', 'Hoàn thiện và làm chủ công nghệ', 'Ứng dụng công nghệ tiên tiến trong', 'Nâng cao năng lực công nghệ'];

/** Current province codes the demo tasks' leading organisations come from. */
export const demoProvinceCodes = ['01', '79', '31', '48', '40', '38', '24', '22', '19', '33', '92', '66', '68', '75', '56', '82', '91', '52', '14', '20'];

/** A sector and a title for one demo task. */
export function pickTheme(random: Random): { sectorCode: string; title: string } {
  let ticket = random.int(
    1,
    themes.reduce((sum, t) => sum + t.weight, 0),
  );
  const theme = themes.find((t) => (ticket -= t.weight) <= 0) ?? themes[0];
  return { sectorCode: theme.sectorCode, title: `${random.pick(openings)} ${random.pick(theme.subjects)}` };
}
