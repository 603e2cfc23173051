"""Meetings over time (matplotlib, imported only here)."""
from __future__ import annotations

import datetime as _dt
from typing import Any


def _day(date: str | None) -> _dt.date | None:
    if not date or date.startswith("--"):
        return None
    parts = (date.split("-") + ["01", "01"])[:3]
    try:
        return _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def timeline(meetings: Any, ax: Any = None) -> Any:
    """Draw meetings (consolidated meetings, or articles' main meetings) on a
    time axis, one row per organisation and council. Returns the Axes."""
    import matplotlib.pyplot as plt

    rows = []
    for m in meetings:
        if hasattr(m, "main"):  # an Article
            m = m.main
            if m is None:
                continue
        get = m.get if isinstance(m, dict) else lambda k, m=m: getattr(m, k, None)
        day = _day(get("date"))
        if day is None:
            continue
        label = f"{get('organization') or '?'} {'+'.join(get('bodies') or []) or '?'}"
        rows.append((label, day, get("status"), get("city")))
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 1 + 0.4 * max(1, len({r[0] for r in rows}))))
    labels = sorted({r[0] for r in rows})
    y = {lab: i for i, lab in enumerate(labels)}
    colors = {"held": "tab:blue", "ongoing": "tab:green", "planned": "tab:orange"}
    for status, color in colors.items():
        pts = [(r[1], y[r[0]]) for r in rows if r[2] == status]
        if pts:
            ax.scatter([p[0] for p in pts], [p[1] for p in pts], color=color, label=status, zorder=3)
    for label, day, _, city in rows:
        if city:
            ax.annotate(city, (day, y[label]), textcoords="offset points", xytext=(4, 4), fontsize=7)
    ax.set_yticks(range(len(labels)), labels)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Meetings")
    if rows:
        ax.legend(loc="upper left", fontsize=7)
    return ax
