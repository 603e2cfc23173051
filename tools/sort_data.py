#!/usr/bin/env python3
"""Keep the knowledge tables tidy: comments first, then rows sorted and unique.

    python tools/sort_data.py [FILE.tsv ...]   (default: every src/data/**/*.tsv)

Rows are compared as byte strings, the order the Rust test checks.
"""
import sys
from pathlib import Path


def tidy(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    head = [x for x in lines if x.startswith("#")]
    rows = sorted({x.rstrip() for x in lines if x.strip() and not x.startswith("#")},
                  key=lambda s: s.encode("utf-8"))
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    files = [Path(a) for a in sys.argv[1:]] or sorted(Path("src/data").rglob("*.tsv"))
    for f in files:
        tidy(f)
