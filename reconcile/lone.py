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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from . import fingerprint as fp
from .accounts import LEAD_LINES, case_stages, gunmen_dead, noun_age
from .align import same_person
from .compare import _roundup_source, judge_person, looking_back
from .data import load
from .records import Account, Claim, Event, Finding, claims_by_source
from .text.numbers import words_value

#: no age written: any age
ANY_AGE = (0, 120)
#: two written ages farther apart than this are two people
TWO_PEOPLE = 2
#: ... unless one of them is the age a source gives the victim it names as its one of the kind
#: (:func:`_one_of`): farther apart than this, as people matched by name (compare._compatible_ages)
NAMED_APART = 9


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
    """A figure's words, quoted, on one line, with the age told after it where it gives one ('one
    woman in her 20s': :func:`describe`)."""
    said = " ".join((c.text if c else "").split())
    if c is not None and c.kind == "quantity" and noun_age(c) is None and (after := _after(c)):
        t = _table()
        if m := re.search(t["about"], after, re.I) or re.search(t["decade"], after, re.I):
            said = " ".join(f"{said}{m.group(0) if m.group(0)[:1] in ' ,' else ' ' + m.group(0)}".split())
    return "'" + said + "'"


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
    if age is None and (after := _after(c)):
        if m := re.search(t["about"], after, re.I):  # 'a woman believed to be 60'
            age = int(m.group(1) or m.group(2))
        elif m := re.search(t["decade"], after, re.I):  # 'a man in his 20s'
            d = m.group(1).lower().replace("'", "")
            low = t["decades"].get(d) or int(d[:-1])
            lo, hi = max(lo, low), min(hi, low + 9)
    if age is not None:
        if not lo <= age <= hi:
            return None  # words at odds with themselves: read no person from them
        lo = hi = age
    if lo > hi or (not sexes and (lo, hi) == ANY_AGE):
        return None
    return (sexes.pop() if sexes else None), lo, hi


@cache
def _superseded() -> re.Pattern:
    """A sentence telling an age as a first report since corrected ('initially reported as a
    4-year-old', 'originally reported as being 4 years old'): a word of data/persons.json
    ``superseded_reports`` before one of its verbs, then an age."""
    t = load("persons")["superseded_reports"]
    verbs = "|".join(re.escape(v[:-1] if v[-1] in "ey" else v) for v in t["verbs"]) + "|said|told|thought"
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, t['words']))})\s+(?:\w+\s+){{0,2}}?(?:{verbs})\w*\b"
                      r"[^.;]{0,60}?\b(?:\w+[- ]years?[- ]old|age[ds]? \d)", re.I)


