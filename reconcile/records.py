"""The records that flow between stages: Article -> Claim -> Finding -> Report.

Frozen dataclasses holding plain values (strings, numbers, tuples), so they can be
compared, hashed, cached and serialised. This module imports nothing from reconcile.
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

ClaimKind = Literal["quantity", "quote", "role", "person", "fact"]
#: the claim kinds :meth:`Claim.from_dict` reads
CLAIM_KINDS: tuple[str, ...] = get_args(ClaimKind)
#: what happened to a person, most serious first
OUTCOMES: tuple[str, ...] = ("killed", "injured", "arrested", "unharmed")
Status = Literal["conflict", "differ", "inconsistent", "agree", "unique"]

#: Order in which findings are reported: worst first. ``inconsistent`` is one source
#: contradicting itself (a headline's toll its body does not give), not a finding
#: between sources.
STATUS_ORDER: tuple[Status, ...] = get_args(Status)
#: the values of ``--fail-on``, and the statuses that make the exit code 1 for each
FAIL_ON = ("conflict", "differ", "never")
#: (``differ`` also fails on a self-contradiction: a page at odds with itself is at least a difference)
FAILING = {"conflict": ("conflict",), "differ": ("conflict", "differ", "inconsistent"), "never": ()}


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk.

    ``text`` is the text as decoded (for JSON inputs: the article's text field; for
    HTML: the main text trafilatura finds, after the title); every claim offset points
    into it. ``masked`` lists (start, end) spans that are page furniture ("Source
    link", "Leave a Reply", Markdown front matter) and yield no claims. ``where``
    locates an article inside a file that holds several ("line 3", "item 0").
    ``outlet_from`` says where an outlet read from the article's own lines was found
    ('title', 'dateline', 'copyright': reconcile/text/outlets.py); None for one from
    metadata (or none).
    """

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    masked: tuple[tuple[int, int], ...] = ()
    where: str | None = None
    outlet_from: str | None = None
    #: when the article says it was last updated (metadata, or an 'Updated: ...' line of its
    #: own), ISO 8601 with the clock time where known; None where it says nothing
    updated: str | None = None

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "where": self.where,
            "title": self.title,
            "outlet": self.outlet,
            "outlet_from": self.outlet_from,
            "published": self.published,
            "updated": self.updated,
            "url": self.url,
        }

    @classmethod
    def from_summary(cls, d: dict[str, Any]) -> Article:
        """An Article without its text, from :meth:`summary` (reports built from saved claims)."""
        return cls(id=d["id"], path=d["path"], text="", title=d.get("title"),
                   outlet=d.get("outlet"), published=d.get("published"), url=d.get("url"),
                   where=d.get("where"), outlet_from=d.get("outlet_from"), updated=d.get("updated"))

    def without_text(self) -> Article:
        """The same article's metadata only: what a report keeps once claims are extracted."""
        return Article(id=self.id, path=self.path, text="", title=self.title, outlet=self.outlet,
                       published=self.published, url=self.url, where=self.where, outlet_from=self.outlet_from,
                       updated=self.updated)


#: a source id longer than this is cut to :data:`SHORT_ID` characters after a name it shares
#: ('WXYZ (26103d26…)' for a page named by a hash), where the cut ids still differ
LONG_ID, SHORT_ID = 12, 8


def source_names(articles: Iterable[Article]) -> dict[str, str]:
    """How each source is named in reports: its outlet when known, else its file
    name; a name two sources share gets the source id after it (its first
    :data:`SHORT_ID` characters and '…' when every id of the name is longer than
    :data:`LONG_ID` and the cut ids still tell them apart)."""
    names: dict[str, str] = {}
    for a in articles:
        names[a.id] = a.outlet or os.path.basename(a.path)
    shared: dict[str, list[str]] = {}
    for k, n in names.items():
        shared.setdefault(n, []).append(k)
    out = {}
    for n, ids in shared.items():
        cut = len(ids) > 1 and all(len(k) > LONG_ID for k in ids) and len({k[:SHORT_ID] for k in ids}) == len(ids)
        for k in ids:
            out[k] = n if len(ids) == 1 else f"{n} ({k[:SHORT_ID]}…)" if cut else f"{n} ({k})"
    return out


