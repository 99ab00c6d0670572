#!/bin/sh
# Regenerates data/ of this example from rules/acme-helpdesk (both versions: 2026-Q1 and 2026-Q2). The
# same command always writes the same bytes, so a regenerated folder shows no git diff unless the
# generator or the rules changed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
dotnet run --project src/ScoreRules.Cli -- sample \
  --rules rules/acme-helpdesk \
  --people 10 --tickets 200 --months 6 --start 2026-01 --seed 2026 \
  --out examples/acme-helpdesk/data