def _after(c: Claim) -> str:
    """The words of the figure's sentence after the figure ('' where the sentence does not hold it)."""
    sentence = c.sentence or ""
    at = sentence.find(c.text) if c.text else -1
    return sentence[at + len(c.text):] if at >= 0 else ""


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
    the source names at most one victim of the kind. Where it names that one with an age and its
    figures leave the age open ('Woman killed' over 'Lena Marsh, 30,'), or no figure describes them
    ('Lena Marsh, 11, died'), the named age is the one victim's (session 54, anon54: careful readings
    listed an unnamed victim's age against the named victim's of another page as missed), if the
    figures allow it; a page that tells an age as a first report since corrected ('initially reported
    as a 4-year-old') is left out where its figures write an age."""
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
    people = [by_id[i] for i in a.people if i in by_id and by_id[i].role == "victim" and by_id[i].outcome == m
              and by_id[i].name]
    named = {c.name for c in people}
    one = people[0] if len(named) == 1 and people[0].age is not None else None  # 'Lena Marsh, 11, died'
    sexes = {d[0] for _c, d in said if d[0]}
    tolls = {i for k in kinds for i in a.toll(k).claims}
    lead = [c for c, _d in said if c.id in tolls and c.line <= LEAD_LINES]
    if not lead and any(_shot_self(by_id[i]) and by_id[i].line <= LEAD_LINES for i in tolls if i in by_id):
        # the lead tells the one who shot himself ('Boy, 3, shoots himself'): the toll's
        # figures below it that describe someone describe him ('A 3-year-old boy was taken to ...')
        lead = [c for c, _d in said if c.id in tolls]
    if not lead and one is None or len(sexes) > 1 or len(named) > 1:
        return None
    lo, hi = max((d[1] for _c, d in said), default=ANY_AGE[0]), min((d[2] for _c, d in said), default=ANY_AGE[1])
    ages = {n for c in figs if (n := noun_age(c)) is not None}  # in any words: 'his 13-year-old friend'
    if lo > hi or len(ages) > 1 or any(not lo <= n <= hi for n in ages):
        return None  # 'a man' and 'the boy': two people, or words at odds
    if ages and any(_superseded().search(c.sentence or "") for c in own):
        return None  # 'was initially reported as a 4-year-old': the page corrects an age it tells
    sex_by = next((c for c, d in said if d[0] and d[1] == d[2]), None) or next((c for c, d in said if d[0]), None)
    age_by = min(((c, d) for c, d in said if (d[1], d[2]) != ANY_AGE), key=lambda x: x[1][2] - x[1][1],
                 default=(None,))[0]
    if one is not None and lo != hi:
        # the one victim it names gives the age its figures leave open ('Woman killed' over 'Lena
        # Marsh, 30,'; or no figure describes her): an age they allow, else another story's victim
        if not lo <= one.age <= hi or ages and one.age not in ages:
            return None if not lead else Described(a.source, sexes.pop() if sexes else None, lo, hi, sex_by, age_by,
                                                   next(iter(named), None))
        lo = hi = one.age
        age_by = one
    return Described(a.source, sexes.pop() if sexes else None, lo, hi, sex_by, age_by, next(iter(named), None))


def _shot_self(c: Claim) -> bool:
    """A one-person casualty figure told as the one who shot himself ('Boy accidentally shoots
    himself', 'fatally shot herself'): its words end in a reflexive pronoun (data/compare.json
    ``lone_described`` ``shot_self``)."""
    ws = re.findall(r"[a-z]+", c.text.lower())
    return bool(ws) and ws[-1] in _table()["shot_self"]


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


def _lone_sources(claims: Sequence[Claim], accounts: Sequence[Account]
                  ) -> tuple[dict[str, Claim], list[tuple[Account, list[Claim]]]]:
    """The claims by id, and the independent sources that are no roundup, in the order of
    ``accounts``, each with its claims in their order: where the readings of this module
    look for one victim of a kind."""
    by_id = {c.id: c for c in claims}
    own = claims_by_source(claims)
    return by_id, [(a, own[a.source]) for a in accounts if a.independent and not _roundup_source(a, by_id)]


def lone_victims(claims: Sequence[Claim], accounts: Sequence[Account], least: int = 2
                 ) -> dict[str, dict[str, Described]]:
    """Kind ('killed', 'injured') -> source -> its one victim of that kind as described
    (:func:`_one_of`), for the independent sources that are no roundup. Kinds are left out
    where fewer than ``least`` sources describe one, where (the dead) any source reports a gunman
    dead, where two sources name the victim differently, or where two written ages are
    more than :data:`TWO_PEOPLE` years apart (two people: one source's figure is most likely
    another story's)."""
    by_id, own = _lone_sources(claims, accounts)
    gunmen = gunmen_dead(claims)
    out: dict[str, dict[str, Described]] = {}
    for m in ("killed", "injured"):
        got = {a.source: d for a, cs in own if (d := _one_of(a, m, by_id, cs)) is not None}
        given = [d.name for d in got.values() if d.name]
        ages = [d.lo for d in got.values() if d.exact]
        most = NAMED_APART if any(d.exact and d.age_by is not None and d.age_by.kind == "person"
                                  for d in got.values()) else TWO_PEOPLE
        if len(got) < least or (m == "killed" and any(gunmen.values()) and not _shot_himself_alone(own, gunmen)) or any(
                not _one_person_named(given[0], n) for n in given[1:]) or (ages and max(ages) - min(ages) > most):
            continue
        out[m] = got
    return out


def _shot_himself_alone(own: Sequence[tuple[Account, Sequence[Claim]]], gunmen: Mapping[str, int]) -> bool:
    """The gunman every source reports dead is its one dead, who shot himself, and no one else
    was hurt: each source that reports him dead tells it as a self-inflicted death (a killed
    figure told as a suicide: 'a 2-year-old fatally shot himself') and names no suspect killed,
    and no source counts one dead more or anyone wounded. The one dead is then the victim of his
    own shot (an accident, most often a child's) and is told as such, not left out as a gunman
    who may be someone else than the one victim."""
    told = False
    for a, cs in own:
        dead, hurt = a.toll("killed"), a.toll("injured")
        if dead is not None and not _exactly_one(a, "killed") or hurt is not None and (hurt.value.low or 0) >= 1:
            return False
        if gunmen.get(a.source):
            if not any(c.kind == "quantity" and c.measure == "killed" and "suicide" in (c.hedge or "") for c in cs) \
                    or any(c.kind == "person" and c.role == "suspect" and c.outcome == "killed" for c in cs):
                return False
            told = True
    return told


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
    rows += [(attr, [], g, why) for attr, g, why in group_findings(claims, accounts, names)
             if not seen & {c.id for c in g}]
    prints = fp.assign([(fp.basis("person", attr, g, keys, aliases), g) for attr, _d, g, _r in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="differ", kind="person", measure=attr,
                    subject=f"{next((d.name for d in ds if d.name), None) or ('unnamed victim' if ds else 'victims')} · {attr}",
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


def _died_later(event: Event | None, got: Mapping[str, Mapping[str, Described]]) -> bool:
    """Whether the one wounded of the sources that count one wounded is the one dead of the
    sources that count one dead: the event reads the wounded as having died later (its killed
    toll ``died later``, exactly one, and none wounded: the 'critically injured' of a first
    report and the 'has died' of the next), no source counts one of each, and the two
    descriptions can be one person (no two sexes, no two names, no ages no one person has,
    :func:`_apart`, written ages no more than :data:`TWO_PEOPLE` apart, as :func:`lone_victims`
    allows within a kind)."""
    k = event.toll("killed") if event is not None else None
    i = event.toll("injured") if event is not None else None
    if k is None or k.how != "died later" or k.value.low != 1 or (k.value.high or 1) != 1 \
            or (i is not None and i.value.high != 0) or not {"killed", "injured"} <= set(got) \
            or set(got["killed"]) & set(got["injured"]):
        return False
    ds = [*got["killed"].values(), *got["injured"].values()]
    given = [d.name for d in ds if d.name]
    ages = [d.lo for d in ds if d.exact]
    return len({d.sex for d in ds if d.sex}) < 2 and not any(_apart(a, b) for a in ds for b in ds) and all(
        _one_person_named(given[0], n) for n in given[1:]) and (not ages or max(ages) - min(ages) <= TWO_PEOPLE)


def lone_rows(claims: Sequence[Claim], accounts: Sequence[Account], people: Sequence[tuple[str, ...]],
              event: Event | None = None) -> tuple[list[tuple[str, ...]], dict[str, str]]:
    """The people table (``people``: rows of person claim ids) with the one victim of a kind
    (:func:`lone_victims`, one source or more) where a source leaves them unnamed: that
    source's describing figure (the one that gives the age, else the sex) joins the row of the
    person another source names as its one victim of the kind, or, where no source names them
    and the table has no named victim of the kind (a source that counts them otherwise may name
    them), makes a row of its own; and each such figure's id -> the outcome of the person it
    describes ('killed', 'injured'), which a figure of people shot does not say itself ('a
    3-year-old was shot', the page's one dead). Where the ``event`` reads the one wounded as
    having died later (:func:`_died_later`), the one wounded of the first reports and the one
    dead of the later ones are one person: one row, each source's figure with its own outcome
    (each kind placed on its own as before where together they find no row)."""
    by_id = {c.id: c for c in claims}
    rows = [list(r) for r in people]
    new: list[list[str]] = []
    outcome: dict[str, str] = {}
    got = lone_victims(claims, accounts, least=1)
    kinds = [{s: (d, m) for s, d in ds.items()} for m, ds in got.items()]
    if _died_later(event, got) and _placed({**kinds[0], **kinds[1]}, rows, new, outcome, by_id):
        kinds = []
    for told in kinds:
        _placed(told, rows, new, outcome, by_id)
    rows = [tuple(r) for r in rows + new if r]
    shown = {i for r in rows for i in r}
    return rows, {i: k for i, k in outcome.items() if i in shown}


def _placed(told: Mapping[str, tuple[Described, str]], rows: list[list[str]], new: list[list[str]],
            outcome: dict[str, str], by_id: Mapping[str, Claim]) -> bool:
    """One victim (source -> its description and the kind it counts them as) put in the table
    (:func:`lone_rows`): joined to the row of the person a source names, or a row of its own
    where none does and no victim of the kinds is named in the table; whether a row holds them
    now (``rows``, ``new`` and ``outcome`` are filled in place)."""
    outs = {k for _d, k in told.values()}
    figs = [(c, k) for d, k in sorted(told.values(), key=lambda x: x[0].source) if d.name is None
            and (c := d.age_by or d.sex_by) is not None]
    named = {d.source for d, _k in told.values() if d.name}
    row = next((r for r in rows if any((c := by_id.get(i)) is not None and c.source in named
                                       and c.role == "victim" and c.outcome in outs for i in r)), None)
    if row is None and not named and figs and not any((c := by_id.get(i)) is not None and c.role == "victim"
                                                      and c.outcome in outs for r in rows for i in r):
        row = []
        new.append(row)
    if row is None:
        return False  # named in a source, or a victim of the kind named in another's row: shown there
    held = {by_id[i].source for i in row if i in by_id}
    row += [c.id for c, _k in figs if c.source not in held]
    outcome.update({c.id: k for c, k in figs})
    return True


# -- several victims of a kind, each source describing them in one figure ---------------------

#: one person of a described group: sex (or None), the age span the words allow, and whether
#: the age is written ('a 30-year-old man')
Part = tuple[str | None, int, int, bool]


@cache
def _group_table() -> dict:
    return load("compare")["group_described"]


def group_parts(c: Claim) -> list[Part] | None:
    """The people a figure of several describes, one :data:`Part` each, where every part of its
    words (split at 'and' and commas) counts people of a sex or an age and the parts add up to the
    figure's count ('a man and a teenage boy': a man of 17 or older and a boy of 13 to 18; 'Two'
    with the noun 'men': two men); None otherwise ('two people', 'another man and woman', 'two
    men and others')."""
    t, g = _table(), _group_table()
    words = " ".join(c.text.split())
    if c.noun and c.noun.lower() not in words.lower():
        words = f"{words} {c.noun}"
    out: list[Part] = []
    for part in re.split(r",|\band\b|&", words.lower()):
        ws = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", part)
        if not ws:
            continue
        if {w[:-1] if w.endswith("s") else w for w in ws} & set(t["not_described"]) | set(ws) & set(t["not_described"]):
            return None
        if ws[0] == "the" and len(ws) > 1:
            ws = ws[1:]  # 'the two men'
        n = 1 if ws[0] in g["one"] else words_value([ws[0]])
        plural = [w for w in ws if w in g["plural"]]
        ws = [g["plural"].get(w, w) for w in ws]
        if n is None and not plural:
            n = 1  # 'a man and woman'
        sexes = {k for k in ("male", "female") if set(ws) & set(t[k])}
        spans = [t["ages"][w] for w in ws if w in t["ages"]]
        age = re.search(r"\b(\d+)-years?-old\b", part)
        if n is None or n != int(n) or n < 1 or len(sexes) > 1 or not (sexes or spans or age):
            return None
        lo, hi = max((s[0] for s in spans), default=ANY_AGE[0]), min((s[1] for s in spans), default=ANY_AGE[1])
        if age:
            if not lo <= int(age.group(1)) <= hi:
                return None
            lo = hi = int(age.group(1))
        out += [(next(iter(sexes), None), lo, hi, bool(age))] * int(n)
    return out if c.value is not None and len(out) == c.value.low == (c.value.high or c.value.low) else None


def _one_person_parts(p: Part, q: Part) -> bool:
    """Two parts that may be one person: sexes that do not differ, age spans that meet, and not
    an adult's word against a child's where neither writes the age ('a man' and 'a boy'; 'a man'
    and 'a 15-year-old boy' neither: a man may be 16 only where a page writes so). Two written ages
    always may be: they are compared elsewhere, with birthdays."""
    g = _group_table()
    if p[0] and q[0] and p[0] != q[0]:
        return False
    if p[3] and q[3]:
        return True  # two written ages: compared elsewhere, with birthdays (compare.judge_person)
    if p[2] < q[1] or q[2] < p[1]:
        return False
    words_only = not p[3] and not q[3]
    return not (words_only and ((p[1] >= g["adult"] and q[2] <= g["child"])
                                or (q[1] >= g["adult"] and p[2] <= g["child"])))


def _matched(a: Sequence[Part], b: Sequence[Part]) -> bool:
    """Whether the people of ``a`` and of ``b`` can be paired one to one, each pair maybe one
    person (:func:`_one_person_parts`; augmenting paths)."""
    if len(a) != len(b):
        return False
    mate: dict[int, int] = {}

    def place(i: int, tried: set[int]) -> bool:
        for j, q in enumerate(b):
            if j not in tried and _one_person_parts(a[i], q):
                tried.add(j)
                if j not in mate or place(mate[j], tried):
                    mate[j] = i
                    return True
        return False

    return all(place(i, set()) for i in range(len(a)))


def _groups_of(a: Account, m: str, own: Sequence[Claim]) -> list[tuple[Claim, list[Part]]]:
    """A source's figures of its whole toll of kind ``m`` (two or more, exactly) that describe the
    group (:func:`group_parts`), in reading order; none where the toll is no exact count of two or
    more, a figure of the kind counts more, or two of the source's own descriptions cannot be one
    group (words at odds, or another story's figure). Only figures of the lead (the headline and
    its opening paragraphs): a figure below may tell another case the page recalls ('a woman and
    two boys were hurt in the earlier drive-by')."""
    t = a.toll(m)
    if t is None or t.value.low < 2 or (t.value.high or t.value.low) != t.value.low:
        return []
    n = t.value.low
    away = {i for i, why in a.set_aside}
    figs = [c for c in own if c.kind == "quantity" and c.measure == m and c.id not in away and c.value is not None
            and (c.hedge in (None, "enumeration") or (c.hedge or "").startswith("sum:"))]
    if any((c.value.high or c.value.low or 0) > n for c in figs):
        return []
    got = sorted(((c, p) for c in figs if c.value.low == n and c.line <= LEAD_LINES and (p := group_parts(c))),
                 key=lambda x: (x[0].line, x[0].start))
    if any(not _matched(p, q) for (_c, p), (_d, q) in zip(got, got[1:])):
        return []
    return got


def _with_noun(c: Claim) -> str:
    """A figure's words with the noun it counts where they leave it out ('Two' of 'Two men were
    killed': 'Two men'), quoted."""
    said = " ".join(c.text.split())
    return words(c) if not c.noun or c.noun.lower() in said.lower() else f"'{said} {c.noun}'"


def group_findings(claims: Sequence[Claim], accounts: Sequence[Account], names: Mapping[str, str]
                   ) -> list[tuple[str, list[Claim], str]]:
    """(measure, figures, reason) where two independent sources that are no roundup count the same
    several dead (or wounded), each describe them in a figure of the whole toll, and no figure of
    one can be the same people as any of the other's (:func:`_matched`): 'a man and a teenage boy'
    against 'two men'. The measure is 'sex' where the counts of men and women differ, else 'age'.
    Not for the dead where a source reports a gunman dead."""
    _by_id, own = _lone_sources(claims, accounts)
    gunmen = gunmen_dead(claims)
    out = []
    for m in ("killed", "injured"):
        if m == "killed" and any(gunmen.values()):
            continue
        got = {a.source: gs for a, cs in own if (gs := _groups_of(a, m, cs))}
        srcs = sorted(got)
        bad = [(x, y) for i, x in enumerate(srcs) for y in srcs[i + 1:]
               if len(got[x][0][1]) == len(got[y][0][1])
               and not any(_matched(p, q) for _c, p in got[x] for _d, q in got[y])]
        if not bad:
            continue
        held = list(dict.fromkeys(s for pair in bad for s in pair))
        figs = [got[s][0][0] for s in held]
        sexes = {tuple(sorted(p[0] for p in got[s][0][1])) for s in held
                 if all(p[0] for p in got[s][0][1])}
        kind = "dead" if m == "killed" else "wounded"
        detail = " vs ".join(f"{_with_noun(got[s][0][0])} ({names[s]})" for s in held)
        out.append(("sex" if len(sexes) > 1 else "age", figs,
                    f"Each source counts the same {len(got[held[0]][0][1])} {kind} and describes them as {detail}: "
                    f"the counts by sex and age cannot all be right."))
    return out


# -- one page giving its one named victim of a kind two ages -----------------------------------

def _self_aged(a: Account, m: str, by_id: Mapping[str, Claim], own: Sequence[Claim]) -> tuple[Claim, Claim] | None:
    """(the named victim, the figure) where the source counts exactly one victim of kind ``m``,
    names one with an age, and its one-person figures of the kind that describe a plain victim
    (:func:`describe`: no kin, no gunman) write that age and, once, another a year or two off ('Dana
    Reyes, 9' and 'a 9-year-old boy' in the story, 'an 8-year-old boy' in a photo caption); None
    otherwise (two ages farther apart are two people: a recalled case)."""
    if not _exactly_one(a, m):
        return None
    named = [by_id[i] for i in a.people if i in by_id and by_id[i].role == "victim" and by_id[i].outcome == m
             and by_id[i].name]
    if len(named) != 1 or named[0].age is None:
        return None
    age = named[0].age
    away = {i for i, why in a.set_aside}
    figs = [c for c in own if _one_person(c, (m,)) and c.id not in away and (d := describe(c)) and d[1] == d[2]]
    same = [c for c in figs if noun_age(c) == age]
    off = [c for c in figs if noun_age(c) != age]
    if not same or len(off) != 1 or not 0 < abs(noun_age(off[0]) - age) <= TWO_PEOPLE:
        return None
    return named[0], off[0]


def self_lone_age_findings(claims: Sequence[Claim], accounts: Sequence[Account], names: Mapping[str, str],
                           keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None,
                           seen: Iterable[str] = ()) -> list[Finding]:
    """One ``inconsistent`` finding of kind ``person`` (measure age) per independent source that is
    no roundup and gives its one named victim of a kind two ages (:func:`_self_aged`); not where
    an age finding already holds one of the figures (``seen``)."""
    by_id, own = _lone_sources(claims, accounts)
    seen = set(seen)
    rows = [(a.source, x, y) for a, cs in own
            for m in ("killed", "injured") if (pair := _self_aged(a, m, by_id, cs))
            for x, y in [pair] if not seen & {x.id, y.id}]
    prints = fp.assign([(fp.basis("person", "age", [x, y], keys, aliases), [x, y]) for _s, x, y in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="inconsistent", kind="person", measure="age",
                    subject=f"{x.name} · age",
                    reason=f"{names[src]} names {x.name}, {x.age}, its one victim of the kind, and writes that age "
                           f"elsewhere, but also describes them as {words(y)}, {noun_age(y)}: one person given two "
                           f"ages.", claims=(x.id, y.id), confidence=0.6)
            for (src, x, y), p in zip(rows, prints)]
