"""One meeting, many reports: group the meetings of many articles into events.

Two meetings are the same event when they have the same organisation,
overlapping bodies, compatible dates (a year-less ``--05-26`` matches a
dated one; multi-day spans overlap; reports a day or two off are allowed)
and compatible venues. English and Russian records share canonical codes,
so the two languages merge like any others.

A merged meeting keeps every source (article index and meeting index),
unions participants, documents and topics without duplicates (the same
person spelled two ways is one person), takes the most precise date, lets
its status follow the latest source, and lists conflicts (two different
cities) instead of hiding them.
"""
from __future__ import annotations

import datetime as _dt
import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Optional

_CITY_ALIASES = {"nur-sultan": "astana", "akmola": "astana", "kiev": "kyiv", "alma-ata": "almaty"}
_STATUS_ORDER = {"planned": 0, "ongoing": 1, "held": 2}


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9 ]+", "", s).strip()


def _surname(name: str) -> str:
    parts = _fold(re.sub(r"\(.*?\)", "", name)).split()
    s = parts[-1] if parts else ""
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yu", "u"), ("ya", "a"), ("iy", "i"),
                 ("yi", "i"), ("ie", "e"), ("y", "i"), ("ey", "ei"), ("ou", "u")):
        s = s.replace(a, b)
    return s


