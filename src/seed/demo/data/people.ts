import type { DemoPerson } from './types.js';

/** Shared password of every demo account; the platform admin (created by the app from ADMIN_EMAIL) uses the same default. */
export const DEMO_PASSWORD = 'TechBridge@2026';

/** One fictional account per role; the platform admin is the bootstrap admin. */
export const demoPeople: DemoPerson[] = [
  {
    email: 'canbo.cuc@techbridge.local',
    name: 'Nguyễn Thị Hoa',
    title: 'Chuyên viên Phòng Kết nối cung cầu công nghệ',
    purpose: 'Cán bộ Cục (agency staff)',
    memberships: [{ organisationKey: 'agency', role: 'admin' }],
  },
  {
    email: 'diemketnoi.nghean@techbridge.local',
    name: 'Trần Văn Minh',
    title: 'Phó Giám đốc Trung tâm, phụ trách điểm kết nối',
    purpose: 'Cán bộ điểm kết nối Nghệ An – Bắc Trung Bộ (connection-point staff)',
    memberships: [{ organisationKey: 'centre-nghe-an', role: 'admin' }],
  },
  {
    email: 'diemketnoi.gialai@techbridge.local',
    name: 'Phạm Quốc Bảo',
    title: 'Chuyên viên Phòng Tư vấn và Chuyển giao công nghệ',
    purpose: 'Cán bộ điểm kết nối Gia Lai (connection-point staff)',
    memberships: [{ organisationKey: 'centre-gia-lai', role: 'member' }],
  },
  {
    email: 'doanhnghiep@techbridge.local',
    name: 'Lê Thị Thu Hà',
    title: 'Giám đốc',
    purpose: 'Quản trị doanh nghiệp nước mắm Cửa Hội Xanh (enterprise admin)',
    memberships: [{ organisationKey: 'nuoc-mam-cua-hoi', role: 'admin' }],
  },
  {
    email: 'vien@techbridge.local',
    name: 'Hoàng Đức Long',
    title: 'Nghiên cứu viên chính',
    purpose: 'Nghiên cứu viên của viện (supplier member)',
    memberships: [{ organisationKey: 'vien-duoc-lieu-btb', role: 'member' }],
  },
  {
    email: 'daidien.hanquoc@techbridge.local',
    name: 'Võ Minh Tuấn',
    title: 'Tham tán Khoa học và Công nghệ',
    purpose: 'Cán bộ bộ phận đại diện KH&CN tại Hàn Quốc (representative office)',
    memberships: [{ organisationKey: 'rep-kr', role: 'member' }],
  },
  {
    email: 'partner.kr@techbridge.local',
    name: 'Kim Min-jun',
    title: 'Overseas Business Manager',
    locale: 'en',
    purpose: 'Đối tác Hàn Quốc Hanbit Precision Machinery (foreign partner admin)',
    memberships: [{ organisationKey: 'kr-hanbit', role: 'admin' }],
  },
];
