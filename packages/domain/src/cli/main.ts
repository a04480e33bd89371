/**
 * Entry of `pnpm cli` (tsx src/cli/main.ts). Everything but the process lives in run.ts, so
 * tests call `runCli` in-process.
 */
import { runCli } from './run.ts';

async function readStdin(): Promise<string | undefined> {
  // A terminal with nothing piped: report missing input rather than wait for ^D.
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  const { code, stdout, stderr } = await runCli(process.argv.slice(2), readStdin);
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
} catch (error) {
  // A bug, not bad input: show the stack.
  console.error(error);
  process.exitCode = 70;
}
