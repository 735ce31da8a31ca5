"""CSV cells a spreadsheet opens as text, never as a formula (CSV or formula injection).

Ashby's data is typed in by candidates and recruiters: a name like ``=HYPERLINK(...)``
or ``@SUM(...)`` in an exported CSV runs as a formula when the file is opened in
Excel, LibreOffice or Google Sheets. Following OWASP's CSV Injection guidance, a
text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
(and NUL, as OWASP ASVS 1.2.10 adds) gets a leading single quote, which
spreadsheets read as "this cell is text" and do not display. Numbers and booleans
are left alone: they are not text. Quoting and doubled quotes (RFC 4180) are the
``csv`` module's job. Exports that must keep values byte for byte use JSON Lines,
Parquet, or the ``raw`` switch of the CSV writers.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FORMULA_TRIGGERS", "neutralise"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def neutralise(value: Any) -> Any:
    """``value`` with a ``'`` in front when it is text a spreadsheet would run as a formula; else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
