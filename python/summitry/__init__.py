"""summitry: structured meeting records from news about intergovernmental councils.

    >>> import summitry
    >>> a = summitry.extract("The CSTO Council of Foreign Ministers met in Minsk on 20 June 2023.")
    >>> a.main.organization, a.main.city, a.main.date
    ('CSTO', 'Minsk', '2023-06-20')

The Rust core does the work (``summitry._summitry``); this package gives it a
Python face: typed records, pandas tables, a CLI and notebook display.
"""
from __future__ import annotations

from . import export, plot  # matplotlib is imported only when a plot is drawn
from ._summitry import DataError, InternalError, SummitryError, __version__
from .api import Extractor, default_extractor, extract, extract_arrow, extract_many
from .consolidate import ConsolidatedMeeting, consolidate, meetings_table
from .records import Article, Document, Meeting, Person, Quote
from .tables import tables

__all__ = [
    "Article",
    "ConsolidatedMeeting",
    "DataError",
    "Document",
    "Extractor",
    "InternalError",
    "Meeting",
    "Person",
    "Quote",
    "SummitryError",
    "__version__",
    "consolidate",
    "default_extractor",
    "export",
    "extract",
    "extract_arrow",
    "extract_many",
    "meetings_table",
    "plot",
    "tables",
]
