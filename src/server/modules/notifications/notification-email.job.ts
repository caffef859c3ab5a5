import { notificationText, type NotificationKind } from '../../../shared/notifications/notification-texts.js';
import type { JobHandler } from '../../jobs/job-worker.js';
import { createMailer } from '../mail/mailer.js';
import { recipientsOf } from './notifications.repository.js';

type Payload = { userIds: string[]; kind: NotificationKind; params: Record<string, string | number | null>; link: string | null };

/** Sends the e-mail copies of a notification (SMTP, or the outbox without SMTP_URL), both languages. */
export const sendNotificationEmails: JobHandler = async ({ db, config, job }) => {
  const payload = job.payload as Payload;
  const mailer = createMailer(db, { smtpUrl: config.smtpUrl, from: config.mailFrom });
  const link = payload.link ? `${config.baseUrl}${payload.link}` : config.baseUrl;
  const recipients = await recipientsOf(db, payload.userIds);
  for (const person of recipients) {
    const vi = notificationText(payload.kind, payload.params, 'vi');
    const en = notificationText(payload.kind, payload.params, 'en');
    await mailer.send(person.email, {
      kind: `notification:${payload.kind}`,
      subject: `TechBridge – ${person.locale === 'en' ? en : vi}`.slice(0, 200),
      text: `${vi}\n${link}\n\n${en}\n${link}\n`,
    });
  }
  return { sent: recipients.length };
};
