/**
 * The attacker's side of the edge load test, in its own process so that its work does not
 * slow the measuring one: `flood.ts <server url> <burst> <concurrency> <attacks>`. A burst of
 * anonymous requests from 127.0.0.2 and nested-body sign-ins (128 KB of `[`) from 127.0.0.3, at
 * once; prints one JSON line with the figures.
 */
import { from, send, summary } from './http.ts';

const [base = '', burstArg = '2000', concurrencyArg = '50', attacksArg = '20'] = process.argv.slice(2);
const BURST = Number(burstArg);
const CONCURRENCY = Number(concurrencyArg);
const ATTACKS = Number(attacksArg);
const NESTED_BODY = `{"username":${'['.repeat(128 * 1024)}`;
const at = (path: string) => new URL(path, base);

// What an anonymous flood sends: API reads, wrong sign-ins, app files, unknown paths.
const targets = [
  { url: at('/trpc/auth.me') },
  { url: at('/trpc/auth.login'), method: 'POST', body: '{"username":"laege.edge","password":"gæt"}' },
  { url: at('/clinic/') },
  { url: at('/trpc/worklist.mine') },
  { url: at('/does-not-exist') },
];

const burstAgent = from('127.0.0.2', CONCURRENCY);
const attackAgent = from('127.0.0.3', 5);
const started = performance.now();
const burst: Awaited<ReturnType<typeof send>>[] = [];
let next = 0;
const workers = Array.from({ length: CONCURRENCY }, async () => {
  while (next < BURST) {
    const target = targets[next++ % targets.length] ?? { url: at('/health') };
    burst.push(await send(burstAgent, target.url, target));
  }
});
const attacks = await Promise.all(
  Array.from({ length: ATTACKS }, () =>
    send(attackAgent, at('/trpc/auth.login'), { method: 'POST', body: NESTED_BODY }),
  ),
);
await Promise.all(workers);
const seconds = (performance.now() - started) / 1000;
burstAgent.destroy();
attackAgent.destroy();
process.stdout.write(
  `${JSON.stringify({
    burst: {
      ...summary(burst),
      seconds: Math.round(seconds * 10) / 10,
      perSecond: Math.round(burst.length / seconds),
    },
    nestedBodyAttack: { ...summary(attacks), bodyBytes: NESTED_BODY.length },
  })}\n`,
);
