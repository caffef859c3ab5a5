/**
 * Vietnamese titles the representative offices added to foreign offers, so that Vietnamese
 * searches find them; keyed by the English title template, with the variants in the same order.
 */
export const foreignTitlesVi: Record<string, { title: string; variants?: string[] }> = {
  '5-axis CNC machining centre for {p}': { title: 'Trung tâm gia công CNC 5 trục cho {p}', variants: ['phụ tùng ô tô', 'khuôn mẫu', 'thân van thủy lực'] },
  'Precision gear grinding technology for {p}': { title: 'Công nghệ mài bánh răng chính xác cho {p}', variants: ['hộp số máy kéo nông nghiệp', 'hộp giảm tốc robot công nghiệp'] },
  'CNC retrofit kit with Korean controller for {p}': { title: 'Bộ cải tạo CNC dùng bộ điều khiển Hàn Quốc cho {p}', variants: ['máy tiện', 'máy phay', 'máy chấn tôn'] },
  'Smart factory monitoring for CNC workshops': { title: 'Giám sát nhà máy thông minh cho xưởng CNC' },
  'Compact riding {p} for small paddy fields': { title: '{p} cỡ nhỏ cho ruộng lúa diện tích nhỏ', variants: ['Máy cấy lúa ngồi lái', 'Máy gặt đập liên hợp'] },
  'Grain dryer with heat-pump assisted drying': { title: 'Máy sấy hạt tuần hoàn kết hợp bơm nhiệt' },
  'Solar power forecasting and plant optimisation for {p}': { title: 'Dự báo công suất và tối ưu vận hành điện mặt trời cho {p}', variants: ['nhà máy điện mặt trời quy mô lớn', 'hệ thống điện mặt trời mái nhà công nghiệp'] },
  'Floating solar system for {p}': { title: 'Hệ thống điện mặt trời nổi trên {p}', variants: ['hồ thủy lợi', 'ao nuôi thủy sản', 'hồ thủy điện'] },
  'Small biomass gasification power plant using {p}': { title: 'Nhà máy điện khí hóa sinh khối cỡ nhỏ dùng {p}', variants: ['trấu', 'dăm gỗ'] },
  'Standardised extraction of {p} for herbal medicines': { title: 'Chiết xuất chuẩn hóa {p} làm nguyên liệu thuốc', variants: ['tam thất', 'giảo cổ lam', 'thanh hao hoa vàng'] },
  'Tissue culture propagation of {p} seedlings': { title: 'Nhân giống {p} bằng nuôi cấy mô', variants: ['lan thạch hộc', 'lan kim tuyến'] },
  'Spray-drying line for {p} granules': { title: 'Dây chuyền sấy phun tạo cốm {p}', variants: ['thuốc cổ truyền', 'trà thảo dược hòa tan'] },
  'Membrane bioreactor for {p} wastewater reuse': { title: 'Bể sinh học màng MBR tái sử dụng nước thải {p}', variants: ['chế biến thủy sản', 'dệt nhuộm', 'khu công nghiệp'] },
  'Food waste digester for {p}': { title: 'Thiết bị xử lý rác thải thực phẩm tại chỗ cho {p}', variants: ['khách sạn, khu nghỉ dưỡng', 'chợ đầu mối'] },
  'Recycled plastic composite boards from {p}': { title: 'Tấm composite từ {p} tái chế', variants: ['nhựa thải hỗn hợp', 'lưới đánh cá'] },
  'Graphene-enhanced anticorrosion coating for {p}': { title: 'Sơn chống ăn mòn tăng cường graphene cho {p}', variants: ['cầu thép', 'vỏ tàu biển'] },
};
