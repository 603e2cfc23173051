"""Self-contained HTML for notebooks: the text with evidence spans highlighted
and labelled by field, beside the record. No JavaScript, no network."""
from __future__ import annotations

import html
from typing import Any

_COLORS = {"participant": "#cfe8ff", "document": "#d7f5d0", "quote": "#fff1b8", "date": "#ffd6e7",
           "city": "#e3d7ff", "country": "#e3d7ff", "organization": "#ffe0c2",
           "body_text": "#ffe0c2"}


def _spans(d: dict) -> list[tuple[int, int, str]]:
    out = []
    for m in d["meetings"]:
        for k, sp in m["evidence"].items():
            out.append((sp[0], sp[1], k))
        for p in m["participants"]:
            out.append((p["span"][0], p["span"][1], "participant"))
        for doc in m["documents"]:
            out.append((doc["span"][0], doc["span"][1], "document"))
    for q in d["quotes"]:
        out.append((q["span"][0], q["span"][1], "quote"))
    return out


def highlight(text: str, spans: list[tuple[int, int, str]]) -> str:
    """HTML of ``text`` with non-overlapping spans marked (longer spans win)."""
    chosen: list[tuple[int, int, str]] = []
    for s, e, k in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
        if all(e <= cs or s >= ce for cs, ce, _ in chosen):
            chosen.append((s, e, k))
    chosen.sort()
    parts, pos = [], 0
    for s, e, k in chosen:
        parts.append(html.escape(text[pos:s]))
        color = _COLORS.get(k, "#eee")
        parts.append(f'<mark class="summitry-span" data-field="{html.escape(k)}" '
                     f'title="{html.escape(k)}" style="background:{color}">'
                     f'{html.escape(text[s:e])}<sub style="font-size:60%;color:#555">'
                     f'{html.escape(k)}</sub></mark>')
        pos = e
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def _record_table(d: dict) -> str:
    rows = []
    for k in ("lang", "title", "published", "publisher"):
        rows.append((k, d[k]))
    rows.append(("dateline", d["dateline"]))
    rows.append(("agencies", ", ".join(d["agencies"])))
    for i, m in enumerate(d["meetings"]):
        what = {k: m[k] for k in ("role", "organization", "bodies", "date", "end_date", "city",
                                  "country", "format", "status", "chair", "topics")}
        rows.append((f"meeting {i}", what))
        for p in m["participants"]:
            rows.append(("  participant", f"{p['name']} ({p['role']}, "
                                          f"{p['country'] or p['organization']})"))
        for doc in m["documents"]:
            rows.append(("  document", f"{doc['title']} [{doc['kind']}, {doc['action']}]"))
    rows.append(("quotes", len(d["quotes"])))
    body = "".join(f"<tr><th style='text-align:left;vertical-align:top'>{html.escape(str(k))}"
                   f"</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    return f"<table class='summitry-record'>{body}</table>"


def article_html(article: Any) -> str:
    """The record beside its text, evidence highlighted."""
    d = article._d
    text = article.text or ""
    return ("<div class='summitry-article' style='display:flex;gap:1em;align-items:flex-start'>"
            f"<div style='flex:1;min-width:20em'>{_record_table(d)}</div>"
            "<div style='flex:1.4;white-space:pre-wrap;font-family:serif;max-height:40em;"
            f"overflow:auto;border-left:2px solid #ddd;padding-left:1em'>"
            f"{highlight(text, _spans(d))}</div></div>")
