#!/usr/bin/env bash
# Scores `qbank normalize` on the real public files with gold (shared/corpus/real) against the floor this project
# reaches today (see score_set.sh).
# usage: score_real.sh QBANK_BIN SHARED_DIR
set -euo pipefail
exec bash "$(dirname "$0")/score_set.sh" "$1" "$2/tools/score_normalize.py" "$2/corpus/real" 0.99 0.99 0.99 0.99 0.99 0.99
