from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

EN = ("CSTO ministers meet in Minsk\n\n"
      "MINSK, June 20. /TASS/. The Council of Foreign Ministers of the Collective Security "
      "Treaty Organization met in Minsk on Tuesday under the chairmanship of Belarus.\n\n"
      "\u201cWe agreed to coordinate our steps at the United Nations,\u201d Russian Foreign "
      "Minister Sergey Lavrov said after the session.\n")

RU = ("\u0412 \u041c\u0438\u043d\u0441\u043a\u0435 \u043f\u0440\u043e\u0439\u0434\u0435\u0442 "
      "\u0437\u0430\u0441\u0435\u0434\u0430\u043d\u0438\u0435 \u0421\u041c\u0418\u0414 "
      "\u0421\u041d\u0413\n\n\u041c\u0418\u041d\u0421\u041a, 20 \u043d\u043e\u044f\u0431\u0440\u044f"
      ". /\u0422\u0410\u0421\u0421/. \u0417\u0430\u0441\u0435\u0434\u0430\u043d\u0438\u0435 "
      "\u0421\u043e\u0432\u0435\u0442\u0430 \u043c\u0438\u043d\u0438\u0441\u0442\u0440\u043e\u0432 "
      "\u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0445 \u0434\u0435\u043b "
      "\u0421\u041d\u0413 \u0441\u043e\u0441\u0442\u043e\u0438\u0442\u0441\u044f \u0432 "
      "\u041c\u0438\u043d\u0441\u043a\u0435 \u0437\u0430\u0432\u0442\u0440\u0430.\n")


@pytest.fixture
def en_text() -> str:
    return EN


@pytest.fixture
def ru_text() -> str:
    return RU
