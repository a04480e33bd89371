/** Plain HTTP from a chosen loopback source address, for the edge load test and its flood process. */
import { Agent, request } from 'node:http';

export interface Answer {
  status: number;
  ms: number;
}

/** One request; never throws (status 0 = failed). The time includes waiting for a free socket. */
export function send(
  agent: Agent,
  url: URL,
  options: { method?: string; body?: string; cookie?: string } = {},
): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        agent,
        method: options.method ?? 'GET',
        headers: {
          ...(options.body ? { 'content-type': 'application/json' } : {}),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(options.body);
  });
}

/** Keep-alive connections from `address` (any of 127.0.0.0/8 on Linux), at most `sockets` at once. */
export const from = (address: string, sockets: number) =>
  new Agent({ keepAlive: true, maxSockets: sockets, localAddress: address } as ConstructorParameters<
    typeof Agent
  >[0]);

const tally = (answers: Answer[]) =>
  answers.reduce<Record<string, number>>((acc, a) => {
    acc[a.status] = (acc[a.status] ?? 0) + 1;
    return acc;
  }, {});

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

/** How many, by status, and how long: the median, the 99th percentile and the slowest. */
export function summary(answers: Answer[]) {
  const ms = answers.map((a) => a.ms).sort((a, b) => a - b);
  return {
    requests: answers.length,
    statuses: tally(answers),
    p50Ms: percentile(ms, 50),
    p99Ms: percentile(ms, 99),
    maxMs: Math.round(ms.at(-1) ?? 0),
  };
}
