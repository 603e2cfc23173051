"""Tidy pandas tables from articles (pandas is imported only here, when used)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def rows(articles: Iterable[Any]) -> dict[str, list[dict]]:
    """Plain row dicts for the five tables, linked by ``article`` and ``meeting``."""
    out: dict[str, list[dict]] = {k: [] for k in ("articles", "meetings", "participants",
                                                  "documents", "quotes")}
    for ai, a in enumerate(articles):
        d = a._d if hasattr(a, "_d") else a
        dl = d.get("dateline") or {}
        out["articles"].append({
            "article": ai, "lang": d["lang"], "title": d["title"], "published": d["published"],
            "dateline_city": dl.get("city"), "dateline_date": dl.get("date"),
            "publisher": d["publisher"], "agencies": "; ".join(d["agencies"]),
            "n_meetings": len(d["meetings"]), "n_quotes": len(d["quotes"]),
            "error": str(a.error) if getattr(a, "error", None) else None,
        })
        for mi, m in enumerate(d["meetings"]):
            out["meetings"].append({
                "article": ai, "meeting": mi, "role": m["role"], "organization": m["organization"],
                "bodies": "+".join(m["bodies"]), "body_text": m["body_text"], "date": m["date"],
                "end_date": m["end_date"], "city": m["city"], "country": m["country"],
                "format": m["format"], "status": m["status"], "chair": m["chair"],
                "topics": "; ".join(m["topics"]),
            })
            for p in m["participants"]:
                out["participants"].append({"article": ai, "meeting": mi, "name": p["name"],
                                            "role": p["role"], "country": p["country"],
                                            "organization": p["organization"],
                                            "start": p["span"][0], "end": p["span"][1]})
            for doc in m["documents"]:
                out["documents"].append({"article": ai, "meeting": mi, "title": doc["title"],
                                         "kind": doc["kind"], "action": doc["action"],
                                         "start": doc["span"][0], "end": doc["span"][1]})
        for q in d["quotes"]:
            out["quotes"].append({"article": ai, "speaker": q["speaker"], "text": q["text"],
                                  "start": q["span"][0], "end": q["span"][1]})
    return out


_COLUMNS = {
    "articles": ["article", "lang", "title", "published", "dateline_city", "dateline_date",
                 "publisher", "agencies", "n_meetings", "n_quotes", "error"],
    "meetings": ["article", "meeting", "role", "organization", "bodies", "body_text", "date",
                 "end_date", "city", "country", "format", "status", "chair", "topics"],
    "participants": ["article", "meeting", "name", "role", "country", "organization", "start",
                     "end"],
    "documents": ["article", "meeting", "title", "kind", "action", "start", "end"],
    "quotes": ["article", "speaker", "text", "start", "end"],
}

_CATEGORIES = {"lang", "role", "organization", "bodies", "format", "status", "chair", "country",
               "kind", "action"}


def tables(articles: Iterable[Any]) -> dict[str, Any]:
    """A dict of tidy DataFrames: articles, meetings, participants, documents, quotes.

    Dates become ``datetime64`` columns (``date_parsed``) where complete; the
    ISO strings (which may be ``--MM-DD`` or ``YYYY-MM``) are kept as they are.
    """
    import pandas as pd

    out = {}
    for name, rs in rows(articles).items():
        df = pd.DataFrame(rs, columns=_COLUMNS[name])
        for col in df.columns:
            if col in _CATEGORIES:
                df[col] = df[col].astype("category")
            elif col in ("article", "meeting", "start", "end", "n_meetings", "n_quotes"):
                df[col] = df[col].astype("int64")
        for col in ("date", "end_date", "published"):
            if col in df.columns:
                full = df[col].where(df[col].astype("string").str.match(r"^\d{4}-\d{2}-\d{2}", na=False))
                df[col + "_parsed"] = pd.to_datetime(full.str.slice(0, 10), errors="coerce")
        out[name] = df
    return out