def _lev(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_person(a: str, b: str) -> bool:
    """Surnames equal after folding transliteration, or nearly so."""
    sa, sb = _surname(a), _surname(b)
    if not sa or not sb:
        return False
    return sa == sb or (min(len(sa), len(sb)) >= 5 and _lev(sa, sb) <= 2)


def _words(s: str) -> set:
    return set(re.findall(r"\w+", s.lower()))


def _similar_titles(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= 0.6


@dataclass(frozen=True)
class _When:
    """A date of a record as a span of days; `year` None for ``--MM-DD``."""

    year: Optional[int]
    start: tuple  # (month, day) or (month, None) or (None, None)
    end: tuple
    precision: int  # 3 day, 2 month-day without year, 1 month, 0 year

    @staticmethod
    def parse(date: Optional[str], end: Optional[str]) -> Optional[_When]:
        if not date:
            return None
        if date.startswith("--"):
            m, d = int(date[2:4]), int(date[5:7])
            e = (int(end[2:4]), int(end[5:7])) if end and end.startswith("--") else (m, d)
            return _When(None, (m, d), e, 2)
        parts = date.split("-")
        y = int(parts[0])
        if len(parts) == 1:
            return _When(y, (None, None), (None, None), 0)
        if len(parts) == 2:
            return _When(y, (int(parts[1]), None), (int(parts[1]), None), 1)
        m, d = int(parts[1]), int(parts[2])
        e = (m, d)
        if end and len(end) == 10:
            e = (int(end[5:7]), int(end[8:10]))
        return _When(y, (m, d), e, 3)

    def days(self, year: int) -> tuple:
        def day(md):
            try:
                return _dt.date(year, md[0], md[1]).toordinal()
            except (TypeError, ValueError):
                return None
        return day(self.start), day(self.end)

    def compatible(self, other: _When, tolerance: int) -> bool:
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        if self.precision == 0 or other.precision == 0:
            return True
        if self.precision == 1 or other.precision == 1:
            return self.start[0] == other.start[0] or self.end[0] == other.end[0]
        y = self.year or other.year or 2000
        a0, a1 = self.days(y)
        b0, b1 = other.days(y)
        if None in (a0, a1, b0, b1):
            return False
        # Intervals closer than the tolerance (a report filed the next day).
        return max(a0, b0) - min(a1, b1) <= tolerance


def _city(c: Optional[str]) -> Optional[str]:
    if not c:
        return None
    f = _fold(c)
    return _CITY_ALIASES.get(f, f)


@dataclass
class ConsolidatedMeeting:
    """One real meeting and every report of it."""

    organization: Optional[str]
    bodies: list
    date: Optional[str] = None
    end_date: Optional[str] = None
    city: Optional[str] = None
    country: Optional[str] = None
    format: Optional[str] = None
    status: str = "held"
    chair: Optional[str] = None
    participants: list = field(default_factory=list)
    documents: list = field(default_factory=list)
    topics: list = field(default_factory=list)
    sources: list = field(default_factory=list)  # (article index, meeting index)
    langs: list = field(default_factory=list)
    conflicts: dict = field(default_factory=dict)
    body_texts: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def __repr__(self) -> str:
        what = " ".join(str(x) for x in (self.organization, "+".join(self.bodies), self.date, self.city,
                                          self.status) if x)
        extra = f", conflicts={sorted(self.conflicts)}" if self.conflicts else ""
        return f"<ConsolidatedMeeting {what}; {len(self.sources)} source(s){extra}>"

    def _repr_html_(self) -> str:
        rows = [(k, getattr(self, k)) for k in ("organization", "bodies", "date", "end_date", "city",
                                                 "country", "format", "status", "chair", "topics")]
        rows.append(("participants", ", ".join(p["name"] for p in self.participants)))
        rows.append(("documents", "; ".join(d["title"] for d in self.documents)))
        rows.append(("sources", ", ".join(f"article {a}, meeting {m}" for a, m in self.sources)))
        if self.conflicts:
            rows.append(("conflicts", self.conflicts))
        body = "".join(f"<tr><th style='text-align:left'>{html.escape(str(k))}</th>"
                       f"<td>{html.escape(str(v))}</td></tr>" for k, v in rows)
        return f"<table class='summitry-meeting'>{body}</table>"


def _article_time(a: Any) -> Optional[str]:
    d = a._d if hasattr(a, "_d") else a
    if d.get("published"):
        return d["published"][:10]
    dl = d.get("dateline") or {}
    if dl.get("date") and not dl["date"].startswith("--"):
        return dl["date"]
    return None


class _Cluster:
    def __init__(self, tolerance: int):
        self.members: list = []  # (article index, meeting index, meeting dict, article time, lang)
        self.tolerance = tolerance

    def org(self):
        return self.members[0][2]["organization"]

    def bodies(self) -> set:
        out: set = set()
        for m in self.members:
            out |= set(m[2]["bodies"])
        return out

    def whens(self) -> list:
        return [w for w in (_When.parse(m[2]["date"], m[2]["end_date"]) for m in self.members) if w]

    def cities(self) -> set:
        return {c for c in (_city(m[2]["city"]) for m in self.members) if c}

    def fits(self, m: dict, when_published: Optional[str] = None) -> float:
        if m["organization"] != self.org():
            return -1
        gb, mb = self.bodies(), set(m["bodies"])
        if gb and mb and not gb & mb:
            return -1
        score = 1.0
        w = _When.parse(m["date"], m["end_date"])
        whens = self.whens()
        if w and whens:
            ok = [x.compatible(w, self.tolerance) for x in whens]
            if not any(ok):
                return -1
            score += sum(ok) / len(ok)
        elif not w and when_published and whens:
            # No date of its own: the report's day puts the meeting within weeks.
            near = _When.parse(when_published, None)
            wide = [x.compatible(near, 60) for x in whens if x.precision == 3]
            if wide and not any(wide):
                return -1
            score += 0.5 * sum(x.compatible(near, 7) for x in whens if x.precision == 3) / max(len(wide), 1)
        c = _city(m["city"])
        cities = self.cities()
        if c and cities:
            if c not in cities:
                return -1
            score += 1
        return score


def consolidate(articles: Iterable[Any], *, include_referenced: bool = False,
                tolerance_days: int = 2) -> list:
    """Group the meetings of `articles` into events.

    Main meetings always take part; referenced ones too with
    ``include_referenced=True``. Returns ``ConsolidatedMeeting`` objects in
    order of their first source.
    """
    items = []
    for ai, a in enumerate(articles):
        d = a._d if hasattr(a, "_d") else a
        for mi, m in enumerate(d["meetings"]):
            if m["role"] == "main" or include_referenced:
                if m["organization"]:
                    items.append((ai, mi, m, _article_time(a), d["lang"]))
    # Precise records first, so that clusters form around them.
    def precision(it):
        w = _When.parse(it[2]["date"], it[2]["end_date"])
        return (-(w.precision if w else -1), -(1 if it[2]["city"] else 0), it[0], it[1])
    clusters: list = []
    for it in sorted(items, key=precision):
        best, best_score = None, 0.0
        for c in clusters:
            s = c.fits(it[2], it[3])
            if s > best_score:
                best, best_score = c, s
        if best is None:
            best = _Cluster(tolerance_days)
            clusters.append(best)
        best.members.append(it)
    out = [_merge(c) for c in clusters]
    out.sort(key=lambda m: min(m.sources))
    return out


def _most_common(values: list) -> Optional[Any]:
    values = [v for v in values if v]
    return Counter(values).most_common(1)[0][0] if values else None


def _merge(c: _Cluster) -> ConsolidatedMeeting:
    ms = [m[2] for m in c.members]
    out = ConsolidatedMeeting(organization=c.org(), bodies=sorted(c.bodies()))
    out.sources = sorted((m[0], m[1]) for m in c.members)
    out.langs = sorted({m[4] for m in c.members})
    out.body_texts = [m["body_text"] for m in ms if m["body_text"]]
    # The most precise date; among equals, the most reported.
    dated = [(m["date"], m["end_date"]) for m in ms if m["date"]]
    if dated:
        prec = {d: (_When.parse(d, e).precision if _When.parse(d, e) else -1) for d, e in dated}
        top = max(prec.values())
        best = _most_common([d for d, _ in dated if prec[d] == top])
        out.date = best
        out.end_date = _most_common([e for d, e in dated if d == best])
        full = sorted({d for d, _ in dated if prec[d] == 3})
        # Reports a day apart tell of one (two-day) meeting; further apart, a conflict.
        if len(full) > 1 and (_dt.date.fromisoformat(full[-1]) - _dt.date.fromisoformat(full[0])).days > 1:
            out.conflicts["date"] = full
    for key in ("city", "country", "format", "chair"):
        vals = [m[key] for m in ms if m[key]]
        setattr(out, key, _most_common(vals))
        if key in ("city", "country") and len({_city(v) for v in vals}) > 1:
            out.conflicts[key] = sorted(set(vals))
    # Status follows the latest source: a report that it was held comes after
    # the announcement, whatever dates the pages carry.
    latest = max(c.members, key=lambda m: (_STATUS_ORDER.get(m[2]["status"], 0), m[3] or ""))
    out.status = latest[2]["status"]
    for m in ms:
        for p in m["participants"]:
            if not any(same_person(p["name"], q["name"]) for q in out.participants):
                out.participants.append(dict(p))
        for d in m["documents"]:
            if not any(d["kind"] == e["kind"] and _similar_titles(d["title"], e["title"])
                       for e in out.documents):
                out.documents.append(dict(d))
        for t in m["topics"]:
            if t not in out.topics:
                out.topics.append(t)
    return out


def assignments(articles: list, consolidated: list) -> list:
    """For each article, the index of the consolidated meeting holding its
    main meeting (None when it has none)."""
    where = {}
    for ci, cm in enumerate(consolidated):
        for ai, mi in cm.sources:
            where[(ai, mi)] = ci
    out = []
    for ai, a in enumerate(articles):
        d = a._d if hasattr(a, "_d") else a
        mains = [mi for mi, m in enumerate(d["meetings"]) if m["role"] == "main"]
        out.append(where.get((ai, mains[0])) if mains else None)
    return out


def meetings_table(consolidated: list) -> Any:
    """A pandas DataFrame: one row per consolidated meeting."""
    import pandas as pd

    rows = []
    for i, m in enumerate(consolidated):
        rows.append({
            "event": i, "organization": m.organization, "bodies": "+".join(m.bodies),
            "date": m.date, "end_date": m.end_date, "city": m.city, "country": m.country,
            "format": m.format, "status": m.status, "chair": m.chair,
            "participants": "; ".join(p["name"] for p in m.participants),
            "documents": len(m.documents), "topics": "; ".join(m.topics),
            "sources": len(m.sources), "langs": "+".join(m.langs),
            "conflicts": "; ".join(f"{k}: {'/'.join(v)}" for k, v in m.conflicts.items()) or None,
        })
    return pd.DataFrame(rows)
