import { vietnamTime } from '../../../shared/i18n/vietnam-time.js';

/** Bilingual e-mails: Vietnamese first, English below, as Vietnamese public services do. */
export type MailContent = { kind: string; subject: string; text: string };

export function verificationMail(name: string, url: string): MailContent {
  return {
    kind: 'verify-email',
    subject: 'TechBridge – Xác minh email / Verify your email',
    text: `Xin chào ${name},\n\nVui lòng mở liên kết sau để xác minh địa chỉ email của bạn:\n${url}\n\nHello ${name},\n\nPlease open this link to verify your email address:\n${url}\n`,
  };
}

export function passwordResetMail(name: string, url: string): MailContent {
  return {
    kind: 'reset-password',
    subject: 'TechBridge – Đặt lại mật khẩu / Reset your password',
    text: `Xin chào ${name},\n\nMở liên kết sau để đặt lại mật khẩu (hiệu lực 1 giờ):\n${url}\n\nHello ${name},\n\nOpen this link to reset your password (valid for 1 hour):\n${url}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này. / If you did not ask for this, ignore this message.\n`,
  };
}

export function invitationMail(organisation: string, url: string): MailContent {
  return {
    kind: 'invitation',
    subject: `TechBridge – Lời mời tham gia ${organisation} / Invitation to join ${organisation}`,
    text: `Bạn được mời tham gia tổ chức "${organisation}" trên TechBridge. Mở liên kết sau để chấp nhận:\n${url}\n\nYou are invited to join "${organisation}" on TechBridge. Open this link to accept:\n${url}\n`,
  };
}

export function existingAccountMail(name: string, baseUrl: string): MailContent {
  return {
    kind: 'existing-account',
    subject: 'TechBridge – Email của bạn đã có tài khoản / Your email already has an account',
    text: `Xin chào ${name},\n\nAi đó vừa đăng ký TechBridge bằng email này, nhưng email đã có tài khoản. Nếu là bạn, hãy đăng nhập hoặc đặt lại mật khẩu tại ${baseUrl}/sign-in\n\nHello ${name},\n\nSomeone just tried to register on TechBridge with this email, which already has an account. If it was you, sign in or reset your password at ${baseUrl}/sign-in\n`,
  };
}

export function accountLockedMail(name: string, url: string, until: Date): MailContent {
  const time = vietnamTime(until);
  return {
    kind: 'account-locked',
    subject: 'TechBridge – Tài khoản tạm khóa đăng nhập / Sign-in to your account is locked',
    text: `Xin chào ${name},\n\nCó người (có thể là bạn) đã nhập sai mật khẩu tài khoản TechBridge của bạn nhiều lần liên tiếp, nên đăng nhập bị tạm khóa đến ${time} (giờ Việt Nam). Nếu đó là bạn, mở liên kết sau để mở khóa ngay:\n${url}\n\nNếu không phải bạn, mật khẩu của bạn vẫn an toàn; bạn có thể đặt lại mật khẩu cho chắc chắn.\n\nHello ${name},\n\nSomeone (maybe you) entered a wrong password for your TechBridge account many times in a row, so signing in is locked until ${time} (Viet Nam time). If it was you, open this link to unlock it now:\n${url}\n\nIf it was not you, your password is still safe; you may reset it to be sure.\n`,
  };
}
