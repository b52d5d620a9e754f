"""A claim in a few words, safe for a terminal: what the renderers show and what a
diff of two reports compares (its value, its source's name), below both.

Article text is data: :func:`clean` strips escape sequences, control characters and
bidirectional overrides from anything taken from an article or a file name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from .data import load
from .facts import fact_text
from .records import Claim, Report, Term
from .text.controls import BIDI as _BIDI, CONTROLS, SEQUENCES as _SEQUENCES

# ANSI CSI and OSC sequences whole, other ESC pairs, C0/C1 controls (not \n), and the
# bidirectional embeddings, overrides and isolates that reorder what a terminal shows.
_CONTROL = re.compile(rf"{_SEQUENCES}|[\x00-\x08\x0b-\x1f\x7f-\x9f]|{_BIDI}")
_SURROGATE = re.compile("[\ud800-\udfff]")  # undecodable bytes of a file name


def clean(s: str | None) -> str:
    """Text safe for a terminal: no escape sequences, control characters or
    bidirectional overrides; line separators become line ends; the lone surrogates of
    an undecodable file name become U+FFFD."""
    s = (s or "").replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", s))


def control_free(s: str | None) -> str:
    """:func:`clean` for a block of text shown as it is laid out (the HTML page's
    columns): tabs, line feeds and carriage returns stay."""
    s = (s or "").replace("\u2028", "\n").replace("\u2029", "\n")
    return _SURROGATE.sub("\ufffd", CONTROLS.sub("", s))  # tab and line ends stay: text as laid out


#: the mark a finding's reason quotes an article's words with
QUOTE = "'"


def terms_words(terms: Sequence[Term], quote: str = "") -> str:
    """'4 shot, 1 killed', "'four' shot, 'the teen' killed" (``quote``): the figures a
    derived toll was worked out from (:attr:`reconcile.records.Toll.terms`), each in the
    source's words where the account kept them, else its number."""
    return ", ".join(f"{quote}{x.words}{quote} {x.counts}" if x.words else f"{abs(x.value):g} {x.counts}" for x in terms)


def by_id(report: Report) -> Mapping[str, Claim]:
    """The report's claims by id; saved claims (``check --claims``) are looked up in their
    files when asked for, not indexed all at once (``shard.SavedClaims.by_id``)."""
    lazy = getattr(report.claims, "by_id", None)
    return lazy() if lazy is not None else {c.id: c for c in report.claims}


def source_names(report: Report) -> dict[str, str]:
    """Source id -> display name, as the findings' reasons give it (outlet, else file
    name; a name two sources share is followed by the source id), made safe."""
    return {k: clean(v) for k, v in report.source_names().items()}


def figure(c: Claim) -> str:
    """A quantity claim's figure: '8', '3–9', '≥ 2'. People mentioned ('his daughter'
    killed, read as a lower bound: that one and perhaps others) are '1 mentioned', not
    '≥ 1', which beside an agreement's '1' reads as a doubt the words do not raise."""
    if c.value is None:
        return "?"
    low = c.value.low
    if c.hedge == "at least (named)" and c.value.high is None and low is not None and float(low).is_integer() and low >= 1:
        return f"{int(low)} mentioned"
    return c.value.describe()


def value(c: Claim) -> str:
    """What a source says, in a few words: "eight (8)", the speaker, the title."""
    if c.kind == "quantity":
        v = figure(c)
        words = " ".join(clean(c.text).split())
        return words if words == v else f"{words} ({v})"
    if c.kind == "quote":
        return clean(c.speaker) or "speaker unknown"
    if c.kind == "person":
        return clean(person_text(c))
    if c.kind == "fact":
        return clean(fact_text(c))
    return clean(c.title) or ""


@cache
def _under_two() -> tuple[re.Pattern[str], frozenset[str]]:
    """An age written in months, weeks or days ('10-month-old', '3 weeks old', 'age 10
    months'), its units the ones the age reader divides (data/persons.json ``age.units``,
    :func:`reconcile.extract.persons.ages.in_years`), and the units that are months."""
    units = load("persons")["age"]["units"]
    months = frozenset(units["months"])
    words = sorted({*months, *units["under_a_month"]}, key=len, reverse=True)
    return re.compile(rf"\b(\d{{1,2}})\s*[-‐–]?\s*({'|'.join(map(re.escape, words))})\b", re.I), months


def age_text(c: Claim) -> str:
    """A person's age as the report shows it: the whole years of ``age`` ('27'), but for a
    child under two whose age the article wrote in months, weeks or days ('10 months' for 'a
    10-month-old girl', read as age 0; '17 months' for age 1), taken from the words at the
    age's span; '' where no age is given. (Session 47: a baby's age showed as '0'.)"""
    if c.age is None:
        return ""
    if c.age >= 2:
        return str(c.age)
    pattern, months = _under_two()

    def read(m: re.Match[str]) -> tuple[int, str]:  # (number, 'month' | 'week' | 'day')
        u = m.group(2).lower()
        return int(m.group(1)), "month" if u in months else u.rstrip("s")
    span = next(((s, e) for a, s, e in c.spans if a == "age"), None)
    at = c.sentence.find(c.text) if span and c.text else -1
    m = None
    if at >= 0 and c.sentence.find(c.text, at + 1) < 0:
        off = c.start - at  # the sentence's offset in the article
        if off <= span[0] < off + len(c.sentence):
            m = pattern.search(c.sentence[span[0] - off:span[1] - off + 12])
    if m is None:  # the age read elsewhere (a headline): the one such age of the claim's sentence
        told = {read(x) for x in pattern.finditer(c.sentence)}
        told = {(n, u) for n, u in told if (n // 12 if u == "month" else 0) == c.age}
        if len(told) != 1:
            return str(c.age)
        n, unit = told.pop()
    else:
        n, unit = read(m)
    return f"{n} {unit}{'' if n == 1 else 's'}"


def person_text(c: Claim) -> str:
    """A person claim in a few words: 'Dana Reyes, 27, suspect, arrested'."""
    parts = [c.name or "(unnamed)"]
    if c.age is not None:
        parts.append(age_text(c))
    parts.extend(x for x in (c.gender if c.name is None else None, c.role, c.outcome, c.condition) if x)
    return ", ".join(parts)
