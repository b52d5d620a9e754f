"""The one victim of a kind, as sources that do not name it describe it.

Where two independent sources each count exactly one dead (or exactly one wounded)
person and at least one of them leaves that person unnamed (or both name them alike),
that one person is the same person, and what each source's casualty figures say of them
can be compared: the sex ('a 12-year-old girl' against 'the boy') and the age, an age
against an age group ('a man' against 'a 16-year-old'; 'a teen' against a 19-year-old
is no difference). The words come from the figures the source's toll of that kind is
read from (:class:`~reconcile.records.Toll` ``claims``), one person each; what a word
allows is data (data/compare.json ``lone_described``).

Conservative by design: a source that counts more than one of the kind, is a roundup,
reports a gunman dead (for the dead), names another victim of the kind than the other
source, or whose own figures describe the person two ways, is left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from . import fingerprint as fp
from .accounts import LEAD_LINES, case_stages, gunmen_dead, noun_age
from .align import same_person
from .compare import _roundup_source, judge_person, looking_back
from .data import load
from .records import Account, Claim, Finding

#: no age written: any age
ANY_AGE = (0, 120)
#: two written ages farther apart than this are two people
TWO_PEOPLE = 2


@dataclass(frozen=True, slots=True)
class Described:
    """One source's one victim of a kind: its sex, the age span its words allow (one age
    when they write it), and the figures that say so (``sex_by``, ``age_by``: the first
    in reading order that gives the sex, with an age if one does; the one that gives the
    narrowest span)."""

    source: str
    sex: str | None
    lo: int
    hi: int
    sex_by: Claim | None
    age_by: Claim | None
    name: str | None = None

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    @property
    def figures(self) -> tuple[Claim, ...]:
        return tuple(dict.fromkeys(c for c in (self.sex_by, self.age_by) if c is not None))


def words(c: Claim | None) -> str:
    """A figure's words, quoted, on one line."""
    return "'" + " ".join((c.text if c else "").split()) + "'"


@cache
def _table() -> dict:
    return load("compare")["lone_described"]


def describe(c: Claim) -> tuple[str | None, int, int] | None:
    """(sex, lowest age, highest age) a one-person figure's words give the person it counts
    ('a 12-year-old girl': female, 12, 12; 'a man': male, 17, 120; 'the teen': None, 13, 19);
    None for words that say nothing of either, or that tell no plain victim ('the gunman',
    'another man', 'a young man', 'the father')."""
    t = _table()
    ws = set(re.findall(r"[a-z]+", f"{c.text} {c.noun or ''}".lower()))
    if ws & set(t["not_described"]):
        return None
    sexes = {k for k in ("male", "female") if ws & set(t[k])}
    if len(sexes) > 1:
        return None
    lo, hi = ANY_AGE
    for w in ws & set(t["ages"]):
        lo, hi = max(lo, t["ages"][w][0]), min(hi, t["ages"][w][1])
    age = noun_age(c)
    if age is not None:
        if not lo <= age <= hi:
            return None  # words at odds with themselves: read no person from them
        lo = hi = age
    if lo > hi or (not sexes and (lo, hi) == ANY_AGE):
        return None
    return (sexes.pop() if sexes else None), lo, hi


def _one_person(c: Claim, kinds: tuple[str, ...]) -> bool:
    return c.kind == "quantity" and c.measure in kinds and c.value is not None and c.value.low == 1 \
        and (c.value.high or 1) == 1


def _exactly_one(a: Account, m: str) -> bool:
    t = a.toll(m)
    return t is not None and t.value.low == 1 and (t.value.high or 1) == 1


def _kinds(a: Account, m: str) -> tuple[str, ...]:
    """The measures whose one-person figures tell the source's one victim of kind ``m``:
    ``m``, and 'shot' where the source has exactly one person shot and none of the other kind
    ('the 15-year-old, hit, later died' read as one person hit)."""
    other = a.toll("injured" if m == "killed" else "killed")
    return (m, "shot") if _exactly_one(a, "shot") and (other is None or not other.value.high) else (m,)


