import type { TransferForm } from './sectors/vocabulary.js';

/**
 * What Techconnect 2023 in Quảng Ninh showed and collected, by the province's sectors: technologies
 * (crossed with what they apply to) make the offers' titles, needs (crossed likewise) the demands'.
 */
export type TechconnectSector = {
  vsic: string;
  fields: string[];
  trl: number;
  forms: TransferForm[];
  /** Technology titles, `{p}` taking one of `objects`. */
  technologies: string[];
  /** Demand titles, `{p}` taking one of `objects`. */
  needs: string[];
  objects: string[];
  keywords: string[];
};

export const techconnectSectors: TechconnectSector[] = [
  {
    vsic: 'B',
    fields: ['203', '105'],
    trl: 7,
    forms: ['equipment-with-training', 'license'],
    technologies: [
      'Hệ thống giám sát khí mỏ tự động cho {p}',
      'Công nghệ chống lò bằng vì neo cho {p}',
      'Thiết bị cảnh báo sớm sụt lún cho {p}',
      'Giải pháp số hóa bản đồ khai thác cho {p}',
      'Công nghệ khoan nổ mìn vi sai cho {p}',
      'Hệ thống băng tải tiết kiệm điện cho {p}',
      'Cảm biến đo ứng suất vỉa than cho {p}',
      'Phần mềm điều độ vận tải mỏ cho {p}',
    ],
    needs: [
      'Cần giải pháp giảm bụi tại {p}',
      'Cần công nghệ thoát nước và bơm tiết kiệm điện cho {p}',
      'Cần hệ thống định vị công nhân trong {p}',
      'Cần tự động hóa trạm quạt gió tại {p}',
      'Cần công nghệ phục hồi môi trường sau khai thác tại {p}',
    ],
    objects: ['mỏ than hầm lò', 'mỏ than lộ thiên', 'lò chợ cơ giới hóa', 'khu vực Cẩm Phả', 'khu vực Hạ Long', 'khu vực Uông Bí', 'mỏ đá vôi', 'bãi thải mỏ'],
    keywords: ['than', 'mỏ', 'an toàn lao động'],
  },
  {
    vsic: 'A',
    fields: ['405', '406'],
    trl: 7,
    forms: ['know-how', 'consulting'],
    technologies: [
      'Quy trình sản xuất giống nhân tạo {p}',
      'Công nghệ nuôi lồng bè HDPE cho {p}',
      'Chế phẩm vi sinh xử lý đáy ao nuôi {p}',
      'Hệ thống giám sát môi trường nước cho {p}',
      'Thức ăn công nghiệp chuyên dùng cho {p}',
      'Quy trình phòng bệnh tổng hợp cho {p}',
      'Công nghệ nuôi tuần hoàn RAS cho {p}',
      'Mô hình nuôi kết hợp rong biển với {p}',
    ],
    needs: [
      'Cần con giống sạch bệnh {p}',
      'Cần công nghệ nuôi {p} vượt bão',
      'Cần giảm tỷ lệ hao hụt khi nuôi {p}',
      'Cần thiết bị cho ăn tự động cho {p}',
      'Cần truy xuất nguồn gốc {p} nuôi',
    ],
    objects: ['sá sùng', 'hàu Thái Bình Dương', 'ngán', 'cá song', 'hải sâm', 'tôm he chân trắng', 'cá giò', 'ốc hương'],
    keywords: ['thủy sản', 'nuôi biển', 'Vân Đồn'],
  },
  {
    vsic: 'C',
    fields: ['211', '405'],
    trl: 8,
    forms: ['equipment-with-training', 'know-how'],
    technologies: [
      'Dây chuyền chế biến và đóng gói {p}',
      'Công nghệ cấp đông nhanh IQF cho {p}',
      'Công nghệ sấy lạnh bảo quản {p}',
      'Quy trình tiệt trùng kéo dài hạn sử dụng cho {p}',
      'Bao bì hút chân không cho {p}',
      'Thiết bị kiểm tra chất lượng nhanh cho {p}',
      'Dây chuyền sản xuất sản phẩm OCOP từ {p}',
      'Công nghệ chiết xuất hoạt chất từ {p}',
    ],
    needs: [
      'Cần dây chuyền đóng gói tự động cho {p}',
      'Cần kéo dài thời hạn sử dụng của {p}',
      'Cần đạt tiêu chuẩn xuất khẩu cho {p}',
      'Cần thiết kế nhãn và truy xuất nguồn gốc cho {p}',
      'Cần giảm chi phí năng lượng khi chế biến {p}',
    ],
    objects: ['chả mực Hạ Long', 'nước mắm Cái Rồng', 'ba kích Ba Chẽ', 'trà hoa vàng', 'miến dong Bình Liêu', 'rượu ba kích', 'sá sùng khô', 'gà đồi Tiên Yên'],
    keywords: ['chế biến', 'OCOP', 'thực phẩm'],
  },
  {
    vsic: 'E',
    fields: ['207', '208'],
    trl: 7,
    forms: ['equipment-with-training', 'consulting'],
    technologies: [
      'Công nghệ xử lý nước thải cho {p}',
      'Hệ thống quan trắc tự động cho {p}',
      'Công nghệ tái chế chất thải rắn cho {p}',
      'Chế phẩm sinh học khử mùi cho {p}',
      'Công nghệ xử lý khí thải cho {p}',
      'Giải pháp thu gom rác thải nhựa cho {p}',
      'Công nghệ lọc màng tái sử dụng nước cho {p}',
      'Lò đốt chất thải công suất nhỏ cho {p}',
    ],
    needs: [
      'Cần xử lý nước thải đạt chuẩn cho {p}',
      'Cần giải pháp thu gom và phân loại rác cho {p}',
      'Cần quan trắc môi trường trực tuyến tại {p}',
      'Cần công nghệ xử lý bùn thải từ {p}',
      'Cần giảm phát thải khí nhà kính tại {p}',
    ],
    objects: ['khu dân cư ven biển', 'cảng cá', 'nhà máy nhiệt điện', 'khu công nghiệp Cái Lân', 'bến tàu du lịch', 'đảo Cô Tô', 'làng chài vịnh Hạ Long', 'khu chế biến hải sản'],
    keywords: ['môi trường', 'xử lý chất thải', 'vịnh Hạ Long'],
  },
  {
    vsic: 'D',
    fields: ['202', '299'],
    trl: 8,
    forms: ['equipment-with-training', 'joint-venture'],
    technologies: [
      'Hệ thống điện mặt trời áp mái cho {p}',
      'Giải pháp lưu trữ điện cho {p}',
      'Hệ thống quản lý năng lượng thông minh cho {p}',
      'Công nghệ thu hồi nhiệt thải cho {p}',
      'Biến tần tiết kiệm điện cho {p}',
      'Đèn chiếu sáng LED thông minh cho {p}',
      'Tua bin gió cỡ nhỏ cho {p}',
      'Hệ thống bơm nhiệt cấp nước nóng cho {p}',
    ],
    needs: [
      'Cần giảm tiền điện cho {p}',
      'Cần nguồn điện ổn định cho {p}',
      'Cần kiểm toán năng lượng cho {p}',
      'Cần thay thế lò hơi đốt than tại {p}',
      'Cần giám sát tiêu thụ điện theo thời gian thực tại {p}',
    ],
    objects: ['khách sạn ven biển', 'nhà máy xi măng', 'cơ sở chế biến thủy sản', 'trang trại nuôi biển', 'đảo Quan Lạn', 'tòa nhà văn phòng', 'kho lạnh', 'bệnh viện tuyến tỉnh'],
    keywords: ['năng lượng', 'tiết kiệm điện', 'năng lượng tái tạo'],
  },
  {
    vsic: 'C',
    fields: ['205', '201'],
    trl: 7,
    forms: ['license', 'know-how'],
    technologies: [
      'Gạch không nung sử dụng {p}',
      'Bê tông nhẹ từ {p}',
      'Vật liệu san lấp từ {p}',
      'Phụ gia xi măng từ {p}',
      'Tấm ốp trang trí từ {p}',
      'Công nghệ nghiền sàng tái chế {p}',
      'Vữa khô trộn sẵn từ {p}',
      'Gạch lát vỉa hè từ {p}',
    ],
    needs: [
      'Cần tận dụng {p} làm vật liệu xây dựng',
      'Cần giảm chi phí xử lý {p}',
      'Cần công nghệ phân loại {p}',
      'Cần tiêu chuẩn kỹ thuật cho sản phẩm từ {p}',
      'Cần dây chuyền ép tự động cho sản phẩm từ {p}',
    ],
    objects: ['đất đá thải mỏ than', 'tro xỉ nhiệt điện', 'xỉ than', 'vỏ hàu', 'cát nhiễm mặn', 'đá mạt', 'phế thải xây dựng', 'bùn nạo vét cảng'],
    keywords: ['vật liệu xây dựng', 'tái chế', 'kinh tế tuần hoàn'],
  },
  {
    vsic: 'H',
    fields: ['102', '502'],
    trl: 8,
    forms: ['license', 'consulting'],
    technologies: [
      'Nền tảng quản lý kho bãi cho {p}',
      'Phần mềm điều phối xe cho {p}',
      'Hệ thống nhận dạng biển số container cho {p}',
      'Giải pháp truy vết hàng hóa cho {p}',
      'Cảm biến giám sát nhiệt độ cho {p}',
      'Hệ thống đặt lịch tàu thuyền cho {p}',
      'Nền tảng thương mại điện tử cho {p}',
      'Giải pháp thanh toán không tiền mặt cho {p}',
    ],
    needs: [
      'Cần số hóa quy trình giao nhận tại {p}',
      'Cần giảm thời gian chờ xe tại {p}',
      'Cần quản lý đội tàu cho {p}',
      'Cần kết nối dữ liệu hải quan cho {p}',
      'Cần giám sát an ninh bằng camera thông minh tại {p}',
    ],
    objects: ['cảng Cái Lân', 'cửa khẩu Móng Cái', 'khu kinh tế Vân Đồn', 'cảng tàu khách Tuần Châu', 'chợ đầu mối hải sản', 'doanh nghiệp vận tải than', 'kho ngoại quan', 'doanh nghiệp du lịch vịnh'],
    keywords: ['logistics', 'chuyển đổi số', 'cảng biển'],
  },
  {
    vsic: 'A',
    fields: ['401', '404'],
    trl: 7,
    forms: ['know-how', 'license'],
    technologies: [
      'Quy trình nhân giống nuôi cấy mô {p}',
      'Công nghệ tưới nhỏ giọt cho {p}',
      'Phân bón hữu cơ vi sinh cho {p}',
      'Quy trình canh tác hữu cơ {p}',
      'Nhà màng điều khiển tự động cho {p}',
      'Chế phẩm phòng trừ sâu bệnh cho {p}',
      'Quy trình trồng thâm canh {p}',
      'Thiết bị sơ chế sau thu hoạch {p}',
    ],
    needs: [
      'Cần giống {p} năng suất cao',
      'Cần quy trình trồng {p} đạt VietGAP',
      'Cần cơ giới hóa thu hoạch {p}',
      'Cần phòng trừ bệnh hại trên {p}',
      'Cần bảo quản {p} sau thu hoạch',
    ],
    objects: ['ba kích tím', 'trà hoa vàng', 'quế Tiên Yên', 'hồi Bình Liêu', 'rau má Quảng Yên', 'keo lai', 'thông mã vĩ', 'lúa nếp cái hoa vàng'],
    keywords: ['nông nghiệp', 'lâm nghiệp', 'dược liệu'],
  },
];

