/**
 * Word lists of the duplicate-set generator: interchangeable products, materials, organisms and
 * processes (a look-alike swaps one for another of the same group), light title paraphrases, and
 * owner names. Written from general knowledge of the domain, not from the method's features.
 */

/** Groups of terms one technology template can be written for; ambiguous syllables ("vải", "đồng", "keo") are left out. */
export const substitutes: readonly (readonly string[])[] = [
  ['xoài', 'thanh long', 'sầu riêng', 'chuối', 'dứa', 'bưởi', 'chôm chôm', 'măng cụt', 'mít', 'ổi'],
  ['lúa', 'ngô', 'sắn', 'cà phê', 'hồ tiêu', 'hạt điều', 'ca cao', 'đậu nành', 'lạc', 'mía'],
  ['tôm', 'cá tra', 'cá rô phi', 'cá ngừ', 'nghêu', 'hàu', 'cua biển', 'ốc hương'],
  ['lợn', 'gà', 'bò', 'vịt', 'dê', 'cừu'],
  ['nước mắm', 'nước tương', 'tương ớt', 'giấm', 'rượu vang', 'sữa chua', 'kim chi', 'dưa muối'],
  ['gang', 'thép', 'nhôm', 'inox', 'kẽm', 'hợp kim titan'],
  ['PET', 'HDPE', 'PVC', 'ABS', 'PP'],
  ['trấu', 'mùn cưa', 'rơm rạ', 'vỏ cà phê', 'bã mía', 'lõi ngô', 'vỏ điều'],
  ['Bacillus', 'Lactobacillus', 'Trichoderma', 'Aspergillus', 'Saccharomyces', 'Streptomyces'],
  ['sâm Ngọc Linh', 'đinh lăng', 'atiso', 'cà gai leo', 'gừng', 'quế', 'sả', 'nghệ vàng'],
  ['asen', 'mangan', 'amoni', 'florua', 'nitrat', 'chì'],
  ['dệt nhuộm', 'xi mạ', 'tinh bột', 'giết mổ', 'thuộc da', 'giấy'],
  ['sấy phun', 'sấy thăng hoa', 'sấy bơm nhiệt', 'sấy vi sóng', 'sấy chân không', 'sấy tầng sôi'],
  ['kỵ khí', 'hiếu khí', 'thiếu khí'],
  ['ozone', 'clo', 'tia UV', 'plasma lạnh'],
  ['chè', 'cà phê', 'ca cao', 'hạt điều'],
  ['mango', 'dragon fruit', 'lychee', 'durian', 'banana', 'pineapple', 'papaya'],
  ['rice husk', 'sawdust', 'straw', 'coffee husk', 'bagasse', 'corn cobs'],
  ['shrimp', 'pangasius', 'tilapia', 'catfish', 'seabass'],
  ['steel', 'aluminium', 'copper', 'cast iron', 'titanium'],
  ['hardwoods', 'softwoods', 'bamboo', 'rubberwood'],
  ['arsenic', 'fluoride', 'manganese', 'nitrate'],
  ['fish sauce', 'soy sauce', 'vinegar', 'wine', 'beer'],
  ['spices', 'black pepper', 'cinnamon', 'ginger', 'turmeric'],
  ['starch', 'brewery', 'dairy', 'tannery', 'slaughterhouse'],
  ['textile', 'paper', 'electroplating', 'tannery'],
  ['medicines', 'cosmetics', 'supplements', 'veterinary drugs'],
  ['freeze drying', 'spray drying', 'vacuum drying', 'microwave drying'],
  ['anaerobic', 'aerobic', 'anoxic'],
  ['fruit', 'vegetables', 'flowers', 'seafood'],
  ['film', 'bottles', 'crates', 'fibres'],
];

