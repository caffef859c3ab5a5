import nodemailer from 'nodemailer';
import type { Db } from '../../../db/client.js';
import type { MailContent } from './mail.templates.js';
import { insertMail, markMail } from './mail.repository.js';

export type Mailer = { send: (to: string, content: MailContent) => Promise<void> };

/**
 * Every message is written to the outbox first; with SMTP_URL it is then sent and marked,
 * without it the outbox is where admins (and the demo) read it.
 */
export function createMailer(db: Db, options: { smtpUrl?: string; from: string }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(to, content) {
      const row = await insertMail(db, { to, subject: content.subject, text: content.text, kind: content.kind });
      if (!transport) return;
      try {
        await transport.sendMail({ from: options.from, to, subject: content.subject, text: content.text });
        await markMail(db, row.id, 'sent');
      } catch (error) {
        await markMail(db, row.id, 'failed', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
