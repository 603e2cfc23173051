"""Typed views of the schema-1 record (see SCHEMA.md).

An :class:`Article` keeps the dict the core produced and the text it came
from; attribute access builds small typed objects on demand, so a batch of
thousands of articles costs one dict each until someone looks inside.
"""
from __future__ import annotations

import json
from typing import Any

_SURROGATES = "text held lone surrogates"


def _recut(d: dict, text: str) -> None:
    # The core read each lone surrogate as '?'; the spans are right, so the
    # "as written" strings are cut again from the caller's own str.
    for q in d["quotes"]:
        q["text"] = text[q["span"][0]:q["span"][1]]
    for m in d["meetings"]:
        for doc in m["documents"]:
            doc["title"] = text[doc["span"][0]:doc["span"][1]]


class _View:
    __slots__ = ("_d",)
    _fields: tuple[str, ...] = ()

    def __init__(self, d: dict) -> None:
        self._d = d

    def __getattr__(self, name: str) -> Any:
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, type(self)) and other._d == self._d

    def __hash__(self) -> int:
        return hash(json.dumps(self._d, sort_keys=True))

    def to_dict(self) -> dict:
        return json.loads(json.dumps(self._d))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={self._d[k]!r}" for k in self._fields if self._d.get(k) not in (None, [], {}))
        return f"{type(self).__name__}({inner})"


class Person(_View):
    """A participant: ``name``, ``role``, ``country``, ``organization``, ``span``."""

    __slots__ = ()
    _fields = ("name", "role", "country", "organization")


class Document(_View):
    """A document acted on: ``title``, ``kind``, ``action``, ``span``."""

    __slots__ = ()
    _fields = ("title", "kind", "action")


class Quote(_View):
    """A direct quotation: ``speaker``, ``text``, ``span``."""

    __slots__ = ()
    _fields = ("speaker", "text")


class Meeting(_View):
    """A meeting; ``participants`` and ``documents`` are typed lists."""

    __slots__ = ()
    _fields = ("role", "organization", "bodies", "date", "end_date", "city", "country",
               "format", "status", "chair")

    @property
    def participants(self) -> list[Person]:
        return [Person(p) for p in self._d["participants"]]

    @property
    def documents(self) -> list[Document]:
        return [Document(p) for p in self._d["documents"]]


class Article:
    """The record of one text. Every schema key is an attribute."""

    __slots__ = ("_d", "text", "error")

    def __init__(self, d: dict, text: Any = None, error: BaseException | None = None) -> None:
        self._d = d
        self.text = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        self.error = error
        if isinstance(text, str) and any(w.startswith(_SURROGATES) for w in d["warnings"]):
            _recut(d, text)

    @classmethod
    def failed(cls, error: BaseException, text: Any = None) -> Article:
        """An empty record that carries the error of its input (``errors="collect"``)."""
        d = {"schema_version": 1, "lang": "en", "title": None, "published": None,
             "dateline": None, "publisher": None, "agencies": [], "meetings": [],
             "quotes": [], "warnings": [f"error: {type(error).__name__}: {error}"]}
        return cls(d, text, error)

    @property
    def ok(self) -> bool:
        return self.error is None

    def __getattr__(self, name: str) -> Any:
        try:
            return self._d[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def meetings(self) -> list[Meeting]:
        return [Meeting(m) for m in self._d["meetings"]]

    @property
    def quotes(self) -> list[Quote]:
        return [Quote(q) for q in self._d["quotes"]]

    @property
    def main(self) -> Meeting | None:
        """The main meeting, or None."""
        for m in self._d["meetings"]:
            if m["role"] == "main":
                return Meeting(m)
        return None

    def to_dict(self) -> dict:
        """Exactly the schema-1 JSON object (every key present)."""
        return json.loads(json.dumps(self._d))

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self._d, **kwargs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Article) and other._d == self._d

    def __repr__(self) -> str:
        m = self.main
        what = "no meeting"
        if m is not None:
            what = " ".join(str(x) for x in (m.organization, "+".join(m.bodies), m.date, m.city,
                                            m.status) if x)
        extra = f", error={self.error!r}" if self.error else ""
        return (f"<Article {self._d['lang']} {self._d['title']!r}: {what}; "
                f"{len(self._d['meetings'])} meeting(s), {len(self._d['quotes'])} quote(s){extra}>")

    def _repr_html_(self) -> str:
        from .display import article_html

        return article_html(self)