def _one_of(a: Account, m: str, by_id: Mapping[str, Claim], own: Sequence[Claim]) -> Described | None:
    """The source's one victim of kind ``m`` as its one-person figures of that kind describe
    it; None unless the toll is exactly one, no figure of the kind counts more (a headline's
    'Boy' over 'the boy and his uncle died'), a figure of the toll in the lead (the headline
    and its opening paragraphs) describes the person, all the source's one-person figures of
    the kind not set aside agree (one sex, one age span they all allow, and any age a figure
    writes, in whatever words, within it: a list of the year's other shootings below a boy's
    story, one of them a wounded girl, leaves the source out) and
    the source names at most one victim of the kind."""
    t = a.toll(m)
    if not _exactly_one(a, m):
        return None
    kinds = _kinds(a, m)
    away = {i for i, why in a.set_aside if why != "part"}
    if any(c.kind == "quantity" and c.measure == m and c.id not in away and c.value is not None
           and (c.value.low or 0) > 1 for c in own):
        return None
    figs = sorted({c.id: c for c in (*(by_id[i] for i in t.claims if i in by_id), *own)
                   if _one_person(c, kinds) and c.id not in away}.values(), key=lambda c: (c.line, c.start))
    said = [(c, d) for c in figs if (d := describe(c)) is not None]
    named = {by_id[i].name for i in a.people if i in by_id and by_id[i].role == "victim"
             and by_id[i].outcome == m and by_id[i].name}
    sexes = {d[0] for _c, d in said if d[0]}
    tolls = {i for k in kinds for i in a.toll(k).claims}
    lead = [c for c, _d in said if c.id in tolls and c.line <= LEAD_LINES]
    if not lead or len(sexes) > 1 or len(named) > 1:
        return None
    lo, hi = max(d[1] for _c, d in said), min(d[2] for _c, d in said)
    ages = {n for c in figs if (n := noun_age(c)) is not None}  # in any words: 'his 13-year-old friend'
    if lo > hi or len(ages) > 1 or any(not lo <= n <= hi for n in ages):
        return None  # 'a man' and 'the boy': two people, or words at odds
    sex_by = next((c for c, d in said if d[0] and d[1] == d[2]), None) or next((c for c, d in said if d[0]), None)
    age_by = min(((c, d) for c, d in said if (d[1], d[2]) != ANY_AGE), key=lambda x: x[1][2] - x[1][1],
                 default=(None,))[0]
    return Described(a.source, sexes.pop() if sexes else None, lo, hi, sex_by, age_by, next(iter(named), None))


def _one_person_named(a: str, b: str) -> bool:
    """Two names of the one victim of a kind: one person by :func:`~reconcile.align.same_person`,
    or the same surname (a first name and the nickname the family uses: 'Marisol Vega' and 'Sol
    Vega'; each source counts that one victim alone)."""
    return same_person(a, b) or (a.split()[-1].lower() == b.split()[-1].lower() and len(a.split()) > 1
                                 and len(b.split()) > 1)


def _span(d: Described) -> str:
    return str(d.lo) if d.exact else (f"{d.lo} or older" if d.hi == ANY_AGE[1] else f"{d.lo} to {d.hi}")


def _apart(a: Described, b: Described) -> bool:
    """Ages no one person can have: spans that do not meet, one of them an age group
    (two written ages are compared elsewhere, with birthdays: compare.judge_person)."""
    return not (a.exact and b.exact) and (a.hi < b.lo or b.hi < a.lo)


def lone_victims(claims: Sequence[Claim], accounts: Sequence[Account], least: int = 2
                 ) -> dict[str, dict[str, Described]]:
    """Kind ('killed', 'injured') -> source -> its one victim of that kind as described
    (:func:`_one_of`), for the independent sources that are no roundup. Kinds are left out
    where fewer than ``least`` sources describe one, where (the dead) any source reports a gunman
    dead, where two sources name the victim differently, or where two written ages are
    more than :data:`TWO_PEOPLE` years apart (two people: one source's figure is most likely
    another story's)."""
    by_id = {c.id: c for c in claims}
    own: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        own[c.source].append(c)
    gunmen = gunmen_dead(claims)
    out: dict[str, dict[str, Described]] = {}
    for m in ("killed", "injured"):
        got = {a.source: d for a in accounts if a.independent and not _roundup_source(a, by_id)
               and (d := _one_of(a, m, by_id, own[a.source])) is not None}
        given = [d.name for d in got.values() if d.name]
        ages = [d.lo for d in got.values() if d.exact]
        if len(got) < least or (m == "killed" and any(gunmen.values())) or any(
                not _one_person_named(given[0], n) for n in given[1:]) or (ages and max(ages) - min(ages) > TWO_PEOPLE):
            continue
        out[m] = got
    return out


def _written_ages(ds: Sequence[Described], names: Mapping[str, str], claims: Sequence[Claim],
                  published: Mapping[str, date | None] | None) -> str | None:
    """The one victim's written ages, each source's words quoted ("'Dana Reyes, 18', 18 (A) vs 'a
    20-year-old man', 20 (B)"), where they differ, at least one source leaves the victim
    unnamed and the ages are no birthday between the reports (:func:`~reconcile.compare.judge_person`);
    None otherwise."""
    exact = [d for d in ds if d.exact and d.age_by is not None]
    if len({d.lo for d in exact}) < 2 or all(d.name for d in exact):
        return None
    g = [replace(d.age_by, kind="person", name=d.name, age=d.lo) for d in exact]
    said = judge_person(g, dict(names), published, None, case_stages(claims), looking_back(claims),
                        looking_back(claims, "looking_back_months"))
    if not any(attr == "age" and status == "differ" for status, attr, _w, _c in said):
        return None
    return " vs ".join(f"{words(d.age_by)}, {d.lo} ({names[d.source]})" for d in exact)


