import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import type { WorkflowAction } from '../../../domain/catalogue/workflow.js';
import { RecordIdParams, ReturnBody } from '../../../shared/catalogue/catalogue.schemas.js';
import { auditContextOf, type Actor } from '../auth/actor.js';
import type { AuditContext } from '../audit/audit.service.js';
import { signedIn } from '../auth/auth.plugin.js';

type Move = (actor: Actor, id: string, action: WorkflowAction, ctx: AuditContext, reason?: string) => Promise<unknown>;

/** POST {base}/{id}/submit | /publish | /return {reason} | /archive (and kind-specific actions), for one kind of record. */
export function workflowRoutes(base: string, tag: string, response: ZodType, move: Move, extraActions: WorkflowAction[] = []): FastifyPluginAsyncZod {
  return async (app) => {
    const actions: WorkflowAction[] = ['submit', 'publish', 'archive', ...extraActions];
    for (const action of actions) {
      app.post(
        `${base}/:id/${action}`,
        { config: { auth: 'required' }, schema: { tags: [tag], params: RecordIdParams, response: { 200: response } } },
        async (request) => {
          const actor = signedIn(request);
          return move(actor, request.params.id, action, auditContextOf(actor, request));
        },
      );
    }
    app.post(
      `${base}/:id/return`,
      { config: { auth: 'required' }, schema: { tags: [tag], params: RecordIdParams, body: ReturnBody, response: { 200: response } } },
      async (request) => {
        const actor = signedIn(request);
        return move(actor, request.params.id, 'return', auditContextOf(actor, request), request.body.reason);
      },
    );
  };
}
