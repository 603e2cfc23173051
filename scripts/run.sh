#!/usr/bin/env bash
# Set up, then run the main job: `summitry extract [PATH...]`.
# With no PATH it runs on the sample texts shipped inside the package.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/summitry extract "$@"
