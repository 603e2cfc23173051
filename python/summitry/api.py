"""The friendly API over the compiled engine."""
from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Sequence
from typing import Any, Union

from . import _summitry
from .records import Article

DateLike = Union[str, _dt.date, _dt.datetime, None]

_TABLES = ("orgs", "bodies", "countries", "cities", "outlets", "people", "roles", "topics",
           "documents", "cues_en", "cues_ru")


def _date(value: DateLike, name: str = "published") -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    raise TypeError(f"{name} must be a str, datetime.date or datetime.datetime, "
                    f"not {type(value).__name__}")


def _table_text(value: Union[str, os.PathLike]) -> str:
    if isinstance(value, os.PathLike) or (isinstance(value, str) and "\t" not in value
                                          and os.path.exists(value)):
        with open(value, encoding="utf-8") as f:
            return f.read()
    return str(value)


class Extractor:
    """The configured engine: knowledge compiled once, reused across calls and threads.

    Extra knowledge rows are given per table, as a path to a TSV file or the
    TSV text itself, in the format of the built-in tables (see the README)::

        ex = summitry.Extractor(orgs="OTS\\ten\\tOrganization of Turkic States\\n")
    """

    def __init__(self, **tables: Union[str, os.PathLike]) -> None:
        unknown = set(tables) - set(_TABLES)
        if unknown:
            raise TypeError(f"unknown table(s) {sorted(unknown)}; known: {', '.join(_TABLES)}")
        self._tables = [(k, _table_text(v)) for k, v in tables.items()]
        self._engine = _summitry._Engine(self._tables)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._tables,))

    def __repr__(self) -> str:
        extra = ", ".join(k for k, _ in self._tables)
        return f"summitry.Extractor({extra})"

    def extract(self, text: Union[str, bytes], *, published: DateLike = None,
                errors: str = "strict") -> Article:
        """Extract the record of one text (``str``, or ``bytes`` as UTF-8)."""
        if not isinstance(text, (str, bytes)):
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        return Article(self._engine.extract(text, _date(published), errors), text)

    def extract_many(self, texts: Iterable[Union[str, bytes]], *,
                     published: Union[DateLike, Sequence[DateLike]] = None,
                     threads: int | None = None, errors: str = "raise",
                     progress: bool = False) -> list[Article]:
        """Extract many texts in parallel (GIL released); one Article per input, in order.

        ``errors="raise"`` raises the first failure; ``"collect"`` puts an
        Article carrying the error (``article.error``) in the failed input's place.
        """
        texts, dates, decode = _batch(texts, published, errors)
        chunk = 2048 if progress else max(len(texts), 1)
        bar = _progress(len(texts)) if progress else None
        out: list[Article] = []
        for i in range(0, len(texts), chunk):
            part = texts[i:i + chunk]
            results = _run(self._engine, part, dates[i:i + chunk], decode, threads)
            for text, r in zip(part, results):
                if isinstance(r, BaseException):
                    if errors == "raise":
                        raise r
                    out.append(Article.failed(r, text))
                else:
                    out.append(Article(r, text))
            if bar is not None:
                bar.update(len(part))
        if bar is not None:
            bar.close()
        return out


    def extract_arrow(self, texts: Iterable[Union[str, bytes]], *,
                      published: Union[DateLike, Sequence[DateLike]] = None,
                      threads: int | None = None, errors: str = "raise",
                      progress: bool = False, first: int = 0) -> dict[str, Any]:
        """The bulk path: the five tidy tables of :func:`summitry.tables` as
        ``pyarrow.Table`` objects, built in Rust without a Python object per
        record (GIL released throughout).

        ``errors="raise"`` raises the first failure; ``"collect"`` (or
        ``"replace"``, which also decodes invalid UTF-8 with U+FFFD) keeps a
        failed input as an ``articles`` row with its ``error``. Article
        numbers start at ``first`` (for writing a corpus chunk by chunk).
        """
        try:
            import pyarrow as pa
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("extract_arrow needs pyarrow: pip install 'summitry[arrow]'") from e

        texts, dates, decode = _batch(texts, published, errors)
        chunk = 2048 if progress else max(len(texts), 1)
        bar = _progress(len(texts)) if progress else None
        parts: dict[str, list] = {}
        # (at least one call: no texts still give the tables with their columns)
        for i in range(0, max(len(texts), 1), chunk):
            streams = self._engine.extract_arrow(
                texts[i:i + chunk], dates[i:i + chunk], decode, _threads(threads),
                first + i, errors == "raise")
            for name, data in streams:
                parts.setdefault(name, []).append(pa.ipc.open_stream(data).read_all())
            if bar is not None:
                bar.update(min(chunk, len(texts) - i))
        if bar is not None:
            bar.close()
        # Every chunk has the same schema (dictionaries may differ: fine).
        return {name: pa.concat_tables(ts) if len(ts) > 1 else ts[0] for name, ts in parts.items()}


