/**
 * The V8 flags the server runs with: its start script (package.json) passes them to node, the
 * worker processes inherit them (cluster.fork keeps process.execArgv), and the benchmark and the
 * process tests start the server with them too (tests/crash/server-process.ts).
 *
 * --max-semi-space-size=64 (MiB; Node 20's default is 16): a read allocates about 200 KB, and
 * with 50 requests in flight, each holding its objects across its database round trips, a
 * 16 MiB young generation is scavenged every few dozen requests while most of what it holds is
 * still alive: it is copied, promoted to the old generation and collected again there. Issue 11's
 * profile of pathway.get and the worklist page on PostgreSQL: garbage collection 11-22 % of the
 * server's CPU at 16 MiB, 10 % at 32, 5-7 % at 64. The cost is memory: up to 3 × 64 MiB more per
 * process at full load.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
