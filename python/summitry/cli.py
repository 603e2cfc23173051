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
    """Writes one table file chunk by chunk (streaming: nothing is kept).

    ``.jsonl`` gets one record per text; ``.csv`` and ``.parquet`` get the
    meetings table (with a ``source`` column), written from the Arrow tables
    the core builds (no Python object per record).
    """

    def __init__(self, path: Path, table: str = "meetings") -> None:
        self.path, self.table = path, table
        self.suffix = path.suffix.lower()
        if self.suffix not in (".jsonl", ".csv", ".parquet"):
            raise SystemExit(f"summitry: -o must end in .jsonl, .csv or .parquet, not {path.name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        self.fh = open(self.tmp, "w", encoding="utf-8") if self.suffix == ".jsonl" else None
        self.writer = None
        self.schema = None

    @property
    def arrow(self) -> bool:
        return self.suffix != ".jsonl"

    def write_records(self, articles, names: list[str]) -> None:
        for a, n in zip(articles, names):
            self.fh.write(json.dumps(dict(a.to_dict(), source=n), ensure_ascii=False) + "\n")

    def write_tables(self, tables: dict, names: list[str], first: int) -> None:
        import pyarrow as pa

        table = tables[self.table]
        source = pa.array([names[i - first] for i in table.column("article").to_pylist()],
                          type=pa.string())
        table = table.add_column(0, "source", source)
        if self.writer is None:
            if self.suffix == ".csv":
                import pyarrow.csv as pacsv

                self.schema = pa.schema([pa.field(f.name, pa.string())
                                         if pa.types.is_dictionary(f.type) else f
                                         for f in table.schema])
                self.writer = pacsv.CSVWriter(self.tmp, self.schema)
            else:
                import pyarrow.parquet as pq

                self.schema = table.schema
                self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.writer.write_table(table.cast(self.schema))

    def close(self, ok: bool) -> None:
        if self.fh is not None:
            self.fh.close()
        if self.writer is not None:
            self.writer.close()
        if ok:
            os.replace(self.tmp, self.path)
        elif os.path.exists(self.tmp):
            os.unlink(self.tmp)


class _TablesSink:
    """``--tables DIR``: the five tidy tables as DIR/NAME.parquet, streamed."""

    NAMES = ("articles", "meetings", "participants", "documents", "quotes")

    def __init__(self, folder: Path) -> None:
        self.sinks = {n: _TableSink(folder / f"{n}.parquet", n) for n in self.NAMES}
        self.arrow = True

    def write_tables(self, tables: dict, names: list[str], first: int) -> None:
        for sink in self.sinks.values():
            sink.write_tables(tables, names, first)

    def close(self, ok: bool) -> None:
        for sink in self.sinks.values():
            sink.close(ok)


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
    sink = (_TableSink(Path(args.output)) if args.output
            else _TablesSink(Path(args.tables)) if args.tables else None)
    bar = None
    if sys.stderr.isatty() and args.paths:
        from .api import _TextBar

        bar = _TextBar(0)
    ok = False
    done = 0
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
            if sink is not None and sink.arrow:
                # The bulk path: tables straight from the core.
                tables = ex.extract_arrow(texts, published=args.published, errors="collect",
                                          first=done)
                errs = tables["articles"].filter(tables["articles"].column("error").is_valid())
                for i, e in zip(errs.column("article").to_pylist(), errs.column("error").to_pylist()):
                    print(f"summitry: {names[i - done]}: {e}", file=sys.stderr)
                    failed += 1
                sink.write_tables(tables, names, done)
                done += len(texts)
                if bar is not None:
                    bar.update(len(chunk))
                continue
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
                sink.write_records(articles, names)
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
    g.add_argument("-o", "--output", help="one file: .jsonl (records), .csv or .parquet (meetings)")
    g.add_argument("--tables", metavar="DIR",
                   help="the five tidy tables as DIR/{articles,meetings,participants,documents,"
                        "quotes}.parquet")
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
