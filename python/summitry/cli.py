"""Command line: ``summitry extract PATH... [--out-dir DIR | -o FILE] [--published DATE]``.

With no PATH, runs on the small sample of texts embedded in the package and
prints the meetings it found.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from pathlib import Path

from .api import default_extractor


def _inputs(paths: list[str]):
    """The .txt files under `paths`, lazily and in a stable order (a folder
    of half a million files is never listed in memory at once)."""
    def walk(d: Path):
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:
            print(f"summitry: {d}: {e}", file=sys.stderr)
            return
        for e in entries:
            if e.is_dir(follow_symlinks=False):
                yield from walk(Path(e.path))
            elif e.name.endswith(".txt") and e.is_file():
                yield Path(e.path)

    for p in map(Path, paths):
        if p.is_dir():
            yield from walk(p)
        else:
            yield p


def _read(files, texts: list, names: list) -> int:
    """Read `files` as UTF-8 into `texts`/`names`; report and count failures."""
    failed = 0
    for f in files:
        try:
            texts.append(f.read_bytes().decode("utf-8"))
            names.append(f.stem)
        except (OSError, UnicodeDecodeError) as e:
            print(f"summitry: {f}: {e}", file=sys.stderr)
            failed += 1
    return failed


def _atomic_write(path: Path, data: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _summary(name: str, a) -> str:
    lines = [f"{name}: {a.title or '(no headline)'} [{a.lang}]"]
    for m in a.meetings:
        bits = [m.organization or "?", "+".join(m.bodies) or "?", m.date or "date?",
                m.city or "venue?", m.format or "", m.status]
        lines.append(f"  {m.role:10} " + " | ".join(b for b in bits if b))
        for p in m.participants:
            lines.append(f"    - {p.name} ({p.role or '?'}, {p.country or p.organization or '?'})")
        for d in m.documents:
            lines.append(f"    * {d.kind}/{d.action}: {d.title}")
    if a.quotes:
        lines.append(f"  {len(a.quotes)} quote(s); speakers: "
                     + ", ".join(sorted({q.speaker or '?' for q in a.quotes})))
    return "\n".join(lines)


class _TableSink:
    """Writes one table file chunk by chunk (streaming: nothing is kept)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.suffix = path.suffix.lower()
        if self.suffix not in (".jsonl", ".csv", ".parquet"):
            raise SystemExit(f"summitry: -o must end in .jsonl, .csv or .parquet, not {path.name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        self.fh = None if self.suffix == ".parquet" else open(self.tmp, "w", encoding="utf-8")
        self.writer = None
        self.header = True
        self.offset = 0

    def write(self, articles, names: list[str]) -> None:
        if self.suffix == ".jsonl":
            for a, n in zip(articles, names):
                self.fh.write(json.dumps(dict(a.to_dict(), source=n), ensure_ascii=False) + "\n")
            return
        from .tables import tables

        meetings = tables(articles)["meetings"]
        if meetings.empty:
            return
        meetings.insert(0, "source", [names[i] for i in meetings["article"]])
        meetings["article"] += self.offset
        self.offset += len(articles)
        meetings = meetings.astype({c: "string" for c in meetings.select_dtypes("category")})
        if self.suffix == ".csv":
            meetings.to_csv(self.fh, index=False, header=self.header)
            self.header = False
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(meetings, preserve_index=False)
            if self.writer is None:
                self.writer = pq.ParquetWriter(self.tmp, table.schema)
            self.writer.write_table(table.cast(self.writer.schema, safe=False))

    def close(self, ok: bool) -> None:
        if self.fh is not None:
            self.fh.close()
        if self.writer is not None:
            self.writer.close()
        if ok:
            os.replace(self.tmp, self.path)
        elif os.path.exists(self.tmp):
            os.unlink(self.tmp)


CHUNK = 512


def extract_cmd(args: argparse.Namespace) -> int:
    ex = default_extractor()
    if not args.paths:
        sample = Path(__file__).parent / "samples"
        files = sorted(sample.glob("*.txt"))
        print(f"summitry {__import__('summitry').__version__}: no input given, "
              f"running on the {len(files)} sample texts in {sample}\n")
    else:
        files = _inputs(args.paths)
    failed = 0
    sink = _TableSink(Path(args.output)) if args.output else None
    bar = None
    if sys.stderr.isatty() and args.paths:
        from .api import _TextBar

        bar = _TextBar(0)
    ok = False
    files = iter(files)
    try:
        # Streaming: read, extract and write a chunk at a time, so memory does
        # not grow with the corpus.
        while True:
            chunk = list(itertools.islice(files, CHUNK))
            if not chunk:
                break
            texts, names = [], []
            failed += _read(chunk, texts, names)
            articles = ex.extract_many(texts, published=args.published, errors="collect")
            for name, a in zip(names, articles):
                if not a.ok:
                    print(f"summitry: {name}: {a.error}", file=sys.stderr)
                    failed += 1
            if args.out_dir:
                out = Path(args.out_dir)
                for name, a in zip(names, articles):
                    _atomic_write(out / f"{name}.json", a.to_json(indent=1) + "\n")
            elif sink is not None:
                sink.write(articles, names)
            else:
                for name, a in zip(names, articles):
                    print(_summary(name, a))
                    print()
            if bar is not None:
                bar.update(len(chunk))
        ok = True
    finally:
        if sink is not None:
            sink.close(ok)
        if bar is not None:
            bar.close()
    if failed:
        print(f"summitry: {failed} input(s) failed", file=sys.stderr)
    return 1 if failed else 0


def consolidate_cmd(args: argparse.Namespace) -> int:
    from .consolidate import assignments, consolidate
    from .export import plover, to_jsonl

    texts, names = [], []
    failed = _read(_inputs(args.paths), texts, names)
    articles = default_extractor().extract_many(texts, published=args.published, errors="collect")
    events = consolidate(articles, include_referenced=args.referenced)
    if args.assign:
        rows = ["name\tcluster\n"] + [f"{n}\t{'' if c is None else c}\n"
                                       for n, c in zip(names, assignments(articles, events))]
        _atomic_write(Path(args.assign), "".join(rows))
    if args.output:
        out = Path(args.output)
        if args.plover:
            _atomic_write(out, to_jsonl(plover(events, articles)))
        elif out.suffix.lower() == ".jsonl":
            recs = [dict(e.to_dict(), sources=[{"text": names[a], "meeting": m} for a, m in e.sources])
                    for e in events]
            _atomic_write(out, to_jsonl(recs))
        else:
            from .consolidate import meetings_table

            _atomic_write(out, meetings_table(events).to_csv(index=False))
    else:
        for e in events:
            print(repr(e))
            print("    sources: " + ", ".join(names[a] for a, _ in e.sources))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="summitry", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd")
    e = sub.add_parser("extract", help="extract meeting records from .txt files and folders")
    e.add_argument("paths", nargs="*", help=".txt files or folders (recursive); none: the sample")
    g = e.add_mutually_exclusive_group()
    g.add_argument("--out-dir", help="write DIR/NAME.json for every NAME.txt")
    g.add_argument("-o", "--output", help="one file: .jsonl, .csv or .parquet")
    e.add_argument("--published", help="publication date (YYYY-MM-DD) for every input")
    c = sub.add_parser("consolidate", help="group the meetings of many reports into events")
    c.add_argument("paths", nargs="+", help=".txt files or folders (recursive)")
    c.add_argument("-o", "--output", help="events as .jsonl or .csv (with --plover: PLOVER JSON Lines)")
    c.add_argument("--plover", action="store_true", help="write PLOVER-style events")
    c.add_argument("--assign", help="write NAME<TAB>cluster for each text's main meeting")
    c.add_argument("--referenced", action="store_true", help="consolidate referenced meetings too")
    c.add_argument("--published", help="publication date (YYYY-MM-DD) for every input")
    args = p.parse_args(argv)
    if args.cmd is None:
        args = p.parse_args(["extract", *(argv or [])])
    if args.cmd == "consolidate":
        return consolidate_cmd(args)
    return extract_cmd(args)


if __name__ == "__main__":
    raise SystemExit(main())
