import pandas as pd

import summitry


def test_tables_are_tidy_and_linked(en_text, ru_text):
    arts = summitry.extract_many([en_text, ru_text], published=["2023-06-21", "2022-11-19"])
    t = summitry.tables(arts)
    assert set(t) == {"articles", "meetings", "participants", "documents", "quotes"}
    assert len(t["articles"]) == 2
    m = t["meetings"]
    assert m["article"].dtype == "int64"
    assert isinstance(m["role"].dtype, pd.CategoricalDtype)
    assert str(m["date_parsed"].dtype).startswith("datetime64")
    assert set(t["participants"]["article"]) <= set(t["articles"]["article"])
    main = m[m["role"] == "main"].set_index("article")
    assert main.loc[0, "city"] == "Minsk"
    assert main.loc[0, "date_parsed"] == pd.Timestamp("2023-06-20")


def test_arrow_path_gives_the_same_tables(en_text, ru_text):
    pa = __import__("pyarrow")
    texts = [en_text, ru_text, "No meeting here."]
    dates = ["2023-06-21", "2022-11-19", None]
    arrow = summitry.extract_arrow(texts, published=dates, threads=2)
    frames = summitry.tables(summitry.extract_many(texts, published=dates))
    assert list(arrow) == list(frames)
    for name, table in arrow.items():
        assert isinstance(table, pa.Table)
        got, want = table.to_pandas(), frames[name]
        assert list(got.columns) == list(want.columns), name
        assert got.astype(str).equals(want.astype(str)), name
    m = arrow["meetings"].to_pandas()
    assert isinstance(m["role"].dtype, pd.CategoricalDtype)
    assert m.loc[0, "date_parsed"] == pd.Timestamp("2023-06-20")


def test_arrow_path_numbers_keeps_failures_and_empty_batches(en_text):
    t = summitry.extract_arrow([en_text, b"\xff bad"], errors="collect", first=100)
    arts = t["articles"].to_pandas()
    assert list(arts["article"]) == [100, 101]
    assert arts["error"].isna().tolist() == [True, False]
    assert set(t["meetings"].to_pandas()["article"]) == {100}
    try:
        summitry.extract_arrow([en_text, b"\xff bad"])
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("errors='raise' must raise")
    empty = summitry.extract_arrow([])
    assert empty["meetings"].num_rows == 0
    assert "date_parsed" in empty["meetings"].schema.names
