import json
import subprocess
import sys

import summitry

ARGS = [sys.executable, "-m", "summitry"]


def run(*args, cwd=None):
    return subprocess.run([*ARGS, *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_sample_run_prints_meetings():
    out = run("extract")
    assert out.returncode == 0, out.stderr
    assert "main" in out.stdout and "CSTO" in out.stdout


def test_out_dir_writes_one_record_per_text(tmp_path, en_text, ru_text):
    src = tmp_path / "in" / "sub"
    src.mkdir(parents=True)
    (src / "a.txt").write_text(en_text, encoding="utf-8")
    (src / "b.txt").write_text(ru_text, encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe broken")
    out = run("extract", tmp_path / "in", "--out-dir", tmp_path / "out")
    assert out.returncode == 1
    assert "bad.txt" in out.stderr
    a = json.loads((tmp_path / "out" / "a.json").read_text())
    assert a == summitry.extract(en_text).to_dict()
    assert (tmp_path / "out" / "b.json").exists()
    assert not (tmp_path / "out" / "bad.json").exists()
    assert not list((tmp_path / "out").glob(".*tmp"))


def test_single_file_outputs(tmp_path, en_text):
    f = tmp_path / "a.txt"
    f.write_text(en_text, encoding="utf-8")
    for name in ("o.jsonl", "o.csv", "o.parquet"):
        out = run("extract", f, "-o", tmp_path / name, "--published", "2023-06-21")
        assert out.returncode == 0, out.stderr
        assert (tmp_path / name).stat().st_size > 0
    line = json.loads((tmp_path / "o.jsonl").read_text().splitlines()[0])
    assert line["source"] == "a" and line["meetings"][0]["date"] == "2023-06-20"


def test_tables_folder_holds_five_parquet_tables(tmp_path, en_text, ru_text):
    import pyarrow.parquet as pq

    for name, text in (("a", en_text), ("b", ru_text)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    out = run("extract", tmp_path, "--tables", tmp_path / "t")
    assert out.returncode == 0, out.stderr
    tables = {n: pq.read_table(tmp_path / "t" / f"{n}.parquet")
              for n in ("articles", "meetings", "participants", "documents", "quotes")}
    assert tables["articles"].column("source").to_pylist() == ["a", "b"]
    assert set(tables["meetings"].column("article").to_pylist()) == {0, 1}