def _batch(texts: Iterable[Union[str, bytes]], published: Union[DateLike, Sequence[DateLike]],
           errors: str) -> tuple[list, list, str]:
    if errors not in ("raise", "collect", "replace"):
        raise ValueError("errors must be 'raise', 'collect' or 'replace'")
    texts = list(texts)
    if isinstance(published, (list, tuple)):
        if len(published) != len(texts):
            raise ValueError("published: one value per text, or a single value")
        dates = [_date(p) for p in published]
    else:
        dates = [_date(published)] * len(texts)
    return texts, dates, "replace" if errors == "replace" else "strict"


def _threads(threads: int | None) -> int | None:
    if threads is not None:
        threads = int(threads)
        if threads < 1:
            raise ValueError("threads must be a positive number")
    return threads


def _run(engine: Any, texts: list, dates: list, decode: str, threads: int | None) -> list:
    return engine.extract_many(texts, dates, decode, _threads(threads))


class _TextBar:
    def __init__(self, total: int) -> None:
        import sys

        self.total, self.done, self.out = total, 0, sys.stderr

    def update(self, n: int) -> None:
        self.done += n
        if self.total:
            pct = 100 * self.done // self.total
            self.out.write(f"\rsummitry: {self.done}/{self.total} texts ({pct}%)")
        else:
            self.out.write(f"\rsummitry: {self.done} texts")
        self.out.flush()

    def close(self) -> None:
        self.out.write("\n")


def _progress(total: int) -> Any:
    try:
        from tqdm.auto import tqdm

        return tqdm(total=total, unit="text")
    except ImportError:
        return _TextBar(total)


def _rebuild(tables: list) -> Extractor:
    ex = Extractor.__new__(Extractor)
    ex._tables = tables
    ex._engine = _summitry._Engine(tables)
    return ex


_DEFAULT: Extractor | None = None


def default_extractor() -> Extractor:
    """The module-level engine behind :func:`extract` (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract(text: Union[str, bytes], *, published: DateLike = None,
            errors: str = "strict") -> Article:
    """Extract the schema-1 record of one text."""
    return default_extractor().extract(text, published=published, errors=errors)


def extract_many(texts: Iterable[Union[str, bytes]], *,
                 published: Union[DateLike, Sequence[DateLike]] = None,
                 threads: int | None = None, errors: str = "raise",
                 progress: bool = False) -> list[Article]:
    """Extract many texts in parallel; one Article per input, in order."""
    return default_extractor().extract_many(texts, published=published, threads=threads,
                                            errors=errors, progress=progress)


def extract_arrow(texts: Iterable[Union[str, bytes]], *,
                  published: Union[DateLike, Sequence[DateLike]] = None,
                  threads: int | None = None, errors: str = "raise",
                  progress: bool = False, first: int = 0) -> dict[str, Any]:
    """The five tidy tables as ``pyarrow.Table`` objects, straight from Rust."""
    return default_extractor().extract_arrow(texts, published=published, threads=threads,
                                             errors=errors, progress=progress, first=first)
