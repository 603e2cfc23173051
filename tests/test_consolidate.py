"""One meeting, many reports: consolidation, display, exports (issue 9)."""
import json
import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from pathlib import Path

import pytest

import summitry
from summitry.consolidate import assignments
from summitry.export import plover

REPORTS = [
    # An announcement, two reports in two languages, a report of another
    # council of the same organisation in the same city the next day.
    ("The CSTO Council of Foreign Ministers will meet in Minsk on 20 June 2023, the "
     "Belarusian Foreign Ministry said on 15 June 2023.", "2023-06-15"),
    ("MINSK, June 20. /TASS/. The CSTO Council of Foreign Ministers met in Minsk on Tuesday. "
     "Russian Foreign Minister Sergey Lavrov took part in the meeting.", "2023-06-20"),
    ("\u041c\u0418\u041d\u0421\u041a, 20 \u0438\u044e\u043d\u044f. /\u0422\u0410\u0421\u0421/. "
     "\u0417\u0430\u0441\u0435\u0434\u0430\u043d\u0438\u0435 \u0421\u043e\u0432\u0435\u0442\u0430 "
     "\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u0432 \u0438\u043d\u043e\u0441\u0442\u0440\u0430"
     "\u043d\u043d\u044b\u0445 \u0434\u0435\u043b \u041e\u0414\u041a\u0411 \u0441\u043e\u0441\u0442"
     "\u043e\u044f\u043b\u043e\u0441\u044c \u0432 \u041c\u0438\u043d\u0441\u043a\u0435. \u0412 \u043d"
     "\u0435\u043c \u043f\u0440\u0438\u043d\u044f\u043b \u0443\u0447\u0430\u0441\u0442\u0438\u0435 "
     "\u0421\u0435\u0440\u0433\u0435\u0439 \u041b\u0430\u0432\u0440\u043e\u0432.", "2023-06-20"),
    ("The CSTO Council of Defence Ministers met in Minsk on 21 June 2023.", "2023-06-21"),
]


@pytest.fixture(scope="module")
def articles():
    return summitry.extract_many([t for t, _ in REPORTS], published=[p for _, p in REPORTS])


def test_reports_of_one_meeting_merge_across_languages(articles):
    events = summitry.consolidate(articles)
    assert len(events) == 2
    fm = next(e for e in events if e.bodies == ["foreign_ministers"])
    assert sorted(a for a, _ in fm.sources) == [0, 1, 2]
    assert fm.langs == ["en", "ru"]
    assert fm.date == "2023-06-20" and fm.city == "Minsk"
    assert fm.status == "held"  # the announcement is superseded
    assert [p["name"] for p in fm.participants] == ["Sergey Lavrov"]  # one person, two spellings
    assert assignments(articles, events)[3] != assignments(articles, events)[0]


def test_conflicts_are_flagged():
    a = summitry.extract("The SCO summit was held in Astana on 4 July 2024.")
    b = summitry.extract("The SCO summit was held in Bishkek on 4 July 2024.")
    c = summitry.extract("The SCO summit was held in Astana on 4 July 2024.")
    events = summitry.consolidate([a, b, c])
    assert all(e.organization == "SCO" for e in events)
    merged = [e for e in events if len(e.sources) > 1]
    assert merged and not merged[0].conflicts or len(events) == 2


def test_meetings_table(articles):
    df = summitry.meetings_table(summitry.consolidate(articles))
    assert list(df["sources"]) == [3, 1]


def test_plover_export(articles):
    events = summitry.consolidate(articles)
    ev = plover(events, articles)
    assert {e["event_type"] for e in ev} == {"CONSULT"}
    assert all(e["mode"] == "multilateral" for e in ev)
    assert any(a["code"] == "RUS" for e in ev for a in e["actors"])
    planned = plover([summitry.extract(REPORTS[0][0], published=REPORTS[0][1])])
    assert planned[0]["event_type"] == "AGREE"
    json.dumps(ev)


def test_cli_consolidate(tmp_path):
    for i, (t, _) in enumerate(REPORTS):
        (tmp_path / f"r{i}.txt").write_text(t, encoding="utf-8")
    out = subprocess.run([os.sys.executable, "-m", "summitry", "consolidate", str(tmp_path),
                          "--assign", str(tmp_path / "a.tsv"), "-o", str(tmp_path / "e.jsonl"),
                          "--published", "2023-06-20"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    rows = (tmp_path / "a.tsv").read_text().splitlines()
    assert rows[0] == "name\tcluster" and len(rows) == 5
    assert len((tmp_path / "e.jsonl").read_text().splitlines()) == 2


def test_timeline_draws(articles):
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    ax = summitry.plot.timeline(summitry.consolidate(articles))
    assert len(ax.get_yticks()) == 2
    ax2 = summitry.plot.timeline(articles)
    assert ax2.collections


def _png_pixels(path: Path):
    """RGB(A) pixels of a non-interlaced 8-bit PNG (standard library only)."""
    data = path.read_bytes()
    pos, chunks, ihdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + n
    w, h, depth, ctype = ihdr[0], ihdr[1], ihdr[2], ihdr[3]
    assert depth == 8 and ctype in (2, 6)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = w * bpp
    prev = bytearray(stride)
    out = []
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(bytes(line))
        prev = line
    return w, h, bpp, out


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    if os.environ.get("CI"):
        pytest.fail("CI must install Chromium (.ci/run does)")
    pytest.skip("no Chromium here")


def test_article_html_renders_highlights_in_a_real_browser(articles):
    browser = _chromium()
    a = articles[1]
    page = ("<!doctype html><html><head><meta charset='utf-8'></head><body>"
            + a._repr_html_() + summitry.consolidate(articles)[0]._repr_html_() + "</body></html>")
    assert "<script" not in page and "http" not in page
    with tempfile.TemporaryDirectory() as d:
        html_path = Path(d) / "a.html"
        html_path.write_text(page, encoding="utf-8")
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={d}/profile"]
        dom = subprocess.run([browser, *flags, "--dump-dom", html_path.as_uri()],
                             capture_output=True, text=True, timeout=120).stdout
        assert dom.count('class="summitry-span"') >= 3
        png = Path(d) / "shot.png"
        subprocess.run([browser, *flags, f"--screenshot={png}", "--window-size=1200,800",
                        html_path.as_uri()], capture_output=True, timeout=120)
        w, h, bpp, rows = _png_pixels(png)
    # The highlight colours are on screen: participant (#cfe8ff) and quote or place marks.
    colours = {(0xCF, 0xE8, 0xFF), (0xE3, 0xD7, 0xFF), (0xFF, 0xE0, 0xC2), (0xFF, 0xD6, 0xE7)}
    seen = set()
    for row in rows:
        for x in range(0, w * bpp, bpp):
            px = tuple(row[x:x + 3])
            if px in colours:
                seen.add(px)
    assert len(seen) >= 2, seen
