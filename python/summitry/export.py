"""Exports: PLOVER-style event JSON Lines, next to the package's own JSON Lines,
CSV and Parquet (see the CLI)."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any


def _iso3(country: str | None) -> str | None:
    return _ISO3.get(country or "", None)


_ISO3 = {
    "Russia": "RUS", "Belarus": "BLR", "Kazakhstan": "KAZ", "Kyrgyzstan": "KGZ", "Tajikistan": "TJK",
    "Uzbekistan": "UZB", "Turkmenistan": "TKM", "Armenia": "ARM", "Azerbaijan": "AZE", "Moldova": "MDA",
    "Ukraine": "UKR", "Georgia": "GEO", "China": "CHN", "India": "IND", "Pakistan": "PAK", "Iran": "IRN",
    "Mongolia": "MNG", "Afghanistan": "AFG", "Brazil": "BRA", "South Africa": "ZAF", "Egypt": "EGY",
    "Ethiopia": "ETH", "United Arab Emirates": "ARE", "Saudi Arabia": "SAU", "Indonesia": "IDN",
    "Turkey": "TUR", "Serbia": "SRB", "Cuba": "CUB", "Lithuania": "LTU", "Poland": "POL",
    "United States": "USA",
}


def plover(meetings: Iterable[Any], articles: list | None = None) -> list:
    """One PLOVER-style event per meeting: CONSULT (AGREE when only planned),
    mode ``multilateral``, actors from the participants' countries, and the
    sources with their offsets. `meetings` are consolidated meetings (their
    sources index `articles`) or articles (their main meetings)."""
    events = []
    for i, m in enumerate(meetings):
        if hasattr(m, "main"):  # an Article
            a, m = m, m.main
            if m is None:
                continue
            d = m._d
            sources = [{"article": i, "meeting": 0, "evidence": d["evidence"]}]
            participants, org = d["participants"], d["organization"]
            status, date, city, country = d["status"], d["date"], d["city"], d["country"]
            lang = [a.lang]
        else:
            sources = [{"article": ai, "meeting": mi,
                        "evidence": (articles[ai].meetings[mi].evidence if articles else None)}
                       for ai, mi in m.sources]
            participants, org = m.participants, m.organization
            status, date, city, country, lang = m.status, m.date, m.city, m.country, m.langs
        actors = sorted({p["country"] for p in participants if p.get("country")})
        events.append({
            "id": f"summitry-{i}",
            "event_type": "AGREE" if status == "planned" else "CONSULT",
            "mode": "multilateral",
            "context": ["intergovernmental_organization"],
            "event_date": date,
            "actors": [{"name": c, "code": _iso3(c)} for c in actors],
            "organization": org,
            "location": {"city": city, "country": country, "country_code": _iso3(country)},
            "status": status,
            "languages": lang,
            "sources": sources,
        })
    return events


def to_jsonl(records: Iterable[dict]) -> str:
    """JSON Lines text of `records`."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
