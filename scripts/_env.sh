# Shared by scripts/run and scripts/test: create .venv and install the project (idempotent).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "error: Python >= 3.11 is required (found $("$PY" --version 2>&1))" >&2; exit 2
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
STAMP=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${1:-main}
if [ ! -f "$STAMP" ]; then
  python -m pip install -q --upgrade pip
  if [ "${1:-main}" = "test" ]; then python -m pip install -q -e '.[test]'; else python -m pip install -q -e .; fi
  touch "$STAMP"
fi
# numpy's BLAS pool and the embedder's threads fight over small machines.
export OPENBLAS_NUM_THREADS=1
