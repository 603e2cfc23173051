#!/usr/bin/env bash
# Every test: Rust (unit, table-driven, doc) and Python (pytest), plus lints.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== cargo test"
cargo test --quiet
echo "== lints (cargo fmt --check, clippy -D warnings, ruff)"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --features python -- -D warnings
.venv/bin/ruff check python tests
echo "== pytest"
.venv/bin/python -m pytest -q tests
