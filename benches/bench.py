#!/usr/bin/env python3
"""summitry benchmark: speed and scale, measured (never a timed test).

    .venv/bin/python benches/bench.py [--mb 30] [--cli-mb 1024] [--peer] [--peer-texts 40]

Prints:
- MB/s of the Rust core alone (called from Python, nothing converted back);
- end-to-end MB/s of ``extract_many`` from Python (records converted to
  Python objects) on one thread, on two, and their ratio;
- MB/s of the bulk path (``extract_arrow``: the five tidy tables as Arrow
  tables built in Rust) and its share of the core's speed; for comparison,
  ``summitry.tables`` (pandas, from Python records);
- MB/s on one very long text (1, 4, 16 MB): cost grows linearly;
- the CLI's peak memory (RSS) streaming a generated corpus to Parquet;
- with ``--peer``: the spaCy + textacy + dateparser peer of ../shared/peers
  on the same texts in the same run, and summitry's speed as a multiple of it.

Texts: the shared corpus (../shared/corpus), repeated; it is not copied.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def english_texts() -> list:
    """The English texts of the corpus (seeds and dev/en): the peer is an English pipeline."""
    return [p.read_text(encoding="utf-8")
            for d in ("seeds", "dev/en") for p in sorted((SHARED / "corpus" / d).glob("*.txt"))]


def corpus_texts() -> list:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").rglob("*.txt"))]
    if not texts:
        sys.exit("bench: no texts under ../shared/corpus")
    return texts


def mb(texts: list) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def best_of(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def throughput(texts: list) -> dict:
    import summitry

    size = mb(texts)
    engine = summitry.default_extractor()._engine
    summitry.extract_many(texts[:200])  # warm up: build the engine
    out = {}
    dt = best_of(lambda: engine._core(texts, 1))
    out["core"] = size / dt
    print(f"core alone, 1 thread:          {size / dt:7.2f} MB/s  ({size:.1f} MB, {dt:.2f} s)")
    for threads in (1, 2):
        dt = best_of(lambda t=threads: summitry.extract_many(texts, threads=t))
        out[threads] = size / dt
        print(f"extract_many, {threads} thread(s):    {size / dt:7.2f} MB/s  ({dt:.2f} s)")
    print(f"two threads / one thread:      {out[2] / out[1]:7.2f}x")
    return out


def table_path(texts: list, core: float) -> float:
    import summitry

    size = mb(texts)
    dt = best_of(lambda: summitry.extract_arrow(texts, threads=1))
    print(f"extract_arrow, 1 thread:       {size / dt:7.2f} MB/s  "
          f"({100 * size / dt / core:.0f}% of the core alone)")
    dt2 = best_of(lambda: summitry.extract_arrow(texts, threads=2))
    print(f"extract_arrow, 2 threads:      {size / dt2:7.2f} MB/s  ({dt / dt2:.2f}x one thread)")
    small = texts[: max(1, len(texts) // 3)]
    dt3 = best_of(lambda: summitry.tables(summitry.extract_many(small, threads=1)), 2)
    print(f"(pandas tables from records:   {mb(small) / dt3:7.2f} MB/s, 1 thread)")
    return size / dt


def long_texts(texts: list) -> None:
    """One text of 1, 4 and 16 MB (the corpus joined): cost should grow linearly."""
    import summitry

    joined = "\n\n".join(texts)
    for size in (1, 4, 16):
        text = (joined * (size * 1_000_000 // len(joined.encode()) + 1))
        text = text[: size * 1_000_000]
        n = len(text.encode()) / 1e6
        dt = best_of(lambda t=text: summitry.extract(t), 1)
        print(f"one text of {n:5.1f} MB:          {n / dt:7.2f} MB/s  ({dt:.2f} s)")


def cli_memory(texts: list, target_mb: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="summitry-bench-"))
    try:
        src = tmp / "corpus"
        src.mkdir()
        written, i = 0, 0
        while written < target_mb * 1_000_000:
            t = texts[i % len(texts)]
            sub = src / f"{i // 1000:04d}"
            sub.mkdir(exist_ok=True)
            (sub / f"t{i:07d}.txt").write_text(t, encoding="utf-8")
            written += len(t.encode())
            i += 1
        print(f"CLI corpus: {i} files, {written / 1e6:.0f} MB (generated)")
        # The CLI is started from a small launcher process: a child forked
        # from this (large) benchmark process would be charged its pages.
        launcher = ("import resource, subprocess, sys; "
                    "subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL); "
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", launcher, sys.executable, "-m", "summitry",
                              "extract", str(src), "-o", str(tmp / "out.parquet")],
                             check=True, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        peak = int(out.stdout.split()[-1])
        print(f"CLI to Parquet: {written / 1e6 / dt:7.2f} MB/s, peak RSS {peak / 1024:.0f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def peer(texts: list, summitry_mbs_one_thread: float) -> None:
    venv = ROOT / "target" / "peer-venv"
    py = venv / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "-r",
                        str(SHARED / "peers" / "requirements.txt")], check=True)
    tmp = Path(tempfile.mkdtemp(prefix="summitry-peer-"))
    try:
        src = tmp / "in"
        src.mkdir()
        for i, t in enumerate(texts):
            (src / f"t{i:05d}.txt").write_text(t, encoding="utf-8")
        size = mb(texts)
        t0 = time.perf_counter()
        subprocess.run([str(py), str(SHARED / "peers" / "spacy_baseline.py"), str(tmp / "out"), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        dt = time.perf_counter() - t0
        peer_mbs = size / dt
        import summitry

        dt2 = best_of(lambda: summitry.extract_many(texts, threads=1))
        ours = size / dt2
        print(f"spaCy peer, 1 process:         {peer_mbs:7.4f} MB/s  "
              f"({len(texts)} texts, model load included)")
        print(f"summitry on the same texts:    {ours:7.2f} MB/s  -> {ours / peer_mbs:,.0f}x the peer")
        print(f"(summitry on the large batch:  {summitry_mbs_one_thread:7.2f} MB/s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=30, help="MB of text for the throughput runs")
    ap.add_argument("--cli-mb", type=int, default=0, help="MB of generated corpus for the CLI run (0: skip)")
    ap.add_argument("--peer", action="store_true", help="also run the spaCy peer (installs it once)")
    ap.add_argument("--peer-texts", type=int, default=40,
                    help="English texts for the peer run (seeds and dev/en; 37 in all)")
    a = ap.parse_args()
    base = corpus_texts()
    reps = int(a.mb / mb(base)) + 1
    texts = base * reps
    print(f"summitry benchmark on {os.cpu_count()} cores; corpus of {len(base)} texts repeated "
          f"{reps} times: {mb(texts):.1f} MB")
    res = throughput(texts)
    table_path(texts, res["core"])
    long_texts(base)
    if a.cli_mb:
        cli_memory(base, a.cli_mb)
    if a.peer:
        peer(english_texts()[: a.peer_texts], res[1])


if __name__ == "__main__":
    main()
