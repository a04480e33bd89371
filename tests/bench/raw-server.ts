/**
 * The baseline for the benchmark: plain Fastify answering from memory with the very bodies the
 * real server gave for the same requests (no session, no database, no tRPC, no validation).
 * `node --import tsx raw-server.ts <bodies.json>`; prints "raw listening on <url>".
 * bodies.json: { worklist: string, pathways: string[] } (each a complete JSON response body).
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const file = process.argv[2];
if (!file) throw new Error('usage: raw-server.ts <bodies.json>');
const bodies = JSON.parse(readFileSync(file, 'utf8')) as { worklist: string; pathways: string[] };

const app = Fastify({ logger: false });
app.get('/raw/worklist', (_request, reply) => {
  reply.type('application/json').send(bodies.worklist);
});
app.get<{ Params: { i: string } }>('/raw/pathway/:i', (request, reply) => {
  const body = bodies.pathways[Number(request.params.i) % bodies.pathways.length];
  reply.type('application/json').send(body);
});

const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`raw listening on ${address}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