/** Fictional Quảng Ninh enterprises and cooperatives whose demands were taken down at the event. */
export const quangNinhSeekers = [
  'Công ty TNHH Hải sản Vân Đồn Xanh',
  'Hợp tác xã Nuôi trồng thủy sản Cái Rồng',
  'Công ty Cổ phần Chế biến Chả mực Bãi Cháy',
  'Công ty TNHH Than Hòn Gai Mới',
  'Công ty Cổ phần Cảng Hạ Long Logistics',
  'Hợp tác xã Ba kích Ba Chẽ',
  'Công ty TNHH Du lịch Vịnh Ngọc',
  'Công ty Cổ phần Gạch Ceramic Đông Triều',
  'Hợp tác xã Trà hoa vàng Hải Hà',
  'Công ty TNHH Xuất nhập khẩu Móng Cái Thịnh Phát',
  'Công ty Cổ phần Môi trường Đô thị Cẩm Phả',
  'Công ty TNHH Vật liệu Mới Uông Bí',
  'Hợp tác xã Nông nghiệp Quảng Yên',
  'Công ty Cổ phần Khách sạn Tuần Châu Biển Xanh',
  'Công ty TNHH Cơ khí Mỏ Mạo Khê',
  'Hợp tác xã Miến dong Bình Liêu',
  'Công ty TNHH Nuôi biển Cô Tô',
  'Công ty Cổ phần Thực phẩm Tiên Yên',
  'Công ty TNHH Năng lượng Xanh Hạ Long',
  'Công ty Cổ phần Vận tải Thủy Quảng Ninh',
];
