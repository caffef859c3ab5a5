import type { APIRequestContext } from 'playwright-core';

type OutboxPage = { items: Array<{ to: string; subject: string; text: string; kind: string }> };

/**
 * The first link in the newest outbox message of `kind` sent to `to`, read with a platform
 * admin's cookies (the outbox keeps mail when no SMTP server is configured). Mail is written in
 * the same request that causes it, but we poll briefly in case it is queued.
 */
export async function linkFromOutbox(admin: APIRequestContext, to: string, kind: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const response = await admin.get(`/api/admin/outbox?to=${encodeURIComponent(to)}`);
    if (!response.ok()) throw new Error(`outbox answered ${response.status()}: ${await response.text()}`);
    const page = (await response.json()) as OutboxPage;
    const message = page.items.find((item) => item.kind === kind && item.to === to);
    const link = message?.text.match(/https?:\/\/\S+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no ${kind} message to ${to} in the outbox`);
}
