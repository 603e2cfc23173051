"""Dask: the same tables as :func:`summitry.tables`, partition by partition.

    import dask.bag as db, summitry.dask
    frames = summitry.dask.tables(db.read_text("archive/*.txt", files_per_partition=1000))
    meetings = frames["meetings"].compute()

Each partition is extracted once (in the workers, with the compiled core's
bulk path, :func:`summitry.extract_arrow`: no Python object per record);
the five tables are built from that one result, and ``meta`` is declared so
that Dask never runs a partition to learn the columns. Compute several
tables together (``dask.compute(frames["meetings"], frames["participants"])``)
to share the extraction between them.

The ``article`` key is ``partition * 2**32 + index within the partition``.
"""
from __future__ import annotations

import operator
from typing import Any

NAMES = ("articles", "meetings", "participants", "documents", "quotes")


def _frames(texts: list, part: int, published: Any) -> dict:
    import pandas as pd

    from . import extract_arrow

    out = {}
    arrow = extract_arrow(list(texts), published=published, errors="collect", first=part << 32)
    for name, table in arrow.items():
        df = table.to_pandas()
        # Categories differ between partitions; plain objects concatenate.
        for col in df.columns:
            if isinstance(df[col].dtype, pd.CategoricalDtype):
                df[col] = df[col].astype(object)
        out[name] = df
    return out


def _meta() -> dict:
    # The columns and dtypes of every table, from one tiny document.
    sample = "The CSTO Council of Foreign Ministers met in Minsk on 20 June 2023."
    return {k: v.iloc[:0] for k, v in _frames([sample], 0, None).items()}


def tables(texts: Any, *, published: Any = None) -> dict:
    """Dask DataFrames ``articles``, ``meetings``, ``participants``,
    ``documents`` and ``quotes`` from a Dask bag or Series of texts."""
    import dask
    import dask.dataframe as dd

    parts = texts.to_delayed()
    if hasattr(parts, "flatten"):
        parts = list(parts.flatten())
    per = [dask.delayed(_frames)(p, i, published) for i, p in enumerate(parts)]
    meta = _meta()
    return {
        n: dd.from_delayed([dask.delayed(operator.getitem)(x, n) for x in per], meta=meta[n],
                           verify_meta=False)
        for n in NAMES
    }
