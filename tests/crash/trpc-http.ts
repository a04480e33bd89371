/**
 * tRPC over plain HTTP, the way a browser calls it: POST for a mutation, GET with `?input=` for
 * a query, the session in a cookie. No tRPC client, so nothing hides a status code.
 */

export const SESSION_COOKIE = 'rygforlob_session';

export interface TrpcResponse<T = unknown> {
  status: number;
  /** `result.data` on success. */
  data: T | undefined;
  /** The error body's `error` on failure. */
  error: { message?: string; data?: { code?: string } } | undefined;
}

export const queryUrl = (base: string, path: string, input?: unknown): string =>
  `${base}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

async function parse<T>(res: Response): Promise<TrpcResponse<T>> {
  const body = (await res.json().catch(() => undefined)) as
    | { result?: { data?: T }; error?: TrpcResponse['error'] }
    | undefined;
  return { status: res.status, data: body?.result?.data, error: body?.error };
}

export class TrpcHttp {
  constructor(
    readonly base: string,
    public cookie = '',
  ) {}

  get cookieHeader(): string {
    return `${SESSION_COOKIE}=${this.cookie}`;
  }

  async login(username: string, password: string): Promise<void> {
    const res = await fetch(`${this.base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${await res.text()}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`login as ${username}: no session cookie`);
    this.cookie = cookie.slice(SESSION_COOKIE.length + 1);
  }

  async query<T>(path: string, input?: unknown): Promise<TrpcResponse<T>> {
    return parse<T>(
      await fetch(queryUrl(this.base, path, input), { headers: { cookie: this.cookieHeader } }),
    );
  }

  async mutation<T>(path: string, input: unknown): Promise<TrpcResponse<T>> {
    const res = await fetch(`${this.base}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader },
      body: JSON.stringify(input),
    });
    return parse<T>(res);
  }
}
