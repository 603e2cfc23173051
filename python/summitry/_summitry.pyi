"""The compiled core (Rust). Use the ``summitry`` package API instead."""
from collections.abc import Sequence
from typing import Any, Optional, Union

__version__: str

class SummitryError(Exception):
    """Base class of summitry's errors."""

class DataError(SummitryError):
    """A knowledge table is malformed or unknown."""

class InternalError(SummitryError):
    """An internal failure (a bug)."""

class _Engine:
    """The compiled engine: gazetteers and patterns built once."""

    def __init__(self, tables: Sequence[tuple[str, str]] = ...) -> None: ...
    def extract(self, text: Union[str, bytes], published: Optional[str] = None,
                errors: str = "strict") -> dict[str, Any]:
        """The schema-1 dict of one text."""
    def extract_many(self, texts: list[Union[str, bytes]], published: Sequence[Optional[str]],
                     errors: str = "strict",
                     threads: Optional[int] = None) -> list[Union[dict[str, Any], BaseException]]:
        """One dict (or exception object) per text, in order; runs in parallel
        on `threads` threads (default: all cores) with the GIL released."""
    def extract_arrow(self, texts: list[Union[str, bytes]], published: Sequence[Optional[str]],
                      errors: str = "strict", threads: Optional[int] = None, first: int = 0,
                      raise_first: bool = True) -> list[tuple[str, bytes]]:
        """The five tidy tables of the batch as (name, Arrow IPC stream) pairs."""
    def _core(self, texts: list[Union[str, bytes]], threads: Optional[int] = None) -> int:
        """Benchmark baseline: extract, keep only the number of meetings."""
    def extract_json(self, text: str, published: Optional[str] = None) -> str:
        """The schema-1 JSON of one text."""
