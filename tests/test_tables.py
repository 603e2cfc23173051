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