@dataclass(frozen=True, slots=True)
class Interval:
    """A reported figure: the nominal value written and the range it allows.

    ``low``/``high`` are inclusive; ``None`` means unbounded (or, for ``nominal``,
    that the text gave no single figure, as with "several").
    """

    nominal: float | None
    low: float | None
    high: float | None

    @property
    def lo(self) -> float:
        return -math.inf if self.low is None else self.low

    @property
    def hi(self) -> float:
        return math.inf if self.high is None else self.high

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def contains(self, x: float) -> bool:
        return self.lo <= x <= self.hi

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    @property
    def width(self) -> float:
        return self.hi - self.lo

    def to_dict(self) -> dict[str, float | int | None]:
        return {"nominal": _num(self.nominal), "low": _num(self.low), "high": _num(self.high)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Interval:
        return cls(_float(d.get("nominal")), _float(d.get("low")), _float(d.get("high")))

    def describe(self) -> str:
        """'62', '59–65', '≥ 3', '≤ 10'."""
        if self.is_point:
            return _fmt(self.low)
        if self.low is not None and self.high is not None:
            return f"{_fmt(self.low)}–{_fmt(self.high)}"
        if self.low is not None:
            return f"≥ {_fmt(self.low)}"
        if self.high is not None:
            return f"≤ {_fmt(self.high)}"
        return "unknown"


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _float(x: Any) -> float | None:
    return None if x is None else float(x)


def _fmt(x: float | None) -> str:
    n = _num(x)
    return f"{n:,}" if isinstance(n, int) else str(n)


@dataclass(frozen=True, slots=True, order=True)
class DateSpan:
    """The calendar days a time expression covers, both ends inclusive."""

    start: date
    end: date

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    def iso(self) -> str:
        """'2024-01-08' for one day, '2023-10-17/2024-01-09' (ISO 8601) for a range."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    def from_iso(cls, s: str) -> DateSpan:
        """The inverse of :meth:`iso`."""
        a, _, b = s.partition("/")
        return cls(date.fromisoformat(a), date.fromisoformat(b or a))


@dataclass(frozen=True, slots=True)
class Scope:
    """What a figure is about beyond its measure: where and when.

    ``*_inherited`` says the value came from the surrounding sentences, not the
    claim's own clause. ``date`` is ``time`` resolved to calendar days against the
    article's publication date ("last night" in an article of 9 Jan 2024 is 8 Jan),
    or None when it cannot be.
    """

    place: str | None = None
    time: str | None = None
    place_inherited: bool = False
    time_inherited: bool = False
    date: DateSpan | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "place": self.place,
            "time": self.time,
            "place_inherited": self.place_inherited,
            "time_inherited": self.time_inherited,
            "date": self.date.iso() if self.date else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Scope:
        return cls(d.get("place"), d.get("time"), bool(d.get("place_inherited")),
                   bool(d.get("time_inherited")), DateSpan.from_iso(d["date"]) if d.get("date") else None)


@dataclass(frozen=True, slots=True)
class Change:
    """The change a figure states (:mod:`reconcile.extract.measures`): ``direction``
    'up' or 'down'; ``role`` what the figure is in it: 'amount' (the change itself:
    'rose 18 sen'), 'level' (what it came to: 'to RM23.50') or 'start' (what it came
    from: 'from 4.8')."""

    direction: str
    role: str

    def to_dict(self) -> dict[str, str]:
        return {"direction": self.direction, "role": self.role}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Change | None:
        return None if not d else cls(str(d["direction"]), str(d["role"]))


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement an article makes, with its provenance.

    Common fields first; the rest are set by kind (quantity: value, hedge, measure,
    noun, scope, unit, change, stated; quote: speaker, cue, direct; role: person, title; person: name, age,
    gender, role, outcome, condition, spans; fact: measure, value, hedge, noun, group,
    cue, scope).

    A ``person`` claim is one person involved in the event as one article tells it:
    ``name`` its fullest form (None for someone the article does not name, "a
    15-year-old boy"), ``age`` in years, ``gender`` 'male'/'female', ``role``
    ('victim', 'suspect', or another word such as 'official'), ``outcome`` the most
    serious of :data:`OUTCOMES` said of them, ``condition`` a hospital condition
    ('critical'). ``start``/``end`` cover the mention it was read from; ``spans``
    holds (attribute, start, end) for attributes read elsewhere in the text.

    A ``fact`` claim is the when or where of something the article tells
    (:mod:`reconcile.extract.facts`): ``measure`` 'time' (``value`` in minutes after
    midnight, the window its ``hedge`` makes: "around 2:30 a.m." is 145 to 155) or
    'address' (``value`` the block, ``noun`` the street's key, ``hedge`` 'number' for
    a house number) or 'street' / 'corner' (a street or an intersection named without a
    number: ``value`` None, ``noun`` the streets' keys joined by ' & ', ``hedge`` the
    construction, data/streets.json) or 'charges' (``value`` the count, ``noun`` the charge, ``cue``
    the suspect's last name); ``group`` the moment it is the time or place of ('event': the
    shooting itself, 'response': the call or police arrival, 'other'), ``cue`` the word
    that told it, ``scope.time`` a day named in its sentence.
    """

    id: str
    source: str
    path: str
    kind: ClaimKind
    start: int
    end: int
    text: str
    sentence: str
    line: int
    # quantity
    value: Interval | None = None
    hedge: str | None = None
    measure: str | None = None
    noun: str | None = None
    scope: Scope | None = None
    group: str | None = None  # "victims", "forces", "militants"... from the counted noun
    #: the figure's unit (reconcile.text.units: 'USD', 'cent', 'percent', 'mile_per_hour',
    #: 'hour'); '' for a count of people or things
    unit: str | None = None
    change: Change | None = None
    #: the figure is written in the text (digits or words), not inferred ('a man was shot')
    stated: bool | None = None
    # quote
    speaker: str | None = None
    cue: str | None = None
    direct: bool | None = None
    # role
    person: str | None = None
    title: str | None = None
    # person
    name: str | None = None
    age: int | None = None
    gender: str | None = None  # 'male', 'female'
    role: str | None = None  # 'victim', 'suspect', 'official', ...
    outcome: str | None = None  # one of OUTCOMES
    condition: str | None = None  # 'critical', 'stable', ...
    spans: tuple[tuple[str, int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "path": self.path,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "text": self.text,
            "sentence": self.sentence,
        }
        if self.kind == "quantity":
            d.update(
                value=self.value.to_dict() if self.value else None,
                hedge=self.hedge,
                measure=self.measure,
                noun=self.noun,
                group=self.group,
                scope=(self.scope or Scope()).to_dict(),
                unit=self.unit,
                change=self.change.to_dict() if self.change else None,
                stated=self.stated,
            )
        elif self.kind == "quote":
            d.update(speaker=self.speaker, cue=self.cue, direct=self.direct)
        elif self.kind == "role":
            d.update(person=self.person, title=self.title)
        elif self.kind == "person":
            d.update(name=self.name, age=self.age, gender=self.gender, role=self.role,
                     outcome=self.outcome, condition=self.condition,
                     spans={a: [s, e] for a, s, e in self.spans})
        elif self.kind == "fact":
            d.update(measure=self.measure, value=self.value.to_dict() if self.value else None, hedge=self.hedge,
                     noun=self.noun, group=self.group, cue=self.cue,
                     scope=self.scope.to_dict() if self.scope else None)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        """The inverse of :meth:`to_dict`: ``Claim.from_dict(c.to_dict()) == c``."""
        kind = d["kind"]
        if kind not in CLAIM_KINDS:
            raise ValueError(f"unknown claim kind {kind!r}")
        common = dict(id=d["id"], source=d["source"], path=d["path"], kind=kind,
                      start=int(d["start"]), end=int(d["end"]), text=d["text"],
                      sentence=d["sentence"], line=int(d["line"]))
        if kind == "quantity":
            value = d.get("value")
            scope = d.get("scope")
            return cls(**common, value=Interval.from_dict(value) if value is not None else None,
                       hedge=d.get("hedge"), measure=d.get("measure"), noun=d.get("noun"),
                       group=d.get("group"), scope=Scope.from_dict(scope) if scope is not None else None,
                       unit=d.get("unit"), change=Change.from_dict(d.get("change")), stated=d.get("stated"))
        if kind == "quote":
            return cls(**common, speaker=d.get("speaker"), cue=d.get("cue"), direct=d.get("direct"))
        if kind == "person":
            age = d.get("age")
            spans = d.get("spans") or {}
            return cls(**common, name=d.get("name"), age=None if age is None else int(age),
                       gender=d.get("gender"), role=d.get("role"), outcome=d.get("outcome"),
                       condition=d.get("condition"),
                       spans=tuple((str(a), int(se[0]), int(se[1])) for a, se in spans.items()))
        if kind == "fact":
            value, scope = d.get("value"), d.get("scope")
            return cls(**common, measure=d.get("measure"),
                       value=Interval.from_dict(value) if value is not None else None, hedge=d.get("hedge"),
                       noun=d.get("noun"), group=d.get("group"), cue=d.get("cue"),
                       scope=Scope.from_dict(scope) if scope is not None else None)
        return cls(**common, person=d.get("person"), title=d.get("title"))


#: the sources of an update finding's earlier figure and of its later one (source ids each)
UpdateSources = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Finding:
    """A group of aligned claims and the verdict on it."""

    id: str
    status: Status
    kind: ClaimKind
    measure: str | None
    subject: str  # a short label: "injured · since Oct. 17", "quote “I can confirm…”"
    reason: str  # one sentence: why this status
    claims: tuple[str, ...]
    confidence: float
    #: what the finding is about, hashed (reconcile.fingerprint); ``id`` is its short form
    fingerprint: str = ""
    #: for a toll finding its comparison calls an update ('Update: ...'), the sources of the
    #: earlier figure and of the later one: (earlier, later), each a tuple of source ids; None
    #: for every other finding (whose reason says what order the dates or words tell)
    update: UpdateSources | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "fingerprint": self.fingerprint or self.id,
            "status": self.status,
            "kind": self.kind,
            "measure": self.measure,
            "subject": self.subject,
            "reason": self.reason,
            "confidence": round(self.confidence, 2),
            "claims": list(self.claims),
            "update": None if self.update is None else
            {"earlier": list(self.update[0]), "later": list(self.update[1])},
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be used, and why (one line). ``line`` is set when only
    one line of the file was skipped (a malformed JSON Lines record)."""

    path: str
    reason: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Ignored:
    """A file in an input folder that is reconcile's own, not an article: a report it
    wrote, or a configuration file (never applied from there). Passed over on purpose,
    with a note: not a failure, so neither listed among the skipped inputs nor counted
    by ``--strict``."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Term:
    """One figure a toll was worked out from: the source's ``words`` for it ('four', 'the
    teen'; empty where the reading kept only the number), its ``value``, negative for a
    figure taken away (the dead from the people shot), and what it ``counts`` ('shot',
    'killed', 'hurt', 'later died')."""

    words: str
    value: int
    counts: str

    def to_dict(self) -> dict[str, Any]:
        return {"words": self.words, "value": self.value, "counts": self.counts}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Term:
        return cls(str(d.get("words") or ""), int(d.get("value") or 0), str(d.get("counts") or ""))


@dataclass(frozen=True, slots=True)
class Toll:
    """One source's figure for one measure of the main event (killed, injured, ...).

    ``how`` says how it was made: ``stated`` (a figure the text gives: "four
    wounded"), ``sum`` (parts added up: "three children shot, 1 injured"),
    ``derived`` (from other figures: people shot less the dead), ``named`` (people
    counted one by one: a lower bound), ``vague`` ("several"). ``claims`` are the ids
    of the claims that give it, the first one the figure's own; ``text`` the words.
    ``terms``: for a toll worked out from other figures, those figures, whose values add
    up to it ('4 shot' and '1 killed', -1, for 3 wounded); empty for a toll its words give.
    """

    measure: str
    value: Interval
    how: str
    claims: tuple[str, ...]
    text: str
    terms: tuple[Term, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out = {**self.value.to_dict(), "how": self.how, "text": self.text, "claims": list(self.claims)}
        return {**out, "terms": [t.to_dict() for t in self.terms]} if self.terms else out

    @classmethod
    def from_dict(cls, measure: str, d: dict[str, Any]) -> Toll:
        return cls(measure, Interval.from_dict(d), str(d.get("how") or ""), tuple(d.get("claims") or ()),
                   str(d.get("text") or ""), tuple(Term.from_dict(t) for t in d.get("terms") or ()))


@dataclass(frozen=True, slots=True)
class Account:
    """One source's account of the main event: its tolls, the people it names, and
    where it stands among the sources (a copy of another, off-topic)."""

    source: str
    tolls: tuple[Toll, ...] = ()
    #: ids of the claims about the main event that stayed out of the tolls, and why
    #: ("part", "other event", "negated") as (claim id, reason) pairs
    set_aside: tuple[tuple[str, str], ...] = ()
    people: tuple[str, ...] = ()  # ids of the source's person claims
    place: str | None = None
    #: how ``place`` was read (reconcile.accounts._place_of): 'figures' (where its toll figures are
    #: given for), 'scene' (the shooting's own address), 'other figures', 'page' (the first block
    #: or corner the page names), 'town' (the town its sentence of the shooting names),
    #: 'dateline' (its dateline's town, beside a state alone or where nothing else places the
    #: page); None without a place
    place_how: str | None = None
    date: str | None = None  # the publication day (ISO), when known
    copy_of: str | None = None
    off_topic: bool = False
    #: ids of the source's ``fact`` claims on the main event: the clock times of the
    #: shooting itself, and the addresses of the scene (reconcile.facts)
    times: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    #: ids of its counted charges ('three counts of aggravated assault')
    charges: tuple[str, ...] = ()
    #: (claim id, suspect's last name) of its bail or bond figures
    bail: tuple[tuple[str, str], ...] = ()
    #: ids of its statements on whether anyone is held ('no arrests have been made',
    #: 'was arrested', 'was charged with'): ``fact`` claims of measure 'custody'
    custody: tuple[str, ...] = ()
    #: ids of its statements on how badly the wounded are hurt ('in critical condition',
    #: 'non-life-threatening injuries'): ``fact`` claims of measure 'condition'
    conditions: tuple[str, ...] = ()

    def toll(self, measure: str) -> Toll | None:
        return next((t for t in self.tolls if t.measure == measure), None)

    @property
    def independent(self) -> bool:
        """Counts as a source of its own: neither a copy nor off-topic."""
        return self.copy_of is None and not self.off_topic

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "tolls": {t.measure: t.to_dict() for t in self.tolls},
            "people": list(self.people),
            "place": self.place,
            "place_how": self.place_how,
            "date": self.date,
            "copy_of": self.copy_of,
            "off_topic": self.off_topic,
            "set_aside": [{"claim": c, "why": w} for c, w in self.set_aside],
            "times": list(self.times),
            "addresses": list(self.addresses),
            "charges": list(self.charges),
            "bail": [{"claim": c, "suspect": w} for c, w in self.bail],
            "custody": list(self.custody),
            "conditions": list(self.conditions),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Account:
        return cls(source=d["source"], tolls=tuple(Toll.from_dict(m, v) for m, v in (d.get("tolls") or {}).items()),
                   set_aside=tuple((x["claim"], x["why"]) for x in d.get("set_aside") or ()),
                   people=tuple(d.get("people") or ()), place=d.get("place"), place_how=d.get("place_how"),
                   date=d.get("date"),
                   copy_of=d.get("copy_of"), off_topic=bool(d.get("off_topic")),
                   times=tuple(d.get("times") or ()), addresses=tuple(d.get("addresses") or ()),
                   charges=tuple(d.get("charges") or ()),
                   bail=tuple((x["claim"], x["suspect"]) for x in d.get("bail") or ()),
                   custody=tuple(d.get("custody") or ()), conditions=tuple(d.get("conditions") or ()))


@dataclass(frozen=True, slots=True)
class EventToll:
    """The report's reading of one measure across sources. ``how``: ``agreed`` (every
    independent source gives it), ``latest`` (the latest dated account),
    ``most sources``, ``range`` (they disagree: the interval spans them), ``died later``
    (wounded in some sources, dead in the others: the dead, none wounded), ``self`` (arrests:
    the one page that says no one held also tells someone held), ``update`` (a range the toll
    finding calls an update: the later source's figure, reconcile.pipeline.told_as_update),
    ``dead and wounded`` (people shot: the event's dead and wounded together,
    reconcile.accounts.shot_of_dead_and_wounded)."""

    measure: str
    value: Interval
    how: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.value.to_dict(), "how": self.how, "sources": list(self.sources)}

    @classmethod
    def from_dict(cls, measure: str, d: dict[str, Any]) -> EventToll:
        return cls(measure, Interval.from_dict(d), str(d.get("how") or ""), tuple(d.get("sources") or ()))


@dataclass(frozen=True, slots=True)
class Event:
    tolls: tuple[EventToll, ...] = ()
    #: False when no source has a publication date: updates cannot be told from conflicts
    dated: bool = False
    #: the place most independent accounts give their tolls for
    place: str | None = None

    def toll(self, measure: str) -> EventToll | None:
        return next((t for t in self.tolls if t.measure == measure), None)

    def to_dict(self) -> dict[str, Any]:
        return {"tolls": {t.measure: t.to_dict() for t in self.tolls}, "place": self.place, "dated": self.dated}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(tuple(EventToll.from_dict(m, v) for m, v in (d.get("tolls") or {}).items()), bool(d.get("dated")),
                   d.get("place"))


@dataclass(frozen=True, slots=True)
class Copy:
    """``source`` repeats ``of``: ``similarity`` is the share of its text they have in common."""

    source: str
    of: str
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "of": self.of, "similarity": round(self.similarity, 3)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Copy:
        return cls(d["source"], d["of"], float(d["similarity"]))


@dataclass(frozen=True, slots=True)
class Link:
    """Why two sources were put in one event (:mod:`reconcile.events`): the similarity
    of their texts (cosine of their weighted words, 0-1) and what they share: names
    (capitalised words), the place their tolls are given for, publication days."""

    sources: tuple[str, str]
    similarity: float
    names: tuple[str, ...] = ()
    place: str | None = None
    dates: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"sources": list(self.sources), "similarity": round(self.similarity, 3), "names": list(self.names),
                "place": self.place, "dates": list(self.dates)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Link:
        a, b = d["sources"]
        return cls((a, b), float(d["similarity"]), tuple(d.get("names") or ()), d.get("place"),
                   tuple(d.get("dates") or ()))


@dataclass(frozen=True, slots=True)
class Story:
    """One event (story) of a folder: its sources, the report's reading of it, and the
    links that put its sources together (none for an event of one source, or for a
    folder read as one event)."""

    id: str
    sources: tuple[str, ...]
    event: Event
    why: tuple[Link, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sources": list(self.sources), **self.event.to_dict(),
                "why": [w.to_dict() for w in self.why]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Story:
        return cls(str(d["id"]), tuple(d.get("sources") or ()), Event.from_dict(d),
                   tuple(Link.from_dict(w) for w in d.get("why") or ()))


def claims_by_source(claims: Iterable[Claim]) -> defaultdict[str, list[Claim]]:
    """``claims`` by their source, each source's in the order given (a source with none
    reads as an empty list)."""
    out: defaultdict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        out[c.source].append(c)
    return out


class ClaimStore(Sequence[Claim]):
    """Claims by source: ``of(source)`` gives one source's claims, in their order;
    iterating gives every source's in turn. :class:`HeldClaims` holds them in memory;
    saved claims stay in their files (:class:`reconcile.shard.SavedClaims`)."""

    def of(self, source: str) -> Sequence[Claim]:
        raise NotImplementedError


class HeldClaims(ClaimStore):
    """Claims in memory, in the order of ``sources`` (a source's in the order given);
    claims of a source not in ``sources`` are left out."""

    def __init__(self, claims: Iterable[Claim], sources: Iterable[str]) -> None:
        self._by: dict[str, list[Claim]] = {s: [] for s in sources}
        for c in claims:
            if c.source in self._by:
                self._by[c.source].append(c)
        self._all = [c for cs in self._by.values() for c in cs]

    def of(self, source: str) -> Sequence[Claim]:
        return self._by.get(source, ())

    def __iter__(self) -> Iterator[Claim]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def __getitem__(self, i):  # type: ignore[override]
        return self._all[i]


@dataclass(frozen=True)
class Report:
    articles: tuple[Article, ...]
    #: a tuple, or saved claims left in their files (reconcile.shard.SavedClaims)
    claims: Sequence[Claim]
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = ()
    model: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    #: findings left out because a baseline holds them / the configuration ignores them
    suppressed: int = 0
    ignored: int = 0
    baseline: str | None = None  # the baseline file applied, as named
    #: findings left out because their confidence is under --min-confidence
    below_confidence: int = 0
    #: each source's account of the main event (reconcile.accounts), in source order
    accounts: tuple[Account, ...] = ()
    event: Event | None = None
    copies: tuple[Copy, ...] = ()
    #: the people involved, one tuple of person claim ids (one per source) per person
    people: tuple[tuple[str, ...], ...] = ()
    #: figure id -> 'killed' or 'injured': the outcome of the unnamed victim a quantity claim in
    #: ``people`` describes (reconcile.lone.lone_rows), which a figure of people shot does not
    #: say itself; empty in a report saved before it was kept
    people_outcomes: Mapping[str, str] = field(default_factory=dict)
    #: the events (stories) the sources were grouped into (reconcile.events), in the
    #: order of their first source; ``event`` is the only one's reading, None with several
    events: tuple[Story, ...] = ()

    def source_names(self) -> dict[str, str]:
        """Source id -> display name (outlet when known): see :func:`source_names`."""
        return source_names(self.articles)

    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in STATUS_ORDER}
        for f in self.findings:
            counts[f.status] += 1
        return {
            "conflicts": counts["conflict"],
            "differences": counts["differ"],
            "inconsistencies": counts["inconsistent"],
            "agreements": counts["agree"],
            "unique": counts["unique"],
            "sources": len(self.articles),
            "claims": len(self.claims),
            "skipped": len(self.skipped),
            "suppressed": self.suppressed,
            "ignored": self.ignored,
            "below_confidence": self.below_confidence,
            "copies": len(self.copies),
            "off_topic": sum(a.off_topic for a in self.accounts),
        }

    def event_of(self) -> dict[str, str]:
        """Source id -> the id of its event (empty when the report has no events)."""
        return {s: e.id for e in self.events for s in e.sources}

    @property
    def off_topic(self) -> tuple[str, ...]:
        return tuple(a.source for a in self.accounts if a.off_topic)
