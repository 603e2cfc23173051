"""Every record from the shared corpus passes the contract's own validator."""
import json
import subprocess
import sys

import pytest

import summitry

from .conftest import SHARED


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared not present")
@pytest.mark.parametrize("part", ["seeds", "dev/en", "dev/ru"])
def test_corpus_records_validate(tmp_path, part):
    src = SHARED / "corpus" / part
    texts = sorted(src.glob("*.txt"))
    arts = summitry.extract_many([t.read_text(encoding="utf-8") for t in texts])
    for t, a in zip(texts, arts):
        (tmp_path / f"{t.stem}.json").write_text(json.dumps(a.to_dict()), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "tools" / "validate.py"), str(src),
                          str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:]
