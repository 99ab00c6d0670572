#!/bin/sh
# Regenerates data/ of this example from rules/bank-service-desk. The same command always writes the
# same bytes, so a regenerated folder shows no git diff unless the generator or the rules changed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
dotnet run --project src/ScoreRules.Cli -- sample \
  --rules rules/bank-service-desk \
  --people 10 --tickets 150 --months 3 --start 2026-01 --seed 2026 \
  --out examples/bank-service-desk/data
