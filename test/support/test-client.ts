import { makeSignature } from 'better-auth/crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
let addressCounter = 0;

/** A browser-like client over app.inject: keeps cookies, sends the CSRF header, has its own address. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  readonly remoteAddress = `10.1.${Math.floor(++addressCounter / 250)}.${addressCounter % 250}`;

  constructor(
    private readonly app: FastifyInstance,
    private readonly language: 'vi' | 'en' = 'vi',
  ) {}

  async request(method: Method, url: string, body?: unknown, extra: Partial<InjectOptions> = {}) {
    if (!this.cookies.has('tb_csrf')) this.cookies.set('tb_csrf', 'test-csrf-token');
    const headers: Record<string, string> = {
      'accept-language': this.language,
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': this.cookies.get('tb_csrf') ?? '',
      ...((extra.headers as Record<string, string>) ?? {}),
    };
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.remoteAddress,
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body, headers: { ...headers, 'content-type': 'application/json' } }
          : { payload: body as object }),
      ...extra,
      ...(extra.headers ? { headers } : {}),
    });
    for (const cookie of response.cookies) {
      if (cookie.maxAge === 0 || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** Signs in with the given credentials; throws if the server refuses. */
  async signIn(email: string, password: string) {
    const response = await this.post('/api/auth/sign-in', { email, password });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
    return this;
  }

  /**
   * Starts a session for `userId` as better-auth's own test helpers do: the session row and signed
   * cookie a sign-in makes, without the password check, whose scrypt costs a few hundred
   * milliseconds of CPU each time (sign-in itself is tested through signIn, in test/auth and others).
   */
  async signInAs(userId: string) {
    const auth = await this.app.ctx.auth.$context;
    const { token } = await auth.internalAdapter.createSession(userId);
    this.cookies.set(auth.authCookies.sessionToken.name, `${token}.${await makeSignature(token, auth.secret)}`);
    return this;
  }
}
