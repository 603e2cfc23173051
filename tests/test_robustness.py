"""No input crashes it, hangs it, or loses a record (issue 8)."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import summitry

from .test_api import check_record

FRAGMENTS = [
    "The CSTO Council of Foreign Ministers met in Minsk on 20 June 2023. ",
    "ОДКБ провела заседание в Минске 20 ноября. ",
    '"We agreed to act together on this," Lavrov said. ',
    "\u00abМы договорились\u00bb, - заявил Лавров. ",
    "MOSCOW, May 26. /TASS/. ",
    "The ministers adopted a joint statement on terrorism. ",
    "Kazakh President Kassym-Jomart Tokayev took part. ",
    "\n\n", "\u201c", "\u201d", "\u00ab", "\u00bb", '"', "'", ": ", ". ", "2020-05-26 ",
    "\u0000", "\ufeff", "\u00a0", "\u2028", "\ud800", "\U0001f600", "a" * 300,
]

texts = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_str_gives_a_valid_record(text):
    a = summitry.extract(text)
    check_record(text, a.to_dict())


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(texts, st.binary(max_size=200)), max_size=8))
def test_batches_keep_every_input(items):
    out = summitry.extract_many(items, errors="collect")
    assert len(out) == len(items)
    for item, a in zip(items, out):
        if isinstance(item, bytes):
            try:
                item.decode("utf-8")
            except UnicodeDecodeError:
                assert not a.ok and isinstance(a.error, UnicodeDecodeError)
                continue
        assert a.ok
        check_record(a.text, a.to_dict())


def test_lone_surrogates_are_replaced_not_refused():
    text = "The SCO summit \ud800 opened in Astana."
    a = summitry.extract(text)
    assert a.main.organization == "SCO"
    check_record(text, a.to_dict())


def _patho(unit: str, size: int) -> str:
    return unit * (size // len(unit.encode()) + 1)


PATHOLOGICAL = {
    "quotes": '"',
    "curly": "\u201ca b c d e f\u201d ",
    "guillemets": "\u00ab",
    "newlines": "\n",
    "digits": "1234567890",
    "dates": "On 20 November 2020, May 26, 2020 and 22.06.2005 ",
    "one name": "Lavrov ",
    "names": "Russian Foreign Minister Sergey Lavrov said. ",
    "meetings": "The CSTO Council of Foreign Ministers met in Minsk. ",
    "one word": "a",
    "cyrillic": "\u041e\u0414\u041a\u0411 \u041c\u0438\u043d\u0441\u043a\u0435 "
    "\u0437\u0430\u0441\u0435\u0434\u0430\u043d\u0438\u0435 ",
    "mixed": "\u00ab\u041c\u044b\u00bb \"we\" said Lavrov: 'x' ",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_10mb_texts_give_valid_records(name):
    # Linear time is measured by examples/patho (a benchmark, not a timed
    # test); here the promise is a valid record for each.
    text = _patho(PATHOLOGICAL[name], 10 << 20)
    a = summitry.extract(text)
    d = a.to_dict()
    assert d["schema_version"] == 1
    for m in d["meetings"]:
        for k, (s, e) in m["evidence"].items():
            assert 0 <= s < e <= len(text), k
    for q in d["quotes"][:1000]:
        assert text[q["span"][0]:q["span"][1]] == q["text"]


def test_wrong_types_are_type_errors():
    for bad in (None, 1, 2.5, ["x"], {"a": 1}):
        with pytest.raises(TypeError, match="text"):
            summitry.extract(bad)
    with pytest.raises(TypeError):
        summitry.extract_many([1, 2])