def lone_findings(claims: Iterable[Claim], accounts: Sequence[Account], names: Mapping[str, str],
                  keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None,
                  seen: Iterable[str] = (), published: Mapping[str, date | None] | None = None) -> list[Finding]:
    """Findings of kind ``person`` (measure ``sex`` or ``age``), one per kind and measure where
    the sources' one victim of that kind (:func:`lone_victims`) is given two sexes, or ages
    no one person has (:func:`_apart`), or two written ages where a source leaves them unnamed
    (:func:`_written_ages`: 'Dana Reyes, 18' against 'a 20-year-old man'); not where an age
    finding already holds one of the figures (``seen``: claim ids), nor beside a sex finding
    (two sexes: the ages are quoted in it, not compared as one person's)."""
    claims = list(claims)
    seen = set(seen)
    rows = []
    for m, got in lone_victims(claims, accounts).items():
        kind = "dead" if m == "killed" else "wounded"
        head = f"Each source counts one {kind} and does not name them apart: the one {kind} is"
        ds = sorted(got.values(), key=lambda d: d.source)
        sexed = [d for d in ds if d.sex]
        if len({d.sex for d in sexed}) > 1:
            detail = " vs ".join(f"{words(d.sex_by)}, {d.sex} ({names[d.source]})" for d in sexed)
            rows.append(("sex", sexed, [d.sex_by for d in sexed], f"{head} {detail}: one person given two sexes."))
            continue  # a man in one source and a woman in the other: that is the finding; their ages
            # are quoted in it, and are not compared as one person's (tests/test_ages32.py)
        aged = [d for d in ds if (d.lo, d.hi) != ANY_AGE]
        apart = [d for d in aged if any(_apart(d, e) for e in aged)]
        if apart and not seen & {d.age_by.id for d in apart}:
            detail = " vs ".join(f"{words(d.age_by)}, {_span(d)} ({names[d.source]})" for d in apart)
            rows.append(("age", apart, [d.age_by for d in apart], f"{head} {detail}: ages no one person has."))
        elif not apart and not seen & {d.age_by.id for d in aged} and (why := _written_ages(aged, names, claims,
                                                                                              published)):
            exact = [d for d in aged if d.exact]
            rows.append(("age", exact, [d.age_by for d in exact], f"{head} described as {why}: one person given "
                         f"two ages."))
    prints = fp.assign([(fp.basis("person", attr, g, keys, aliases), g) for attr, _d, g, _r in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="differ", kind="person", measure=attr,
                    subject=f"{next((d.name for d in ds if d.name), None) or 'unnamed victim'} · {attr}",
                    reason=why, claims=tuple(c.id for c in g), confidence=0.5)
            for (attr, ds, g, why), p in zip(rows, prints)]


def label(c: Claim) -> str:
    """An unnamed victim as a one-person figure describes them: 'unnamed boy, 11', 'unnamed
    teen', 'unnamed victim' (for the people table)."""
    t = _table()
    ws = re.findall(r"[a-z]+", f"{c.text} {c.noun or ''}".lower())
    word = next((w for w in reversed(ws) if w in t["ages"] or w in t["male"] or w in t["female"]), "victim")
    age = noun_age(c)
    return f"unnamed {word}" + (f", {age}" if age is not None else "")


def lone_rows(claims: Sequence[Claim], accounts: Sequence[Account],
              people: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The people table (``people``: rows of person claim ids) with the one victim of a kind
    (:func:`lone_victims`, one source or more) where a source leaves them unnamed: that
    source's describing figure (the one that gives the age, else the sex) joins the row of the
    person another source names as its one victim of the kind, or, where no source names them
    and the table has no named victim of the kind (a source that counts them otherwise may name
    them), makes a row of its own."""
    by_id = {c.id: c for c in claims}
    rows = [list(r) for r in people]
    new: list[list[str]] = []
    for m, got in lone_victims(claims, accounts, least=1).items():
        figs = [d.age_by or d.sex_by for d in sorted(got.values(), key=lambda d: d.source) if d.name is None]
        named = {d.source for d in got.values() if d.name}
        row = next((r for r in rows if any((c := by_id.get(i)) is not None and c.source in named
                                           and c.role == "victim" and c.outcome == m for i in r)), None)
        if row is None and not named and not any((c := by_id.get(i)) is not None and c.role == "victim"
                                                 and c.outcome == m for r in rows for i in r):
            new.append([c.id for c in figs if c is not None])
        if row is None:
            continue  # named in a source, or a victim of the kind named in another's row: shown there
        held = {by_id[i].source for i in row if i in by_id}
        row += [c.id for c in figs if c is not None and c.source not in held]
    return [tuple(r) for r in rows + new if r]
