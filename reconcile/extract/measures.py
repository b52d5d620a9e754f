"""Measures: figures that carry a unit (money, percentages, points, durations, lengths,
weights, speeds...), with the unit normalised, the range or hedge they allow, what
they measure and the change they state.

The ``reconcile_measures`` component finds them with a spaCy ``Matcher`` whose patterns
and word lists are ``data/units.json`` ("$5.42 billion", "5.42bn dollars", "after 55
minutes", "a 17-hour standoff", "87 mph (140 km/h)", "5 feet 10 inches", glued forms
"RM23.50", "118.5p", "24pc", "1.0l", "64GB") and stores plain dicts on
``doc._.measures``, in the shape of ``doc._.quantities`` plus ``unit`` (``text.units``'
names: 'USD', 'sen', 'percent', 'mile_per_hour') and ``change`` (None, or the change the
sentence states: 'rose 18 sen to RM23.50' gives 18 sen as the amount, up, and RM23.50 as
the level it rose to). A range keeps both bounds ("1 to 1.5 degrees Celsius", "two to
three weeks"); a change's two ends are two figures ("slow from 4.8 to 4.7 percent").

The casualty reader (``quantities.py``) is left as it is: :func:`merge` joins the two
lists, a measure taking the place of the casualty reader's reading of the same words
when that reading is not a casualty count, and gives every quantity its ``unit`` ('' for
a count) and ``stated`` (a figure written in the text, not one inferred: 'a man was
shot' is 1 shot, but states no figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.attrs import LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..data import load
from ..text import numbers, units
from .facts import clock_24h
from .quantities import hedge_before, in_phone_number
from .scope import is_heading, sent_of

#: casualty reader measures a measure does not replace (its reading of the words is a count)
NOT_UNIT_MEASURES = frozenset({None, "money", "percent", "percentage points", "basis points"})
HYPHENS = ("-", "‐", "–", "—")


def _figure(t: Token) -> bool:
    """A token that holds a figure: '55', '5,000', 'four', 'thousand', '5.42bn', '20-30'."""
    if _figure_text(t.text, t.like_num):
        return True
    return t.lower_ in units.scales() and t.i > 0 and _figure(t.doc[t.i - 1])


@lru_cache(maxsize=65536)
def _figure_text(text: str, like_num: bool) -> bool:
    low = text.lower()
    if like_num and not re.match(r"^\d+(st|nd|rd|th)$", low):
        return True
    return numbers.digits_value(text) is not None or numbers.range_token(text) is not None or low == "dozen"


HEIGHT = re.compile(r"^(\d)'(\d{1,2})(?:\"|'')?$")
FOOT_INCHES = re.compile(r"^(?:foot|feet)-(\d{1,2})$", re.I)


def _hanging(t: Token) -> bool:
    """'four-' in 'four-, five- and six-cylinder': a figure left hanging by its hyphen."""
    return _kind_text(t.text, t.like_num) == "hanging"


@lru_cache(maxsize=65536)
def _kind_text(text: str, like_num: bool) -> str:
    if units.glued(text) is not None:
        return "glued"
    if HEIGHT.match(text):
        return "height"
    if len(text) > 1 and text[-1] in HYPHENS and numbers.words_value([text[:-1]]) is not None:
        return "hanging"
    return "figure" if _figure_text(text, like_num) else ""


def _kind(t: Token) -> str:
    """What a token holds, for the patterns (one attribute, read once per token): 'figure',
    'glued' ('RM23.50'), 'height' (6'1"), 'hanging' ('four-') or ''. The Matcher asks it
    of every token: the doc's kinds are read in one pass, the first time (:func:`_kinds`)."""
    return _doc_kinds(t.doc)[t.i]


def _doc_kinds(doc: Doc) -> list[str]:
    kinds = doc.user_data.get("reconcile_rc_kinds")
    if kinds is None:
        kinds = doc.user_data["reconcile_rc_kinds"] = _kinds(doc)
    return kinds


#: per word (its hash), :func:`_kinds`' own tests of it (kind, figure, scale word), kept
#: across docs (a word's lower case and LIKE_NUM are its lexeme's); emptied when it holds
#: more than _WORDS_MAX words
_WORDS: dict[int, tuple[str, bool, bool]] = {}
_WORDS_MAX = 200_000


def _kinds(doc: Doc) -> list[str]:
    """:func:`_kind` of each token of ``doc``: a scale word ('bn') is a figure after a
    figure ('5.42 bn'), as :func:`_figure` reads it."""
    strings, scales = doc.vocab.strings, units.scales()
    if len(_WORDS) > _WORDS_MAX:
        _WORDS.clear()
    words = _WORDS
    out: list[str] = []
    figure = False  # _figure of the token before
    for orth, low, num in doc.to_array([ORTH, LOWER, LIKE_NUM]).tolist():
        word = words.get(orth)
        if word is None:
            text, like_num = strings[orth], bool(num)
            word = words[orth] = (_kind_text(text, like_num), _figure_text(text, like_num), strings[low] in scales)
        k, figure_text, scale = word
        figure = figure_text or scale and bool(out) and figure
        out.append(k or ("figure" if scale and figure else ""))
    return out


def _register() -> None:
    if not Token.has_extension("rc_kind"):
        Token.set_extension("rc_kind", getter=_kind)
    if not Doc.has_extension("measures"):
        Doc.set_extension("measures", default=None)


@cache
def _lists() -> dict[str, list[str]]:
    sp = units.spellings()
    one = [w for w in sp if " " not in w and not (len(w) == 1 and w.isalpha()) and w not in ("in", "in.", "won", "real")]
    multi = [w.split() for w in sp if " " in w]
    slash = [w for w in sp if "/" in w]
    return {
        "unit_words": sorted(set(one) - set(slash)),
        "unit_first_words": sorted({m[0] for m in multi} | {s.split("/")[0] for s in slash}),
        "unit_second_words": sorted({m[1] for m in multi} | {"/"}),
        "unit_third_words": sorted({m[2] for m in multi if len(m) > 2} | {s.split("/")[1] for s in slash}),
        "signs": sorted(units.signs()),
        "fillers": load("units")["fillers"]["words"],
    }


def _resolve(pattern: Any) -> Any:
    """A pattern from units.json with its '$name' word lists filled in."""
    if isinstance(pattern, str) and pattern.startswith("$"):
        return _lists()[pattern[1:]]
    if isinstance(pattern, list):
        return [_resolve(p) for p in pattern]
    if isinstance(pattern, dict):
        return {k: _resolve(v) for k, v in pattern.items()}
    return pattern


def matcher(vocab) -> Matcher:
    _register()
    m = Matcher(vocab)
    for name, spec in load("units")["patterns"].items():
        if name.startswith("_"):
            continue
        m.add(name, [_resolve(spec["pattern"])])
    return m


@dataclass(frozen=True)
class _Anchors:
    """Where the units patterns can match: each has an anchor, its first token that must
    hold a kind (``_.rc_kind``: 'figure', 'glued') or a word ('half'), with at most
    ``before`` tokens before it and ``after`` after it (a '+' anchor repeats over tokens
    that are anchors too)."""

    kinds: frozenset[str]
    lowers: frozenset[str]
    before: int
    after: int


def _anchor(pattern: list[dict[str, Any]]) -> tuple[int, set[str], set[str]] | None:
    """(index, kinds, words) of ``pattern``'s anchor node; None if it has none, or if a
    node other than the anchor can take more than one token."""
    found = None
    for k, node in enumerate(pattern):
        op = node.get("OP")
        if found is None and op in (None, "+"):
            kind, low = node.get("_", {}).get("rc_kind"), node.get("LOWER")
            words = [low] if isinstance(low, str) else low.get("IN") if isinstance(low, dict) else None
            if isinstance(kind, str) or words:
                found = (k, {kind} if isinstance(kind, str) else set(), set(words or ()))
                continue
        if op not in (None, "?", "!"):
            return None
    return found


@cache
def _anchors() -> _Anchors | None:
    """The anchors of every units pattern; None if one has none (the Matcher then reads
    the whole doc)."""
    kinds: set[str] = set()
    lowers: set[str] = set()
    before = after = 0
    for name, spec in load("units")["patterns"].items():
        if name.startswith("_"):
            continue
        pattern = _resolve(spec["pattern"])
        got = _anchor(pattern)
        if got is None:
            return None
        k, ks, ws = got
        kinds |= ks
        lowers |= ws
        before, after = max(before, k), max(after, len(pattern) - k - 1)
    return _Anchors(frozenset(kinds), frozenset(lowers), before, after)


def _windows(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of ``doc`` that hold every match of the units patterns: around each
    anchor token, as far as a pattern reaches from its anchor, ranges that meet merged
    (a match lies in one). The Matcher reads every token it is given (with ``_kind``
    through Python): over these ranges only, it finds the same matches in the same order."""
    an = _anchors()
    if an is None:
        return [(0, len(doc))]
    lowers = {get_string_id(w) for w in an.lowers}
    kinds = _doc_kinds(doc)
    out: list[tuple[int, int]] = []
    for i, low in enumerate(doc.to_array(LOWER).tolist()):
        if kinds[i] in an.kinds or low in lowers:
            s, e = max(0, i - an.before), min(len(doc), i + an.after + 1)
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
    return out


def find(doc: Doc, m: Matcher) -> list[tuple[int, int, int]]:
    """``m(doc)`` for the units Matcher, read over :func:`_windows` only."""
    return [(key, ws + s, ws + e) for ws, we in _windows(doc) for key, s, e in m(doc[ws:we])]


@cache
def _change_verbs() -> dict[str, str]:
    ch = load("units")["changes"]
    return {**{w: "down" for w in ch["down"]}, **{w: "up" for w in ch["up"]}}


@cache
def _dimension_names() -> dict[str, str]:
    return load("units")["dimensions"]["names"]


def measure_of(unit: str) -> str | None:
    """The measure a unit gives its figure: 'money', 'percent', 'percentage points',
    'points', or a dimension ('duration', 'length', 'speed', 'mass')."""
    k = units.kind(unit)
    if k == "count":
        return None
    if k.startswith("money:"):
        return "money"
    if k == "percent":
        return "percent"
    if k == "percentage_point":
        return "percentage points"
    if k == "point":
        return "points"
    return _dimension_names().get(k, k)


# ---------------------------------------------------------------- reading one match

def _value(toks: list[Token]) -> tuple[float, float] | float | None:
    """The figure of number tokens: a value, or (low, high) for '20-30'."""
    words = [t.text for t in toks]
    if len(words) == 1 and numbers.range_token(words[0]) is not None:
        return numbers.range_token(words[0])
    scale = 1.0
    while words and words[-1].lower() in units.scales() and words[-1].lower() not in numbers.SCALES:
        scale *= units.scales()[words[-1].lower()]
        words = words[:-1]
    v = numbers.words_value(words) if words else None
    if v is None and len(words) > 1:
        return None
    return None if v is None else v * scale


def _unit_at(doc: Doc, i: int, j: int) -> str | None:
    """The unit the tokens [i, j) spell ('mph', 'km / h', 'degrees Celsius')."""
    words = [t.lower_ for t in doc[i:j]]
    text = " ".join(words)
    return units.spellings().get(text) or units.spellings().get("".join(words))


def _is_age(doc: Doc, s: int, e: int, unit: str) -> bool:
    if unit not in ("year", "month", "week", "day"):
        return False
    nd = load("units")["not_durations"]
    after = " ".join(t.lower_ for t in doc[e:e + 2])
    if any(after.startswith(w) for w in nd["after"]) or (e < len(doc) and doc[e].text in HYPHENS
                                                          and e + 1 < len(doc) and doc[e + 1].lower_ in ("old", "olds")):
        return True
    return s > 0 and doc[s - 1].lower_ in nd["before"]


def _clock_hours(doc: Doc, s: int, unit: str) -> bool:
    """'at approximately 2239 hours': a time on the twenty-four-hour clock, as police releases
    write it (data/facts.json ``time_24h``, which the fact reader reads as a clock time), no
    duration. Session 63, careful reading round 150: a release's three such times read as
    durations of about 2,200 hours, one of them agreeing with another page's 'two or three
    months' once converted."""
    return unit == "hour" and bool(clock_24h().match(doc.text, doc[s].idx))


def _vague_one(doc: Doc, s: int, e: int, unit: str, unit_tok: Token) -> bool:
    """'one day he left' (some day), not 'for one day', 'one day later'."""
    nd = load("units")["not_durations"]
    if doc[s].lower_ != "one" or unit_tok.lower_ not in nd["vague_one"]:
        return False
    before = doc[s - 1].lower_ if s > 0 else ""
    after = doc[e].lower_ if e < len(doc) else ""
    return before not in nd["one_needs"] and after not in nd["one_needs"]


def _calibre(doc: Doc, s: int, e: int, unit: str) -> bool:
    """'a 9 mm handgun', '.22 caliber', 'he pulled a 9 mm': a kind of gun, not a length."""
    if unit not in ("millimeter", "inch"):
        return False
    words = set(load("units")["calibres"]["words"])
    if any(t.lower_ in words for t in doc[e:e + 3]):
        return True
    return unit == "millimeter" and s > 0 and doc[s - 1].lower_ in ("a", "his", "her", "their") and not (
        e < len(doc) and doc[e].lower_ == "of")


def _pounds_weight(doc: Doc, s: int, e: int) -> bool:
    """'pounds' is a weight unless the sentence is about money ('fined 500 pounds')."""
    if e < len(doc) and doc[e].lower_ == "of":
        return True
    money = set(load("units")["pounds_money"]["words"])
    return not any(t.lower_ in money or t.lemma_.lower() in money for t in sent_of(doc[s]))


def _range_before(doc: Doc, s: int, lo: int, unit: str, value: float) -> tuple[int, float, str] | None:
    """The low end of a range that ends with this figure: '1 to 1.5 degrees', 'two to
    three weeks', 'between $2 million and $3 million', '20 - 30 seconds'. Returns (start
    of the range, low value, how)."""
    k = s - 1
    if k < lo:
        return None
    conn = doc[k]
    if conn.lower_ not in ("to", "and", "or") and conn.text not in HYPHENS:
        return None
    j = k
    while j - 1 >= lo and _figure(doc[j - 1]) and not doc[j - 1].lower_ in ("a", "an"):
        j -= 1
    if j == k:
        return None
    first = j
    if first - 1 >= lo and units.signs().get(doc[first - 1].text) and unit in (units.signs().get(doc[first - 1].text),):
        first -= 1
    low = _value(list(doc[j:k]))
    if low is None or isinstance(low, tuple):
        return None
    low = numbers.carry_scale(low, [t.text for t in doc[j:k]], value, [doc[s].text])
    if isinstance(value, tuple) or not low < value:
        return None
    lead = doc[first - 1].lower_ if first - 1 >= lo else ""
    if conn.lower_ == "and" and lead != "between":
        return None
    if lead == "from":
        if _change_head(doc[first - 1]) is not None:
            return None  # 'rose from 12 to 20': a change, two figures
        return first - 1, low, "from"
    if lead == "between":
        return first - 1, low, "between"
    return first, low, conn.lower_


def _change_head(tok: Token) -> str | None:
    """The direction of the change verb a preposition hangs on ('rose ... to', 'slow
    from 4.8 to'): its head, or a change verb a few words before it in its clause."""
    for h in (tok.head, tok.head.head):
        d = _change_verbs().get(h.lemma_.lower())
        if d and h.pos_ not in ("PROPN", "NUM", "PUNCT"):
            return d
    k = tok.i - 1
    lo = max(sent_of(tok).start, tok.i - 8)
    while k >= lo and not doc_punct(tok.doc[k]):
        t = tok.doc[k]
        if t.pos_ == "VERB" and _change_verbs().get(t.lemma_.lower()):
            return _change_verbs()[t.lemma_.lower()]
        k -= 1
    return None


def doc_punct(t: Token) -> bool:
    return t.is_punct and t.text not in HYPHENS


def _change(doc: Doc, s: int, e: int, head: Token) -> dict[str, Any] | None:
    """What change the figure states: the amount ('rose 18 sen'), the level it reached
    ('to RM23.50'), or where it started ('from 4.8')."""
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.lower_ == "by":
        d = _change_head(prev)
        return {"direction": d, "role": "amount"} if d else None
    if prev is not None and prev.lower_ in ("to", "from") and _change_head(prev):
        return {"direction": _change_head(prev), "role": "level" if prev.lower_ == "to" else "start"}
    verb = _change_verbs().get(prev.lemma_.lower()) if prev is not None else None
    if verb and prev.pos_ in ("VERB", "ADV", "ADP") and prev.lower_ not in ("to", "from"):
        return {"direction": verb, "role": "amount"}
    if head.dep_ in ("dobj", "npadvmod") and _change_verbs().get(head.head.lemma_.lower()) \
            and head.head.pos_ == "VERB" and s - 4 <= head.head.i < s:
        return {"direction": _change_verbs()[head.head.lemma_.lower()], "role": "amount"}
    return None


def _counted(doc: Doc, s: int, e: int) -> str | None:
    """What the figure measures, in the sentence's words: the noun it modifies ('a
    $25,000 reward', 'a 17-hour standoff') or the object of its 'of' ('250 millimetres of
    rain')."""
    last = doc[e - 1]
    if e < len(doc) and doc[e].lower_ == "of":
        obj = next((c for c in doc[e].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
            return obj.lemma_.lower()
    for t in (last, *doc[s:e]):
        h = t.head
        if h.i >= e and h.pos_ == "NOUN" and h.i - e <= 3:
            return h.lemma_.lower()
    return None


def _record(doc: Doc, s: int, e: int, value: tuple[float | None, float | None, float | None], hedge: str | None,
            unit: str, change: dict | None, counted: str | None) -> dict[str, Any]:
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return {"start": start, "end": end, "value": value, "hedge": hedge, "measure": measure_of(unit),
            "noun": counted, "group": None, "unit": unit, "change": change,
            "place": None, "time": None, "_s": s, "_e": e}


def _height(doc: Doc, span: Span, rule: str) -> list[dict[str, Any]]:
    """A height, in inches: '5 feet 10 inches', '5-foot-10', 6'1"."""
    s, e = span.start, span.end
    if rule == "height_glued":
        m = HEIGHT.match(doc[s].text)
        feet, inch = float(m.group(1)), float(m.group(2))
    elif rule == "height_hyphen":
        feet, inch = _value([doc[s]]), float(FOOT_INCHES.match(doc[e - 1].text).group(1))
    else:
        figs = [t for t in span if _figure(t)]
        feet, inch = _value([figs[0]]), _value([figs[-1]])
    if not isinstance(feet, float) or not isinstance(inch, float) or inch >= 12:
        return []
    x = feet * 12 + inch
    hedge, hs = hedge_before(doc, s, sent_of(doc[s]).start)
    iv = numbers.interval(x, numbers.hedges().get(hedge) if hedge else None, integer=False)
    return [_record(doc, hs, e, (iv.nominal, iv.low, iv.high), hedge, "inch", None, None)]


def _title_case(sent: Span) -> bool:
    """A headline in title case: its words of four letters or more mostly capitalised."""
    words = [t for t in sent if t.is_alpha and len(t) >= 4]
    return is_heading(sent) or len(words) >= 2 and sum(t.is_title or t.is_upper for t in words) >= 0.7 * len(words)


def _figure_unit(doc: Doc, s: int, e: int, rule: str) -> tuple[int, int, Any, str | None, int, int, int] | None:
    """(start, end, figure, unit, figure's start, its end, the unit's start) of a match,
    by the rule that matched; None when the words give no figure."""
    if rule == "glued":
        x, unit = units.glued(doc[s].text)
        fig_s, fig_e, unit_s = s, e, e
    elif rule == "sign_figure":
        unit = units.signs()[doc[s].text]
        fig_s, fig_e, unit_s = s + 1, e, e
        x = _value(list(doc[fig_s:fig_e]))
        nxt = doc[e].lower_ if e < len(doc) else ""
        if nxt in units.scales() and nxt not in numbers.SCALES and doc[e - 1].whitespace_ == "":
            x, e, fig_e = (x * units.scales()[nxt] if isinstance(x, float) else x), e + 1, e + 1
    elif rule == "half_unit":
        if s > 0 and doc[s - 1].lower_ not in ("a", "an") and doc[s + 1].lower_ not in ("a", "an"):
            return None  # 'the second half hour' is not half of one
        x, unit, fig_s, fig_e, unit_s = 0.5, _unit_at(doc, e - 1, e), s, s + 1, e - 1
        if s > 0 and doc[s - 1].lower_ in ("a", "an"):
            s = fig_s = s - 1
    elif rule in ("figure_to_figure_unit", "figure_plus_unit"):
        x, unit, fig_s, fig_e, unit_s = _value([doc[s]]), _unit_at(doc, e - 1, e), s, s + 1, e - 1
        if rule == "figure_to_figure_unit":
            hi = numbers.digits_value(doc[s + 2].text[3:])
            x = (x, hi) if isinstance(x, float) and hi is not None and x < hi else None
    else:
        fig_s = s
        fig_e = next(k for k in range(s, e + 1) if k == e or not _figure(doc[k]))
        while fig_s >= 2 and doc[fig_s - 1].text in HYPHENS and numbers.is_number_word(doc[fig_s - 2].lower_) \
                and numbers.is_number_word(doc[fig_s].lower_):
            fig_s -= 2  # 'Twenty-two years': the parser's tokens 'Twenty', '-', 'two'
        s = fig_s
        unit_s = fig_e + 1 if rule == "figure_hyphen_unit" else fig_e
        if unit_s < e and doc[unit_s].lower_ in _lists()["fillers"]:
            unit_s += 1  # 'two more hours'
        unit = _unit_at(doc, unit_s, e)
        x = _value(list(doc[fig_s:fig_e]))
        if doc[fig_s].lower_ in numbers.SCALES and fig_s > 0 and (
                doc[fig_s - 1].lower_ in numbers.vague_words() or doc[fig_s - 1].lower_ in ("few", "several", "many")):
            return None  # 'a few hundred feet': vague
    return s, e, x, unit, fig_s, fig_e, unit_s


def _read(doc: Doc, span: Span, rule: str) -> list[dict[str, Any]]:
    """The measures of one matched span (a height is one figure; 'RM23.50' one token)."""
    if rule.startswith("height"):
        return _height(doc, span, rule)
    if rule == "hanging":
        return _hanging_list(doc, span.start)
    got = _figure_unit(doc, span.start, span.end, rule)
    if got is None:
        return []
    s, e, x, unit, fig_s, fig_e, unit_s = got
    if unit is None or x is None:
        return []
    if unit_s < len(doc) and unit_s > sent_of(doc[s]).start and doc[unit_s].is_title and e < len(doc) \
            and doc[e].is_title and doc[unit_s].text != doc[unit_s].text.upper() and not _title_case(sent_of(doc[s])):
        return []  # 'told 24-Hour News 8': a name; not in a headline written in title case
    if unit == "foot" and isinstance(x, float) and x <= 8 and (
            doc[e - 1].text == "'" or e < len(doc) and doc[e].lower_ in ("tall", "high")):
        x, unit = x * 12, "inch"  # a height, in inches as heights are compared: "6' tall"
    if unit == "pound" and rule != "glued" and not _pounds_weight(doc, fig_s, e):
        unit = "GBP"
    if _is_age(doc, fig_s, e, unit) or _calibre(doc, fig_s, e, unit) or _clock_hours(doc, fig_s, unit) or (
            unit_s < e and _vague_one(doc, fig_s, e, unit, doc[e - 1])):
        return []
    if fig_s > 0 and doc[fig_s - 1].text in ("#", "No.", "no."):
        return []
    sent = sent_of(doc[s])
    start = s
    how = None
    if isinstance(x, tuple):
        lo, hi = x
        value = (None, lo, hi)
        how = "-"
    else:
        rng = _range_before(doc, s, sent.start, unit, x)
        if rng is not None:
            start, lo, how = rng
            value = (None, lo, x)
        else:
            value = None
    hedge, hs = hedge_before(doc, start, sent.start)
    if value is None and rule == "figure_plus_unit":
        value, hedge = (x, x, None), "plus"
    if value is None:
        after = _range_after(doc, e, sent.end, unit, x)
        if after is not None:
            value, e, how = (None, x, after[0]), after[1], "to"
    if value is None:
        iv = numbers.interval(x, numbers.hedges().get(hedge) if hedge else None, integer=False)
        value = (iv.nominal, iv.low, iv.high)
    head = doc[e - 1]
    rec = _record(doc, hs, e, value, hedge if how is None else (f"{hedge} {how}" if hedge else how),
                  unit, _change(doc, start, e, head), _counted(doc, s, e))
    return [*_suspended(doc, fig_s, unit, rec["noun"]), rec]


def _hanging_list(doc: Doc, s: int) -> list[dict[str, Any]]:
    """'four-, five- and six-cylinder': each hanging figure, and the last, with the last's
    unit, or as a count of its noun ('cylinder')."""
    joins = set(load("units")["suspended"]["joins"])
    k = s
    while k < len(doc) and (_hanging(doc[k]) or doc[k].lower_ in joins):
        k += 1
    if not (k + 2 < len(doc) and _figure(doc[k]) and doc[k + 1].text in HYPHENS and doc[k + 2].is_alpha):
        return []
    if k + 3 < len(doc) and doc[k + 3].text in HYPHENS:
        return []  # 'six-year-old'
    last = _value([doc[k]])
    unit = _unit_at(doc, k + 2, k + 3) or ""
    noun = None if unit else doc[k + 2].lemma_.lower()
    if not isinstance(last, float) or _is_age(doc, k, k + 3, unit):
        return []
    out = []
    for j in range(s, k):
        if _hanging(doc[j]):
            word = doc[j].text[:-1]
            x = numbers.words_value([word])
            r = _record(doc, j, j + 1, (x, x, x), None, unit, None, noun)
            r["end"] = doc[j].idx + len(word)
            out.append(r)
    out.append(_record(doc, k, k + 3 if unit else k + 1, (last, last, last), None, unit, None, noun))
    return out


def _range_after(doc: Doc, e: int, hi: int, unit: str, x: float) -> tuple[float, int] | None:
    """'six months to a year': a range across units of one kind, both bounds in the
    lower bound's unit (high, end)."""
    if e + 2 >= hi or doc[e].lower_ != "to":
        return None
    k = e + 1
    if doc[k].lower_ in ("a", "an"):
        y, k = 1.0, k + 1
    elif _figure(doc[k]) and not isinstance(_value([doc[k]]), tuple):
        y, k = _value([doc[k]]), k + 1
    else:
        return None
    other = _unit_at(doc, k, k + 1) if k < hi else None
    if other is None or other == unit or units.kind(other) != units.kind(unit) or y is None:
        return None
    high = units.to_base(y, other) / units.to_base(1.0, unit)
    return (round(high, 6), k + 1) if high > x else None


def _suspended(doc: Doc, s: int, unit: str, noun: str | None) -> list[dict[str, Any]]:
    """Figures left hanging before this one ('36- and' in '36- and 48-month'): each
    with this figure's unit."""
    out = []
    joins = set(load("units")["suspended"]["joins"])
    k = s - 1
    while k >= 1 and doc[k].lower_ in joins:
        k -= 1
        if k >= 1 and doc[k].text in HYPHENS and _figure(doc[k - 1]):
            fig = k - 1
        elif doc[k].text.endswith(tuple(HYPHENS)) and len(doc[k].text) > 1 and (
                numbers.words_value([doc[k].text[:-1]]) is not None):
            fig = k
        else:
            break
        word = doc[fig].text.rstrip("".join(HYPHENS))
        x = numbers.words_value([word])
        if x is None:
            break
        r = _record(doc, fig, fig + 1, (x, x, x), None, unit, None, noun)
        r["end"] = doc[fig].idx + len(word)
        out.insert(0, r)
        k = fig - 1
    return out


def _from_figure(doc: Doc, recs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """'slow from 4.8 to 4.7 percent': the bare figure after a change's 'from' takes the
    unit of the level after its 'to'."""
    out = []
    for r in recs:
        out.append(r)
        ch = r.get("change") or {}
        s = r["_s"]
        if ch.get("role") != "level" or s < 3 or doc[s - 1].lower_ != "to":
            continue
        k = s - 2
        j = k + 1
        while j - 1 >= 0 and _figure(doc[j - 1]):
            j -= 1
        if j > k or j == 0 or doc[j - 1].lower_ != "from":
            continue
        x = _value(list(doc[j:k + 1]))
        if not isinstance(x, float):
            continue
        start = _record(doc, j, k + 1, (x, x, x), None, r["unit"], {"direction": ch["direction"], "role": "start"}, r["noun"])
        out.insert(len(out) - 1, start)
    return out


def measures(doc: Doc, m: Matcher | None = None) -> list[dict[str, Any]]:
    """The unit-bearing figures of ``doc`` as dicts (see the module's docstring)."""
    m = m or matcher(doc.vocab)
    spans = []
    for key, s, e in find(doc, m):
        spans.append(Span(doc, s, e, label=key))
    out: list[dict[str, Any]] = []
    for span in sorted(filter_spans(spans), key=lambda sp: sp.start):
        out.extend(_read(doc, span, doc.vocab.strings[span.label]))
    out = _from_figure(doc, out)
    out = list({(r["start"], r["end"]): r for r in out}.values())  # a hanging figure read twice
    # the low end of a range is read once, inside the range ('between $2 million and $3 million')
    out = [r for r in out if not any(o is not r and o["start"] <= r["start"] and r["end"] <= o["end"]
                                     and (o["end"] - o["start"]) > (r["end"] - r["start"]) for o in out)]
    out = [r for r in out if not in_phone_number(doc, r["start"], r["end"])]  # '1-800- 555-TIPS' (look58)
    out.sort(key=lambda r: (r["start"], r["end"]))
    for r in out:
        r.pop("_s", None)
        r.pop("_e", None)
    return out


# ---------------------------------------------------------------- joined with the casualty reader

def _written(text: str, d: dict[str, Any]) -> bool:
    """The figure is written in the text: a number in digits or words in its words, and
    not a reading made from other figures or from a noun ('a man' is 1, 'several')."""
    hedge = d.get("hedge") or ""
    if hedge.startswith(tuple(load("units")["not_stated"]["hedges"])):
        return False
    if hedge in numbers.vague_words() or hedge == "no":
        return False  # 'several'; 'no one was hurt', 'no injuries': a zero no figure writes
    words = re.findall(r"[^\s()/\-‐–—]+", text)
    return any(numbers.digits_value(w) is not None or numbers.range_token(w) is not None
               or numbers.is_number_word(w) or w.lower() in numbers.MULTIPLIERS or units.glued(w) is not None
               or w.lower() in numbers.FRACTIONS or any(c.isdigit() for c in w)
               for w in words)


def _unit_of_quantity(q: dict[str, Any]) -> str:
    """The unit of a figure the casualty reader read: money by its code ('USD', 'cents'
    to 'cent'), percentages, and measurements by the unit words it keeps as noun."""
    m, noun = q.get("measure"), (q.get("noun") or "")
    if m == "money":
        return {"cents": "cent", "pence": "penny"}.get(noun, noun)
    if m == "percent":
        return "percent"
    if m == "percentage points":
        return "percentage_point"
    if m == "basis points":
        return "basis_point"
    if m is None and noun:
        return units.spellings().get(noun.lower()) or units.spellings().get(noun.lower().split()[-1]) or ""
    return ""


def _measurement_or_label(text: str, q: dict[str, Any]) -> bool:
    """The casualty reader's reading of a figure with a unit (measure null, a unit word as
    noun) that the measures' rules left out, or a bare figure that names a kind of thing
    ('a 12 gauge shotgun')."""
    if q.get("measure") is not None:
        return False
    if _unit_of_quantity(q):
        return True
    after = text[q["end"]:q["end"] + 12].lower().lstrip(" -")
    return any(after.startswith(w) for w in load("units")["labels_after"]["words"])


def merge(text: str, quantities: list[dict[str, Any]], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The casualty reader's quantities and the measures as one list, in text order.

    A measure replaces the casualty reader's reading of the same words unless that reading
    is a casualty count (its measure is none of money, percent, points, nor None); it
    keeps the place and time the casualty reader found. Each dict gets ``unit`` and
    ``stated``; offsets are into ``text``."""
    out: list[dict[str, Any]] = []
    used: set[int] = set()
    for q in quantities:
        hits = [k for k, f in enumerate(found) if f["start"] < q["end"] and q["start"] < f["end"]]
        if hits and q.get("measure") in NOT_UNIT_MEASURES:
            for k in hits:
                if k in used:
                    continue
                f = dict(found[k])
                f.update(place=q.get("place"), time=q.get("time"), place_inherited=q.get("place_inherited", False),
                         time_inherited=q.get("time_inherited", False))
                if f["measure"] == "money" and q.get("measure") == "money":
                    f["group"] = q.get("group")
                out.append(f)
                used.add(k)
            continue
        used.update(hits)
        if not hits and _measurement_or_label(text, q):
            continue  # a measurement the measures leave out ('a 9 mm', an age), or a '12 gauge'
        q = dict(q)
        q.setdefault("unit", _unit_of_quantity(q))
        q.setdefault("change", None)
        out.append(q)
    out.extend(f for k, f in enumerate(found) if k not in used)
    for d in out:
        d["stated"] = _written(text[d["start"]:d["end"]], d)
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


# ---------------------------------------------------------------- the component

@Language.factory(
    "reconcile_measures",
    requires=["token.dep", "token.lemma", "token.pos", "doc.sents"],
    assigns=["doc._.measures"],
)
def make_measures(nlp: Language, name: str) -> "MeasureExtractor":
    return MeasureExtractor(nlp)


class MeasureExtractor:
    """Sets ``doc._.measures`` to the list of measure dicts."""

    def __init__(self, nlp: Language) -> None:
        _register()
        self.matcher = matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.measures = measures(doc, self.matcher)
        return doc


_register()
