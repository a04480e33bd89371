#!/usr/bin/env bash
# Runs pnpm on a machine that has only Node.js and npm: installs pnpm 12 into .tools/ when
# it is missing, installs the workspace from the lockfile, then runs `pnpm "$@"`.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version 2>/dev/null)" != 12.* ]]; then
  if [[ ! -x .tools/node_modules/.bin/pnpm ]]; then
    echo "Installing pnpm 12 into .tools/ (one time)…" >&2
    npm install --silent --no-audit --no-fund --prefix .tools pnpm@12 >&2
  fi
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
fi
pnpm install --frozen-lockfile --reporter=silent >&2
exec pnpm "$@"