/** Light paraphrases of a title, both directions: a person re-typing an offer says the same thing. */
export const paraphrases: readonly (readonly [string, string])[] = [
  ['Công nghệ', 'Quy trình công nghệ'],
  ['Quy trình', 'Quy trình kỹ thuật'],
  ['Máy', 'Thiết bị'],
  ['Hệ thống', 'Giải pháp hệ thống'],
  ['Dây chuyền', 'Hệ thống dây chuyền'],
  ['sản xuất', 'chế tạo'],
  ['công suất', 'năng suất'],
  ['tự động', 'tự động hóa'],
  ['cho', 'dùng cho'],
  ['bằng', 'sử dụng'],
  ['Dịch vụ', 'Cung cấp dịch vụ'],
  ['systems', 'solutions'],
  ['system', 'solution'],
  ['plants', 'installations'],
  ['units', 'equipment'],
  ['for', 'designed for'],
  ['with', 'featuring'],
  ['line', 'production line'],
];

/** A title prefix some connection points add when they re-enter an offer. */
export const titlePrefixes = { vi: ['Chuyển giao ', 'Chào bán: ', 'Giới thiệu '], en: ['Technology transfer: ', 'Offer: ', 'Licensing: '] } as const;

/** Owner names by owner type, with a short form a second connection point might type. */
export const owners: Record<string, readonly (readonly [string, string])[]> = {
  institute: [
    ['Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch', 'Viện Cơ điện NN & CNSTH'],
    ['Viện Công nghệ môi trường', 'Viện CN Môi trường'],
    ['Viện Công nghiệp thực phẩm', 'Viện CNTP'],
    ['Viện Nghiên cứu nuôi trồng thủy sản II', 'Viện NC NTTS II'],
    ['Viện Khoa học vật liệu', 'Viện KH Vật liệu'],
    ['Viện Công nghệ sinh học', 'Viện CNSH'],
    ['Viện Dược liệu', 'Viện Dược liệu (Bộ Y tế)'],
  ],
  university: [
    ['Trường Đại học Bách khoa Hà Nội', 'ĐH Bách khoa Hà Nội'],
    ['Trường Đại học Cần Thơ', 'ĐH Cần Thơ'],
    ['Trường Đại học Nông Lâm TP. Hồ Chí Minh', 'ĐH Nông Lâm TP.HCM'],
    ['Học viện Nông nghiệp Việt Nam', 'HV Nông nghiệp VN'],
    ['Trường Đại học Bách khoa - Đại học Đà Nẵng', 'ĐH Bách khoa Đà Nẵng'],
  ],
  enterprise: [
    ['Công ty TNHH Cơ khí Minh Phát', 'Cty TNHH Cơ khí Minh Phát'],
    ['Công ty Cổ phần Công nghệ Sinh học Tân Tiến', 'CTCP CNSH Tân Tiến'],
    ['Công ty TNHH Thiết bị Nhiệt Phương Nam', 'Nhiệt Phương Nam'],
    ['Công ty Cổ phần Môi trường Xanh Việt', 'CTCP Môi trường Xanh Việt'],
    ['Công ty TNHH Tự động hóa Đông Á', 'Tự động hóa Đông Á'],
  ],
  foreign: [
    ['Hanwha Techwin Co., Ltd.', 'Hanwha'],
    ['GEA Process Engineering GmbH', 'GEA'],
    ['Toyo Engineering Corporation', 'Toyo Engineering'],
    ['Netafim Ltd.', 'Netafim'],
    ['Andritz AG', 'ANDRITZ'],
  ],
  individual: [
    ['Nguyễn Văn An', 'TS. Nguyễn Văn An'],
    ['Trần Thị Bích Ngọc', 'PGS. Trần Thị Bích Ngọc'],
    ['Lê Hoàng Phúc', 'KS. Lê Hoàng Phúc'],
  ],
};

/** Provinces a second connection point may enter a record under (its own). */
export const connectionPointProvinces = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Đà Nẵng',
  'Cần Thơ',
  'Nghệ An',
  'Lâm Đồng',
  'Đồng Nai',
  'Thái Nguyên',
  'Hải Phòng',
  'An Giang',
];
