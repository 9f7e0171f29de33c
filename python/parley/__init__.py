"""parley: time expressions, events and timelines of news articles.

The engine is the C++ library of the ``parley`` command, built into ``parley._parley``; every
answer here is the text the command writes, read into Python objects, so the two cannot differ.

    >>> import parley
    >>> parley.tag("The talks ended on Wednesday.", dct="2021-05-20")[0]["value"]
    '2021-05-19'
"""
import datetime as _datetime
import json as _json

from . import _parley

__all__ = ["tag", "timeline", "tag_batch", "timeline_batch"]


def _dct_text(dct):
    if dct is None or isinstance(dct, str):
        return dct
    if isinstance(dct, (_datetime.date, _datetime.datetime)):
        return dct.isoformat(timespec="seconds") if isinstance(dct, _datetime.datetime) else dct.isoformat()
    raise TypeError("dct must be a str (YYYY-MM-DD[THH:MM[:SS]]), a date, a datetime or None")


def tag(text, dct=None):
    """The time expressions of ``text`` as ``parley tag --jsonl`` gives them: a list of dicts
    with ``id``, ``start``/``end`` (code points), ``text``, ``type``, ``value`` and the other
    TIMEX3 attributes. ``dct`` is the document creation time (``"2021-05-20"``, a ``date`` or a
    ``datetime``); without it, relative expressions stay relative. A bad ``dct`` raises
    ``ValueError`` with the command's message."""
    return _json.loads(_parley.tag_json(text, _dct_text(dct)))["timexes"]


def _document_fields(i, doc):
    if isinstance(doc, str):
        return (str(i + 1), doc, None, "")
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise TypeError(f"document {i + 1}: a str or a dict with a 'text' str")
    return (str(doc.get("id", i + 1)), doc["text"], _dct_text(doc.get("dct")), str(doc.get("source") or ""))


def timeline(docs, all=False, aliases=None):
    """The joint timeline of the articles ``docs``, as ``parley timeline`` writes it (schema
    ``parley: 1``) read into dicts and lists. Each document is a dict ``{"id", "text", "dct",
    "source"}`` (all but ``text`` optional) or a str (its id is its position, from 1).
    ``all=True`` keeps background events (``--all``); ``aliases`` is the path of an alias file
    (``--aliases``). Bad input raises ``ValueError``."""
    return _parley.yaml_to_python(timeline_yaml(docs, all=all, aliases=aliases))


def timeline_yaml(docs, all=False, aliases=None):
    """``timeline()`` as the YAML text ``parley timeline`` writes, byte for byte."""
    if isinstance(docs, (str, dict)):
        docs = [docs]
    fields = [_document_fields(i, d) for i, d in enumerate(docs)]
    return _parley.timeline_yaml(fields, all, aliases)


def tag_batch(lines):
    """``parley tag --jsonl`` over batch protocol lines (``{"id","text","dct"}``, a trailing
    newline allowed): one answer line per input line, in order, without newlines. A bad line gets
    its ``{"id","error"}`` line. The GIL is released while the engine works."""
    return _parley.tag_batch(list(lines))


def timeline_batch(lines, aliases=None):
    """``parley timeline --jsonl`` over batch protocol lines, as ``tag_batch``."""
    return _parley.timeline_batch(list(lines), aliases)
