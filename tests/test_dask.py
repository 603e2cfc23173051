"""summitry.dask on a real distributed.LocalCluster with two worker processes."""
import pytest

import summitry

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

TEXTS = [
    "The CSTO Council of Foreign Ministers met in Minsk on 20 June 2023. "
    "\"We agreed to coordinate our steps,\" Russian Foreign Minister Sergey Lavrov said.",
    "ASTANA, July 4. The SCO summit opened in Astana today. Kazakh President "
    "Kassym-Jomart Tokayev chaired it. The leaders signed the Astana Declaration.",
    "\u0412 \u041c\u0438\u043d\u0441\u043a\u0435 \u043f\u0440\u043e\u0439\u0434\u0435\u0442 "
    "\u0437\u0430\u0441\u0435\u0434\u0430\u043d\u0438\u0435 \u0421\u041c\u0418\u0414 \u0421\u041d\u0413.",
    "Nothing about any meeting here.",
] * 5


def test_dask_tables_on_a_local_cluster_equal_local_ones():
    import dask.bag as db
    import pandas as pd

    import summitry.dask as sd

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        bag = db.from_sequence(TEXTS, npartitions=4)
        frames = sd.tables(bag, published="2023-06-21")
        got = dict(zip(sd.NAMES, dask.compute(*[frames[n] for n in sd.NAMES])))
    # The same tables computed locally, partition by partition.
    parts = [TEXTS[i:i + 5] for i in range(0, len(TEXTS), 5)]
    for name in sd.NAMES:
        local = pd.concat([sd._frames(p, i, "2023-06-21")[name] for i, p in enumerate(parts)],
                          ignore_index=True)
        remote = got[name].reset_index(drop=True)

        def plain(df):
            df = df.astype(object)
            return df.where(df.notna(), None)

        pd.testing.assert_frame_equal(plain(remote), plain(local), check_dtype=False)
    assert len(got["articles"]) == len(TEXTS)
    assert set(got["meetings"]["organization"].dropna()) == {"CSTO", "SCO", "CIS"}
    # Same rows as summitry.tables on the whole list (keys aside).
    whole = summitry.tables(summitry.extract_many(TEXTS, published="2023-06-21"))
    assert len(whole["meetings"]) == len(got["meetings"])
