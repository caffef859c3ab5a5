import type { Language } from '../i18n/language.js';
import type { ErrorCode } from './error-codes.js';
import { vietnamTime } from '../i18n/vietnam-time.js';

export const errorMessages: Record<ErrorCode, Record<Language, string>> = {
  VALIDATION_FAILED: {
    vi: 'Dữ liệu không hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
    en: 'Some fields are invalid; please check the marked fields.',
  },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  UNAUTHENTICATED: { vi: 'Bạn cần đăng nhập để thực hiện thao tác này.', en: 'Please sign in to do this.' },
  INVALID_CREDENTIALS: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  EMAIL_NOT_VERIFIED: {
    vi: 'Email chưa được xác minh. Vui lòng mở thư xác minh chúng tôi đã gửi.',
    en: 'Your email is not verified yet. Please open the verification message we sent.',
  },
  ACCOUNT_DISABLED: {
    vi: 'Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị hệ thống.',
    en: 'This account is disabled. Please contact the platform administrator.',
  },
  TWO_FACTOR_REQUIRED: {
    vi: 'Quản trị viên phải bật xác thực hai bước trước khi tiếp tục. Vui lòng thiết lập ứng dụng xác thực.',
    en: 'Administrators must turn on two-step verification before going on. Please set up an authenticator app.',
  },
  INVALID_TWO_FACTOR_CODE: { vi: 'Mã xác thực không đúng.', en: 'Wrong verification code.' },
  TWO_FACTOR_EXPIRED: {
    vi: 'Bước xác thực đã hết hạn hoặc bị nhập sai quá nhiều lần. Vui lòng đăng nhập lại.',
    en: 'The verification step has expired or had too many wrong codes. Please sign in again.',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  CSRF_FAILED: { vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.', en: 'Your session check failed; please reload the page.' },
  NOT_FOUND: { vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found.' },
  ALREADY_EXISTS: { vi: 'Bản ghi đã tồn tại.', en: 'This record already exists.' },
  CONFLICT: { vi: 'Thao tác xung đột với trạng thái hiện tại.', en: 'This conflicts with the current state.' },
  VERSION_CONFLICT: {
    vi: 'Bản ghi đã được người khác sửa. Vui lòng tải lại và sửa lại.',
    en: 'Someone else changed this record. Please reload and edit again.',
  },
  INVALID_TRANSITION: { vi: 'Không thể chuyển sang trạng thái này.', en: 'This status change is not allowed.' },
  PAYLOAD_TOO_LARGE: { vi: 'Tệp hoặc dữ liệu gửi lên quá lớn.', en: 'The file or request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { vi: 'Loại tệp không được hỗ trợ.', en: 'This file type is not supported.' },
  RATE_LIMITED: { vi: 'Bạn đã thử quá nhiều lần. Vui lòng đợi một lát rồi thử lại.', en: 'Too many attempts. Please wait a moment and try again.' },
  ACCOUNT_LOCKED: {
    vi: 'Đăng nhập sai quá nhiều lần nên tài khoản tạm khóa. Chúng tôi đã gửi email cho chủ tài khoản kèm liên kết để mở khóa ngay.',
    en: 'Too many failed sign-ins, so this account is locked for a while. We have e-mailed its owner a link to unlock it now.',
  },
  INTERNAL: { vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', en: 'Something went wrong on our side. Please try again later.' },
  UNAVAILABLE: { vi: 'Dịch vụ tạm thời không sẵn sàng.', en: 'The service is temporarily unavailable.' },
};

const lockedUntilNote: Record<Language, (time: string) => string> = {
  vi: (time) =>
    `Đăng nhập sai quá nhiều lần nên tài khoản bị khóa đến ${time} (giờ Việt Nam). Chúng tôi đã gửi email cho chủ tài khoản kèm liên kết để mở khóa ngay.`,
  en: (time) => `Too many failed sign-ins: this account is locked until ${time} (Viet Nam time). We have e-mailed its owner a link to unlock it now.`,
};
const waitNote: Record<Language, (seconds: number) => string> = {
  vi: (seconds) => `Bạn đã thử quá nhiều lần. Vui lòng đợi ${seconds} giây rồi thử lại.`,
  en: (seconds) => `Too many attempts. Please wait ${seconds} seconds and try again.`,
};

/** Reasons that deserve their own sentence over their code's (the web says the same from its own labels). */
const reasonMessages: Record<string, Record<Language, string>> = {
  no_free_table: {
    vi: 'Mọi bàn của khung giờ này đều đã có cuộc gặp; hãy chọn khung giờ khác hoặc chờ một bàn trống.',
    en: 'Every table of this slot holds a meeting; choose another slot or wait for a table to free up.',
  },
};

const changedFieldsNote: Record<Language, string> = { vi: 'Các trường đã thay đổi:', en: 'Fields changed:' };

/**
 * The message for an error; a version conflict also names the fields someone else changed meanwhile,
 * a lock says until when, a limit how long to wait.
 */
export function errorMessage(code: ErrorCode, lang: Language, details: Record<string, unknown>): string {
  if (code === 'ACCOUNT_LOCKED' && typeof details.lockedUntil === 'string') return lockedUntilNote[lang](vietnamTime(new Date(details.lockedUntil)));
  const seconds = Number(details.retryAfterSeconds);
  if (code === 'RATE_LIMITED' && seconds > 0) return waitNote[lang](seconds);
  const changed = details.changedFields;
  if (code === 'VERSION_CONFLICT' && Array.isArray(changed) && changed.length > 0) {
    return `${errorMessages[code][lang]} ${changedFieldsNote[lang]} ${changed.join(', ')}.`;
  }
  const reason = typeof details.reason === 'string' ? reasonMessages[details.reason] : undefined;
  return reason ? reason[lang] : errorMessages[code][lang];
}
