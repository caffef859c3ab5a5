import type { Db } from '../../../db/client.js';
import { notificationText } from '../../../shared/notifications/notification-texts.js';
import type { AppConfig } from '../../config.js';
import { createMailer } from '../mail/mailer.js';
import { markDigestSent, pendingDigestEntries, recipientsOf } from './notifications.repository.js';

/** The digest goes out each morning at this hour, Viet Nam time (UTC+7). */
export const DIGEST_HOUR = 7;
const VN_OFFSET_MS = 7 * 3_600_000;

/** This morning's digest time if it has passed, else null (the hourly tick then does nothing). */
export function digestCutoff(now: Date): Date | null {
  const local = new Date(now.getTime() + VN_OFFSET_MS);
  const cutoff = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), DIGEST_HOUR) - VN_OFFSET_MS);
  return now >= cutoff ? cutoff : null;
}

const viDate = (d: Date) => new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10).split('-').reverse().join('/');

/**
 * Sends each person one e-mail with the notifications of the kinds they chose as a daily digest,
 * gathered since the last digest (everything made before this morning's digest time), in their
 * language; then marks them sent, so a second run the same day sends nothing. Answers the number
 * of e-mails sent.
 */
export async function sendDailyDigests(db: Db, config: Pick<AppConfig, 'smtpUrl' | 'mailFrom' | 'baseUrl'>, now = new Date()): Promise<number> {
  const cutoff = digestCutoff(now);
  if (!cutoff) return 0;
  const entries = await pendingDigestEntries(db, cutoff);
  if (entries.length === 0) return 0;
  const byPerson = new Map<string, typeof entries>();
  for (const entry of entries) byPerson.set(entry.userId, [...(byPerson.get(entry.userId) ?? []), entry]);
  const people = new Map((await recipientsOf(db, [...byPerson.keys()])).map((p) => [p.id, p]));
  const mailer = createMailer(db, { smtpUrl: config.smtpUrl, from: config.mailFrom });
  let sent = 0;
  for (const [userId, mine] of byPerson) {
    const person = people.get(userId);
    if (person) {
      const lang = person.locale === 'en' ? 'en' : 'vi';
      const lines = mine.map((e) => `• ${notificationText(e.kind, e.params, lang)}\n  ${config.baseUrl}${e.link ?? '/notifications'}`);
      const subject =
        lang === 'en'
          ? `TechBridge – your daily summary, ${viDate(cutoff)}: ${mine.length} notification${mine.length === 1 ? '' : 's'}`
          : `TechBridge – tóm tắt thông báo ngày ${viDate(cutoff)}: ${mine.length} thông báo`;
      const footer =
        lang === 'en'
          ? `You receive these once a day because you chose a daily digest. Change it in your profile: ${config.baseUrl}/me/profile`
          : `Bạn nhận thư này mỗi ngày một lần vì đã chọn nhận tóm tắt hằng ngày. Thay đổi trong hồ sơ: ${config.baseUrl}/me/profile`;
      await mailer.send(person.email, { kind: 'notification:digest', subject: subject.slice(0, 200), text: `${lines.join('\n\n')}\n\n${footer}\n` });
      sent += 1;
    }
    await markDigestSent(
      db,
      mine.map((e) => e.id),
      now,
    );
  }
  return sent;
}
