import type { expertServices } from '../../../shared/catalogue/expert.schemas.js';
/** A technology expert; `affiliation` is a demo organisation key. */
export type DemoExpert = {
  name: string;
  /** Academic title and degree as Vietnamese profiles write them. */
  title: string;
  affiliation: string;
  fields: string[];
  expertise: string[];
  services: Array<(typeof expertServices)[number]>;
  bio: string;
  language?: 'vi' | 'en';
};

type ExpertRow = [name: string, title: string, affiliation: string, fields: string[], expertise: string[], services: DemoExpert['services'], bio: string];

const rows: ExpertRow[] = [
  ['Nguyễn Văn Thắng', 'PGS.TS.', 'vien-che-bien-mien-trung', ['211', '209'], ['lên men thực phẩm', 'nước mắm', 'enzyme'], ['consulting', 'research'], 'Hơn 20 năm nghiên cứu công nghệ lên men truyền thống, chủ nhiệm nhiều đề tài về nước mắm và sản phẩm lên men từ cá.'],
  ['Trần Thị Mai Anh', 'TS.', 'vien-che-bien-mien-trung', ['211'], ['sấy nông sản', 'bảo quản sau thu hoạch', 'sấy lạnh'], ['consulting', 'training'], 'Chuyên gia về sấy và bảo quản rau quả, tư vấn cho các hợp tác xã sản xuất sản phẩm OCOP.'],
  ['Lê Quang Huy', 'TS.', 'vien-vat-lieu-phuong-nam', ['205', '207'], ['vật liệu xây dựng', 'tái chế chất thải rắn', 'bê tông'], ['consulting', 'assessment'], 'Nghiên cứu sử dụng tro xỉ, phế thải xây dựng làm cốt liệu; tham gia biên soạn tiêu chuẩn vật liệu không nung.'],
  ['Phạm Thị Thanh Hương', 'PGS.TS.', 'vien-vat-lieu-phuong-nam', ['207', '208'], ['xử lý nước thải', 'màng sinh học', 'MBBR'], ['consulting', 'research'], 'Thiết kế và vận hành hệ thống xử lý nước thải công nghiệp cho các ngành thủy sản, dệt nhuộm, cao su.'],
  ['Y Phun Niê', 'ThS.', 'vien-sinh-hoc-tay-nguyen', ['401', '406'], ['hồ tiêu', 'chế phẩm sinh học', 'Trichoderma'], ['consulting', 'training'], 'Phát triển chế phẩm nấm đối kháng và hướng dẫn nông dân Tây Nguyên canh tác hồ tiêu bền vững.'],
  ['Đỗ Minh Khoa', 'TS.', 'vien-sinh-hoc-tay-nguyen', ['401', '211'], ['cà phê đặc sản', 'lên men cà phê', 'chế biến ướt'], ['consulting', 'assessment'], 'Giám khảo thử nếm cà phê, tư vấn quy trình chế biến nâng cao chất lượng cho doanh nghiệp và hợp tác xã.'],
  ['Vũ Thị Ngọc Lan', 'TS.', 'vien-thuy-san-bac-bo', ['405'], ['sản xuất giống thủy sản', 'nhuyễn thể', 'ốc hương'], ['research', 'training'], 'Làm chủ quy trình sinh sản nhân tạo nhiều đối tượng nuôi biển, hướng dẫn trại giống ven biển Bắc Bộ.'],
  ['Bùi Đức Thịnh', 'KS.', 'vien-thuy-san-bac-bo', ['405', '202'], ['nuôi tuần hoàn RAS', 'cảm biến ao nuôi', 'an toàn sinh học'], ['consulting'], 'Thiết kế hệ thống nuôi tuần hoàn và giải pháp giám sát môi trường ao nuôi cho doanh nghiệp.'],
  ['Ngô Thanh Tùng', 'TS.', 'vien-nang-luong-xanh', ['202', '299'], ['kiểm toán năng lượng', 'điện mặt trời', 'lưu trữ năng lượng'], ['assessment', 'consulting'], 'Kiểm toán viên năng lượng, thực hiện hơn 60 cuộc kiểm toán cho nhà máy chế biến và dệt may.'],
  ['Hồ Thị Bích Ngọc', 'PGS.TS.', 'vien-duoc-lieu-btb', ['304', '305'], ['chiết xuất dược liệu', 'chuẩn hóa dược liệu', 'HPLC'], ['research', 'consulting'], 'Nghiên cứu chiết xuất, chuẩn hóa cao dược liệu vùng Bắc Trung Bộ; hướng dẫn doanh nghiệp đăng ký sản phẩm.'],
  ['Hoàng Đức Long', 'TS.', 'vien-duoc-lieu-btb', ['304', '401'], ['trồng dược liệu', 'GACP-WHO', 'nhân giống'], ['consulting', 'training'], 'Xây dựng vùng trồng dược liệu đạt GACP-WHO ở miền núi Nghệ An và Hà Tĩnh.'],
  ['Lâm Văn Phước', 'ThS.', 'vien-co-dien-nong-nghiep', ['203', '401'], ['máy nông nghiệp', 'máy sấy lúa', 'cơ giới hóa'], ['consulting', 'research'], 'Thiết kế máy sấy vỉ ngang và máy gieo hạt cho đồng bằng sông Cửu Long.'],
  ['Đinh Công Chính', 'TS.', 'vien-go-lam-san', ['404', '205'], ['biến tính gỗ', 'sấy gỗ', 'keo dán gỗ'], ['consulting', 'assessment'], 'Chuyên gia công nghệ chế biến gỗ rừng trồng, tư vấn cho doanh nghiệp đồ gỗ xuất khẩu.'],
  ['Nguyễn Hữu Đạt', 'PGS.TS.', 'dh-ky-thuat-song-cong', ['203', '205'], ['xử lý nhiệt', 'thấm nitơ plasma', 'khuôn mẫu'], ['research', 'consulting'], 'Nghiên cứu xử lý bề mặt kim loại, đã chuyển giao công nghệ thấm nitơ cho nhiều doanh nghiệp cơ khí.'],
  ['Trịnh Thị Hà', 'TS.', 'dh-ky-thuat-song-cong', ['202', '102'], ['thị giác máy', 'tự động hóa', 'IoT công nghiệp'], ['consulting', 'training'], 'Phát triển hệ thống kiểm tra lỗi bằng camera và học sâu cho dây chuyền điện tử, dệt may.'],
  ['Mai Xuân Trường', 'TS.', 'dh-nong-lam-cao-nguyen', ['401', '406'], ['nuôi cấy mô', 'giống cây trồng', 'nhà màng'], ['research', 'training'], 'Phụ trách phòng nuôi cấy mô, cung cấp cây giống sạch bệnh cho vùng rau hoa công nghệ cao.'],
  ['Châu Thị Kim Yến', 'ThS.', 'dh-nong-lam-cao-nguyen', ['402', '403'], ['chăn nuôi an toàn sinh học', 'đệm lót sinh học', 'thức ăn ủ chua'], ['consulting', 'training'], 'Tư vấn mô hình chăn nuôi an toàn sinh học cho gia trại vùng Tây Nguyên.'],
  ['Phan Văn Hải', 'PGS.TS.', 'dh-bach-khoa-duyen-hai', ['203', '201'], ['đóng tàu', 'kết cấu thép', 'robot hàn'], ['consulting', 'assessment'], 'Chuyên gia công nghệ hàn và kết cấu, đánh giá trình độ công nghệ doanh nghiệp cơ khí ven biển.'],
  ['Tạ Thu Trang', 'TS.', 'dh-bach-khoa-duyen-hai', ['202', '299'], ['năng lượng tái tạo', 'lưới điện mini', 'điện gió'], ['research', 'consulting'], 'Nghiên cứu tích hợp năng lượng tái tạo vào lưới điện phân phối và cho vùng hải đảo.'],
  ['Dương Thanh Sơn', 'TS.', 'dh-cong-nghe-cuu-long', ['405', '209'], ['phụ phẩm thủy sản', 'collagen', 'chitosan'], ['research', 'consulting'], 'Phát triển quy trình thu hồi collagen và chitosan từ phụ phẩm chế biến thủy sản.'],
  ['Kiều Thị Diệu Linh', 'ThS.', 'dh-khoa-hoc-ung-dung-ha-thanh', ['502', '299'], ['đánh giá trình độ công nghệ', 'lộ trình đổi mới công nghệ', 'môi giới chuyển giao công nghệ'], ['assessment', 'brokerage'], 'Tham gia đánh giá trình độ công nghệ sản xuất theo Thông tư 17/2019/TT-BKHCN cho nhiều địa phương.'],
  ['Lương Văn Quyết', 'KS.', 'co-khi-song-cau', ['203'], ['CNC', 'gia công chính xác', 'đồ gá'], ['consulting', 'training'], 'Trưởng phòng kỹ thuật, 15 năm kinh nghiệm lập trình CNC và cải tạo máy công cụ.'],
  ['Park Ji-hoon', 'Dr.', 'kr-hanbit', ['203'], ['5-axis machining', 'gear grinding', 'precision engineering'], ['consulting', 'training'], 'Chief engineer for precision machining; has trained Vietnamese partners on multi-axis CNC processes since 2015.'],
  ['Tanaka Hiroshi', 'Mr.', 'jp-aozora', ['202', '299'], ['solar forecasting', 'floating solar', 'grid integration'], ['consulting'], 'Renewable energy engineer with projects in Japan, Viet Nam and the Philippines.'],
  ['Tan Wei Ling', 'Dr.', 'sg-lion-enviro', ['207'], ['membrane bioreactor', 'water reuse', 'industrial wastewater'], ['consulting', 'assessment'], 'Process engineer specialising in water reuse for food and textile industries in South-East Asia.'],
];

const englishAffiliations = new Set(['kr-hanbit', 'jp-aozora', 'sg-lion-enviro']);

export const demoExperts: DemoExpert[] = rows.map(([name, title, affiliation, fields, expertise, services, bio]) => ({
  name,
  title,
  affiliation,
  fields,
  expertise,
  services,
  bio,
  language: englishAffiliations.has(affiliation) ? 'en' : 'vi',
}));
