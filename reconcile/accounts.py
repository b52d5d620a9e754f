"""Accounts: each source's account of the main event, and the report's reading of it.

The stage between extraction and comparison (ingest -> nlp -> extract -> **accounts**
-> align -> compare -> report). From one source's claims it builds that source's
:class:`~reconcile.records.Account`:

- its **tolls**, one per measure (killed, injured, shot, arrested, missing, ...): the
  first figure the article gives for the event, in reading order (headline first, as
  a reader meets it). The extractor has already added parts up ("three children shot,
  1 injured" is one figure, 4), derived the injured from people shot less the dead,
  and read negated counts as none. Figures about other events (a time that is a
  period or another year: "since Oct. 17", "in 2015", "this year") stay claims but are
  set aside.
- the people it names (``person`` claims, when the extractor gives them);
- whether it **copies** another source (near-identical text with the same tolls:
  syndicated copies are one account, not two that agree; a near copy whose figures
  changed is a version of its own and is compared) or is **off-topic** (shares no person, place, date
  or distinctive words with the other sources).

:func:`event` then gives the report's reading of the event from the independent
accounts: with publication dates, the latest account; without, the figure most
sources give; an interval when they genuinely disagree. Pure functions over records;
nothing here needs spaCy.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import chain
from typing import Any
from datetime import date, timedelta

from .data import load, wordseq, wordset
from .saved import pack, unpack
from .text.lexicon import any_of, lexicon
from .text.dates import CALENDAR_DAY
from .text.names import first_name_slip, nicknames_agree, norm_name, surname_slip
from .text.outlets import find as find_outlet
from .text.numbers import is_number_word, words_value
from .text.pubdates import YEAR as _YEAR
from .records import Account, Article, Claim, Copy, DateSpan, Event, EventToll, Interval, Term, Toll, claims_by_source
from .scenes import other_scenes

__all__ = ["CHARGED", "COUNTS", "HURT_COUNTS", "TOLL_MEASURES", "Accounts", "Signature", "bail_claims", "build", "copies", "counted",
           "counted_charges", "custody_claims", "first_claim", "hurt_counts",
           "died_later", "event", "event_addresses", "event_times", "in_other_event", "is_other_event", "is_roundup", "off_topic", "recalled_event",
           "shot_of_dead_and_wounded", "signature", "unmasked",
           "toll_claims", "toll_kind"]

#: the measures an account keeps a toll for, in the order reports show them
TOLL_MEASURES = wordseq("accounts", "toll_measures")

#: an article that repeats this share of an earlier one's text is a copy of it
COPY_SHARE = 0.9
#: ... unless it is this much longer outside page furniture and tells something the
#: earlier one does not (another toll, custody, time, place or name): a later version of
#: a live page, with updates of its own on top, is compared as a source
VERSION_GROWTH = 1.25
#: words per shingle; one shingle in SAMPLE is kept (by hash), and texts with fewer
#: than MIN_SHINGLES kept are compared by their whole digest only
SHINGLE = 8
SAMPLE = 4
MIN_SHINGLES = 8
#: measures a casualty report always gives when there is any: a source that gives
#: other tolls but not this one is read as saying none, in the event's reading
#: (its account still says nothing)
SILENT_ZERO = ("killed", "injured")
#: an article sharing fewer markers than this with every other source is off-topic
MIN_SHARED = 2
#: ... in a folder where two other sources share at least this many
TOPIC_SHARED = 4
#: a source that names only people none of the others name is another case's story when
#: tied to fewer than this share of the other sources (:func:`_other_people`)
FEW_TIED = 0.25
#: a source with fewer words than this outside page furniture, and at least as many of
#: furniture, is a stub (a headline and a sign-up form, a video
#: player): off-topic, never compared
MIN_BODY = 40
#: a body of at least this many words is a story of its own, which may be another
#: story under the event's headline (:func:`off_topic`)
STORY_BODY = 150

def _other_time() -> re.Pattern[str]:
    """A time that places a figure outside the main event (data/accounts.json)."""
    return _cue("other_time")


def _period() -> re.Pattern[str]:
    """A period a sentence before sets for what follows ('Since Oct. 17, ...')."""
    return _cue("period")


def is_other_event(c: Claim, published: date | None = None) -> bool:
    """A figure about another event or a period (a statistic, an earlier incident),
    judged from the claim's own time, or a period inherited from the sentences before
    (an inherited day says nothing of the figure): a period ("since Oct. 17", "this year", "over the past two months"), a year on its
    own ("in 2015") other than the year of publication, "two years ago". A full date
    is not enough: it is as often the event's own."""
    sc = c.scope
    if sc is None or not sc.time:
        return False
    t = sc.time.strip()
    if sc.time_inherited:  # a period the text set before frames what follows ('Since Oct. 17, ...')
        return bool(_period().match(t))
    if not _other_time().search(t) or _ranks_the_event(c, t):
        return False
    year = re.fullmatch(r"(?:in |early |late )?((?:19|20)\d\d)", t, re.I)
    if year and published is not None and int(year.group(1)) == published.year:
        return False
    return True


def _ranks_the_event(c: Claim, time: str) -> bool:
    """The figure's own time follows a rank of the event in its sentence ('a triple homicide and
    the deadliest shooting in the city this year': data/accounts.json ``ranked_period``): the
    event's rank, not a period the figure counts over. (Session 76, careful reading round 392.)"""
    said = c.sentence or ""
    at = said.lower().find(time.lower())
    return at > 0 and _ranked_before(said[:at])


def toll_kind(c: Claim) -> str:
    """How a figure counts: 'stated', 'sum', 'derived', 'named' (people mentioned one
    by one: a part or a lower bound) or 'vague'."""
    h = (c.hedge or "").lower()
    if c.value is None or c.value.nominal is None and c.value.high is None:
        return "named" if "named" in h else "vague"
    if h in ("enumeration", "sum: 1", "suicide"):
        # 'a man and a woman were killed', 'Teen killed', 'then killed himself': people
        # mentioned one by one, the killer among them
        return "named"
    if h.startswith("sum") or h == "both":
        return "sum"
    if h.startswith("derived"):
        # worked out from counts ('6 shot - 2 killed'), or from one person said to be
        # shot and no death ('a mother whose son was shot'): a person mentioned
        return "named" if _one_person_shot(c) else "derived"
    if "named" in h or h == "singular":
        return "named"
    if c.value.nominal is None:
        return "vague"
    return "stated"


_A_COUNT_WORD = re.compile(r"(?:one|1|a single)\b", re.I)


def _one_person_shot(c: Claim) -> bool:
    """A figure derived from one person said to be shot ('derived: shot, no death
    reported', 'shot, survived', 'also shot'), not from counts ('6 shot - 2 killed',
    'others shot') nor told as a count ('One person was shot')."""
    h = c.hedge or ""
    return (not _COUNT_DERIVED.match(h) and c.value is not None and c.value.nominal == 1
            and not _A_COUNT_WORD.match(c.text.strip()))


@cache
def phrases(section: str, key: str = "phrases") -> re.Pattern[str]:
    """Any of the words or phrases listed under ``section``/``key`` in data/compare.json,
    as whole words, case-insensitive (built once: it is asked for once per claim)."""
    return any_of(load("compare")[section][key])


def _roundup() -> re.Pattern[str]:
    return phrases("roundup_cues")


def _roundup_headline() -> re.Pattern[str]:
    return phrases("roundup_cues", "headline_words")


@cache
def _separate() -> re.Pattern[str]:
    return re.compile(load("compare")["roundup_cues"]["pattern"], re.I)


@cache
def _recalled_headline() -> re.Pattern[str]:
    return re.compile(load("compare")["roundup_cues"]["recalled_headline"])


def is_roundup(c: Claim) -> bool:
    """A figure in a sentence that counts several incidents ('in separate shootings
    across the city over the weekend', 'in four separate incidents'), or in a headline
    about several ('2 dead, 8 wounded in overnight shootings'), or in another paper's
    headline quoted and credited (a page of old crime headlines): data/compare.json
    ``roundup_cues``."""
    if _roundup_phrase(c.sentence) or _separate().search(c.sentence) or _recalled_headline().search(c.sentence):
        return True
    return c.line == 1 and bool(_roundup_headline().search(c.sentence))


def _roundup_phrase(sentence: str) -> bool:
    """A roundup phrase in the sentence ('across the city', 'so far this year'), but for a period
    that follows a rank of the event ('the deadliest shooting in the city this year':
    data/accounts.json ``ranked_period``), which ranks the event, counting no other cases."""
    return any(not _ranked_before(sentence[:m.start()]) for m in _roundup().finditer(sentence))


@cache
def _ranked() -> re.Pattern[str]:
    """data/accounts.json ``ranked_period``, ending where the text read ends."""
    return re.compile(f"(?:{load('accounts')['ranked_period']['pattern']})$", re.I)


def _ranked_before(text: str) -> bool:
    """``text`` (a sentence up to a period's words) ends with a rank of the event."""
    return bool(_ranked().search(text))


#: the last line a repetition of the headline is looked for on
HEADLINE_AGAIN = 5


def _set_aside(c: Claim, per: dict[str, list[Claim]], charge_only: set[str],
               otherwise: Collection[str] = (), latest: _LatestCue | None = None) -> str | None:
    """Why a toll claim is not the event's, where the claim (and the source's tolls taken
    before it, ``per``) tells it alone; None when nothing here sets it aside. ``otherwise``:
    the injury counts :func:`_hurt_otherwise` gives to a cause told before them; ``latest``,
    the source's cues that the event is the latest of a kind (:class:`_LatestCue`)."""
    if _negated(c):
        return "negated"  # 'Neither one of them has been charged'
    if latest is not None and latest.recalls(c, per):
        return "a case recalled"  # 'It was the second shooting in 24 hours. On Friday, two men were killed'
    if c.measure in ("injured", "shot") and _earlier_hurt(c, per):
        return "an earlier wound"  # 'Another man was also shot' in a killing of May 4
    if c.measure == "injured" and (_not_gunfire(c) or c.id in otherwise):
        return "not by gunfire"  # 'two people suffering from stab wounds'
    if c.measure == "killed" and _dead_on_the_road(c):
        return "not by gunfire"  # 'the driver killed in a crash on Route 9'
    if c.measure in ("killed", "injured", "shot") and superseded(c):
        return SUPERSEDED  # 'had earlier put the death toll at 14 but revised it'
    if c.measure in ("killed", "injured", "shot") and _after_other_shooting(c):
        return OTHER_SHOOTING  # 'In a separate shooting earlier Friday, a woman was wounded'
    if c.measure in ("killed", "injured", "shot") and toll_kind(c) == "vague" and _counterfactual(c):
        return "what might have been"  # 'the standoff could have ended in numerous injuries'
    if c.measure == "injured" and _wounds_counted(c):
        return "wounds, not people"  # 'both victims had multiple injuries'
    if c.measure == "injured" and (_dead_described(c) or _died_in_own_clause(c)):
        return "the dead described"  # 'Both were driven to a clinic and pronounced dead there'
    if c.measure in ("killed", "injured", "shot") and not c.stated and _photo_credit(c):
        return "a photo credit"  # '... on Sunday. Dana Reyes, The Marlow Courier'
    if c.measure == "displaced" and _fled(c):
        return "fled the scene"  # 'Five suspects fled on foot'
    if c.measure == "arrested" and c.value.hi == 0 and " ".join(c.sentence.split()) in charge_only:
        return "not charged, but arrested"  # 'nobody is charged in his death yet'
    if c.measure == "arrested" and set(_WORD.findall((c.noun or "").lower())) & wordset("accounts", "record_nouns"):
        return "a record"  # '45 previous arrests', 'arrested dozens of times'
    if c.measure == "arrested" and _record_sentence().search(c.sentence or ""):
        return "a record"  # 'arrested several times for theft, besides many arrests for trespass'
    if c.measure == "arrested" and _arrest_elsewhere(c):
        return "another arrest"  # 'arrested one of the victims' on an unrelated warrant
    return None


def _record_sentence() -> re.Pattern[str]:
    """A sentence telling a person's record by how often they were arrested (data/accounts.json
    ``record_nouns`` ``sentence``): an arrest count in it belongs to that record."""
    return _cue("record_nouns", "sentence")


@cache
def _credit_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A caption credit's name, the end of the text before it, the text after it, and a
    speaker's words before it (data/accounts.json ``photo_credit``), for :func:`_photo_credit`."""
    d = load("accounts")["photo_credit"]
    return re.compile(d["name"]), re.compile(d["before"]), re.compile(d["after"]), re.compile(d["not_before"], re.I)


def _photo_credit(c: Claim) -> bool:
    """A count read from a name that is a caption's photo credit: after the caption's last
    sentence, with only the outlet's name after it ('... on Sunday. Dana Reyes, The Marlow
    Courier'): the photographer (careful reading round 41: a credit read as the one hurt)."""
    name, before, after, said = _credit_words()
    at = c.sentence.find(c.text)
    return at > 0 and bool(name.fullmatch(c.text) and before.search(c.sentence[:at]) and not said.search(
        c.sentence[:at]) and after.fullmatch(c.sentence[at + len(c.text):]))


class _Same(tuple):
    """A source's claims as a cache key: the very claim objects, in order (hashed and compared
    by identity, so a key holds its claims alive and cannot match another run's copies)."""

    def __hash__(self) -> int:
        return hash(tuple(map(id, self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and len(self) == len(other) and all(a is b for a, b in zip(self, other))

    def __ne__(self, other: object) -> bool:
        return not self == other


#: sources whose tolls :func:`toll_claims` keeps read: a report reads each source's several
#: times (its account, the event's reading, the comparison, its recalled parts)
TOLL_READS = 256


def toll_claims(claims: Iterable[Claim], published: date | None = None) -> tuple[dict[str, list[Claim]], list[tuple[str, str]]]:
    """A source's claims on the main event's tolls, per measure in reading order, and
    the (claim id, reason) pairs set aside: read once per source and date (:func:`_read_tolls`),
    a fresh copy each call, which the caller may change."""
    per, aside = _read_tolls(_Same(claims), published)
    return defaultdict(list, {m: list(cs) for m, cs in per.items()}), list(aside)


@lru_cache(maxsize=TOLL_READS)
def _read_tolls(claims: _Same, published: date | None) -> tuple[dict[str, tuple[Claim, ...]], tuple[tuple[str, str], ...]]:
    """:func:`toll_claims`' reading of one source's claims, kept as tuples."""
    per, aside = _toll_claims(claims, published)
    return {m: tuple(cs) for m, cs in per.items()}, tuple(aside)


def _toll_claims(claims: Iterable[Claim], published: date | None = None) -> tuple[dict[str, list[Claim]], list[tuple[str, str]]]:
    """A source's claims on the main event's tolls, per measure in reading order, and
    the (claim id, reason) pairs set aside."""
    per: dict[str, list[Claim]] = defaultdict(list)
    aside: list[tuple[str, str]] = []
    main: set[str] = set()  # the words of the places the source's tolls are first given for
    claims = list(claims)
    tolls = [c for c in claims if c.kind == "quantity" and c.measure in TOLL_MEASURES and c.value is not None]
    charge_only = _uncharged_only(claims)
    otherwise = _hurt_otherwise(claims)  # 'Two men were stabbed. One suffered critical injuries.'
    # a headline that gives the figure of a roundup in the body ('9 shot in six hours' over 'Nine people were
    # shot across the city in a six-hour span') heads the roundup, not the event; the headline, and its repetition
    # just below (a page's title above its own copy, which the parser may cut: '4' / 'killed, 11 wounded ...')
    heads = [" ".join(c.sentence.split()) for c in tolls if c.line == 1]

    def headline(c: Claim) -> bool:
        return c.line == 1 or c.line <= HEADLINE_AGAIN and any(" ".join(c.sentence.split()) in h for h in heads)
    roundups = [c.value for c in tolls if not headline(c) and is_roundup(c)]

    def heads_roundup(c: Claim) -> bool:  # the same figure, or a count the roundup gives as its lower bound
        return c.value in roundups or _a_count(c) and c.value.is_point and any(
            r.high is None and r.lo == c.value.lo for r in roundups)  # '11 wounded' over 'at least 11 others'
    names = _name_words(claims)
    recalled_names = _recalled_name_words(claims)
    recalled: list[Claim] = []  # deaths set aside as another case, before any death of the event
    spans = [c for c in tolls if _over_a_period(c, ())]  # counts told over a span of time
    listed: dict[int, set[tuple[str, int]]] = {}  # line -> the calendar days of the cases a list told there
    shootings = _shootings(claims)
    latest = _LatestCue(claims)  # 'It was the third shooting in five days. On Friday, ...'
    for c in sorted(tolls, key=lambda c: (c.start, c.end)):
        if why := _tallied(c, spans, shootings):
            aside.append((c.id, why))  # 'In the past two months, nine teens were shot'
            continue
        hurt_first = bool(per.get("injured") or per.get("shot"))
        another_death = c.measure == "killed" and hurt_first and not per.get("killed")
        if is_other_event(c, published) and not _followed_up(c) or _cue("another_case_opener").match(c.sentence or "") \
                or c.line > LEAD_LINES and _cue("dated_case", "opened_earlier").match(c.sentence or ""):
            aside.append((c.id, "other event"))  # or 'In that case, a teen was killed': another case's
            recalled += [c] if another_death else []
            continue
        if is_roundup(c) or headline(c) and (heads_roundup(c) or _roundup_headline().search(c.sentence)):
            aside.append((c.id, "roundup"))
            continue
        if another_death and _recalled(c):
            aside.append((c.id, "recalled"))  # 'Other shootings at the bar include a fatal shooting in 2013'
            recalled.append(c)
            continue
        if another_death and (_earlier_death(c, per, tolls) or _dated_case(c, published)
                              or _days_before(c, per, published)):
            aside.append((c.id, "an earlier death"))  # 'Forty minutes earlier, a cashier was fatally shot across town'
            recalled.append(c)
            continue
        if another_death and _named_again(c, recalled, names):
            aside.append((c.id, "an earlier death, named again"))  # 'Ann Ruiz was killed in May' ... 'Ruiz's death'
            continue
        if c.measure in ("injured", "shot") and _hurt_another_year(c, per, published):
            aside.append((c.id, "another year"))  # 'Ray Cole was shot on May 4, 2019' below a death told with no year
            continue
        if c.measure in ("killed", "injured", "shot") and (_another_day(c, per) or _listed_case(c, per, listed, spans)):
            aside.append((c.id, "another day"))  # 'On May 9, police were called to a quarrel ... nobody was hurt'
            continue
        if c.measure in ("killed", "injured", "shot") and _of_recalled_person(c, recalled_names):
            aside.append((c.id, RECALLED_NAME))  # '... where Cy Moss was shot last month. Cy was killed.'
            continue
        if c.measure == "arrested" and (_detained_beside_none(c, tolls) or _detained_then_uncharged(c, claims)):
            aside.append((c.id, "detained, not arrested"))  # 'detaining several teens' ... 'No arrests were reported'
            continue
        reason = _set_aside(c, per, charge_only, otherwise, latest)
        if reason:
            aside.append((c.id, reason))
            continue
        # (a state alone holds every town: 'Officials in Oklahoma said four were found shot dead in Tulsa')
        own = set() if c.scope is not None and (c.scope.place or "").strip() in wordset(
            "accounts", "state_names") else _place_words(c)
        if not per.get(c.measure):
            main |= own
        elif own and main and not own & main:
            aside.append((c.id, "another place"))  # 'more than 14,000 in Gaza' beside a strike elsewhere
            continue
        per[c.measure].append(c)
    if per.get("killed") and per.get("injured"):
        dead, hurt = _victim_words(claims, "killed"), _victim_words(claims, "injured")
        ages = _victim_ages(claims)
        for c in [c for c in per["injured"] if _the_deads_wound(c, dead, hurt) or _the_deads_age(c, ages)]:
            per["injured"].remove(c)
            aside.append((c.id, "the dead's wound"))  # 'the slain boy ... Rena was shot in the back'
    for c in [c for c in per.get("killed", ()) if _others_wounded(c, per.get("injured", ()))]:
        per["killed"].remove(c)
        aside.append((c.id, "the others wounded"))  # 'fatally shot a woman and two others' ... 'Two others hurt'
    # an arrest told in the sentence of a death set aside as another case's ('June 3: a
    # 4-year-old shot herself. Her mother and the mother's boyfriend are both charged in the
    # child's death'): that case's arrest (session 60, careful reading round 102)
    by_id = {c.id: c for c in tolls}
    other_case = {by_id[i].sentence for i, why in aside if why in ANOTHER_CASE}
    for c in [c for c in per.get("arrested", ()) if c.sentence in other_case]:
        per["arrested"].remove(c)
        aside.append((c.id, "another case's arrest"))
    return per, aside


@cache
def _period_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A span of time before now after a preposition in a sentence, and as a count's time
    (data/accounts.json ``period_count``), for :func:`_over_a_period`."""
    d = load("accounts")["period_count"]
    return re.compile(d["sentence"], re.I), re.compile(d["time"], re.I)


def _over_a_period(c: Claim, periods: Sequence[Interval], lines: Collection[int] = ()) -> bool:
    """A stated count of two or more whose time is a span before now that its sentence
    writes after a preposition ('Over the past six weeks, seven children have been
    wounded'), or inherited from one where it repeats a figure so told in the source, before
    or after it ('Seven have been hurt.' in a caption above), or, a count of two or more
    stated or told by a word alone, inherited in the paragraph (``lines``) of a count so
    told ('Over the past year, four children were killed. Many others have been wounded.'):
    a tally of many cases, not the event's toll (careful reading rounds 41 and 43)."""
    told, span = _period_words()
    t = c.scope.time if c.scope is not None else None
    if not t or not span.match(t.strip()) or (c.value.lo or 0) < 2:
        return False
    if c.scope.time_inherited and c.line in lines and (_a_count(c) or toll_kind(c) == "vague"):
        return True
    if not _a_count(c) or not c.value.is_point:
        return False
    return told.search(c.sentence or "") is not None if not c.scope.time_inherited else c.value in periods


def _shootings(claims: Iterable[Claim]) -> list[Claim]:
    """A source's counts of two or more shootings ('3,100 shootings', 'shooting incidents'),
    for :func:`_of_a_tally`."""
    return [c for c in claims if c.kind == "quantity" and c.value is not None and (c.value.lo or 0) >= 2 and (
        c.measure == "attacks" or c.measure is None and _WORD.findall((c.noun or "").lower())[-1:] == ["shootings"])]


def _tallied(c: Claim, spans: Sequence[Claim], shootings: Sequence[Claim]) -> str | None:
    """Why a figure is set aside before any other test, if it is: a count over a period
    (``spans``: the source's counts told over one, :func:`_over_a_period`), one of a
    tally of shootings (:func:`_of_a_tally`), the shooters counted as shot
    (:func:`_the_shooters`), a count set beside an earlier span's (:func:`_compared_count`)."""
    if _over_a_period(c, [s.value for s in spans], {s.line for s in spans}):
        return "a count over a period"
    if _of_a_tally(c, shootings):
        return "a tally of shootings"
    if c.measure == "shot" and _the_shooters(c):
        return "the shooters"
    if _compared_count(c):
        return "a count compared with another span"
    return None


def _compared_count(c: Claim) -> bool:
    """A stated count of two or more set beside the same count of an earlier span later in
    its sentence (data/accounts.json ``compared_count``: 'There were 14 homicides this
    month, compared with nine in the same stretch last year'): a tally, not the event's
    toll. (Session 32, r46fix, after careful reading round 46.)"""
    return (c.value.lo or 0) >= 2 and _a_count(c) and bool(_cue("compared_count").match(after_words(c)))


def _of_a_tally(c: Claim, shootings: Sequence[Claim]) -> bool:
    """A count of the hurt or the dead 'in those shootings' (data/accounts.json
    ``tally_shootings``) told in the paragraph of a count of two or more shootings, or a
    paragraph or so after it: the casualties of a city's tally, not the event's toll
    ('Police counted 2,410 shootings this year. More than 2,900 people were wounded in
    those shootings.'). (Session 31, fix46, after careful reading round 43.)"""
    d = load("accounts")["tally_shootings"]
    return (c.measure in ("killed", "injured", "shot", "casualties") and bool(re.search(d["pattern"], c.sentence or "", re.I))
            and any(0 <= c.line - s.line <= d["lines"] and s.start < c.start for s in shootings))


def _the_shooters(c: Claim) -> bool:
    """A count of the people shot below the headline that is the subject of 'shot into' or
    'fired through' (data/accounts.json ``shooters_shot``): the shooters, not the shot ('Ray
    Moss, 19, and Ted Lund, 20, shot into the house'); not a headline's '4 teens shot at a
    party'. (Session 31, fix46, after careful reading round 43.)"""
    s = c.sentence or ""
    at = s.find(c.text)
    return c.line > 1 and at >= 0 and bool(_cue("shooters_shot").match(s[at + len(c.text):]))


def _others_wounded(c: Claim, hurt: Sequence[Claim]) -> bool:
    """A death count that takes in 'and N others' ('shot and killed a clerk and two others',
    or its 'two others' alone) where the source's injured claims in other sentences count
    N: the others are its wounded (data/accounts.json ``others_wounded``). (Session 28,
    fix40, from careful reading round 37.)"""
    if c.measure != "killed" or c.value.lo is None:
        return False
    summed = (c.hedge or "").startswith("sum:")
    text = " ".join((c.text if summed else f"and {c.text} {c.noun or ''}").split())
    sentence = " ".join(c.sentence.split())
    at = sentence.lower().find(text.lower())
    if at < 0 or _death_words().search(sentence[at + len(text):]):
        return False  # alone, after 'and' ('a mother of two ... and two others'); not 'and two others were dead'
    m = re.search(load("accounts")["others_wounded"]["pattern"], text, re.I)
    n = _number(m.group(1).lower()) if m else None
    if n is None or n < 1 or not summed and c.value.lo != n:
        return False
    return any(h.value.lo == n and h.sentence != c.sentence for h in hurt)


def _negated(c: Claim) -> bool:
    """A count of one or more just after a word that denies it (data/accounts.json
    ``negated_count``: 'Neither one of them has been charged'): it counts no one."""
    before = _WORD.findall(before_words(c).lower())
    return (c.value.lo or 0) >= 1 and bool(before) and before[-1] in wordset("accounts", "negated_count")


#: why a count that only names a person of a recalled case is set aside (:func:`_of_recalled_person`)
RECALLED_NAME = "recalled, by name"


def _recalled_name_words(claims: Iterable[Claim]) -> tuple[frozenset[str], list[frozenset[str]]]:
    """The words of the names of the people a source sets in another case it recalls (``person``
    claims with role 'recalled'), and the words of each other name it gives, lower case, for
    :func:`_of_recalled_person`."""
    aside: set[str] = set()
    others: list[frozenset[str]] = []
    for p in claims:
        if p.kind == "person" and p.name:
            words = frozenset(_WORD.findall(p.name.lower()))
            if p.role == "recalled":
                aside |= words
            else:
                others.append(words)
    return frozenset(aside), others


def _of_recalled_person(c: Claim, names: tuple[frozenset[str], list[frozenset[str]]]) -> bool:
    """A count whose words are only a name, or part of one, of a person the person reader set
    in another case the page recalls, and of no other person it names (``names``:
    :func:`_recalled_name_words`; '... near where Cy Moss was shot last month. Cy was killed.':
    'Cy' counts that case's dead, not the event's). Session 65, careful reading round 168 (463734)."""
    if c.scope is not None and c.scope.time and not c.scope.time_inherited:
        return False  # a count with a time of its own ('Cy Moss was found dead on March 4'): the rules of dates read it
    aside, others = names
    words = set(_WORD.findall(c.text.lower()))
    if not words or not words <= aside:
        return False
    return not any(words & o for o in others)


def _name_words(claims: Iterable[Claim]) -> frozenset[str]:
    """The words of the names of the people the source names (``person`` claims), lower case."""
    return frozenset(w for c in claims if c.kind == "person" and c.name for w in _WORD.findall(c.name.lower()))


def _named_again(c: Claim, recalled: Sequence[Claim], names: frozenset[str]) -> bool:
    """A death whose words name a person (a word of a name the source gives) that a death
    set aside before it as another case also names ('Ann Ruiz was shot and killed on
    May 3' ... 'the man who killed Ruiz'): the same earlier death told again, not the
    event's. (Session 25, killed34, written on gva-dev's even half.)"""
    own = set(_WORD.findall(c.text.lower())) & names
    return bool(own) and any(own & set(_WORD.findall(r.text.lower())) for r in recalled)


@cache
def _other_crimes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of a crime that is no gunfire, and words of gunfire (data/accounts.json
    ``arrest_elsewhere`` ``other_crimes`` and ``drug_crimes``, ``gunfire``), for
    :func:`_arrest_elsewhere` and :func:`_held_before`."""
    return (any_of((*wordseq("accounts", "arrest_elsewhere", "other_crimes"),
                    *wordseq("accounts", "arrest_elsewhere", "drug_crimes"))),
            any_of(wordseq("accounts", "arrest_elsewhere", "gunfire")))


def _arrest_elsewhere(c: Claim) -> bool:
    """An arrest count that is not the event's arrests (data/accounts.json ``arrest_elsewhere``):
    of a victim ('arrested one of the victims') or, a count of one or more, told with another
    case ('arrested on unrelated charges'). (Careful reading round 31.)"""
    if set(_WORD.findall((c.noun or "").lower())) & wordset("accounts", "arrest_elsewhere", "victim_nouns"):
        return True
    if any_of(wordseq("accounts", "arrest_elsewhere", "other_case")).search(c.sentence):
        return True  # 'nobody held in that case': the case just recalled (round 32)
    victim, why, _other = _victim_held()
    if (c.value.lo or 0) >= 1 and victim.search(c.sentence) and why.search(c.sentence):
        return True  # 'one of the wounded men was arrested on a warrant from a burglary case' (upd48)
    crimes, gunfire = _other_crimes()
    if (c.value.lo or 0) >= 1 and crimes.search(c.sentence) and not gunfire.search(c.sentence):
        return True  # 'four teens arrested after a series of car break-ins' (r50fix)
    return (c.value.lo or 0) >= 1 and bool(any_of(wordseq("accounts", "arrest_elsewhere", "phrases")).search(c.sentence))


def _followed_up(c: Claim) -> bool:
    """A figure of the lead whose own time ('last year', 'months ago') is no period, in a
    sentence that tells a later step of the case (data/accounts.json ``followed_up``):
    'A second suspect was arrested in a shooting last year that left five hurt' tells the
    event from a later day, not another event. (Careful reading round 32.)"""
    t = _own_time(c)
    return (c.line <= LEAD_LINES and bool(t) and not _period().match(t.strip())
            and bool(any_of(wordseq("accounts", "followed_up", "words")).search(c.sentence)))


def _victim_words(claims: Iterable[Claim], outcome: str) -> frozenset[str]:
    """The words of the names of the people the person reader calls victims of ``outcome``."""
    return frozenset(w for c in claims if c.kind == "person" and c.role == "victim" and c.outcome == outcome
                     and c.name for w in _WORD.findall(c.name.lower()))


def _the_deads_wound(c: Claim, dead: frozenset[str], hurt: frozenset[str]) -> bool:
    """A wounded count worked out from one person said to be shot, no death in the sentence
    ('Prosecutors say Tresk was shot in the back'), whose words all name a victim the person
    reader calls killed and none it calls hurt, in a source that tells a death: where the
    slain was hit, not one more person hurt. (Session 21, tolls29, from reading round 28.)"""
    words = set(_WORD.findall(c.text.lower()))
    return (bool(words) and words <= dead and not words & hurt and (c.hedge or "").startswith("derived")
            and _one_person_shot(c))


def _victim_ages(claims: Iterable[Claim]) -> dict[str, set[int]]:
    """The ages of the victims the person reader calls killed and of those it calls hurt,
    by outcome."""
    out: dict[str, set[int]] = {"killed": set(), "injured": set()}
    for c in claims:
        if c.kind == "person" and c.role == "victim" and c.outcome in out and c.age is not None:
            out[c.outcome].add(c.age)
    return out


def _the_deads_age(c: Claim, ages: Mapping[str, set[int]]) -> bool:
    """A wounded count worked out from one person said to be shot, no death in the sentence,
    whose age, an apposition's right after its words ('One more victim, a 40-year-old
    cook, was hit in the hip'; not its own words': 'another 40-year-old' is one more of
    that age), is the age of a victim the person reader calls
    killed and of none it calls hurt, in a source that tells a death: where the slain was hit,
    not one more person hurt (careful reading round 37, fix41)."""
    if not ((c.hedge or "").startswith("derived") and _one_person_shot(c)):
        return False
    if noun_age(c) is not None:
        return False  # 'another 40-year-old cook was hit': one more of that age (a gva-dev check)
    sentence = " ".join(c.sentence.split())
    at = sentence.find(" ".join(c.text.split()))
    m = _APPOSED_AGE.match(sentence[at + len(" ".join(c.text.split())):]) if at >= 0 else None
    v = words_value([m.group(1).lower()]) if m else None
    n = int(v) if v is not None and v == int(v) else None
    return n is not None and n in ages["killed"] and n not in ages["injured"]


#: an age in apposition right after a figure's words (', a 40-year-old cook,')
_APPOSED_AGE = re.compile(r",\s+an?\s+([a-z0-9]+)[- ]years?[- ]old\b", re.I)


def _detained_beside_none(c: Claim, tolls: Sequence[Claim]) -> bool:
    """An arrest count told by a word of holding for a while (data/compare.json
    ``custody_weak``: 'Officers were seen detaining several teens near the scene', 'The nine
    people have all been detained, and one of them has since been arrested') in a source that
    also says no one was arrested ('No arrests were reported') or counts the arrests by an
    arrest word of their own: those detained, not arrested, as the custody rows read them
    (round 15). Session 58, from careful readings round 84 (a first report's 'several' detained
    bystanders read as its arrests) and round 87 (nine detained, one of them arrested, read as
    nine arrested). Nor where the count's own sentence says no charge was filed (``uncharged``)."""
    if not _held_for_a_while(c):
        return False
    if _uncharged_in(c):
        return True  # 'Police detained several people ... but hadn't filed any charges' (session 59, round 92)
    return any(o.measure == "arrested" and o.value is not None and o is not c and (
        o.value.hi == 0 and o.sentence != c.sentence or o.value.lo and _told_arrested(o)) for o in tolls)


def _detained_then_uncharged(c: Claim, claims: Sequence[Claim]) -> bool:
    """An arrest count told by a word of holding for a while ('Two passengers were detained
    at the scene.') right before a sentence that says no charge was filed ('No
    charges have been filed.': a custody fact of the group 'uncharged', within
    :data:`_NEXT_SENTENCE` characters): those detained, not arrested, as
    :func:`_detained_beside_none` reads the same words in one sentence; or before a sentence
    that tells them released (:func:`_released_after`). (Session 60, careful reading round 99:
    two men detained read as three arrested.) Or in a sentence that says their part in the
    shooting is still being looked into ('three people have been detained, and the investigation
    into their potential role is ongoing': data/accounts.json ``role_open``; session 65, careful
    reading round 173)."""
    return _held_for_a_while(c) and (_uncharged_next(c, claims) or _released_after(c, claims) or _role_open(c))


def _role_open(c: Claim) -> bool:
    """The claim's sentence tells the part in the shooting of those held still being looked
    into (data/accounts.json ``role_open``: 'the investigation into their potential role is
    ongoing'; session 65, careful reading round 173)."""
    return bool(_cue("role_open").search(c.sentence or ""))


def _custody_after(c: Claim, claims: Sequence[Claim], group: str, reach: int | None = None) -> bool:
    """A custody fact of ``group`` among ``claims``, in ``c``'s source, that starts after ``c``
    (within ``reach`` characters of its end, where one is given)."""
    return any(f.kind == "fact" and f.measure == "custody" and f.group == group and f.source == c.source
               and 0 <= f.start - c.end and (reach is None or f.start - c.end <= reach) for f in claims)


def _held_role_open(claims: Sequence[Claim]) -> set[str]:
    """Ids of the custody facts 'held' whose sentence tells the part in the shooting of those
    held still being looked into (data/accounts.json ``role_open``: 'three people have been
    detained, and the investigation into their potential role is ongoing'): people taken in,
    no arrest of the event (session 65, careful reading round 173)."""
    return {c.id for c in claims if c.kind == "fact" and c.measure == "custody" and c.group == "held" and _role_open(c)}


def _released_after(c: Claim, claims: Sequence[Claim]) -> bool:
    """A custody fact of the group 'released' ('all three people detained have been
    released') after ``c`` in its source: those detained were let go. (Session 60, careful
    reading round 104: three detained and released read as three arrested.)"""
    return _custody_after(c, claims, "released")


def _uncharged_next(c: Claim, claims: Sequence[Claim]) -> bool:
    """A custody fact of the group 'uncharged' ('No charges have been filed.') among
    ``claims`` that starts within :data:`_NEXT_SENTENCE` characters after ``c``."""
    return _custody_after(c, claims, "uncharged", _NEXT_SENTENCE)


#: how far after an arrest count the sentence that says no charge was filed may start
_NEXT_SENTENCE = 120


def _uncharged_in(c: Claim) -> bool:
    """Whether the claim's sentence says no charge was filed (data/compare.json ``custody_weak``
    ``uncharged``: 'but hadn't filed any charges')."""
    return bool(_uncharged().search(c.sentence or ""))


@cache
def _uncharged() -> re.Pattern[str]:
    return any_of(wordseq("compare", "custody_weak", "uncharged"))


def _weak_word(w: str) -> bool:
    """A word of holding for a while (data/compare.json ``custody_weak``: 'detained', 'detaining')."""
    return any(w.startswith(k) for k in wordset("compare", "custody_weak", "words"))


def _detained_uncharged(c: Claim, claims: Sequence[Claim] = ()) -> bool:
    """A custody fact 'held' told by a word of holding for a while ('detained') in a sentence
    that says no charge was filed, or right before one (``claims``: the source's, as
    :func:`_detained_then_uncharged` reads them): no one held for the event's arrest toll
    (:func:`_held_told`), as such a count is none (:func:`_detained_beside_none`). Session 59,
    careful reading round 92; the sentence after, session 60, round 99."""
    return _weak_word((c.cue or "").lower()) and (_uncharged_in(c) or _uncharged_next(c, claims))


def _custody_words_near(c: Claim, reach: int = 60) -> tuple[bool, bool]:
    """(held for a while, arrested): whether the count's own clause, from the clause mark before
    it to ``reach`` characters after it, cut at the next ('..., and one of them has since been
    arrested'), has a word of data/compare.json ``custody_weak`` ('detained') and one of its
    ``arrest_words``."""
    after = re.split(r"[,;:]|\band\b|\bbut\b", after_words(c)[:reach], maxsplit=1)[0]
    before = re.split(r"[,;:]|\band\b|\bbut\b", before_words(c)[-40:])[-1]
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", before + " " + c.text + " " + after)}
    return any(_weak_word(w) for w in said), bool(said & wordset("compare", "custody_weak", "arrest_words"))


def _held_for_a_while(c: Claim) -> bool:
    """The count is told by a word of ``custody_weak`` near it and no arrest word there."""
    weak, arrested = _custody_words_near(c)
    return weak and not arrested


def _told_arrested(c: Claim) -> bool:
    """The count is told by an arrest word near it and no word of holding for a while."""
    weak, arrested = _custody_words_near(c)
    return arrested and not weak


def _uncharged_only(claims: Sequence[Claim]) -> set[str]:
    """The sentences that tell no one charged ('nobody faces a charge in his death yet')
    and not no one arrested, in a source that tells someone held ('deputies arrested
    him on a gun charge'): none charged with the killing is not none arrested
    (careful reading round 29). Empty where the source tells no arrest."""
    custody = [c for c in claims if c.kind == "fact" and c.measure == "custody" and c.sentence]
    if not any(held_fact(c) for c in custody):
        return set()
    said = defaultdict(set)
    for c in custody:
        said[" ".join(c.sentence.split())].add(c.group)
    return {s for s, groups in said.items() if "uncharged" in groups and "none" not in groups}


def _recalled(c: Claim) -> bool:
    """A death told by a word alone ('a fatal shooting', 'a deadly shooting': at least one,
    no figure written and no people counted) below the lead, where the source has told
    people shot or hurt and no death before it (:func:`toll_claims` asks): another case the
    article recalls ('Other shootings at the bar include a fatal shooting in 2013', a linked
    story's headline), not the event. Told in the lead ('Man charged in fatal shooting'), or
    first of all the source's figures (a page whose furniture pushes its lead down), it is
    the event's. (Written after reading gva-dev's odd-half misses, session tolls25.)"""
    return (c.line > LEAD_LINES and c.stated is False and c.noun is None and (c.hedge or "") == "at least"
            and c.value.low == 1 and c.value.high is None)


def _earlier_death(c: Claim, per: Mapping[str, Sequence[Claim]], everything: Sequence[Claim] = ()) -> bool:
    """A death below the lead, in a source that has told people shot or hurt and no
    death before it (:func:`toll_claims` asks), whose own time puts it before the event
    ('Forty minutes earlier, a cashier was fatally shot across town', 'last week') or is a calendar
    day where the source's first hurt (and those in its lead) are told on a day without
    one ('On March 3, ...' after 'Saturday night'; a list of dated cases may follow), or that inherits a period or another season or year from the
    sentence before ('Nine teenagers were shot this spring. A boy ... died'), or is told in
    a sentence of a vigil or funeral (``occasions``: 'come to a vigil for a 19-year-old
    who was fatally shot'): another case the article recalls, not the event (data/accounts.json ``earlier_death``; session 24,
    killed32). Not a calendar day without a year in a sentence that also tells people hurt
    (``everything``: the source's toll claims): the attack they were hurt in."""
    if c.line <= LEAD_LINES:
        return False
    if any_of(wordseq("accounts", "earlier_death", "occasions")).search(c.sentence):
        return True
    if c.scope is None or not c.scope.time:
        return False
    t = c.scope.time
    before, calendar = _cue("earlier_death"), _cue("earlier_death", "calendar")
    if not c.scope.time_inherited and before.search(t) or c.scope.time_inherited and _other_time().search(t):
        return True
    hurt = [_own_time(h) for m in ("injured", "shot")
            for i, h in enumerate(per.get(m, ())) if i == 0 or h.line <= LEAD_LINES]
    if not _YEAR.search(t) and any(h.measure in ("injured", "shot") and h.sentence == c.sentence for h in everything):
        # 'Dunn was hurt in the May 4 attack that killed six people at a cookout': the day of
        # the attack the source's wounded were hurt in (session 60, careful reading round 101);
        # not a day with its year ('In May 2012, a man died and another was hurt there')
        return False
    return bool(calendar.search(t)) and any(hurt) and not any(h and calendar.search(h) for h in hurt)


class _LatestCue:
    """A source's lines below the headline whose sentence (a claim's, of any kind) tells the
    event as the latest of a kind within a span (data/accounts.json ``latest_of_kind``: 'It
    was the third shooting in the city in five days'), and the lines of the figures
    :meth:`recalls` has set aside below them. (Session 37, wrong55, issue 13: written from
    gva-dev's odd half, checked on the even.)"""

    def __init__(self, claims: Iterable[Claim]) -> None:
        cue = _cue("latest_of_kind")
        self.lines = sorted({c.line for c in claims if c.line > 1 and c.sentence and cue.search(c.sentence)})
        self.apart: set[int] = set()

    def recalls(self, c: Claim, per: Mapping[str, Sequence[Claim]]) -> bool:
        """A death on a line below a cue, in a source that has told people shot or hurt and no
        death before it, or people hurt there in a source that has told a death and no one hurt
        or shot before it; not a death told as after the wound (``hurt_then_died``), nor a
        pronoun or 'the victim' (``also_hurt`` ``same_one``: the event's victim told again) but
        on a line where a figure was so set aside: the cases the page goes on to recall ('It was
        the second shooting in 24 hours. On Friday night, two men were killed at a party'), not
        the event."""
        if not self.lines or c.line <= self.lines[0]:
            return False
        if c.line not in self.apart and _cue("also_hurt", "same_one").fullmatch(c.text.strip()):
            return False
        if c.measure == "killed":
            other = bool(per.get("injured") or per.get("shot")) and not per.get("killed")
        else:
            other = c.measure == "injured" and bool(per.get("killed")) and not (per.get("injured") or per.get("shot"))
        if other and not died_after_wound(c.sentence):
            self.apart.add(c.line)
            return True
        return False


def _dated_case(c: Claim, published: date | None) -> bool:
    """A death whose sentence dates it, before the death's words, to another case: a year
    written with the case's noun, other than the publication's ('near a May 2016 shooting that
    left a cook dead'), or a sentence opened by a span of time before now ('Two years ago a boy
    was killed on the block'); data/accounts.json ``dated_case``. :func:`toll_claims` asks
    only of a death told after the source's shot or hurt and before any death of its own.
    (Session 29, r40fix, after careful reading round 40.)"""
    if _cue("dated_case", "opened_ago").match(c.sentence):
        return True
    before = c.sentence[:max(c.sentence.find(c.text), 0)]
    return any(published is None or m.group(1) != str(published.year)
               for m in _cue("dated_case", "case_year").finditer(before))


#: a calendar day, the slack of :func:`_days_before`'s 'within a day'
ONE_DAY = timedelta(days=1)


def _days_before(c: Claim, per: Mapping[str, Sequence[Claim]], published: date | None) -> bool:
    """A death whose own clause dates it (a calendar day the extractor resolved: 'the fatal
    shooting of a man on Sunday, Nov. 15') at least data/accounts.json ``earlier_death``
    ``days_before`` days before the page was published, where none of the people shot or hurt
    the source told before it is dated within a day of it: another case the article recalls
    (a killing protesters have camped over since), not the event of a page written days
    later. :func:`toll_claims` asks only of a death told after the source's shot or hurt and
    before any death of its own. Session 74, careful reading (452120: a police killing ten days
    before the page, read as the night's one dead beside its five wounded)."""
    if published is None or c.scope is None or c.scope.date is None or c.scope.time_inherited:
        return False
    day = c.scope.date
    if (published - day.end).days < int(load("accounts")["earlier_death"]["days_before"]):
        return False
    hurt = [h for m in ("injured", "shot") for h in per.get(m, ())]
    return not any(h.scope is not None and h.scope.date is not None
                   and DateSpan(h.scope.date.start - ONE_DAY, h.scope.date.end + ONE_DAY).overlaps(day) for h in hurt)


def _earlier_hurt(c: Claim, per: Mapping[str, Sequence[Claim]]) -> bool:
    """People shot or hurt told below the lead, the first the source gives of the measure,
    on the calendar day (their own time or the one the sentence before gives) of another
    person's death told before them: the source's first dead (and those in its lead) are one
    person each, mentioned without that day, and that death is someone's whose words none of
    theirs share, and the hurt not told by a pronoun or 'the victim' (data/accounts.json
    ``also_hurt`` ``same_one``: the dead one's own wound). The wounded of another case the
    article recalls ('Ray Cole was found dead on May 4 at a motel. Another man was also
    shot'), not the event's. (Session 25, event34,
    from a known fault: a recalled killing's wounded man read as the event's.)"""
    if c.line <= LEAD_LINES or per.get(c.measure) or c.scope is None or not c.scope.time:
        return False
    if _cue("also_hurt", "same_one").fullmatch(c.text.strip()):
        return False  # 'Lia died May 27, days after she was shot': the dead one's own wound
    t = c.scope.time
    dead = per.get("killed", ())
    first = [k for i, k in enumerate(dead) if i == 0 or k.line <= LEAD_LINES]
    if not first or not _cue("earlier_death", "calendar").search(t) or any(
            toll_kind(k) != "named" or k.value.nominal != 1 or k.scope is not None and k.scope.time == t for k in first):
        return False
    theirs = {w for k in first for w in _WORD.findall(k.text.lower())}
    return any(k.start <= c.start and k.line > LEAD_LINES and k.scope is not None and k.scope.time == t
               and not k.scope.time_inherited and k.value.nominal == 1 and _CAPWORD.search(k.text)
               and not set(_WORD.findall(k.text.lower())) & theirs for k in dead)


def _hurt_another_year(c: Claim, per: Mapping[str, Sequence[Claim]], published: date | None) -> bool:
    """People shot or hurt told below the lead on a day written with its year, their own
    time ('was shot on May 4, 2019': news writes the year of a day outside the current
    one), where that year is not the publication's, and none of the source's dead kept so
    far is told on that day nor the first dead (and those in its lead) in that year or in
    a sentence that names it, the day no post's date ('(@desk) May 4, 2019') and the
    sentence not one the source gave a kept figure in already (a caption repeated), and the hurt
    told by no word of the first dead's: another case the article recalls, beside the
    event's dead. (Session 26, from a known fault: a teen's killing months before read as
    the event's shot.) A month written with its year and no day ('in August 2014',
    :data:`_MONTH_YEAR`) is read the same way, their own time or one inherited from the
    sentence before ('In May 2019 he was charged in a cookout shooting. Four were hurt.'):
    session 32, r46fix, after careful reading round 46."""
    if c.line <= LEAD_LINES or c.scope is None or not c.scope.time:
        return False
    m = _MONTH_YEAR.search(c.scope.time) if c.scope.time_inherited else (
        _FULL_DATE.search(c.scope.time) or _MONTH_YEAR.search(c.scope.time))
    dead = per.get("killed", ())
    first = [k for i, k in enumerate(dead) if i == 0 or k.line <= LEAD_LINES]
    if m is None or not first or re.search(r"@\w+\)?\s*" + re.escape(m[0]), c.sentence) or any(
            k.sentence == c.sentence for k in per.get(c.measure, ())):
        return False  # a post's date, or a caption the lead gave already
    year = _YEAR.search(m[0])[0]
    if published is not None and str(published.year) == year or any(
            m[0] in _own_time(k) for k in dead) or any(
            year in (k.scope.time if k.scope is not None and k.scope.time else "") + k.sentence for k in first):
        return False
    theirs = {w for k in first for w in _WORD.findall(k.text.lower())}
    return not set(_WORD.findall(c.text.lower())) & theirs


#: a month written with its year and no day ('in August 2014'): the time of a case the
#: article recalls, inherited too ('In May 2019, ... Four were hurt'; session 32, r46fix, round 46)
_MONTH_YEAR = re.compile(r"^(?:in\s+|since\s+)?(?:early\s+|late\s+|mid-)?[A-Z][a-z]{2,8}\.?\s+(?:of\s+)?(?:19|20)\d\d$")


_DAY_OPENED = re.compile(r"\W*(?:(?:and|then|but|also)\s+)?(?:on\s+)?", re.I)


def _listed_case(c: Claim, per: Mapping[str, Sequence[Claim]], listed: dict[int, set[tuple[str, int]]],
                 spans: Sequence[Claim]) -> bool:
    """A figure of the dead, hurt or shot below a count over a period that the source set
    aside (``spans``), in a sentence opened by a calendar day ('And on May 2,
    gunfire grazed a boy's leg'), or taking that day from such a sentence before it in its
    paragraph ('He went home that night.'), where the source's kept figures name a
    day and none of them that one: a case of the list that follows the tally ('Over the
    past two months, six children were shot in the city. On April 20, ...'), not the event.
    ``listed`` keeps the days of the cases so told, per line. (Session 31, fix46, after
    careful reading round 43: a charges page's other children shot read as its wounded.)"""
    t = c.scope.time if c.scope is not None and c.scope.time else ""
    day = _days(t)
    if not day or not spans or c.line <= min(s.line for s in spans):
        return False
    kept = {d for m in ("killed", "injured", "shot") for k in per.get(m, ())
            for d in _days(k.sentence + " " + _own_time(k))}
    if not kept or day & kept:
        return False
    s = c.sentence or ""
    opened = CALENDAR_DAY.match(s, _DAY_OPENED.match(s).end()) is not None
    if opened and not c.scope.time_inherited or c.scope.time_inherited and day <= listed.get(c.line, set()):
        listed.setdefault(c.line, set()).update(day)
        return True
    return False


def _days(text: str) -> set[tuple[str, int]]:
    """The calendar days ``text`` names, as (the month's first three letters, the day)."""
    return {(m.group(0).lstrip()[:3].lower(), int(m.group(1))) for m in CALENDAR_DAY.finditer(text)}


def _another_day(c: Claim, per: Mapping[str, Sequence[Claim]]) -> bool:
    """A figure below the lead whose time is a calendar day a sentence before it in its
    paragraph named ('On May 9, police were called to a quarrel ... The report says nobody
    was hurt': extract/quantities.py ``_Frames``), where the sentences of the killed, hurt
    and shot figures the source has kept so far name one or two calendar days and that day
    is two weeks or more before each (``EPISODE_DAYS``): an earlier episode the page
    recalls (a dispute a month before, a past case), not the event. Where the source names
    no day of its own figures nothing is set aside: the day may be the event's; nor where
    they name more than two days (a list of dated cases), nor for a day after them or within
    two weeks (a gva-dev check: the event's own day against a day or two later, a death
    dated a few weeks after the report's other dates). (Session 29,
    fix41, from careful reading round 37.)"""
    if c.line <= LEAD_LINES or c.scope is None or not c.scope.time or not c.scope.time_inherited:
        return False
    day = _days(c.scope.time)
    if not day:
        return False
    kept = {d for m in ("killed", "injured", "shot") for k in per.get(m, ())
            for d in _days(k.sentence + " " + _own_time(k))}
    if not 0 < len(kept) <= 2:
        return False  # no day of the event's own, or a list of dated cases
    return all(_day_of_year(d) <= _day_of_year(k) - EPISODE_DAYS for d in day for k in kept)


#: how many days before every day the source tells its figures on a dated paragraph must be
#: to be an earlier episode (a court date or a report's day comes after the event; the
#: event's own day may be told a day or two off its night)
EPISODE_DAYS = 14


def _day_of_year(d: tuple[str, int]) -> int:
    """A (month, day) as days from the start of a year, months taken as 31 days each (the
    months of data/facts.json ``weekday_date``, by their first three letters)."""
    return [m[:3] for m in load("facts")["weekday_date"]["months"]].index(d[0]) * 31 + d[1]


@cache
def _cue_words(key: str, against: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return any_of(wordseq("accounts", key)), any_of(wordseq("accounts", key, against))


def _tells_instead(c: Claim, key: str, against: str, sentence: str | None = None) -> bool:
    """The claim's sentence (or ``sentence``, read in its place) has one of data/accounts.json
    ``key``'s words and none of its ``against`` words."""
    cue, contra = _cue_words(key, against)
    said = c.sentence if sentence is None else sentence
    return bool(cue.search(said)) and not contra.search(said)


def _not_gunfire(c: Claim) -> bool:
    """An injury count whose sentence tells a cause other than gunfire and no gunfire
    (data/accounts.json ``not_gunfire``): 'two people suffering from stab wounds', 'the
    car rammed the cruiser, injuring two officers'."""
    return _tells_instead(c, "not_gunfire", "gunfire")


def _dead_on_the_road(c: Claim) -> bool:
    """A death count whose sentence tells a traffic death and no gunfire (data/accounts.json
    ``dead_not_gunfire``, and none of the words of ``gunfire`` either): 'the driver killed in
    a crash on Route 9', most often a teaser of another story above the page's body; not 'a
    man was gunned down and his car crashed into a house'. The shooting named only as the death's
    time ('died in a car crash shortly after the shooting': ``time_of_shooting``) is no gunfire of it
    (session 59, careful reading round 97)."""
    said = _time_of_shooting().sub(" ", c.sentence or "")
    return _tells_instead(c, "dead_not_gunfire", "gunfire", said) and not _gunfire().search(said)


@cache
def _time_of_shooting() -> re.Pattern[str]:
    """The shooting named as a time ('shortly after the shooting': data/accounts.json
    ``dead_not_gunfire`` ``time_of_shooting``), for :func:`_dead_on_the_road`."""
    return re.compile(load("accounts")["dead_not_gunfire"]["time_of_shooting"], re.I)


#: the reason of a casualty count the page tells was given earlier and revised
SUPERSEDED = "a superseded count"


def superseded(c: Claim) -> bool:
    """A count the page tells was given earlier and then revised, in the same sentence
    (data/accounts.json ``superseded_count``: 'had earlier put the death toll at 14 but revised
    it'); not the revised count ('... but later said two'), which has a revision word between
    the earlier giving and itself."""
    before = before_words(c)
    told = list(_cue("superseded_count", "before").finditer(before))
    if not told or _cue("superseded_count", "after").search(before[told[-1].end():]):
        return False
    return bool(_cue("superseded_count", "after").search(after_words(c)))


def _counterfactual(c: Claim) -> bool:
    """A count just after a modal of the past and at most three words (data/accounts.json
    ``counterfactual_count``: 'could have ended in numerous injuries'): what might have
    happened, not what did."""
    return bool(_cue("counterfactual_count").search(before_words(c)))


def _hurt_otherwise(claims: Sequence[Claim]) -> frozenset[str]:
    """The injury counts whose own sentence tells no cause, where the nearest sentence
    before them that tells one tells a cause other than gunfire and no gunfire
    (data/accounts.json ``not_gunfire``: its words, and its ``gunfire`` words with those of
    ``hurt_otherwise``: 'returned fire', 'the wounded officer'): 'Two men
    were stabbed inside the house. One suffered critical injuries.' The hurt are the
    stabbing's (or the car's, the crash's), not the shooting's, as :func:`_not_gunfire`
    reads them in a sentence of their own. The sentences looked at are those of the
    source's claims, in their order. (Session 32, inj48: written from gva-dev's even half,
    a page where two people stabbed were then told hurt one by one; on the odd half two
    pages where a car ran over the people later told hurt.) A count of the same number and
    noun as one so hurt before it, however far on, is the same people (session 59)."""
    cue, fire = _cue_words("not_gunfire", "gunfire")
    shots = any_of(wordseq("accounts", "hurt_otherwise"))

    def contra(s: str) -> bool:  # gunfire told, or people hurt by it ('the wounded officer')
        return bool(fire.search(s) or shots.search(s))
    told: dict[tuple[int, str], int] = {}  # each sentence that yields a claim, at its first claim
    for c in claims:
        key = (c.line, c.sentence or "")
        told[key] = min(told.get(key, c.start), c.start)
    order = sorted((at, key) for key, at in told.items())
    ats = [at for at, _key in order]
    out = set()
    for c in claims:
        if c.kind != "quantity" or c.measure != "injured" or cue.search(c.sentence) or contra(c.sentence):
            continue
        own = (c.line, c.sentence or "")
        for i in range(bisect.bisect_left(ats, c.start) - 1, -1, -1):  # the sentences told before it, nearest first
            key = order[i][1]
            if key == own:
                continue
            if contra(key[1]):
                break  # the nearest cause told is gunfire
            if cue.search(key[1]):
                out.add(c.id)
                break
    # the same people told hurt again further on ('the driver drove into the detectives' cars,
    # injuring two police detectives' ... 'The two police detectives who were injured were treated
    # and released'): a count of the same number and words as one hurt otherwise before it
    # (session 59, careful reading round 95)
    otherwise = [o for o in claims if o.kind == "quantity" and o.measure == "injured" and o.noun
                 and (o.id in out or cue.search(o.sentence) and not contra(o.sentence))]
    out.update(c.id for c in claims if c.kind == "quantity" and c.measure == "injured" and c.noun
               and not contra(c.sentence) and any(
                   o.start < c.start and o.value == c.value and o.noun == c.noun for o in otherwise))
    return frozenset(out)


def _wounds_counted(c: Claim) -> bool:
    """A count of the hurt told by a word alone whose noun is one of wounds, someone's
    (data/accounts.json ``wound_nouns``: 'had', 'with' just before it): 'both victims had
    multiple injuries' counts a victim's wounds, not the people hurt (who may all be dead);
    'the attack caused several injuries' may count people, and stays."""
    noun = _WORD.findall((c.noun or "").lower())
    before = _WORD.findall(before_words(c).lower())
    return (toll_kind(c) == "vague" and bool(noun) and noun[-1] in wordset("accounts", "wound_nouns")
            and bool(before) and before[-1] in wordset("accounts", "wound_nouns", "had"))


@cache
def _death_words() -> re.Pattern[str]:
    return any_of(wordseq("accounts", "dead_described"))


def _dead_described(c: Claim) -> bool:
    """A count of the hurt made of 'both' in a sentence that tells a death (data/accounts.json
    ``dead_described``): 'Both were driven to a clinic and pronounced dead there'
    describes the dead, and is no count of the wounded."""
    return (c.hedge or "") == "both" and bool(_death_words().search(c.sentence))


def _died_in_own_clause(c: Claim) -> bool:
    """A figure of the hurt whose own clause goes on to tell them dead (data/accounts.json
    ``died_in_own_clause``): 'The two men were driven to Mercy Hospital, where they later
    died' describes the dead, and is no count of the wounded."""
    return bool(_cue("died_in_own_clause").match(after_words(c)))


def _fled(c: Claim) -> bool:
    """A displaced count whose sentence tells people fleeing a scene and no displacement
    (data/accounts.json ``fled_not_displaced``): 'four men fled the scene'."""
    return _tells_instead(c, "fled_not_displaced", "displaced")


def _place_words(c: Claim) -> set[str]:
    """The distinctive words of the claim's own place (an inherited one says nothing)."""
    sc = c.scope
    if sc is None or not sc.place or sc.place_inherited:
        return set()
    if _not_scene(sc.place):
        return set()  # 'died at Mercy Hospital': where the wounded were taken, not another scene
    if _taken_there(c, sc.place):
        return set()  # 'are hospitalized in Jackson': where the hurt were taken
    if _outlet_town(c, sc.place):
        return set()  # '9News in Denver reported ...': the outlet's city (session 73)
    if _INITIALISM.fullmatch(sc.place.strip()) and sc.place.strip().lower().endswith(
            wordseq("accounts", "place_not_scene", "initialism_endings")):
        return set()  # 'RPD', 'MSP': a police agency by its initials
    words = set(_WORD.findall(sc.place.lower()))
    return {w for w in words if w not in wordset("accounts", "place_stop") and len(w) > 2}


def _not_scene(place: str) -> bool:
    """Whether ``place`` has a word of a place of care, custody or office (data/accounts.json
    ``place_not_scene``: 'Mercy Hospital', 'the Greene County Jail')."""
    return bool(set(_WORD.findall(place.lower())) & wordset("accounts", "place_not_scene"))


def _outlet_town(c: Claim, place: str) -> bool:
    """Whether the claim's sentence names ``place`` right after a news outlet and 'in' ('9News in
    Denver reported': data/accounts.json ``place_not_scene`` ``outlet_before``)."""
    return _said_before(c, place, _cue("place_not_scene", "outlet_before"))


def _said_before(c: Claim, place: str, words: re.Pattern[str]) -> bool:
    """Whether ``words`` match the claim's sentence before its first mention of ``place``
    (none where the sentence does not name it, or opens with it)."""
    at = (c.sentence or "").find(place)
    return at > 0 and bool(words.search(c.sentence[:at]))


def _taken_there(c: Claim, place: str) -> bool:
    """Whether the claim's sentence names ``place`` within four words after a word of care
    (data/accounts.json ``place_not_scene`` ``care_before``: 'are hospitalized in Jackson')."""
    at = (c.sentence or "").find(place)
    if at < 0:
        return False
    before = _WORD.findall((c.sentence or "")[:at].lower())[-5:]
    return bool(set(before) & wordset("accounts", "place_not_scene", "care_before"))


def _toll(measure: str, cs: Sequence[Claim]) -> Toll:
    """The first figure the source gives for the measure, as a reader meets it: the
    headline's, else the body's first; one person mentioned dead ('the slain teen', at
    least 1) where the source mentions no one else dead is one (still a part when
    compared: :func:`toll_kind` says 'named'). (Narrowing a lower bound by a later, closer
    figure of the same source, or preferring a later stated count to a first person
    mentioned (also to an open 'the slain man', at least 1), were tried and read worse
    on both halves of gva-dev.)"""
    first = _stated_total_over_named(
        _stated_over_shot_one(_stated_over_group(measure, _past_suicide(measure, cs), cs), cs), cs)
    same = [c.id for c in cs if c is not first and c.value == first.value]
    value = first.value
    if (measure == "killed" and value.high is None and value.low == 1
            and all(toll_kind(c) == "named" and c.value.low == 1 and c.value.nominal == 1 for c in cs)):
        # 'the slain teen' where the source mentions no one else dead or hurt: one
        value = Interval(1, 1, 1)
    elif measure == "killed" and value.high is None and value.low == 1 and _one_death_told(cs):
        # 'a teen's fatal shooting' and 'Coleman later died': the one death the page tells
        value = Interval(1, 1, 1)
    terms: tuple[Term, ...] = ()
    if measure == "arrested" and value.is_point and _others(first):
        # 'He and two other men were charged': the others beside one already counted
        terms = (_term(first.text, value.lo, "others"), Term("", 1, "more"))
        value = Interval(value.lo + 1, value.lo + 1, value.lo + 1)
    elif measure == "arrested" and value.is_point and value.lo and _more(first):
        # 'Three more suspects arrested': those added to one or more held before, however many
        terms = (_term(first.text, value.lo, "more"), Term("", 1, "held before, at least"))
        value = Interval(value.lo + 1, value.lo + 1, None)
    if measure == "injured" and (first.hedge or "") == "both" and value.is_point:
        # 'Both sisters are recovering' told first of anyone hurt: two people the source
        # speaks of again, a part of those hurt as often as all of them (session tolls26,
        # written on gva-dev's even half, where four articles gained; the odd half and
        # gva-more have no injured toll told first by 'both')
        value = Interval(value.nominal, value.low, None)
    if _gunman_apart(measure, first, cs):
        # 'three dead' and, apart, 'the gunman then killed himself': whether the count
        # holds him the text does not say
        value = Interval(None, value.lo, value.lo + 1)
    return Toll(measure=measure, value=value, how=toll_kind(first), claims=(first.id, *same),
                text=" ".join(first.text.split()), terms=terms)


def _one_death_told(cs: Sequence[Claim]) -> bool:
    """Every death figure of the source is one, open or closed ('fatal shooting', at least 1; 'a
    student gunned down', named), not a hedge written out ('at least one'), and exactly one of them
    is a single person told dead ('Coleman later died': closed, ``singular``), or, where none is, a
    count of one ('it has been confirmed that one is dead', 'One of them ... died': closed, stated):
    the page tells one death. Not two people told dead one by one ('shot and killed Linscomb' and, of the gunman police
    shot, 'He died': 567614). (Session 75, careful reading round 374: 778389, a page's killed shown
    as 'at least 1' from its headline's 'fatal shooting' beside the one man it tells died; the count
    of one, session 76, careful reading round 386: 716641, 479757, a headline's 'victim' and a lead's
    'A man' over it.)"""
    return (all(c.value.low == 1 and c.value.high in (1, None) and not c.text.lower().startswith("at least")
                for c in cs)
            and (sum(c.value.is_point and (c.hedge or "") == "singular" for c in cs) == 1
                 or not any((c.hedge or "") == "singular" for c in cs)
                 and sum(c.value.is_point and toll_kind(c) == "stated" for c in cs) == 1))


def _stated_total_over_named(first: Claim, cs: Sequence[Claim]) -> Claim:
    """One person mentioned ('Wilson was critically injured', ``named``, 1) met before a later
    stated count of two or more in a sentence opened as the source's total (data/accounts.json
    ``total_openers``: 'In total, ... six others were injured'): the count. Not a roundup's.
    (Session 59, careful reading round 95.)"""
    if toll_kind(first) != "named" or first.value.lo != 1:
        return first
    openers = tuple(wordseq("accounts", "total_openers"))
    return next((c for c in cs if toll_kind(c) == "stated" and c.value.is_point and (c.value.lo or 0) > 1
                 and c.start > first.start and not is_roundup(c)
                 and (c.sentence or "").lower().lstrip().startswith(openers)), first)


def _stated_over_shot_one(first: Claim, cs: Sequence[Claim]) -> Claim:
    """One person told shot, counted as wounded in a text that reports no death ('shot him
    twice', :func:`shot_none_dead`), met before a later stated count of everyone wounded,
    opened by a word of data/accounts.json ``shot_one_total`` ('All five were taken to
    hospital'): the count, not the one. A bare later count may be a part beside the one
    ('Three teenagers were wounded' beside an older man) and is not read; nor a roundup's
    (:func:`is_roundup`). (Session 34, evt51, careful reading round 51, written from the
    even half: a page whose video caption of another case was set aside read its wounded
    as a quoted 'him'.)"""
    if not (first.hedge or "").startswith(NONE_DEAD) or toll_kind(first) != "named":
        return first
    total = wordset("accounts", "shot_one_total")
    return next((c for c in cs if toll_kind(c) == "stated" and c.value.is_point and (c.value.lo or 0) > 1
                 and c.start > first.start and not is_roundup(c)
                 and _WORD.findall(before_words(c).lower())[-1:] in ([w] for w in total)), first)


def _group_limited(c: Claim) -> bool:
    """The figure counts one group of the people hit: police ('11 officers were shot',
    the claim's group) or bystanders, civilians (its noun): data/accounts.json ``group_limited``."""
    return c.group in wordset("accounts", "group_limited", "groups") or bool(
        set(_WORD.findall((c.noun or "").lower())) & wordset("accounts", "group_limited", "nouns"))


def _stated_over_group(measure: str, first: Claim, cs: Sequence[Claim]) -> Claim:
    """The source's first stated count of its wounded (of no one group) in place of
    ``first`` where ``first`` is worked out as a group's people shot less the dead (a photo
    caption's '9 deputies were shot', less four dead, above a body that says the gunman
    hurt six more people): the group is a part of those hit, and the source tells its
    wounded itself (session 20, conf28: the six so worked out was set against another
    outlet's officers and civilians wounded). ``first`` otherwise."""
    if measure != "injured" or _shot_less_killed(first.hedge) is None or not _group_limited(first):
        return first  # (any count worked out with the article's dead was tried: '3 victims with
        # gunshot wounds', stated as wounded, counts the dead child too)
    return next((c for c in cs if toll_kind(c) in ("stated", "sum") and c.value is not None and c.value.is_point
                 and not _group_limited(c)), first)


def _others(c: Claim) -> bool:
    """An arrest count of the others beside one person already counted: 'other' just before
    its figure or opening its noun ('the other eight people', 'seven other suspects';
    data/accounts.json ``arrested_others``)."""
    words = wordset("accounts", "arrested_others")
    noun = _WORD.findall((c.noun or "").lower())
    before = _WORD.findall(before_words(c).lower())
    return bool(noun and noun[0] in words or before and before[-1] in words)


def _more(c: Claim) -> bool:
    """An arrest count of those added to some held before: 'more' or 'additional' right
    after its figure ('Three more suspects arrested', 'police arrested two more men';
    data/accounts.json ``arrested_others`` ``more``)."""
    after = _WORD.findall(after_words(c).lower())
    return bool(after) and after[0] in wordset("accounts", "arrested_others", "more")


def _others_sought(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """An arrest count of the others (:func:`_others`, read as one more by :func:`_toll`) in a
    source that tells a suspect still sought or at large (a custody fact 'sought', or 'none'
    told by 'at large'): the one beside may be that suspect, not held ('Deputies have
    arrested two others; a third man remains at large'), so the count as told (careful
    reading round 44; the reading dates from cd43101)."""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    first = next((c for c in claims if t is not None and c.id == t.claims[0]), None)
    if (first is None or t.how != "stated" or not t.value.is_point or not first.value.is_point
            or t.value.lo != (first.value.lo or 0) + 1 or not _others(first)):
        return tolls
    if not _tells_at_large(claims):
        return tolls
    return tuple(replace(t, value=first.value) if x is t else x for x in tolls)


def _tells_at_large(claims: Iterable[Claim]) -> bool:
    """A source telling a suspect still sought or at large: a custody fact 'sought', or 'none'
    told by 'at large' (for :func:`_others_sought` and :func:`_named_from`)."""
    return any(c.kind == "fact" and c.measure == "custody" and (c.group == "sought" or c.group == "none" and c.cue == "large")
               for c in claims)


@cache
def _gunman_words() -> re.Pattern[str]:
    return any_of(wordseq("accounts", "gunman_in_count"))


def _gunman_apart(measure: str, first: Claim, cs: Sequence[Claim]) -> bool:
    """A stated count of the dead whose sentence does not say the gunman is in it
    (data/accounts.json ``gunman_in_count``: 'murder-suicide', 'including the gunman'),
    in a source that tells his death in another sentence (his suicide, or 'The gunman was
    killed by officers'): the count may leave him out ('left three women dead', then 'he
    killed himself in his car'), or hold him."""
    if measure != "killed" or toll_kind(first) != "stated" or not first.value.is_point or first.value.lo < 1:
        return False
    return _death_told_apart(first, cs)


def _death_told_apart(first: Claim, cs: Sequence[Claim]) -> bool:
    """``first``'s sentence does not say the gunman is in its count (data/accounts.json
    ``gunman_in_count``), and another sentence of ``cs`` tells his death (his suicide, or
    'The gunman was killed by officers'): the count may leave him out."""
    if _gunman_words().search(first.sentence):
        return False
    return any(c.sentence != first.sentence and ((c.hedge or "") == "suicide" or _the_gunman(c)) for c in cs)


def _list_may_leave_out_gunman(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """The dead listed one by one ('a toddler, an adult' found dead, 2) in a source that
    tells the gunman's own death in another sentence ('then turned the gun on himself') and
    no one wounded: the list may leave him out, two to three, as :func:`_gunman_apart`
    reads a stated count. Not where the source counts wounded too: the gunman may be one of
    them told dying later, which a range would hide (a wrong toll conflict on gva-dev's odd
    half). (Session 23, more31, written on gva-more's even half.)"""
    by = {t.measure: t for t in tolls}
    dead = by.get("killed")
    if dead is None or "injured" in by or dead.how != "named" or not dead.value.is_point or dead.value.lo < 2:
        return tolls
    cs = per.get("killed", ())
    first = first_claim(dead, cs)
    if first is None or (first.hedge or "") != "enumeration" or not _death_told_apart(first, cs):
        return tolls
    t = replace(dead, value=Interval(None, dead.value.lo, dead.value.lo + 1))
    return tuple(t if x is dead else x for x in tolls)


def gunman_left_open(t: Toll, cs: Sequence[Claim]) -> bool:
    """A death toll the account widened by one because its count may leave out the gunman
    whose death its source tells apart (:func:`_gunman_apart`,
    :func:`_list_may_leave_out_gunman`, :func:`_gunman_named_apart`: 'Two killed' over 'The
    officers shot and killed the gunman, he said', two to three): its figure's claim (in ``cs``,
    the source's claims for the measure) is one number, its range that number to one more.
    A comparison must not allow for the gunman a second time. A range the words give ('two
    or three killed') is not one."""
    v = t.value
    if t.measure != "killed" or v.nominal is not None or v.low is None or v.high != v.low + 1:
        return False
    first = first_claim(t, cs)
    return first is not None and first.value is not None and first.value.is_point and first.value.lo == v.low


def _the_gunman(c: Claim) -> bool:
    """A death told of the one who did it ('The gunman was killed by officers')."""
    return c.value.nominal == 1 and bool(set(_WORD.findall(c.text.lower())) & wordset("persons", "suspect_nouns"))


def _past_suicide(measure: str, cs: Sequence[Claim]) -> Claim:
    """The claim a killed toll is read from: the first, but where it is the gunman's own
    death alone ('Father kills his sons, then turns the gun on himself', read as 'turns the
    gun on himself', 1) and the lead counts the dead ('Three bodies were found'), that
    count: the killer told first is a part of the toll, never
    all of it. Below the lead, the gunman's death told by a noun ('The lone gunman ... was
    killed') yields to the source's next closed count of two or more anywhere."""
    first = cs[0]
    if measure != "killed":
        return first
    if (first.hedge or "") != "suicide":
        if first.line > LEAD_LINES and _the_gunman(first):
            # 'The lone gunman ... was killed.', then 'Four Marines were killed Thursday by the
            # gunman': below the lead, the gunman's death told first is no count of the dead
            # either; the source's next closed count of two or more is (session 60, careful
            # reading round 102)
            return next((c for c in cs[1:] if _a_count(c) and c.value.is_point and c.value.lo > 1), first)
        return first
    return next((c for c in cs[1:] if c.line <= LEAD_LINES and _a_count(c) and c.value.is_point and c.value.lo > 1),
                first)


def first_claim(t: Toll, cs: Iterable[Claim]) -> Claim | None:
    """The claim among ``cs`` that gives the toll's own figure (its first claim id)."""
    return next((c for c in cs if t.claims and c.id == t.claims[0]), None)


def counted(t: Toll, cs: Sequence[Claim]) -> Toll:
    """The toll as it is compared with other sources' (and read for the event): the
    account's own, but for people mentioned ('the man killed ...', 'Ann and her son')
    or a toll told by a word alone ('a fatal shooting', at least 1; 'men killed', at
    least 2) or by some of the people in a hospital condition ('two more remain in
    grave condition', at least 2: data/accounts.json ``some_of_them``), which are
    part of the account, never its total. Those yield to the
    source's first closed count (stated, summed or derived from counts) that the toll
    allows (a person mentioned alone allows one), in the lead or repeated ('Family
    mourns man killed ...', then 'Seven people died'). The gunman's own death is never
    that count, nor, for some of the people in a condition, a count in a sentence that
    tells some in a condition too ('two are in critical condition and three others were
    treated': another part);
    deaths and injuries only (:data:`SILENT_ZERO`). A count followed in its own
    paragraph by one more person yields to the whole (:func:`_whole_of`); a word with a
    size of its own ('several') to the first count it allows (:func:`_sized_by_count`)."""
    if t.measure not in SILENT_ZERO:
        return t  # people shot are as often told by group ('two men were shot in the leg')
    whole = _whole_of(t, cs)
    if whole is not None:
        return whole
    if t.how == "vague" and t.value.high is not None:
        return _sized_by_count(t, cs) or t
    first = first_claim(t, cs)
    h = (first.hedge or "") if first is not None else ""
    some = wordset("accounts", "some_of_them", "hedges")
    told_some = t.value.high is None and h in some
    if not (t.how == "named" or told_some or t.value.high is None and (h == "at least" or h.startswith("at least (sum"))):
        return t
    parts = {c.sentence for c in cs if (c.hedge or "") in some} if told_some else set()
    counts = [c for c in cs if _a_count(c) and c.value.is_point and t.value.overlaps(c.value) and c.sentence not in parts
              and not _another_year(c)]
    return _lead_or_repeated(t.measure, counts, cs) or t


def _sized_by_count(t: Toll, cs: Sequence[Claim]) -> Toll | None:
    """The source's first closed count that a word with a size of its own, told first,
    allows ('several injured' in a photo caption, 'several' 3 to 9, then 'five others were
    injured' further down): the count says which; None when the source gives none, or
    says the word again in another paragraph (its own reading: 'several injured' in the
    headline and the body, above 'seven others were treated', a part)."""
    if len({c.line for c in cs if c.value == t.value and toll_kind(c) == "vague"}) > 1:
        return None
    c = next((c for c in cs if _a_count(c) and c.value.is_point and t.value.overlaps(c.value)), None)
    if c is None:
        return None
    return Toll(measure=t.measure, value=c.value, how=toll_kind(c),
                claims=(c.id, *(o.id for o in cs if o is not c and o.value == c.value)), text=" ".join(c.text.split()))


def _some_counted(t: Toll, cs: Sequence[Claim]) -> Toll:
    """A toll told first by some of the people in a hospital condition ('3 still in hospital,
    2 critical' in a headline, at least 2: data/accounts.json ``some_of_them``) as the closed
    count it is compared by (:func:`counted`: the lead's '18 people are injured'), so the account
    table tells the figure the findings weigh, not the part. (Session 75, careful reading round
    365: a page's wounded shown as 'at least 2' from its headline's two critical above its lead's
    eighteen.)"""
    first = first_claim(t, cs)
    if t.measure not in SILENT_ZERO or first is None or t.value.high is not None \
            or (first.hedge or "") not in wordset("accounts", "some_of_them", "hedges"):
        return t
    c = counted(t, cs)
    return c if c.value.is_point else t


def _sized_tolls(acc: Account, said: Mapping[str, Sequence[Claim]]) -> Account:
    """The account with each dead or wounded toll told by a word with a size of its own ('Several
    injured' in a headline, 3 to 9) as the first closed count the source gives that the word
    allows ('Three men were hurt'), as it is compared and read for the event
    (:func:`_sized_by_count`): the account table and the findings tell one figure, not '3–9
    (Several)' beside an agreement on 'Three' (look60, issue 13); so is a toll told first by some
    of the people in a condition (:func:`_some_counted`), and people shot worked out as the dead
    and wounded are added again from the figures shown. ``said``: the source's toll claims per
    measure (:func:`toll_claims`)."""
    tolls = tuple(_sized_by_count(t, said.get(t.measure, ())) or t
                  if t.how == "vague" and t.measure in SILENT_ZERO and t.value.high is not None
                  else _some_counted(t, said.get(t.measure, ())) for t in acc.tolls)
    if tolls == acc.tolls:
        return acc
    by = {t.measure: t for t in tolls}
    shot, dead, hurt = by.get("shot"), by.get("killed"), by.get("injured")
    if shot is not None and shot.how == "added":  # the sum again, of the figures now shown
        tolls = tuple(_added(dead, hurt) if t is shot else t for t in tolls)
    # a count worked out from others ('12 shot' less '5 killed') with its figures: '7 (12 shot, 5 killed)', not '7 (12)'
    return replace(acc, tolls=_with_terms(tolls, [c for cs in said.values() for c in cs]))


def _lead_or_repeated(measure: str, counts: Sequence[Claim], cs: Sequence[Claim]) -> Toll | None:
    """The first of ``counts`` given in the lead or repeated, as a toll with every claim of
    the source that gives the same figure: not a figure met once further down (a linked
    story, another case recalled, 'one homicide to the next'); None if there is none."""
    for c in counts:
        if c.line <= LEAD_LINES or sum(o.value == c.value for o in counts) > 1:
            same = [o.id for o in cs if o is not c and o.value == c.value]
            return Toll(measure=measure, value=c.value, how=toll_kind(c), claims=(c.id, *same),
                        text=" ".join(c.text.split()))
    return None


def _whole_of(t: Toll, cs: Sequence[Claim]) -> Toll | None:
    """The source's larger closed count when the toll's count is followed in its own
    paragraph by one more person of the measure ('two teenage girls' found dead, then
    'the father') and the source gives a larger count in the lead or repeated ('Three
    lives were lost'): the first count was a part; None otherwise."""
    first = first_claim(t, cs)
    if t.how not in COUNTS or not t.value.is_point or first is None:
        return None
    if not any(c.line == first.line and c.start > first.end and toll_kind(c) == "named" for c in cs):
        return None
    return _lead_or_repeated(t.measure, [c for c in cs if _a_count(c) and c.value.is_point
                                         and c.value.lo > t.value.hi], cs)


#: the lines of an article's lead (the headline and its opening paragraphs)
LEAD_LINES = 5


def _a_count(c: Claim) -> bool:
    """A figure that counts people: stated (not the gunman's death), summed, or worked
    out from other counts ('6 shot - 2 killed', 'others shot'), not from one person
    said to be shot ('derived: shot, survived')."""
    kind, h = toll_kind(c), c.hedge or ""
    if kind == "derived":
        return bool(_COUNT_DERIVED.match(h))
    return kind in ("stated", "sum") and h != "suicide"


_COUNT_DERIVED = re.compile(r"derived: (?:\d|others)")
#: a day written in full ('April 19, 2016'): as often the event's own, its year is not read
_FULL_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b")


def _another_year(c: Claim) -> bool:
    """A count whose sentence names a year that is not in the figure's own time, outside
    a day written in full: a photo caption of an old case, a tally 'through May 2009'
    (not 'found dead Tuesday, April 19, 2016')."""
    own = set(_YEAR.findall(c.scope.time or "")) if c.scope is not None else set()
    return bool(set(_YEAR.findall(_FULL_DATE.sub(" ", c.sentence))) - own)


def _hit(tolls: tuple[Toll, ...]) -> tuple[Toll, ...]:
    """People shot are at least the dead and the wounded the same source gives: a
    'shot' figure under that sum is a part ('One of the girls was shot in the
    foot'), and the toll becomes the sum (``how`` 'added'), a lower bound when a measure
    is not stated; a word alone ('multiple were shot') beside both counts is their sum
    too; so is an open bound of two or more under the sum ('accused of shooting his wife
    and their daughters', at least three, beside five dead: session 38, tolls56, written
    from gva-dev's even half). An added toll is shown, never compared: it only restates
    the two."""
    by = {t.measure: t for t in tolls}
    shot, dead, hurt = by.get("shot"), by.get("killed"), by.get("injured")
    if shot is None or (dead is None and hurt is None):
        return tolls
    low = sum(t.value.lo for t in (dead, hurt) if t is not None and t.value.low is not None)
    # a word alone ('multiple people were shot') beside counted dead and wounded: the count
    vague = shot.how == "vague" and shot.value.contains(low)
    # an open bound of several under the sum ('shooting his wife and their daughters', at least
    # 3, beside five dead) says less than the sum: read as the sum too (tolls56); not one person
    # mentioned ('a man was shot', at least 1), as often the dead or another case's
    under = shot.value.high is None and 2 <= shot.value.lo < low
    if shot.value.hi >= low and not vague and not under:
        return tolls
    return tuple(_added(dead, hurt) if t is shot else t for t in tolls)


def _added(dead: Toll | None, hurt: Toll | None, given_only: bool = False) -> Toll:
    """People shot as the dead and the wounded added (``how`` 'added'): closed where both are,
    else a lower bound; with ``given_only``, closed where those given are (a measure the source
    does not give read as none, :func:`_shot_told_by_toll`)."""
    low = sum(t.value.lo for t in (dead, hurt) if t is not None and t.value.low is not None)
    given = [t for t in (dead, hurt) if t is not None]
    closed = all(t.value.is_point for t in given) if given_only else \
        dead is not None and hurt is not None and dead.value.is_point and hurt.value.is_point
    return Toll("shot", Interval(low, low, low if closed else None), "added",
                tuple(i for t in (dead, hurt) if t is not None for i in t.claims[:1]),
                " + ".join(f"{t.value.describe()} {t.measure}" for t in (dead, hurt) if t is not None))


def _added_told(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """People shot worked out as the dead and the wounded with no upper bound (:func:`_hit`:
    '≥ 5 (5 injured)', a measure not stated) where the source itself states that very count
    of people shot ('one of five people shot', 'Five people have been shot'): the stated
    count, closed; not a group told again ('the two teens who were shot': a part;
    ``shot_told_whole`` in data/accounts.json). (Session 44, user64, from gva-dev's odd
    half: at least five beside 'one of five people shot'; moves the event's people shot of
    three incidents of the odd half and one of the even, each now the count the page states.)"""
    shot = next((t for t in tolls if t.measure == "shot"), None)
    if shot is None or shot.how != "added" or shot.value.high is not None:
        return tolls
    again = wordset("accounts", "shot_told_whole")
    told = [c for c in per.get("shot", ()) if toll_kind(c) == "stated" and c.value is not None
            and c.value.is_point and c.value.lo == shot.value.lo
            and not (_WORD.findall(before_words(c).lower())[-1:] or [""])[0] in again]
    if not told:
        return tolls
    t = Toll("shot", told[0].value, "stated", tuple(c.id for c in told), " ".join(told[0].text.split()))
    return tuple(t if x is shot else x for x in tolls)


_ARTICLE_DERIVED = re.compile(r"derived: (\d+) shot - (\d+) killed \(article\)")


#: why a death is set aside as another case's, not this event's (:func:`toll_claims`)
ANOTHER_CASE = ("other event", "recalled", "an earlier death", "an earlier death, named again", RECALLED_NAME)
#: why a figure after a phrase of another shooting in its sentence is set aside (:func:`_after_other_shooting`)
OTHER_SHOOTING = "another shooting"


def _deaths_aside(claims: Sequence[Claim], aside: Sequence[tuple[str, str]]) -> set[str]:
    """Why the source's deaths were set aside (:func:`toll_claims`'s reasons)."""
    dead = {c.id for c in claims if c.kind == "quantity" and c.measure == "killed"}
    return {why for i, why in aside if i in dead}


def _none_dead_here(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]], why: set[str]) -> tuple[Toll, ...]:
    """The wounded worked out as the people shot less the article's deaths ('derived: 4 shot
    - 1 killed (article)') in a source whose account keeps no death: every death the article
    tells is set aside as another case's ('Ann Ruiz was killed in May', a roundup, a period),
    so none of the people shot here died, and the wounded are all of them (``how`` 'derived').
    Only where the people shot are a count the sentence states, and every death was set
    aside as another case's (not a roundup's, whose dead may be among its people shot).
    (Session 25, killed34: a recalled killing set aside left 'four shot' read as three
    wounded against another outlet's four, a conflict.)"""
    by = {t.measure: t for t in tolls}
    hurt = by.get("injured")
    if hurt is None or "killed" in by or said.get("killed") or not why or not why <= set(ANOTHER_CASE):
        return tolls  # a roundup's dead may be among its people shot
    first = first_claim(hurt, said.get("injured", ()))
    m = _ARTICLE_DERIVED.fullmatch(first.hedge or "") if first is not None else None
    if m is None or not hurt.value.is_point or not any(
            c.text == first.text and c.sentence == first.sentence and toll_kind(c) == "stated" for c in said.get("shot", ())):
        return tolls  # the people shot a count the sentence states ('Four people were shot'), not a list read as one
    n = int(m.group(1))
    t = replace(hurt, value=Interval(n, n, n), text=f"{hurt.text}, no death here")
    return tuple(t if x is hurt else x for x in tolls)


def _shot_all_hurt(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A source that states a count of people shot ('Four people were shot on Main Street')
    and keeps no death (the page's deaths were another scene's, set aside or cut out with their
    paragraph), whose wounded are only a part of them ('One of the victims is in critical
    condition', at least one): all the people shot lived, so the wounded are all of them
    (``how`` 'derived'), as a page that tells no death at all reads them. Not where the
    extraction already worked the wounded out from the people shot (a death then was among them
    or not, :func:`_none_dead_here`). (Session 56, careful reading round 79, a second reader: a
    page's four shot, one critical and three not, read as at least one wounded because the
    page's next paragraph told the night before's two dead at a party across town.) So is a
    stated count of those taken to a hospital (data/accounts.json ``hospital_part``: 'Three
    others were taken to hospitals', beside one treated at the scene; session 67, round 196)."""
    by = {t.measure: t for t in tolls}
    shot, hurt = by.get("shot"), by.get("injured")
    if shot is None or "killed" in by or said.get("killed") or shot.how != "stated" or not shot.value.is_point \
            or not shot.value.lo or any((c.hedge or "").startswith("derived") for c in said.get("injured", ())):
        return tolls
    n = shot.value.lo
    if hurt is None:
        return tolls  # none hurt told at all: :func:`_shot_none_dead`'s
    first = first_claim(hurt, said.get("injured", ()))
    part = first is not None and (first.hedge == "at least (some of them)" or toll_kind(first) == "stated"
                                  and bool(_cue("hospital_part").search(after_words(first))))
    if not part or (hurt.value.lo or 0) >= n or hurt.value.high is not None and hurt.value.high >= n:
        return tolls
    t = Toll("injured", Interval(n, n, n), "derived", shot.claims, f"{shot.text}, no death here")
    return tuple(x for x in tolls if x is not hurt) + (t,)


def _shot_told_by_toll(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """People shot as the dead and the wounded added (as :func:`_added` does, ``how`` 'added':
    shown, never compared; closed where the tolls are, a measure the source does not give read
    as none) in a source that gives no figure of people shot but tells each toll it
    gives of the dead and the wounded as gunfire's: one of the toll's own claims sits in a
    sentence with a word of data/accounts.json ``gunfire_told`` ('was shot and killed',
    'died of a gunshot wound', 'wounded in the shooting'). Not where a toll it gives is a none,
    a bound from charges, or told with no such word (the wounded may have been hurt otherwise:
    'two were hurt fleeing'). (Session 77, careful readings rounds 398 and 399: the event's
    and the pages' shot rows blank where the pages tell the dead shot.)"""
    by = {t.measure: t for t in tolls}
    if "shot" in by or said.get("shot"):
        return tolls
    told = [by[m] for m in ("killed", "injured") if m in by and by[m].value.hi != 0]  # a none adds nothing
    if not told or any(not t.value.lo or t.how == CHARGED for t in told):
        return tolls
    gunfire = _cue("gunfire_told")
    own = [[c for c in said.get(t.measure, ()) if c.id in t.claims] for t in told]  # each toll's own claims
    if not all(any(gunfire.search(c.sentence or "") for c in cs) for cs in own):
        return tolls
    if any((c.hedge or "").startswith("derived") for cs in own for c in cs):
        return tolls  # a toll worked out from a figure of people shot the page's reading set aside ('two men shot into')
    # the measure the page does not give reads as none here, as the page tells it: 'a man was shot and
    # killed' alone is one person shot (readers called 'at least 1' loose where every victim is told)
    dead, hurt = (next((t for t in told if t.measure == m), None) for m in ("killed", "injured"))
    return (*tolls, _added(dead, hurt, given_only=True))


def _shot_by_someone(c: Claim) -> bool:
    """People counted as shot by someone the sentence tells ('A man shot six people',
    'accused of shooting his wife and three others': a verb of shooting just before the
    count, data/accounts.json ``shooter_verbs``), not people found shot ('Six people
    were shot'), among whom the gunman may be."""
    before = _WORD.findall(before_words(c).lower())
    return bool(before) and before[-1] in wordset("accounts", "shooter_verbs")


def _gunman_not_shot(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """The wounded worked out as the people shot less the source's first death count
    ('derived: 4 shot - 3 killed (article)'), where that count says the gunman is among
    its dead ('3 dead, including the gunman'; data/accounts.json ``gunman_in_count``) and
    the people shot are his victims (told as shot by someone, :func:`_shot_by_someone`):
    he was not one of them, so one fewer of them died ('he shot his wife and three of her
    family' with '3 dead, including the gunman' is two wounded, not one). (Written after
    reading gva-dev's even-half misses, session tolls26: the odd half gained one article,
    gva-more had none to change.)"""
    by = {t.measure: t for t in tolls}
    hurt = by.get("injured")
    first = next((c for c in said.get("injured", ()) if hurt is not None and c.id == hurt.claims[0]), None)
    m = _ARTICLE_DERIVED.fullmatch(first.hedge or "") if first is not None else None
    if m is None or not _shot_by_someone(first):
        return tolls
    n, k = int(m.group(1)), int(m.group(2))
    dead = next((c for c in said.get("killed", ()) if c.value.is_point and c.value.lo == k), None)
    if k < 2 or dead is None or not _gunman_words().search(dead.sentence):
        return tolls  # the death count first given (the one subtracted) must say it holds him
    t = replace(hurt, value=Interval(n - k + 1, n - k + 1, n - k + 1))
    return tuple(t if x is hurt else x for x in tolls)


def _rest_wounded(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A source that counts people shot and its dead, and gives no wounded, has the rest
    wounded: 'one of five people shot' and 'the others were treated', with one dead, is
    four wounded (``how`` 'derived', from the two tolls' claims). Only a counted shot toll
    (stated, summed or worked out) of people (its figure has a noun: not 'shot two or
    three times' read as five) against a closed death toll, counted or one person named,
    told in the lead (a death told further down only may be another's: 'a vigil for a
    man killed last week'); none when the dead are all those shot. (Written after
    reading gva-dev's even-half misses, session tolls23: the odd half gained three
    articles, the even half and gva-more neither gained nor lost; the two guards came
    from the two gva-dev findings the rule first changed for the worse.)"""
    by = {t.measure: t for t in tolls}
    shot, dead = by.get("shot"), by.get("killed")
    if "injured" in by or shot is None or dead is None:
        return tolls
    if shot.how not in COUNTS or dead.how not in HURT_COUNTS or not shot.value.is_point or not dead.value.is_point:
        return tolls
    if not any(c.line <= LEAD_LINES for c in said.get("killed", ()) if c.id in dead.claims):
        return tolls  # a death told further down only may be another's ('a vigil for a man killed last week')
    if not any(c.noun for c in said.get("shot", ()) if c.id == shot.claims[0]):
        return tolls  # a figure with no people to it ('shot two or three times' read as five)
    n = shot.value.lo - dead.value.lo
    if n <= 0:
        return tolls
    t = Toll("injured", Interval(n, n, n), "derived", shot.claims[:1] + dead.claims[:1],
             f"{shot.text} - {dead.text}", _shot_less_dead(shot, dead))
    out = list(tolls)
    out.insert(1, t)
    return tuple(out)


_NAMED_AND_OTHERS = re.compile(r"^([A-Z][\w'-]+) and \w+ others?$")


def _named_dead_and_others(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """'Gunfire struck Ruiz and three others' in a source whose one death is Ruiz's (his
    name in the sentence of a death claim: 'the fatal shooting of Ben Ruiz', 'fired at
    Ruiz, killing him'): the others are the wounded (``how`` 'derived', from the two
    tolls' claims). Only a summed shot toll of a name and a count of others, against a
    death toll of one. (Session 24, kin33.)"""
    by = {t.measure: t for t in tolls}
    shot, dead = by.get("shot"), by.get("killed")
    if "injured" in by or shot is None or dead is None or shot.how != "sum" or not shot.value.is_point:
        return tolls
    if dead.value.low != 1 or dead.value.high not in (1, None):
        return tolls
    m = _NAMED_AND_OTHERS.match(shot.text or "")
    if m is None or not any(m.group(1) in _WORD.findall(c.sentence or "") for c in said.get("killed", ())
                            if c.id in dead.claims or c.value.nominal == 1):
        return tolls
    n = shot.value.lo - 1
    t = Toll("injured", Interval(n, n, n), "derived", shot.claims[:1] + dead.claims[:1], f"{shot.text} - {m.group(1)}",
             (_term(shot.text, shot.value.lo, "shot"), Term(m.group(1), -1, "killed")))
    out = list(tolls)
    out.insert(1, t)
    return tuple(out)


def _shot_one_named_apart(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                          claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A page that tells one person killed and names one other shot, whom its person
    reader calls wounded ('police shot Mr. Olsen in the leg', the dead being his son
    struck by the same round) and tells no wounded toll: the named man shot is one
    wounded (``named``, a lower bound) and the shot toll the two of them. Only where the
    shot claim's name is the last word of a person the reader gives as injured and not
    the killed toll's own words. (Session 31, inj47, careful reading round 44.)"""
    by = {t.measure: t for t in tolls}
    dead, shot = by.get("killed"), by.get("shot")
    if (dead is None or shot is None or "injured" in by or dead.how != "named" or shot.how != "named"
            or dead.value != Interval(1, 1, 1) or shot.value != Interval(1, 1, 1)):
        return tolls
    first = first_claim(shot, per.get("shot", ()))
    words = norm_name(first.text).split() if first is not None else []
    if not words or words == norm_name(dead.text).split():
        return tolls
    fits = [c.outcome for c in claims if c.kind == "person" and c.name and c.sentence == first.sentence
            and set(words) <= set(norm_name(c.name).split())]
    if "injured" not in fits or "killed" in fits:
        return tolls
    two = replace(shot, value=Interval(2, 2, 2), claims=(*shot.claims, *dead.claims[:1]))
    one = Toll("injured", Interval(1, 1, 1), "named", shot.claims[:1], shot.text)
    return (*(two if t is shot else t for t in tolls), one)


#: an indefinite article in a list of people: people told for the first time ('a man and
#: a woman were wounded'), as often another shooting's in a roundup, not those told before
_NEW_PEOPLE = re.compile(r"\b(?:a|an)\b", re.I)


def _hurt_listed_later(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """An injured toll of one person mentioned ('A second man was also wounded', 1) where
    the page later lists the hurt one by one, more of them, told again by definite words
    ('Both the second man and the girl were taken to hospitals', 2: the extractor's
    ``enumeration``; not 'a man and a woman', people new to the page, as often another
    shooting's in a roundup): the list is the toll (``named``, a lower bound), and one
    more where it opens with 'other' ('The other victims, ages 9 and 11'). (Session 31, inj47, careful reading round 44.)"""
    hurt = next((t for t in tolls if t.measure == "injured"), None)
    first = first_claim(hurt, per.get("injured", ())) if hurt is not None else None
    if first is None or hurt.how != "named" or hurt.value != Interval(1, 1, 1):
        return tolls
    listed = [c for c in per.get("injured", ()) if c.start > first.end and c.hedge == "enumeration"
              and c.value.is_point and c.value.lo >= 2 and not _NEW_PEOPLE.search(c.text)]
    if not listed:
        return tolls
    others = wordset("accounts", "arrested_others")
    # 'The other victims, ages 9 and 11': the list leaves out the one told first
    n = max(c.value.lo + any(w in others for w in _WORD.findall(c.text.lower())[:2]) for c in listed)
    t = replace(hurt, value=Interval(n, n, n), claims=(*hurt.claims, *(c.id for c in listed)))
    return tuple(t if x is hurt else x for x in tolls)


def _hurt_in_groups(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A vague injured toll ('several people were hurt') where one paragraph then tells the
    hurt group by group, in sentences of their own, and closes with the others ('Three of
    them were flown to a trauma center. One victim stays in the local hospital. Four others
    were treated and released'): the groups are the hurt told apart, and their sum is the
    toll (``how`` 'sum'). The groups: whole counts of people with no measure of their own or
    told hurt ('one victim', read as at least one, as one), partitives ('three of them') or
    victims by the extractor's group, each the only count of its sentence, with no other
    count of the paragraph between them; the last an injured count of the others
    (data/accounts.json ``hurt_groups``). (Session 32, r45fix, careful reading round 45: a
    vague word set against ten wounded its own page gave apart; on gva-dev it changes that
    page only, none on gva-more.)"""
    hurt = next((t for t in tolls if t.measure == "injured"), None)
    if hurt is None or hurt.how != "vague":
        return tolls
    cue = load("accounts")["hurt_groups"]
    rest = next((c for c in per.get("injured", ()) if c.stated and c.value.is_point and (c.value.lo or 0) >= 1
                 and (_WORD.findall((c.noun or "").lower())[:1] or [""])[0] in cue["others"]), None)
    if rest is None:
        return tolls
    para = sorted((c for c in claims if c.kind == "quantity" and c.line == rest.line and c.start < rest.start),
                  key=lambda c: c.start)
    parts: list[Claim] = []
    for c in reversed(para):  # back from the others to the first group
        v = c.value
        if (c.measure not in (None, "injured") or v is None or v.nominal is None or v.nominal != v.lo or v.lo < 1 or c.unit
                or not c.stated or c.sentence in {p.sentence for p in (*parts, rest)}
                or not (c.group == "victims" or re.match(cue["partitive"], after_words(c), re.I))):
            break
        parts.append(c)
    if not parts or len(parts) != len(para) and para[-len(parts) - 1].sentence in {p.sentence for p in parts}:
        return tolls
    n = int(rest.value.lo + sum(c.value.lo for c in parts))
    text = " + ".join(" ".join(c.text.split()) for c in (*reversed(parts), rest))
    t = Toll("injured", Interval(n, n, n), "sum", (rest.id, *(c.id for c in reversed(parts))), text)
    return _with_toll(tolls, t, hurt)


def _counted_list_head(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                       claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A shot or injured toll read from a list of the people hit whose first item, a group
    the page counted before, the list reader left out ('looking for two cousins' ... 'he
    fired, hitting the cousins, their uncle and a neighbor': the uncle and the neighbor, 2):
    the group's count is added (4). The group: 'the' and a plural just before the list
    (data/accounts.json ``counted_list_head``), and an earlier whole count of two or more
    with that noun and no measure. (Session 32, r45fix, careful reading round 45.)"""
    head = _cue("counted_list_head")
    out = tolls
    for t in tolls:
        first = first_claim(t, per.get(t.measure, ())) if t.measure in ("shot", "injured") else None
        m = head.search(before_words(first)) if first is not None and t.value.is_point else None
        if m is None or not (first.hedge == "enumeration" or (first.hedge or "").startswith("derived")):
            continue
        group = next((q for q in claims if q.kind == "quantity" and q.measure is None and q.start < first.start
                      and (q.noun or "").lower() == m.group(1).lower() and q.value is not None and q.value.is_point
                      and (q.value.lo or 0) >= 2), None)
        if group is not None:
            n = t.value.lo + group.value.lo
            out = _with_toll(out, replace(t, value=Interval(n, n, n), claims=(*t.claims, group.id),
                                          text=f"{' '.join(group.text.split())} {group.noun} + {t.text}"), t)
    return out


def _shot_beside_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """An injured toll of one person mentioned ('a deputy was grazed', 1) whose paragraph also
    tells one person hurt or shot on the other side of the badge, not dead ('The woman he
    shot is in fair condition. The deputy was grazed on the arm'; 'had shot his wife, then
    wounded a deputy'): an officer and a civilian are two people, both hurt (2, ``named``).
    The groups are the extractor's (data/accounts.json ``hurt_beside``: police and victims);
    the other not of a noun any dead the source tells has. (Session 32, r45fix, careful
    reading round 45: a woman shot and an officer grazed read as one hurt, on both pages.)"""
    hurt = next((t for t in tolls if t.measure == "injured"), None)
    first = first_claim(hurt, per.get("injured", ())) if hurt is not None else None
    if first is None or hurt.how != "named" or hurt.value != Interval(1, 1, 1):
        return tolls
    sides = load("accounts")["hurt_beside"]["groups"]
    dead = {(c.noun or "").lower() for c in per.get("killed", ())}
    other = {(c.noun or "").lower() for m in ("injured", "shot") for c in per.get(m, ())
             if c.line == first.line and c.value == Interval(1, 1, 1) and c.noun and c.noun.lower() not in dead
             and {c.group, first.group} == set(sides)}
    if len(other) != 1:
        return tolls
    return _with_toll(tolls, replace(hurt, value=Interval(2, 2, 2), text=f"{hurt.text} + 1 more"), hurt)


def _shot_none_dead(tolls: tuple[Toll, ...]) -> tuple[Toll, ...]:
    """A source that counts people shot and tells no death and no wounded has them all
    wounded: 'multiple victims were shot' with no one dead is at least two wounded (``how``
    'derived', from the shot toll's claim). The extractor does this for an exact count in
    an article with no death; here it also covers a word alone ('multiple', 'several')
    and a count whose article told a death the account set aside (another event, a
    roundup). Not one person mentioned as shot ('a man was shot' beside a death further
    off): as often the one who died. (Written after reading gva-dev's even-half misses,
    session injured27: one article gained on the even half, none changed on the odd
    half, one changed on gva-more and stayed a miss.)"""
    by = {t.measure: t for t in tolls}
    shot = by.get("shot")
    if shot is None or "killed" in by or "injured" in by or shot.how not in (*COUNTS, "vague"):
        return tolls
    return (Toll("injured", shot.value, "derived", shot.claims[:1], f"{shot.text}, no death told"), *tolls)


def _found_shot(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A wounded toll stated as the people found shot ('deputies found four people with
    gunshot wounds': the count just after a verb of finding and before 'with gunshot
    wounds', data/accounts.json ``found_shot``) in a source whose death toll is a closed
    count of fewer, told before it or in the lead: those found shot hold the dead, who had
    gunshot wounds too, and the wounded are the rest (``how`` 'derived', from the two tolls'
    claims). A count of others ('found one man dead and three others with gunshot wounds')
    is not just after the verb, and stays, as does a count whose own sentence tells a
    death ('four people with gunshot wounds and one man dead'), and one where the source
    tells the gunman's death apart from its death count (:func:`_death_told_apart`),
    which may leave him out.
    (Session 24, injured32, from a known fault the lead named on gva-dev's odd half: the
    odd half gained one article, the even half and gva-more have none that change.)"""
    by = {t.measure: t for t in tolls}
    hurt, dead = by.get("injured"), by.get("killed")
    if hurt is None or dead is None or hurt.how != "stated" or dead.how not in HURT_COUNTS:
        return tolls
    if not hurt.value.is_point or not dead.value.is_point:
        return tolls
    first = first_claim(hurt, said.get("injured", ()))
    if first is None or not _cue("found_shot", "before").search(before_words(first)) or not _cue(
            "found_shot").match(after_words(first)):
        return tolls
    if not any(c.id in dead.claims and c.line <= max(LEAD_LINES, first.line) for c in said.get("killed", ())):
        return tolls  # a death told further down only may be another's
    if any(c.sentence == first.sentence for c in said.get("killed", ())):
        return tolls  # 'found four people with gunshot wounds and one man dead': the dead apart
    told = first_claim(dead, said.get("killed", ()))
    if told is None or _death_told_apart(told, said.get("killed", ())):
        return tolls  # the gunman's death told apart: the dead found may be one more than counted
    n = hurt.value.lo - dead.value.lo
    if n < 1:
        return tolls
    t = Toll("injured", Interval(n, n, n), "derived", hurt.claims[:1] + dead.claims[:1], f"{hurt.text} - {dead.text}",
             _shot_less_dead(hurt, dead))
    return tuple(t if x is hurt else x for x in tolls)


def _found_all_dead(tolls: tuple[Toll, ...], before: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]
                    ) -> tuple[Toll, ...]:
    """A wounded toll stated as the people found shot (data/accounts.json ``found_shot``, as
    :func:`_found_shot` reads it; or worked out from them there, less the dead counted
    before the killer was) as many as the source's death toll once the killer who
    died is counted in it (``before``: the tolls before :func:`_killer_dead_too` and
    :func:`_killer_summed`; 'Man kills wife and stepdaughter in murder-suicide' over 'found
    three people with gunshot wounds', 2 + 1): every one found shot is dead, and the
    wounded are none (``how`` 'derived'); people shot added up from the two tolls
    (:func:`_hit`) are the dead. :func:`_found_shot` leaves such a toll alone, as the
    gunman's death told apart may make the dead one more than counted. (Session 29,
    r39fix, from careful reading round 39: three found wounded who all died read as three
    wounded.)"""
    by, was = {t.measure: t for t in tolls}, {t.measure: t for t in before}
    hurt, dead = by.get("injured"), by.get("killed")
    if hurt is None or dead is None or dead == was.get("killed") or hurt.how not in ("stated", "derived") \
            or not dead.value.is_point:
        return tolls
    first = first_claim(hurt, said.get("injured", ()))  # the count found shot (a derived toll's first claim too)
    if first is None or not first.value.is_point or first.value.lo != dead.value.lo or not _cue(
            "found_shot", "before").search(before_words(first)) or not _cue("found_shot").match(after_words(first)):
        return tolls
    if not any(c.id in dead.claims and c.line <= max(LEAD_LINES, first.line) for c in said.get("killed", ())):
        return tolls  # a death told further down only may be another's
    none = Toll("injured", Interval(0, 0, 0), "derived", hurt.claims[:1] + dead.claims[:1], f"{hurt.text} - {dead.text}",
                (_term(first.text, first.value.lo, "shot"), _term(dead.text, -dead.value.lo, "killed")))
    shot = by.get("shot")
    hit = shot if shot is None or shot.how != "added" else replace(shot, value=dead.value, claims=dead.claims[:1],
                                                                   text=f"{dead.value.describe()} killed")
    return tuple(none if t is hurt else hit if t is shot else t for t in tolls)


def _deadly_shot(tolls: tuple[Toll, ...], said: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A wounded toll that is all the people shot, as in a source that reports no death,
    where the count's own noun tells a death ('a deadly triple shooting': data/accounts.json
    ``deadly_count``) and no death is counted: at least one of them died, so the wounded
    are none to one fewer than those shot (``how`` stays 'derived'). (Session 24,
    injured32, from the lead's known fault; gva-dev and gva-more have none to change.)"""
    by = {t.measure: t for t in tolls}
    hurt = by.get("injured")
    if hurt is None or "killed" in by or hurt.how != "derived" or not hurt.value.is_point or hurt.value.lo < 2:
        return tolls
    first = next((c for cs in (said.get("injured", ()), said.get("shot", ())) for c in cs if c.id == hurt.claims[0]), None)
    if first is None or not (shot_none_dead(first) or first.measure == "shot"):
        return tolls
    if not set(_WORD.findall((first.noun or "").lower())) & wordset("accounts", "deadly_count"):
        return tolls
    t = replace(hurt, value=Interval(None, 0, hurt.value.lo - 1))
    return tuple(t if x is hurt else x for x in tolls)


#: the hedge of a wounded count the extractor worked out: 'derived: 4 shot - 1 killed (article)',
#: 'derived: 3 injured - 1 who died'
_DERIVED_TERMS = re.compile(r"derived: (\d+) (\w+) - (\d+) (\w+)")


def _shot_less_killed(hedge: str | None) -> tuple[int, int] | None:
    """The people shot and the dead of a wounded count the extractor worked out as the one
    less the other ('derived: 4 shot - 1 killed': (4, 1)); None for any other hedge."""
    m = _DERIVED_TERMS.match(hedge or "")
    return (int(m[1]), int(m[3])) if m and m[2] == "shot" and m[4] == "killed" else None


def _term(words: str, value: float, counts: str) -> Term:
    """A figure a derived toll is worked out from, its words on one line."""
    return Term(" ".join(words.split()), int(value), counts)


def _shot_less_dead(shot: Toll, dead: Toll) -> tuple[Term, ...]:
    """The terms of a wounded toll worked out as one toll's people shot less another's dead."""
    return _term(shot.text, shot.value.lo, "shot"), _term(dead.text, -dead.value.lo, "killed")


def _with_terms(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """The tolls, each one worked out from other figures with them (:attr:`Toll.terms`)
    where they still add up to its value: those an account rule
    gave it, or a wounded count the extractor worked out ('derived: 4 shot - 1 killed':
    4 shot and 1 killed, numbers only; 'derived: 3 injured - 1 who died': 3 hurt and 1
    later died). A toll moved since by another rule ('four, no death here', the gunman
    not among those he shot) keeps its words alone. (look59: the report's renderers
    read the terms, not the toll's text or its claim's hedge.)"""
    by_id = {c.id: c for c in claims}
    out = []
    for t in tolls:
        terms = t.terms
        first = by_id.get(t.claims[0]) if t.claims else None
        m = _DERIVED_TERMS.match(first.hedge or "") if not terms and first is not None else None
        if m is not None and t.how == "derived" and t.measure == "injured":
            counts = ("shot", "killed") if m.group(2) == "shot" else ("hurt", "later died")
            terms = (Term("", int(m.group(1)), counts[0]), Term("", -int(m.group(3)), counts[1]))
        if terms and not (t.value.is_point and t.value.lo == sum(x.value for x in terms)):
            terms = ()
        out.append(t if terms == t.terms else replace(t, terms=terms))
    return tuple(out)


def _named_dead(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A death toll of people told one by one ('the mom', then 'Ann Lee died') under the
    number of one family's members the source names dead: each named death the account
    keeps (a killed figure whose words are a full name) that the person reader also calls
    a victim killed counts once, whatever else refers to the same people; the toll becomes
    that number (still ``named``: a lower bound). Only dead of one surname count
    together: a dead person of another name is as often another story's (a roundup of
    the year's killings, a shooting recalled: five gva-dev sources against one family
    when any two names counted). A wounded toll worked out as people shot less the old death
    toll is worked out again ('3 shot - 1 killed' becomes 1 where two are named dead)."""
    by = {t.measure: t for t in tolls}
    dead = by.get("killed")
    if dead is None or dead.how != "named" or not dead.value.is_point:
        return tolls
    victims = {norm_name(c.name) for c in claims if c.kind == "person" and c.role == "victim"
               and c.outcome == "killed" and c.name and len(c.name.split()) >= 2}
    named: dict[tuple[str, str], Claim] = {}
    for c in per.get("killed", ()):
        w = norm_name(c.text).split()
        if " ".join(w) in victims and c.value is not None and c.value.is_point and c.value.lo == 1:
            # one person per first name's opening letters: 'Dashell' and 'Dashiel', 'Joe'
            # and 'Joseph' are one person written two ways
            named.setdefault((w[0][:2], w[-1]), c)
    family = Counter(last for _first, last in named)
    if not family:
        return tolls
    surname, n = family.most_common(1)[0]
    if n <= dead.value.lo:
        return tolls
    ids = tuple(dict.fromkeys((*dead.claims, *(c.id for (_f, last), c in named.items() if last == surname))))
    out = {"killed": replace(dead, value=Interval(n, n, n), claims=ids)}
    hurt = by.get("injured")
    first = next((c for c in per.get("injured", ()) if hurt is not None and c.id == hurt.claims[0]), None)
    sk = _shot_less_killed(first.hedge) if first is not None and hurt.how == "derived" else None
    if sk and sk[1] == dead.value.lo and hurt.value.is_point and sk[0] - n >= 0:
        k = sk[0] - n
        out["injured"] = replace(hurt, value=Interval(k, k, k), terms=(Term("", sk[0], "shot"), Term("", -n, "killed")))
    return tuple(out.get(t.measure, t) for t in tolls)


#: lines apart that two paragraphs in a row may lie (a blank line between them)
NEXT_PARAGRAPH = 2


def _one_named_dead(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, Claim] | None:
    """The death toll and its first claim where the toll is one person mentioned (``named``,
    exactly 1): what :func:`_named_in_a_row` and :func:`_also_dead` add others to."""
    dead = next((t for t in tolls if t.measure == "killed"), None)
    first = first_claim(dead, per.get("killed", ())) if dead is not None else None
    if first is None or dead.how != "named" or dead.value != Interval(1, 1, 1):
        return None
    return dead, first


def _named_in_a_row(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                    claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A death toll of one person named in full ('Dario Venn, 34, died at the scene')
    followed, in its own paragraph or the next, by others named in full dead ('Colm
    Astley, 19, died later at the hospital'), each a victim killed by the person reader:
    the people named in a row are counted together, whatever their surnames (still
    ``named``: a lower bound). Not a person mentioned first by a word ('The officer', then
    her name: one person), nor names further off (a roundup, a case recalled:
    :func:`_named_dead` counts those of one family only). (Session tolls28, from issue
    13's careful readers.)"""
    got = _one_named_dead(tolls, per)
    if got is None:
        return tolls
    dead, first = got
    cs = per.get("killed", ())
    victims = {norm_name(c.name) for c in claims if c.kind == "person" and c.role == "victim"
               and c.outcome == "killed" and c.name and len(c.name.split()) >= 2}

    def person(c: Claim) -> tuple[str, str] | None:
        w = norm_name(c.text).split()
        return (w[0][:2], w[-1]) if " ".join(w) in victims and c.value == Interval(1, 1, 1) else None
    if person(first) is None:
        return tolls
    row = {person(c): c for c in cs if first.line <= c.line <= first.line + NEXT_PARAGRAPH and person(c)}
    if len(row) <= 1:
        return tolls
    n = len(row)
    t = replace(dead, value=Interval(n, n, n), claims=tuple(dict.fromkeys((*dead.claims, *(c.id for c in row.values())))))
    return tuple(t if x is dead else x for x in tolls)


_LIST_SEP = re.compile(r",?\s+(?:and|&)\s+|,\s*")


def _named_together(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                    claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A death toll of one person mentioned ('Teen killed in bar robbery', 1) where the
    source then names the dead together, each in full, in one list ('a guard fatally shot
    Ann Roe and Ted Lusk'), every name a victim killed by the person reader: the list is
    the toll (still ``named``: a lower bound), as :func:`_named_in_a_row` counts names in
    a row. Not a list of some names only (a name the person reader does not call a victim
    killed: a suspect, a relative who spoke). (Session 28, fixes39, from issue 13's planted
    test: a headline's one teen stood for a story that names both dead.) A suspect read
    killed is one of the dead too, as the registry counts them (session 39, kills57: two
    robbers a guard shot dead, read as suspects, left the toll at the headline's one)."""
    got = _one_named_dead(tolls, per)
    if got is None:
        return tolls
    dead, first = got
    victims = {norm_name(c.name) for c in claims if c.kind == "person" and c.role in ("victim", "suspect")
               and c.outcome == "killed" and c.name and len(c.name.split()) >= 2}

    def all_named(c: Claim) -> bool:
        names = [norm_name(n) for n in _LIST_SEP.split(c.text.strip()) if n.strip()]
        return (len(names) == c.value.lo and all(len(n.split()) >= 2 and n in victims for n in names)
                and len(set(names)) == len(names))
    together = next((c for c in per.get("killed", ()) if c is not first and (c.hedge or "") == "enumeration"
                     and c.value.is_point and c.value.lo > 1 and all_named(c)), None)
    if together is None:
        return tolls
    n = together.value.lo
    t = replace(dead, value=Interval(n, n, n), claims=tuple(dict.fromkeys((*dead.claims, together.id))),
                text=" ".join(together.text.split()))
    return tuple(t if x is dead else x for x in tolls)


def after_words(c: Claim) -> str:
    """The claim's sentence after its own words ('' where they are not found in it)."""
    at = c.sentence.find(c.text)
    return c.sentence[at + len(c.text):] if at >= 0 else ""


def before_words(c: Claim) -> str:
    """The claim's sentence before its own words ('' where they are not found in it)."""
    at = c.sentence.find(c.text)
    return c.sentence[:at] if at >= 0 else ""


@cache
def _cue(key: str, field: str = "pattern") -> re.Pattern[str]:
    """data/accounts.json ``key``'s ``field``, compiled once, case-insensitive (most are
    read for every claim or article)."""
    return re.compile(load("accounts")[key][field], re.I)


def calendar_day() -> re.Pattern[str]:
    """A calendar day or month in a figure's time ('Nov. 2', 'in July': data/accounts.json
    ``earlier_death`` ``calendar``), as the earlier-death rules read it."""
    return _cue("earlier_death", "calendar")


def _one_more_dead(c: Claim, first: Claim) -> bool:
    """A death told after ``first``, in a sentence of its own, as one more than those told
    before it: 'A woman was also killed', 'Also killed was a man, 30' (data/accounts.json
    ``also_dead``)."""
    return (c.start > first.end and c.sentence != first.sentence and c.value.is_point and c.value.lo >= 1
            and (bool(_cue("also_dead").match(after_words(c))) or bool(_cue("also_dead", "before").search(before_words(c)))))


def _also_dead(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A death toll of one person mentioned ('The officer was killed', 1), followed in
    sentences of their own by deaths told as more ('A woman was also killed'): the dead
    told apart are summed (still ``named``: people mentioned one by one, a lower bound).
    A toll told as a count ('Four were killed', then 'Ann Lee was also killed' among them)
    stays. (Session tolls28, from issue 13's careful readers: the dead told by group in
    separate sentences, one group's count kept.)"""
    got = _one_named_dead(tolls, per)
    if got is None:
        return tolls
    dead, first = got
    cs = per.get("killed", ())
    more = {c.sentence: c for c in cs if _one_more_dead(c, first)}
    if not more:
        return tolls
    n = 1 + sum(c.value.lo for c in more.values())
    t = replace(dead, value=Interval(n, n, n), claims=(*dead.claims, *(c.id for c in more.values())))
    return tuple(t if x is dead else x for x in tolls)


def _also_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """An injured toll of one person mentioned ('A teenager was critically injured', 1),
    followed in sentences of their own by someone else told hurt as one more ('A bystander
    was also wounded': data/accounts.json ``also_hurt``, not told of a pronoun, which may
    be the same person): the hurt told apart are summed, as :func:`_also_dead` sums the
    dead. (Session 23, more31, written on gva-more's even half.)"""
    hurt = next((t for t in tolls if t.measure == "injured"), None)
    first = first_claim(hurt, per.get("injured", ())) if hurt is not None else None
    if first is None or hurt.how != "named" or hurt.value != Interval(1, 1, 1):
        return tolls
    more = {c.sentence: c for c in per.get("injured", ())
            if c.start > first.end and c.sentence != first.sentence and c.value.is_point and c.value.lo >= 1
            and _cue("also_hurt").match(after_words(c)) and not _cue("also_hurt", "same_one").fullmatch(c.text.strip())}
    if not more:
        return tolls
    n = 1 + sum(c.value.lo for c in more.values())
    t = replace(hurt, value=Interval(n, n, n), claims=(*hurt.claims, *(c.id for c in more.values())))
    return tuple(t if x is hurt else x for x in tolls)


def _others_also_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """An injured toll of a stated count ('fired shots that killed five officers and injured
    seven others'), followed in the next sentence of its paragraph by another group told hurt
    as more ('Two civilians were also injured': data/accounts.json ``also_hurt``, a count of a
    noun of its own, not a pronoun): the hurt are both groups together (``how`` 'sum'), as
    :func:`_also_hurt` sums one person mentioned and those told after. (Session 56, from gva-dev
    597756's one conflict: seven officers against another outlet's officers and civilians.)"""
    hurt = next((t for t in tolls if t.measure == "injured"), None)
    cs = per.get("injured", ())
    first = first_claim(hurt, cs) if hurt is not None else None
    if first is None or hurt.how != "stated" or not hurt.value.is_point or not hurt.value.lo:
        return tolls
    after = [c for c in cs if c.start > first.end and c.sentence != first.sentence]
    nxt = min(after, key=lambda c: c.start, default=None)
    if nxt is None or nxt.line != first.line or toll_kind(nxt) != "stated" or not nxt.value.is_point \
            or not nxt.value.lo or not nxt.noun or (first.noun or "").lower() == nxt.noun.lower() \
            or not _cue("also_hurt").match(after_words(nxt)) or _cue("also_hurt", "same_one").fullmatch(nxt.text.strip()):
        return tolls
    n = hurt.value.lo + nxt.value.lo
    t = replace(hurt, value=Interval(n, n, n), how="sum", claims=(*hurt.claims, nxt.id),
                text=f"{hurt.text} + {' '.join(nxt.text.split())}")
    return tuple(t if x is hurt else x for x in tolls)


def _number(word: str | None) -> float | None:
    """A figure written in digits or words ('7', 'seven'); None for none."""
    return words_value([word]) if word else None


def _whole_died(c: Claim, first_hurt: Claim, w: float) -> float | None:
    """The wounded a death count tells some of dying later: the figure 'of the seven
    wounded' names (data/accounts.json ``wounded_died``), 0 where it names none ('of the
    wounded'), the two just counted for 'Both later died' told in the paragraph of the
    wounded count; None where the count is no such death."""
    m = _cue("wounded_died").match(after_words(c))
    if m is not None:
        return _number(m.group("whole")) or 0  # 'of the wounded teens': no figure
    if (c.hedge or "") == "both" and w == 2 and c.line == first_hurt.line and c.start > first_hurt.end:
        return w
    return None


def _wounded_named_by(c: Claim, hurt: Claim) -> bool:
    """The wounded count ``hurt`` is the whole that death count ``c`` names in its own words
    ('2 of 5 Pupils Hurt Have Died', a headline's five hurt): told with the deaths,
    not after them."""
    m = _cue("wounded_died").match(after_words(c))
    return m is not None and hurt.sentence == c.sentence and hurt.text in m.group(0)


def _wounded_died(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """Some of the wounded the source has counted, told dying later ('Two of the seven
    wounded later died', 'One of the two students wounded has died': data/accounts.json
    ``wounded_died``): they move from the injured toll to the killed toll (killed + n,
    injured - n), not a count of the dead of its own. Only where the wounded counted is
    the injured toll, told no later than the deaths (the whole the sentence names, when it
    names one, is that toll), and where, if no whole is named, no death was told before
    (a headline that gives the toll after the deaths: '1 dead, 1 hurt'). (Session
    tolls28, from issue 13's careful readers.)"""
    by = {t.measure: t for t in tolls}
    hurt, dead = by.get("injured"), by.get("killed")
    first_hurt = first_claim(hurt, per.get("injured", ())) if hurt is not None else None
    if first_hurt is None or not hurt.value.is_point or hurt.how not in ("stated", "sum", "named"):
        return tolls
    w = hurt.value.lo
    for c in per.get("killed", ()):
        whole = _whole_died(c, first_hurt, w)
        if whole is None or not c.value.is_point or not 1 <= c.value.lo <= w:
            continue
        if first_hurt.start > c.end and not _wounded_named_by(c, first_hurt):
            continue
        first_dead = first_claim(dead, per.get("killed", ())) if dead is not None else None
        earlier = first_dead is not None and first_dead.sentence != c.sentence and first_dead.start < c.start
        if earlier and first_dead.line == 1 and first_dead.value.is_point and first_dead.value.lo <= c.value.lo:
            # the headline tells the same deaths ('Shooting victim dies' over 'One of the two people
            # wounded ... has died'): not one more (review of session 54)
            earlier = False
        if whole not in (0, w) or earlier and whole == 0:
            return tolls
        left = w - c.value.lo
        out = {"injured": replace(hurt, value=Interval(left, left, left), how="derived",
                                  claims=(first_hurt.id, c.id), text=f"{hurt.text} - {c.text}",
                                  terms=(_term(hurt.text, w, "shot"), _term(c.text, -c.value.lo, "killed")))}
        if not earlier or dead.value.is_point:  # an open toll told before ('a fatal shooting') stays
            k = c.value.lo + (dead.value.lo if earlier else 0)
            out["killed"] = Toll("killed", Interval(k, k, k), "sum" if earlier else toll_kind(c),
                                 (*((first_dead.id,) if earlier else ()), c.id), " ".join(c.text.split()))
        if dead is None:
            return (out["killed"], *(out.get(t.measure, t) for t in tolls))
        return tuple(out.get(t.measure, t) for t in tolls)
    return tolls


#: an age written in a casualty figure's words ('90-year-old man', 'an 89 year-old resident')
NOUN_AGE = re.compile(r"\b([a-z0-9]+)[- ]years?[- ]old\b")


def noun_age(c: Claim) -> int | None:
    """The age a figure's words give the one person it counts ('a 3-year-old', 'a 3-year-old
    boy'), None without one."""
    m = NOUN_AGE.search(f"{c.text} {c.noun or ''}".lower()) if c.kind == "quantity" else None
    v = words_value([m.group(1)]) if m else None
    return int(v) if v is not None and v == int(v) else None


def _head(c: Claim) -> str:
    """The last word of a one-person figure's words, lower case and singular ('Teen',
    'the teens' -> 'teen'); '' for none."""
    words = _WORD.findall((c.noun or c.text).lower())
    w = words[-1] if words else ""
    return w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w


def died_after_wound(sentence: str) -> str | None:
    """The words that tell a death came after the wound ('has since succumbed', 'later
    died': data/accounts.json ``hurt_then_died``), None where the sentence has none."""
    m = _cue("hurt_then_died").search(sentence)
    return m.group(0) if m else None


#: the age from which a person is no child or teen ('a 56-year-old' is not 'the child')
ADULT = 20


def _same_one(a: Claim, b: Claim) -> bool:
    """Whether two one-person figures may be one person by their own words: the same age
    where both give one; else the same word ('Teen', 'the teen'), a word for anyone ('the
    victim', 'One person': data/measures.json ``referents``), he or she, or a word for the
    young against a word for a child or a teen ('the boy', 'the teen'); not an adult's age
    against a word for the young."""
    ra, rb = noun_age(a), noun_age(b)
    if ra is not None and rb is not None:
        return ra == rb
    r = lexicon().referents
    anyone = r["generic"] | wordset("accounts", "hurt_then_died", "anyone") | {"old"}  # 'a 17-year-old'
    ha, hb = _head(a), _head(b)
    if not ha or not hb or any(n is not None and n >= ADULT and h in r["young"] | r["child"] | r["teen"]
                               for n, h in ((ra, hb), (rb, ha))):
        return False  # 'a 56-year-old' is not 'a child'
    if ha == hb or ha in anyone or hb in anyone:
        return True
    return any(ha in r[k] and hb in r[k] | r["young"] or hb in r[k] and ha in r[k] | r["young"]
               for k in ("child", "teen"))


def _hurt_then_died(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]], claims: Sequence[Claim]
                    ) -> tuple[tuple[Toll, ...], list[tuple[str, str]]]:
    """One person told hurt and then told dead by the same source ('A teenager is in intensive
    care' ... 'Later: officers say the teenager has since succumbed'):
    the injured toll goes (its claims set aside as 'died later'). Only where a death of one
    person is told as coming after the wound (data/accounts.json ``hurt_then_died``), every
    figure of the dead, the wounded and the shot counts one person and adds no one ('a
    second victim'), the source names at most one victim, and each figure of the wounded
    or the shot is that dead person by its words (:func:`_same_one`): a hurt father and a
    dead child, each one person shot, are two. (Session 22, update30; the lead's rule of
    session 21 that dropped the toll for any one person hurt and dead lost 640899.)"""
    by = {t.measure: t for t in tolls}
    hurt, dead = per.get("injured", ()), per.get("killed", ())
    if "injured" not in by or "killed" not in by or by["killed"].value != Interval(1, 1, 1):
        return tolls, []
    figures = [*hurt, *dead, *per.get("shot", ())]
    other = wordset("accounts", "hurt_then_died", "other")
    if any(c.value.low != 1 or (c.value.high or 1) > 1 or set(_WORD.findall(c.text.lower())) & other
           for c in figures):
        return tolls, []
    if len({c.name for c in claims if c.kind == "person" and c.role == "victim" and c.name}) > 1:
        return tolls, []
    if not any(died_after_wound(c.sentence) for c in dead) or not all(
            _same_one(a, b) for i, a in enumerate(figures) for b in figures[i + 1:]):
        return tolls, []
    return tuple(t for t in tolls if t.measure != "injured"), [(c.id, "died later") for c in hurt]


def _dead_told_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]], died: list[tuple[str, str]]
                    ) -> tuple[tuple[Toll, ...], list[tuple[str, str]]]:
    """A source that tells one death and no one else hurt but by a pronoun or 'the victim'
    ('A man died in a shooting on Elm Street. Medics rushed him to a hospital in critical
    condition'): the one told hurt is the dead one before the death, and the injured toll
    goes (its claims set aside as 'died later'). Only where the death toll is of one person
    (at least one: 'a fatal shooting'), every figure of the wounded is one person told by
    data/accounts.json ``also_hurt`` ``same_one``, one of them told in a grave state
    (``dead_told_hurt``: 'critical'), and no figure of the shot counts more than one.
    (Session 33, acc49, written from gva-dev's even half: a dead man told rushed to a
    hospital in critical condition; without the grave state, a pronoun for a wounded
    friend or the gunman lost as many accounts as it won.)"""
    by = {t.measure: t for t in tolls}
    hurt, dead = by.get("injured"), by.get("killed")
    wounded = per.get("injured", ())
    if hurt is None or dead is None or dead.value.lo != 1 or (dead.value.high or 1) != 1 or not wounded:
        return tolls, died
    one = _cue("also_hurt", "same_one")
    if any(c.value.low != 1 or (c.value.high or 1) != 1 or not one.fullmatch(c.text.strip()) for c in wounded) \
            or any((c.value.high or c.value.low or 0) > 1 for c in per.get("shot", ())) \
            or not any(_cue("dead_told_hurt").search(c.sentence or "") for c in wounded):
        return tolls, died
    return tuple(t for t in tolls if t.measure != "injured"), [*died, *((c.id, "died later") for c in wounded)]


def _dead_among_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                     claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A count of people shot or hurt whose sentence says it takes in one of the page's
    named dead ('Twelve people were shot, including Ruiz', Ruiz told dead: data/accounts.json
    ``dead_among_hurt``), where the tolls read so far count more wounded and dead together than
    that count: the count is everyone hit, so it is the shot toll (``stated``) and the
    wounded are the count less the dead (``derived``). The first such count (a point of two or
    more, no count of others) decides; the dead are the killed toll's nominal count. (Session 50,
    issue 13: careful reading round 70's 664971, odd; on the even half 390774's wounded.)"""
    by = {t.measure: t for t in tolls}
    hurt, dead = by.get("injured"), by.get("killed")
    if hurt is None or dead is None or not hurt.value.is_point or dead.value.nominal is None:
        return tolls
    d = load("accounts")["dead_among_hurt"]
    including, part = _cue("dead_among_hurt"), set(d["part"])
    names = {c.name.split()[-1] for c in claims if c.kind == "person" and c.outcome == "killed" and c.name}
    k = int(dead.value.nominal)
    for c in sorted((*per.get("shot", ()), *per.get("injured", ())), key=lambda c: c.start):
        n = c.value.lo if c.value.is_point and not (c.hedge or "").startswith("derived") else None
        if n is None or n < 2 or n < k or hurt.value.lo + k <= n:  # (not a count worked out: '7 shot' less the dead)
            continue
        if part & set(_WORD.findall(f"{before_words(c)[-30:]} {c.text}".lower())):
            continue  # 'Two others, including Ruiz, were hurt': more beside someone
        m = including.search(after_words(c))
        if not m or not any(w.strip(".,'’") in names for w in m.group(0).split()[1:]):
            continue
        words = " ".join(c.text.split())
        shot = Toll("shot", Interval(n, n, n), "stated", (c.id,), words)
        wounded = Toll("injured", Interval(n - k, n - k, n - k), "derived", (c.id, *dead.claims),
                       f"{words} shot, the dead among them", terms=(Term(words, n, "shot"), Term(dead.text, -k, "killed")))
        return _with_toll(_with_toll(tolls, wounded, hurt), shot, by.get("shot"))
    return tolls


def _named_dead_told_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                          claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A source that gives no figure of the dead, whose wounded are one person told by a
    pronoun or a noun for one ('The boy ... was rushed to a clinic': data/accounts.json
    ``named_dead_told_hurt``), no figure of the shot above one, and one victim the person
    reader names, dead, in the sentence of a wounded figure ('The boy, identified as Kai
    Lee, ...', then 'Lee was pronounced dead'; not a death recalled apart): the
    wounded one is that dead one, and the injured toll becomes a death toll of one
    (``named``, from the wounded figure's claims, in the victim's name). (Session 40,
    scene58, from gva-dev's odd half: a roundup's scene read alone told its dead boy as
    wounded only, and a wrong 'died later' difference followed.)"""
    by = {t.measure: t for t in tolls}
    hurt, wounded, told = by.get("injured"), per.get("injured", ()), by.get("killed")
    if hurt is None or not wounded or hurt.value != Interval(1, 1, 1):
        return tolls
    # (a death toll of that one too: the wounded figure read from a shooting with no death said,
    # 'accidentally shot his friend, Al Moss', then 'Moss died': session 62, careful reading round 129)
    if told is not None and (told.value != Interval(1, 1, 1) or not all(
            (c.hedge or "").startswith("derived") for c in wounded)):
        return tolls
    one = _cue("named_dead_told_hurt")
    if any(c.value.low != 1 or (c.value.high or 1) != 1 or not one.fullmatch(c.text.strip()) for c in wounded) \
            or any((c.value.high or c.value.low or 0) > 1 for c in per.get("shot", ())):
        return tolls
    victims = [c for c in claims if c.kind == "person" and c.role == "victim"]
    if len({c.name for c in victims}) != 1 or any(c.outcome != "killed" for c in victims) \
            or not any(v.name and v.name in (c.sentence or "") for v in victims for c in wounded):
        return tolls
    if told is not None:
        return tuple(t for t in tolls if t.measure != "injured")
    dead = Toll("killed", Interval(1, 1, 1), "named", hurt.claims, victims[0].name or hurt.text)
    return tuple(sorted((*(t for t in tolls if t.measure != "injured"), dead), key=lambda t: TOLL_MEASURES.index(t.measure)))


def _hurt_in_first_report(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]], first_report: int,
                          died: list[tuple[str, str]]) -> tuple[tuple[Toll, ...], list[tuple[str, str]]]:
    """A page that keeps its first report under an update (below a header such as 'ORIGINAL
    STORY:', line ``first_report``) and tells the wounded only there, while the update
    above tells as many dead as that first report counts dead and wounded together ('Teen
    dies a day after shooting' on top, 'a 15-year-old is in critical condition' below):
    the first report's wounded are the update's dead, and the injured toll goes (its
    claims set aside as 'died later'), as between two outlets (:func:`died_later`). Only
    where the death toll is read from above the header, no wounded figure adds someone
    ('a second man'), and the first report counts fewer dead than it: its dead are the
    death figures below the header but those, before its first wounded figure, that
    name again one of the update's dead in the same words or age (a statement the header
    puts before the first report: 'the full release, followed by our original story:'). (Session 29, r39fix, from careful reading round 39: an update page's
    original tail kept a teenager wounded beside his death told on top, so the event read
    0 to 1 dead with no finding.)"""
    by = {t.measure: t for t in tolls}
    hurt, dead = by.get("injured"), by.get("killed")
    wounded = per.get("injured", ())
    if not first_report or hurt is None or dead is None or not hurt.value.is_point or not dead.value.is_point \
            or not wounded or any(c.line <= first_report for c in wounded):
        return tolls, died
    other = wordset("accounts", "hurt_then_died", "other")
    if any(set(_WORD.findall(c.text.lower())) & other for c in wounded):
        return tolls, died  # 'a second man was wounded': someone besides the dead
    kills = per.get("killed", ())
    first_dead = first_claim(dead, kills)
    above = [c for c in kills if c.line < first_report]
    start = min(c.line for c in wounded)

    def the_updates(c: Claim) -> bool:  # a release between the header and the first report: its dead, named again
        return c.line < start and any(c.text == a.text or noun_age(c) is not None and noun_age(c) == noun_age(a)
                                      for a in above)
    then = max((c.value.lo or 0 for c in kills if c.line > first_report and not the_updates(c)), default=0)
    if first_dead is None or first_dead.line >= first_report or not then < dead.value.lo == then + hurt.value.lo:
        return tolls, died
    return tuple(t for t in tolls if t.measure != "injured"), [*died, *((c.id, "died later") for c in wounded)]


def _headline_part(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A death toll read from the headline's count ('Elm Park couple killed in
    mass shooting', 2) where the body never gives that count closed and gives a larger one
    in its lead and again further on ('the deaths of five people' ... 'all five were found
    near the barn'): the headline names some of the people, a part, and the body's count
    is the toll. Not the wounded: a headline's 'one hurt' under the body's two wounded
    counts those left after one died. (Session 29, r39fix, from careful reading round 39:
    a headline's couple read as the toll of a page whose body counts six dead.) The wounded
    too where the headline counts those hospitalized (data/accounts.json
    ``hospitalized_headline``) and the lead states a larger count of the hurt, told once is
    enough ('3 people hospitalized' over 'four people were injured ... the fourth refused
    treatment'; session 56, careful reading round 79)."""
    out = []
    for t in tolls:
        cs = per.get(t.measure, ())
        first = first_claim(t, cs)
        taken = t.measure == "injured" and first is not None and bool(_cue("hospitalized_headline").search(first.text + " " + first.sentence))
        if t.measure != "killed" and not taken or first is None or first.line != 1 or t.how not in COUNTS \
                or not t.value.is_point:
            out.append(t)
            continue
        body = [c for c in cs if c.line > 1 and " ".join(c.sentence.split()) != " ".join(first.sentence.split()) and _a_count(c) and c.value.is_point and not _another_year(c)]
        whole = next((c for c in body if c.line <= LEAD_LINES and c.value.lo > t.value.lo), None)
        if taken:  # the body's first count of the hurt, where it is larger
            whole = next((c for c in body[:1] if c.value.lo > t.value.lo), None)
        if whole is None or not taken and (any(c.value.lo == t.value.lo for c in body) or sum(
                c.value == whole.value for c in body) < 2) or taken and toll_kind(whole) != "stated":
            out.append(t)
            continue
        out.append(Toll(t.measure, whole.value, toll_kind(whole), (whole.id, *(c.id for c in cs if c is not whole
                                                                                 and c.value == whole.value)),
                        " ".join(whole.text.split())))
    return tuple(out)


#: a figure of a group the person is one of ('was one of six people shot'; session 24, kin33)
_ONE_OF = re.compile(r"\bone of (?:the )?$", re.I)


def _lead_sum_over_one(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A toll of one person mentioned first ('Boy, 9, hurt in park shooting', 1) where
    the lead goes on to count more people told one by one ('a woman, a teenager and a boy of
    nine were wounded', 3): the one person is a part of those the lead lists, and the toll is
    their sum (``how`` 'sum'); so is a group the lead says the person is one of ('was one of
    six who were shot', session 24 kin33). Only a list of people (``sum`` hedges) or such a group, not a stated count
    (which may be a part, or another event's: preferring a later stated count read worse,
    see :func:`_toll`). (Session 21, tolls29, from reading round 28.)"""
    out = []
    for t in tolls:
        first = first_claim(t, per.get(t.measure, ())) if t.measure in SILENT_ZERO else None
        if first is None or t.how != "named" or t.value != Interval(1, 1, 1) or first.line > LEAD_LINES:
            out.append(t)
            continue
        more = next((c for c in per[t.measure] if c.line <= LEAD_LINES and c.start > first.start
                     and ((c.hedge or "").startswith("sum: ") or _ONE_OF.search(before_words(c)))
                     and c.value.is_point and c.value.lo > 1), None)
        out.append(t if more is None else Toll(t.measure, more.value, "sum", (more.id, *t.claims),
                                                " ".join(more.text.split())))
    return tuple(out)


def _one_and_others(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A toll of one ('One person in critical condition', 1 or at least 1) whose own sentence
    counts the others of the same measure after it ('..., three others injured'): the one and the
    others, their sum (``how`` 'sum': 4). 'Others' are never the one. (Session 59, from careful
    reading round 94: a Las Vegas page's wounded read as the one in critical condition.)"""
    out = []
    for t in tolls:
        first = first_claim(t, per.get(t.measure, ()))
        others = next((c for c in per.get(t.measure, ()) if first is not None and c.sentence == first.sentence
                       and c.start > first.start and c.value.is_point and (c.value.lo or 0) >= 1
                       and _WORD.findall(c.text.lower())[-1:] == ["others"]), None)
        if first is None or others is None or t.value.lo != 1 or t.value.high not in (1, None):
            out.append(t)
            continue
        n = 1 + int(others.value.lo)
        out.append(Toll(t.measure, Interval(n, n, n), "sum", (first.id, others.id), f"{' '.join(first.text.split())} + "
                        f"{' '.join(others.text.split())}", (_term(first.text, 1, t.measure), _term(others.text, n - 1, "others"))))
    return tuple(out)


def _killer_counted(c: Claim) -> bool:
    """A death count that is the killer's victims in a sentence that tells the killer's
    own death too ('Woman kills daughter in murder-suicide', 'killed three coworkers
    before deputies killed him'): data/accounts.json ``killer_dead``. Not a count whose
    own words hold the killer ('his wife, then himself')."""
    if c.value is None or _gunman_words().search(c.text) or not c.value.is_point or c.value.lo < 1:
        return False
    at = c.sentence.find(c.text)
    # the death told must lie outside the count's own words ('before he was killed by
    # officers' tells the death of the 'he' counted, not of his killer)
    return _victims_counted(c) and any(m.end() <= at or m.start() >= at + len(c.text)
                                 for cue in (_cue("killer_dead"), _cue("killer_dead", "cut_short"))
                                 for m in cue.finditer(c.sentence))


def _multiplied(c: Claim) -> bool:
    """A count read from a word that multiplies the murders of a murder-suicide ('a double
    murder-suicide', 2): data/accounts.json ``killer_dead`` ``multiplied``."""
    return c.value.is_point and c.value.lo > 1 and bool(_cue("killer_dead", "multiplied").match(after_words(c)))


#: the killer a death toll of his victims leaves out, counted in (:func:`_killer_dead_too`)
KILLER_TOO = Term("", 1, "killer")


def _killer_dead_too(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A death toll that counts the victims of a killer its sentence tells dead too counts
    the killer, one more (the registry counts a perpetrator who dies among the killed):
    its first claim, or one of the same figure in the lead, is such a count
    (:func:`_killer_counted`), or its sentence gives the murders of a murder-suicide by a
    word that multiplies ('Girl, 9, slain by stepfather in a double murder-suicide': two
    murders and the suicide, 3, over the one girl). (Session 22, killed30, written on
    gva-dev's even half.)"""
    dead = next((t for t in tolls if t.measure == "killed"), None)
    cs = per.get("killed", ())
    first = first_claim(dead, cs) if dead is not None else None
    if first is None or first.value != dead.value:
        return tolls
    multi = next((c for c in cs if c.sentence == first.sentence and c.line == first.line and _multiplied(c)), None)
    if multi is not None and multi.value.lo >= dead.value.lo:
        n = multi.value.lo + 1
        t = Toll("killed", Interval(n, n, n), toll_kind(multi), (multi.id, *dead.claims), " ".join(multi.text.split()),
                 (_term(multi.text, multi.value.lo, "killed"), KILLER_TOO))
        return tuple(t if x is dead else x for x in tolls)
    same = [c for c in cs if c.id in dead.claims and c.value == first.value and c.line <= LEAD_LINES]
    if not any(_killer_counted(c) for c in (first, *same)):
        return tolls
    n = dead.value.lo + 1
    t = replace(dead, value=Interval(n, n, n), terms=(_term(dead.text, dead.value.lo, "killed"), KILLER_TOO))
    return tuple(t if x is dead else x for x in tolls)


def _killer_sum(c: Claim) -> bool:
    """A count of the dead summed from a killer's victims and his or her own death, told
    last ('shot his brother and a neighbour, then turned the rifle on himself', 2 + 1): data/accounts.json
    ``killer_dead`` ``suicide_last``."""
    return (c.value is not None and c.value.is_point and _SUMMED_ONE_MORE.match(c.hedge or "") is not None
            and bool(_cue("killer_dead", "suicide_last").search(c.text)))


#: a sum whose last part is one person ('sum: 2 + 1')
_SUMMED_ONE_MORE = re.compile(r"sum: \d+(?: \+ \d+)* \+ 1$")


def _killer_summed(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A death toll one short of a count the same source sums from a killer's victims and the
    killer's own death, told anywhere in it ('Man who killed girl had a restraining order
    against him' above 'A man shot a girl dead, then turned the gun on himself', 1 + 1): the
    toll counts the victims, or the killer alone, and is that sum (``how`` 'sum'), once. Not
    a toll whose own words hold the killer ('and then himself'), nor a count in a sentence
    that says the killer is in it ('Two dead in murder-suicide') unless it counts the
    killer's victims (:func:`_killer_counted`'s cues). (Session 23, killed31.)"""
    dead = next((t for t in tolls if t.measure == "killed"), None)
    cs = per.get("killed", ())
    first = first_claim(dead, cs) if dead is not None else None
    if first is None or first.value != dead.value or not dead.value.is_point:
        return tolls  # ('father, children killed in murder-suicide', at least 3, may hold him)
    if _gunman_words().search(first.text) or _killer_sum(first) or (
            _gunman_words().search(first.sentence) and not _victims_counted(first)):
        return tolls
    whole = next((c for c in cs if _killer_sum(c) and c.value.lo == dead.value.lo + 1), None)
    if whole is None:
        return tolls
    t = Toll("killed", whole.value, "sum", (whole.id, *dead.claims), " ".join(whole.text.split()))
    return tuple(t if x is dead else x for x in tolls)


def _victims_counted(c: Claim) -> bool:
    """The count is told as the people someone killed ('Woman kills daughter', 'Girl, 6,
    killed by father', 'Three workers were killed by a man') or as others than someone
    ('a spree that left three others dead'): data/accounts.json ``killer_dead`` ``victims_before``,
    ``victims_after`` and ``others``."""
    after = after_words(c)
    if c.noun and after.lstrip().lower().startswith(c.noun.lower()):
        after = after.lstrip()[len(c.noun):]  # 'Three workers were killed by a man': past the count's noun
    return bool(_cue("killer_dead", "victims_before").search(before_words(c)) or _cue("killer_dead", "victims_after").match(after)
                or (c.noun or "").lower() in wordset("accounts", "killer_dead", "others"))


def _suspects_dead(claims: Iterable[Claim]) -> frozenset[str]:
    """The words after the first name of the people the person reader calls a suspect,
    killed (their surnames, with any suffix: 'Orlov', 'III')."""
    return frozenset(w for c in claims if c.kind == "person" and c.role == "suspect" and c.outcome == "killed"
                     and c.name for w in norm_name(c.name).split()[1:])


def _gunman_named_apart(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]],
                        claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A stated death count whose sentence does not hold the gunman, in a source that tells
    in another sentence the death of someone the person reader calls a suspect, killed, by
    name ('Two men were shot and killed.' ... 'Minutes later, Orr was killed in a shootout
    with deputies.'): the count may leave him out, or hold him; its toll is the count to
    one more, as :func:`_gunman_apart` reads a gunman told by a noun. Not in a source
    that tells someone held for it (a suspect read dead there is as often one of the dead
    of a shootout, shot by the one held). (Session 22, killed30, written on gva-dev's even
    half.)"""
    dead = next((t for t in tolls if t.measure == "killed"), None)
    cs = per.get("killed", ())
    first = first_claim(dead, cs) if dead is not None else None
    if first is None or dead.how != "stated" or not dead.value.is_point or dead.value.lo < 1 or first.value != dead.value:
        return tolls
    suspects = _suspects_dead(claims)
    held = any(t.measure == "arrested" and (t.value.low or 0) >= 1 for t in tolls) or any(
        c.kind == "person" and c.outcome == "arrested" for c in claims)
    if not suspects or held or _gunman_words().search(first.sentence):
        return tolls  # someone held for it: the suspect named dead is as often one of the dead of a shootout
    if not any(c.sentence != first.sentence and c.value.nominal == 1 and norm_name(c.text).split()
               and norm_name(c.text).split()[-1] in suspects for c in cs):
        return tolls
    t = replace(dead, value=Interval(None, dead.value.lo, dead.value.lo + 1))
    return tuple(t if x is dead else x for x in tolls)


def account(source: str, claims: Iterable[Claim], published: date | None = None, first_report: int = 0,
            recalled: Collection[str] = ()) -> Account:
    """One source's account from its claims (copies and off-topic are set by :func:`build`;
    ``first_report``: the line of a header opening the first report kept under an update,
    :attr:`Signature.first_report_from`; ``recalled``: sentences of a recalled killing's arrests
    read from the whole page, before its other scenes' paragraphs were taken out, whose killing
    those paragraphs told)."""
    claims = list(claims)
    per, aside = toll_claims(claims, published)
    tolls = _headline_part(_one_and_others(_lead_sum_over_one(tuple(_toll(m, per[m]) for m in TOLL_MEASURES if per.get(m)), per),
                                           per), per)
    tolls = _ordinal_hurt(_roundup_only(tolls, per, claims, aside), per)
    tolls = _named_together(_named_in_a_row(_named_dead(tolls, per, claims), per, claims), per, claims)
    tolls = _wounded_died(_also_dead(tolls, per), per)
    tolls = _shot_one_named_apart(_hurt_listed_later(_others_also_hurt(_also_hurt(tolls, per), per), per), per, claims)
    tolls = _shot_beside_hurt(_counted_list_head(_hurt_in_groups(tolls, per, claims), per, claims), per)
    tolls, died = _hurt_then_died(tolls, per, claims)
    tolls, died = _hurt_in_first_report(tolls, per, first_report, died)
    tolls, died = _dead_told_hurt(tolls, per, died)
    tolls = _dead_among_hurt(_named_dead_told_hurt(tolls, per, claims), per, claims)
    tolls = _found_shot(_shot_all_hurt(_none_dead_here(tolls, per, _deaths_aside(claims, aside)), per), per)
    tolls = _gunman_not_shot(_added_told(_hit(_deadly_shot(_shot_none_dead(_rest_wounded(
        _named_dead_and_others(tolls, per), per)), per)), per), per)
    tolls = _found_all_dead(_killer_summed(_killer_dead_too(tolls, per), per), tolls, per)
    tolls = _gunman_named_apart(tolls, per, claims)
    tolls = _murder_suicide_dead(_ordinal_dead(_list_may_leave_out_gunman(tolls, per), per), claims)
    tolls = _recalled_arrest(_no_arrest_below_update(_charged_others_sought(_charged_at_large(tolls, claims), claims),
                                                     claims), claims)
    tolls = _charged_then_sentenced(_charged_of_more_held(tolls, claims), claims)
    tolls = _shot_told_by_toll(tolls, per)
    recalled = recalled_arrests(claims) | set(recalled)  # once per source: the held sentences and the custody fact read it
    held, charged = (_held_sentences(claims, published, recalled, g) for g in ("held", "charged"))
    away = _arrests_elsewhere(claims)  # once per source: the held sentences and the held count below read it
    # held as someone's record, or for drugs alone: no arrest of the event
    aside_held = _held_before(claims) | _held_for_drugs(claims)
    aside_held |= _held_recalled(claims)
    # (people taken in while their part is looked into: no arrest, though the custody rows still
    # read them, against a page that tells them let go)
    taken_in = _held_role_open(claims)
    held = [c for c in _held_apart(held, claims, away) if c.id not in aside_held | taken_in]
    charged = [c for c in charged if c.id not in aside_held]
    tolls = _attempts_charged(_held_group(_held_told(_held_by_name(_others_sought(tolls, claims), claims, _named_from(claims, held, charged)), claims, held,
                                                 charged, away), held), claims, published)
    tolls = _named_held_closed(tolls, claims, held, _charged_for_it(charged))
    people = tuple(c.id for c in claims if c.kind == "person")
    facts = _facts(claims)
    # (a count set aside only as naming a recalled case's person is still one of the page's dated cases)
    named = {i for i, why in aside if why == RECALLED_NAME}
    place, place_how, first = _place_of(tolls, per, claims)
    if _lists_dated_cases(per, [c for c in claims if c.id in named]):
        # one case after another: the figures and facts are its cases'
        tolls, facts = _case_bounds(tolls, per), {k: () for k in facts}
    elif first is not None and not facts["addresses"] and first.measure == "address":
        # the block a page placed nowhere else names is its scene's, set against another page's
        # block of the same street (careful reading round 238: 490979, the 2800 block against 2700)
        facts["addresses"] = (first.id,)
    elsewhere = _other_case_words()
    told = {c.id: c.sentence or "" for c in claims}  # another case's arrests (fix43), or none 'in that case' (fix46)
    facts["custody"] = tuple(i for i in facts["custody"] if told.get(i) not in recalled
                             and not elsewhere.search(told.get(i, "")) and i not in aside_held)
    return Account(source=source, tolls=_with_terms(tolls, claims), set_aside=(*aside, *died), people=people,
                   place=place, place_how=place_how,
                   date=published.isoformat() if published else None, **facts)


def _lists_dated_cases(per: Mapping[str, Sequence[Claim]], more: Sequence[Claim] = ()) -> bool:
    """A page that tells one case after another, each on a day of its own (a reporter's
    notebook of a year's court cases, a month of shootings told one by one): the figures it
    keeps of the dead, the hurt, the shot and the arrested name calendar days in at least
    ``months`` months (data/accounts.json ``dated_cases``). Its event is one of its cases,
    and which one the page alone does not say: :func:`account` keeps its dead and hurt as
    bounds (:func:`_case_bounds`) and none of its other tolls or facts (custody, times,
    places, charges: one case's, not the event's). (Session 32, r45fix, careful reading
    round 45: a year's notebook of court cases read as the event's arrests, hurt and shot.)"""
    kept = [*(k for m in ("killed", "injured", "shot", "arrested") for k in per.get(m, ())),
            *(c for c in more if c.measure in ("killed", "injured", "shot", "arrested"))]
    days = {d for k in kept for d in _days(k.sentence + " " + _own_time(k))}
    return len({m for m, _ in days}) >= load("accounts")["dated_cases"]["months"]


def _case_bounds(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """The tolls of a page of dated cases (:func:`_lists_dated_cases`): of the measures in
    data/accounts.json ``dated_cases`` ``bounds`` (the dead, the hurt), none to the most one of
    its figures gives (``how`` 'roundup', as :func:`_roundup_only`: never compared as a
    count); the others dropped."""
    out = []
    for t in tolls:
        top = max((c for c in per.get(t.measure, ()) if c.value.is_point), key=lambda c: c.value.lo, default=None)
        if t.measure in load("accounts")["dated_cases"]["bounds"] and top is not None and top.value.lo >= 1:
            out.append(Toll(t.measure, Interval(None, 0, top.value.lo), "roundup", (top.id,),
                            f"{' '.join(top.text.split())} (one of its cases: at most)"))
    return tuple(out)


@cache
def _ordinals() -> dict[str, int]:
    """Ordinal words from 'second' on and the numbers they say (data/grammar.json ``ordinals``),
    for :func:`_ordinal_dead` and :func:`_one_more_held`."""
    return {w.lower(): n for n, w in enumerate(wordseq("grammar", "ordinals"), start=2)}


@cache
def _ordinal_head() -> re.Pattern[str]:
    """A figure's words opened by an ordinal from 'second' on (data/grammar.json
    ``ordinals``): 'Third victim', 'a second teen'."""
    return re.compile(r"\W*(?:(?:a|an|the)\s+)?(" + "|".join(wordseq("grammar", "ordinals")) + r")\b", re.I)


_DIGIT_ORDINAL = re.compile(r"\W*(?:(?:a|an|the)\s+)?(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def _ordinal_of(c: Claim) -> int | None:
    """The number an ordinal opening a figure's words says, from 'second' (2) on, in words or
    digits ('a fifth victim', 'an 8th teen'); None for none."""
    if m := _ordinal_head().match(c.text):
        return _ordinals()[m[1].lower()]
    m = _DIGIT_ORDINAL.match(c.text)
    return int(m[1]) if m and int(m[1]) >= 2 else None


def _ordinal_hurt(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A wounded toll of one person whose first figure opens with an ordinal ('Police
    now say an 8th teen was injured', 'A fifth victim was found at a hospital'): the source
    tells at least that many hurt, the one it names the last of them; a count that many or
    more in the same sentence or the lead is the toll, else that many or more (``derived``),
    as :func:`_ordinal_dead` reads a death. Not the wounded of a source that tells a death: an
    ordinal counts everyone hit ('One man was killed. A second man was wounded.'). (Session 67,
    careful reading round 199: a page headed by an eighth victim read as one wounded against
    the charges' eight. Not the people shot: their toll is summed from the dead and the wounded
    after this, and an ordinal there, 'The fifth victim, a man of 34, was shot in the leg', left
    the sum open.)"""
    out = []
    dead = any(t.measure == "killed" and (t.value.hi is None or t.value.hi > 0) for t in tolls)
    for t in tolls:
        cs = per.get(t.measure, ())
        first = first_claim(t, cs) if t.measure == "injured" and not dead else None
        n = _ordinal_of(first) if first is not None and first.value is not None and first.value.nominal == 1 else None
        if n is None or t.value.hi >= n:  # (an open toll, 'at least 1', allows that many already)
            out.append(t)
            continue
        more = next((k for k in cs if (k.line <= LEAD_LINES or k.sentence == first.sentence) and k.value is not None
                     and k.value.is_point and (k.value.lo or 0) >= n), None)
        out.append(Toll(t.measure, more.value, toll_kind(more), (more.id,), " ".join(more.text.split()))
                   if more is not None else Toll(t.measure, Interval(n, n, None), "derived", (first.id, *(
                       i for i in t.claims if i != first.id)), f"{' '.join(first.text.split())} (at least {n})"))
    return tuple(out)


def _ordinal_dead(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]]) -> tuple[Toll, ...]:
    """A death told with an ordinal in the headline or lead ('Third victim dies', 'A second
    teen has died', '3rd victim dies', as :func:`_ordinal_of` reads it): the source says at
    least that many are dead, so a death toll below it
    (the one the ordinal names, or the first report's dead named further down) becomes the
    lead's count of that many or more ('Three people were killed'), or else that many or
    more. (Session 30, fix43, from the lead's user look and gva-more: an update page 'Third
    victim dies' read as two dead from its first story below.)"""
    dead = next((t for t in tolls if t.measure == "killed"), None)
    told = [(n, c) for c in per.get("killed", ()) if c.line <= LEAD_LINES
            and c.value is not None and c.value.nominal == 1 and (n := _ordinal_of(c)) is not None]
    if dead is None or not told:
        return tolls
    n, c = max(told, key=lambda x: x[0])
    if dead.value.hi >= n:  # (an open toll, 'at least 1', allows that many already)
        return tolls
    # 'Three people were killed' in the lead, or below it a rise told as one ('The death toll rose
    # to three when ...': the review of session 53, where the page's own count stayed 'at least 3')
    more = next((k for k in per.get("killed", ()) if (k.line <= LEAD_LINES or k.hedge == "update")
                 and k.value is not None and k.value.is_point and (k.value.lo or 0) >= n), None)
    new = Toll("killed", more.value, "stated", (more.id,), more.text) if more is not None else Toll(
        "killed", Interval(n, n, None), "derived", (c.id, *(i for i in dead.claims if i != c.id)),
        f"{c.text} (at least {n})")
    return tuple(new if t is dead else t for t in tolls)


def _murder_suicide_dead(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """A death toll of one person mentioned (``how`` 'named', exactly 1) under a headline
    that tells the event as a murder-suicide ('Farmer shoots neighbour, then himself in
    murder-suicide' over a body that names the neighbour dead, or the farmer alone): a
    murder and a suicide are at least two dead, so the toll is two or more (``how``
    'derived'). Not an attempted murder-suicide, nor one the headline rules out ('not a
    murder-suicide'): data/accounts.json ``murder_suicide_headline``. The headline is read
    from the sentence of the source's line-1 claims. (Session 32, kill48, written on
    gva-dev's odd half.)"""
    dead = next((t for t in tolls if t.measure == "killed"), None)
    if dead is None or dead.how != "named" or dead.value.lo != 1 or dead.value.hi != 1:
        return tolls
    head = next((c.sentence for c in claims if c.line == 1 and c.sentence), "")
    if not _cue("murder_suicide_headline").search(head) or _cue("murder_suicide_headline", "not").search(head):
        return tolls
    return _with_toll(tolls, Toll("killed", Interval(2, 2, None), "derived", dead.claims,
                                  f"{dead.text} (murder-suicide: at least 2)"), dead)


def _roundup_only(tolls: tuple[Toll, ...], per: Mapping[str, Sequence[Claim]], claims: Sequence[Claim],
                  aside: Sequence[tuple[str, str]]) -> tuple[Toll, ...]:
    """A source whose every figure of the dead, the hurt and the shot is a roundup's
    ('Four killed, nine hurt in weekend shootings across the county' over a page that
    tells no shooting of its own): its event is one of the roundup's shootings, so its
    dead are at most the roundup's first count of the dead, and as few as none (``how``
    'roundup', a bound, never compared as a count). Not where the source tells any
    figure of its own (then the roundup is another part of the page). (Session 30,
    killed43: gva-dev's odd half, then checked on the even half and gva-more.)"""
    if any(per.get(m) for m in ("killed", "injured", "shot")):
        return tolls
    why = dict(aside)
    dead = next((c for c in claims if c.kind == "quantity" and c.measure == "killed" and why.get(c.id) == "roundup"
                 and c.value is not None and c.value.is_point and c.value.lo >= 1), None)
    if dead is None:
        return tolls
    return _with_toll(tolls, Toll("killed", Interval(None, 0, dead.value.hi), "roundup", (dead.id,), " ".join(dead.text.split())))


#: how a wounded bound read from attempted-murder charges is made (:func:`_attempts_charged`):
#: the source's account only, compared with no other source and read by the event only
#: where no source gives a wounded figure
CHARGED = "charged"


def _attempts_charged(tolls: tuple[Toll, ...], claims: Sequence[Claim], published: date | None) -> tuple[Toll, ...]:
    """A source that gives no wounded figure and counts charges of attempted murder or of
    assault for the event ('booked on five counts of attempted murder', 'three counts of
    aggravated assault': data/accounts.json ``attempt_charges``): a count for each person
    charged as shot at or attacked and not killed, the wounded and the missed, so its
    wounded are none to that many (the most any suspect faces; ``how`` :data:`CHARGED`).
    Not a charge in a sentence dated to another year (a suspect's record), nor an assault
    'resulting' in death. (Session 30, injB43. Attempted murder written on gva-dev's odd
    half, court and arrest pages telling charges and no wounded: six odd articles gained,
    five with the count the registry gives, one within the bound; the even half, held
    out, one. Assault then written on one even-half page: the odd half gained three, two
    with the registry's count, one within the bound. No article lost; gva-more and every
    gva-dev finding unchanged.)"""
    if any(t.measure == "injured" for t in tolls):
        return tolls
    pat, year = _cue("attempt_charges"), _cue("attempt_charges", "year")
    ns = [c for c in claims if c.kind == "fact" and c.measure == "charges" and _usable(c) and c.value.is_point
          and c.value.lo >= 1 and pat.search(c.text or "")
          and not any(published is None or int(y) != published.year for y in year.findall(c.sentence or ""))]
    if not ns:
        return tolls
    c = max(ns, key=lambda c: c.value.lo)
    n = c.value.lo
    return (*tolls, Toll("injured", Interval(n, 0, n), CHARGED, (c.id,), f"{c.text} (none to {n:g} wounded)"))


def _charge_only(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, set[str]] | None:
    """(the arrested toll, its sentences) where that toll is a stated exact count read only
    from sentences whose custody statements tell a charge and no arrest ('Two men were
    indicted'), for :func:`_charged_of_more_held` and :func:`_charged_then_sentenced`; None
    otherwise."""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is None or t.how != "stated" or not t.value.is_point:
        return None
    said = {c.sentence for c in claims if c.id in t.claims}
    told = {c.group for c in claims if c.kind == "fact" and c.measure == "custody" and c.sentence in said}
    return (t, said) if told == {"charged"} else None


def _charged_of_more_held(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """An arrested count read only from sentences that tell a charge and no arrest ('Two men
    were indicted'), in a source that names more suspects arrested or charged than that count
    ('a third man was arrested last week'): the charged are some of those held, and the
    arrests are at least the suspects named (careful reading round 40: two indicted read as a
    page's arrests where it tells more arrested, set against another page's count)."""
    if (got := _charge_only(tolls, claims)) is None:
        return tolls
    t, said = got
    held = {c.name for c in claims if c.kind == "person" and c.role == "suspect" and c.outcome == "arrested" and c.name}
    held -= _charged_in_a_recalled_killing(claims)
    if len(held) <= (t.value.lo or 0):
        return _one_more_held(tolls, t, said, claims)
    new = Toll("arrested", Interval(len(held), len(held), None), "named", t.claims,
               f"{len(held)} suspects named held ({t.text} charged)")
    return tuple(new if x is t else x for x in tolls)


def _charged_in_a_recalled_killing(claims: Sequence[Claim]) -> set[str]:
    """The names of suspects told held only in sentences of a recalled killing's arrests
    (:func:`recalled_arrests`: 'Another woman is also charged with murdering the witness',
    below a killing the page recalls): that case's suspects, not more held for the event.
    (Session 41, tolls59, written from gva-dev's even half, careful reading round 58: a page
    on two men indicted counted a third suspect charged in a linked killing among the held.)"""
    recalled = recalled_arrests(claims)
    if not recalled:
        return set()
    own = {c.name for c in claims if c.kind == "person" and c.name and c.sentence not in recalled}
    return {c.name for c in claims if c.kind == "person" and c.name and c.sentence in recalled and c.name not in own}


def _charged_then_sentenced(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """An arrested count read only from sentences that tell a charge and no arrest ('Two
    cousins were charged with murder'), in a source that tells a verdict or a sentence (a
    custody fact 'guilty': 'pleaded guilty', 'were sentenced in the killing of'; not 'if found
    guilty', nor a verdict of someone's past):
    the page follows those it tells sentenced, some of the charged, and is silent on the
    rest, so the toll is that count or more (careful reading round 41: a sentencing page's
    two brothers charged read as two arrested against three charged elsewhere)."""
    got = _charge_only(tolls, claims)
    if got is None or (got[0].value.lo or 0) < 1 or not any(
            c.kind == "fact" and c.measure == "custody" and c.group == "guilty" for c in claims):
        return tolls
    t = got[0]
    new = Toll("arrested", Interval(t.value.nominal, t.value.low, None), t.how, t.claims,
               f"{t.text} charged, and sentenced of them")
    return tuple(new if x is t else x for x in tolls)


def _one_more_held(tolls: tuple[Toll, ...], t: Toll, said: set[str], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """An arrested count read only from sentences that tell a charge ('a grand jury indicted
    three men'), in a source that tells one more of them held by an ordinal above that
    count in another sentence ('A fourth man was arrested Tuesday': a custody fact hedged
    'more', data/grammar.json ``ordinals``): the arrests are at least that ordinal (careful reading
    round 42: four indicted read as a page's arrests where it tells a fifth arrested, set against
    another page's five). 'The second suspect' of two charged is one of them: no change."""
    ords = _ordinals()
    more = [(n, c) for c in claims if held_fact(c) and c.hedge == "more" and c.sentence not in said
            for n in [max((ords[w] for w in re.findall(r"[a-z]+", c.sentence.lower()) if w in ords), default=0)]
            if n > (t.value.lo or 0)]
    if not more:
        return tolls
    n, c = max(more, key=lambda x: x[0])
    new = Toll("arrested", Interval(n, n, None), "derived", (*t.claims, c.id), f"{t.text} charged, one more held: at least {n}")
    return tuple(new if x is t else x for x in tolls)


def warrant_sought(c: Claim) -> bool:
    """A custody fact read from a warrant out for someone's arrest ('A warrant has been issued
    for Ray Vance's arrest': status 'sought', data/facts.json custody): that person is not held."""
    return c.kind == "fact" and c.measure == "custody" and c.group == "sought" and "warrant" in c.text.lower()


def _charged_at_large(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """An arrested count read from a sentence that tells a charge and no arrest ('the
    prosecutor charged three men'), in a source that says suspects it names among the
    charged are at large ('Jones is at large', or a warrant out for their arrest): those are not
    held, and the count is the charged less them (careful reading round 34: three charged, the
    third at large, read as three arrested; round 78: a warrant issued for one of two charged)."""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is None or t.how != "stated" or not t.value.is_point or (t.value.lo or 0) < 2:
        return tolls
    custody = [c for c in claims if c.kind == "fact" and c.measure == "custody" and c.sentence]
    first = next((c for c in claims if c.id == t.claims[0]), None)
    told = {c.group for c in custody if first is not None and c.sentence == first.sentence}
    if "charged" not in told or "held" in told:
        return tolls

    def names(n: str, c: Claim) -> bool:
        return re.search(rf"\b{re.escape(n)}\b", c.sentence or "") is not None
    surnames = {c.name.split()[-1] for c in claims if c.kind == "person" and c.role == "suspect" and c.name}
    charged = {n for n in surnames for c in custody if c.group == "charged" and names(n, c)}
    away = [c for c in custody if c.group == "none" and "large" in c.text.lower() or warrant_sought(c)]
    free = {n for n in charged for c in away if names(n, c)}
    if every := _all_at_large(custody, {c.sentence for c in claims if c.id in t.claims}):
        return tuple(Toll("arrested", Interval(0, 0, 0), "derived", (*t.claims, every.id),
                          f"{t.text} charged, all at large") if x is t else x for x in tolls)
    if not free or len(free) >= t.value.lo:
        return tolls
    n = t.value.lo - len(free)
    ids = tuple(c.id for c in away if any(names(f, c) for f in free))
    new = Toll("arrested", Interval(n, n, n), "derived", (*t.claims, *ids), f"{t.text} charged, {len(free)} at large")
    return tuple(new if x is t else x for x in tolls)


def _charged_others_sought(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """An arrested count read from a sentence that tells a charge and no arrest ('seven men
    were charged'), in a source that names some of the suspects held and, in that sentence,
    the others sought ('Ames, Bell and Cruz are in custody; warrants are out for the other
    four': data/accounts.json ``others_sought``): the named held are the arrested, where
    they and the others sought make the count (``how`` 'derived'). (Session 32, r45fix,
    careful reading round 45: seven charged, four of them in custody and warrants issued for
    three, read as seven arrested.)"""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is None or t.how != "stated" or not t.value.is_point or (t.value.lo or 0) < 2:
        return tolls
    custody = [c for c in claims if c.kind == "fact" and c.measure == "custody" and c.sentence]
    first = next((c for c in claims if c.id == t.claims[0]), None)
    told = {c.group for c in custody if first is not None and (c.sentence == first.sentence or _cut_off(first, c))}
    if "charged" not in told or "held" in told:
        return tolls
    cue = load("accounts")["others_sought"]
    sought, others = any_of(cue["words"]), set(cue["others"])
    surnames = {c.name.split()[-1] for c in claims if c.kind == "person" and c.role == "suspect" and c.name}
    for h in (c for c in custody if held_fact(c) and sought.search(c.sentence)):
        held = _names_held(h, surnames)
        rest = [q for q in claims if q.kind == "quantity" and q.sentence == h.sentence and q.measure in (None, "arrested")
                and q.value is not None and q.value.is_point and set(_WORD.findall(before_words(q).lower())[-1:]) & others]
        if held and len(rest) == 1 and len(held) + rest[0].value.lo == t.value.lo:
            n = len(held)
            return _with_toll(tolls, Toll("arrested", Interval(n, n, n), "derived", (*t.claims, h.id, rest[0].id),
                                          f"{t.text} charged, {rest[0].text} sought"), t)
    return tolls


def _cut_off(q: Claim, c: Claim) -> bool:
    """``c`` tells the rest of ``q``'s clause, which the parser cut into a sentence of its own
    ('Seven' / 'members of the club were charged ...'): ``q``'s sentence is its figure alone,
    and ``c`` follows it on its line within a few words."""
    return q.sentence.strip() == q.text.strip() and c.line == q.line and 0 <= c.start - q.end <= 40


_LISTED_NAME = re.compile(r"[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}")


def _names_held(h: Claim, surnames: Collection[str]) -> list[str]:
    """The names listed as the subject of a custody fact 'held' ('Ames, Bell and Cruz are in
    custody': the words before its own, less linking words, data/accounts.json ``held_count``
    ``between``), where every item is a name and one is a suspect's surname the source gives;
    none otherwise."""
    at = h.sentence.find(h.text)
    if at <= 0:
        return []
    words = h.sentence[:at].split(";")[-1].split()
    link = set(load("accounts")["held_count"]["between"])
    while words and words[-1].lower() in link:
        words.pop()
    items = [i for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", " ".join(words)) if i]
    if len(items) < 2 or not all(_LISTED_NAME.fullmatch(i) for i in items):
        return []
    return items if any(i.split()[-1] in surnames for i in items) else []


def _with_toll(tolls: tuple[Toll, ...], new: Toll, old: Toll | None = None) -> tuple[Toll, ...]:
    """``tolls`` with ``new`` in place of ``old`` (or added), in the order of TOLL_MEASURES."""
    return tuple(sorted((*(x for x in tolls if x is not old), new), key=lambda x: TOLL_MEASURES.index(x.measure)))


def _words_at(c: Claim) -> tuple[list[str], list[str], int | None]:
    """The words of the claim's sentence and of its own text, lower case, and where its own
    words start among the sentence's (None where they are not found)."""
    words, own = _WORD.findall(c.sentence.lower()), _WORD.findall(c.text.lower())
    return words, own, next((i for i in range(len(words)) if own and words[i:i + len(own)] == own), None)


def _held_by_name(tolls: tuple[Toll, ...], claims: Sequence[Claim], held: Sequence[Claim]) -> tuple[Toll, ...]:
    """The arrests a source tells by name and by ordinal, not by a count ('Deputies arrested
    Dale Voss, 31, on Monday'; 'a third man was taken into custody'): at least as many as
    the suspects it names in sentences that tell someone held for the event (a custody fact
    'held': arrested, booked, in custody, turned himself in), and at least the highest
    ordinal of an arrest (:func:`ordinal_held`), where the source's arrested toll says
    fewer and is not a none. Kept out: a custody sentence of another event or another case
    (:func:`_usable`, :func:`recalled_arrests`, data/accounts.json ``arrest_elsewhere``), one
    whose own time is another's (:func:`is_other_event`), and a suspect the source tells
    released (a custody fact 'released'), as the custody rows read them. A stated count
    yields to an ordinal, never to names (two spellings of one suspect, a roundup's names).
    ``held``: the source's custody facts 'held' for the event (:func:`_held_sentences`).
    (Issue 13; session 31, arrest45, from careful reading rounds 41 and 42, both halves of
    gva-dev: see the commit for the figures.)"""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is not None and t.value.hi == 0:
        return tolls
    named, ords = _named_held(claims, held), ordinal_held(held)
    if t is not None and t.how in COUNTS:
        named = []  # a count yields to an ordinal only: names may be two spellings of one suspect, or another case's
    n = max(len(named), max((k for k, _ in ords), default=0))
    if n == 0 or t is not None and (t.value.lo or 0) >= n:
        return tolls
    ids = tuple(dict.fromkeys((*(c.id for c in named), *(c.id for k, c in ords if k == n))))
    words = ", ".join(c.name for c in named) if len(named) == n else next(c.text for k, c in ords if k == n)
    return _with_toll(tolls, Toll("arrested", Interval(n, n, None), "named", ids, f"{words} (held: at least {n})"), t)


def _held_told(tolls: tuple[Toll, ...], claims: Sequence[Claim], held: Sequence[Claim],
               charged: Sequence[Claim], away: Sequence[Claim] = ()) -> tuple[Toll, ...]:
    """The arrests a source tells without a count the toll reads, nor a name or an ordinal
    (:func:`_held_by_name`), where its arrested toll is no count and no none: a figure that
    is the subject of a custody fact 'held' ('two people are in custody', 'three men have
    surrendered': that many, :func:`_held_count`); else one held for the event unnamed ('a
    17-year-old was booked': at least one); else one charged and told held without an arrest
    word ('was arraigned', 'charged ... held in the county jail without bail': at least one,
    :func:`_charged_held`). Kept out as the custody rows keep them out (``held``, ``charged``: the
    source's custody facts 'held' and 'charged' for the event, :func:`_held_sentences`);
    the last two where the source tells anyone released; none where the count is one of the
    source's arrests of another matter (``away``, :func:`_arrests_elsewhere`).
    (Issue 13; session 31, arrest47, from careful reading round 44: see the commit.)"""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is not None and (t.value.hi == 0 or t.how in COUNTS):
        return tolls
    count = _held_count(held, claims)
    if count and count[0] in {int(c.value.lo) for c in away if c.value is not None and c.value.lo and c.value.is_point}:
        return tolls  # 'four were arrested on unrelated warrants ... the four in custody': the same four (upd48)
    if count and (t is None or (t.value.lo or 0) <= count[0]):
        n, q, h = count
        # the others beside one ('the other two were taken into custody'): that many at least
        how, value = ("named", Interval(n, n, None)) if _others(q) else ("stated", Interval(n, n, n))
        new = Toll("arrested", value, how, (q.id, h.id), f"{' '.join(q.text.split())} {h.text}")
    elif t is not None and t.how == "named" and t.value.high is None and t.value.lo and held:
        # the suspects named held and one more held unnamed, 'also' ('Ray Dunn was taken into
        # custody ... A teenage girl has also been arrested'): one more (session 61: the named count alone
        # read one where the page tells two)
        told = {c.sentence for c in claims if c.id in t.claims}
        also = [c for c in held if c.sentence not in told and _also_held(c)]
        if not also:
            return tolls
        lo = int(t.value.lo)
        n = lo + len({c.sentence for c in also})
        new = Toll("arrested", Interval(n, n, None), "named", (*t.claims, *(c.id for c in also)),
                   t.text.replace(f"(held: at least {lo})", f"and {n - lo} more (held: at least {n})"))
    elif t is not None:
        return tolls
    elif any(c.kind == "fact" and c.measure == "custody" and c.group == "released"
             or c.sentence and _elsewhere_in(_cleared(), c.sentence) for c in claims):
        return tolls  # 'two men were detained and later released', 'he has not been accused in the shooting'
    elif one := next((c for c in held if _someone_held(c, claims) and not _detained_uncharged(c, claims)), None) if held \
            else _charged_held(claims, charged):
        n = 1 + len({c.sentence for c in held if c.sentence != one.sentence and _also_held(c)})
        new = Toll("arrested", Interval(n, n, None), "named", (one.id,), f"{' '.join(one.text.split())} (held: at least {n})")
    else:
        return tolls
    return _with_toll(tolls, new, t)


def _named_held_closed(tolls: tuple[Toll, ...], claims: Sequence[Claim], held: Sequence[Claim],
                       charged: Sequence[Claim] = ()) -> tuple[Toll, ...]:
    """The arrests a source tells by name only (:func:`_held_by_name`: at least as many as it
    names) closed at that many, where no sentence of its custody facts 'held' (the event's or not) has a
    word of data/accounts.json ``held_more`` ('another man', 'the suspects', 'also', 'two men'):
    the page tells that many held and no one else ('Deputies arrested Dale Voss, 31, on Monday':
    one, not at least one), a held sentence that names no one being one of them ('A man was
    arrested Sunday ... Voss was booked': careful readings rounds 404-406). Not an ordinal's
    count ('a third man was arrested'), nor names joined by an 'also' arrest of someone unnamed
    (:func:`_held_told`), whose toll's claims are not the named suspects alone; nor where the page
    names an ordinal suspect or arrest anywhere, its headline too (``held_more`` ``ordinal``:
    'Detectives Apprehend Third Suspect'), or tells more of its people held (person claims, one per
    suspect) than the names counted ('she was arrested', of a woman named in a charge sentence:
    careful readings rounds 413 and 414). ``held``: the source's custody facts 'held' for the
    event. (Session 77, careful readings rounds 398-403: one named suspect held shown 'at least
    1' on most pages that tell an arrest.) One held told unnamed (:func:`_held_told`: 'A 35-year-old
    man was arrested') is closed at one under the same guards (session 78, from the readers'
    complaints of rounds 398-415: gva-dev 65 page rows, the registry's count in 49 of the 57 it
    marks anyone arrested, even 21 / 24, odd 28 / 33). A page that tells its suspects charged with
    the shooting and no one held (``charged``: its custody facts 'charged' of a charge of the
    shooting's kind, :func:`_charged_for_it`) is read so from its charge sentences (session 78,
    careful readings rounds 416 and 419: 'Dale Voss was charged with murder' shown 'at least 1')."""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is None or t.how != "named" or t.value.high is not None or not t.value.lo or not (held or charged):
        return tolls
    n = int(t.value.lo)
    by_id = {c.id: c for c in claims}
    named = [by_id[i] for i in t.claims if i in by_id]
    unnamed = n == 1 and len(named) == 1 and named[0].kind == "fact"  # 'A 35-year-old man was arrested'
    if not unnamed and any(c.kind == "person" for c in named):
        named = [c for c in named if c.kind == "person"]  # (beside the ordinal's own fact: 'A second suspect, Ray Hale')
    if not unnamed and (len(named) != n or any(c.kind != "person" or _surname(c, claims) is None for c in named)):
        return tolls
    more, ordinal = _cue("held_more"), _cue("held_more", "ordinal")
    # every sentence of the page that tells someone held (``held`` among them), not only those kept for
    # the event: one the custody reading leaves out ('A teenage girl was also arrested') may be one more
    # (a page telling its suspects charged and none held: its charge sentences, 'Dale Voss and another man
    # were charged with murder')
    told = [c for c in claims if c.kind == "fact" and c.measure == "custody" and c.group == ("held" if held else "charged")]
    if any(_more_held(c.sentence or "", more, c.line == 1, n) for c in told):
        return tolls
    elsewhere = _cue("others_not_held", "not_held_now")
    if any(elsewhere.search(c.sentence or "") for c in (told if held else claims)):
        return tolls  # 'Ann Voss has been arrested; Ray Voss's arrest is pending', 'has not been taken into custody'
    if not held and not unnamed and any(
            not any(_surname(p, claims).search(c.sentence or "") for p in named)
            and not re.search(r"\b(?:he|she|him|her)\b", c.sentence or "", re.I)
            and not (n == 1 and _described(c.sentence or "", named[0])) for c in charged if c.line > 1):
        return tolls  # a charge told of someone it does not name ('a juvenile charge against the boy'; a headline sums up)
    if any(_more_by_ordinal(m, s, n) for s in {c.sentence or "" for c in claims} for m in ordinal.finditer(s)):
        return tolls  # 'Detectives Apprehend Third Suspect' in a headline no custody fact reads
    held_people: list[Claim] = []
    for c in claims:
        if c.kind == "person" and c.role == "suspect" and c.outcome == "arrested" and not any(
                _same_suspect(c, o) for o in held_people):
            held_people.append(c)
    if len(held_people) > n:
        return tolls  # the page's own people held are more ('she was arrested Tuesday', of a woman named before)
    return _with_toll(tolls, replace(t, value=Interval(n, n, n), text=t.text.replace(f"(held: at least {n})", f"(held: {n})")), t)


def _described(sentence: str, p: Claim) -> bool:
    """A charge sentence whose one person is described, not named, as the one suspect ``p`` a page
    names could be ('A 20-year-old man was charged', 'Police have charged a suspect'; data/accounts.json
    ``charged_described``): no age other than his, and no child's word for an adult or a person of no
    age told ('the boy' beside the father named is another person)."""
    cue = load("accounts")["charged_described"]
    m = _cue("charged_described").search(sentence)
    if m is None:
        return False
    age = m[1] or m[3]
    if age is not None and p.age is not None and int(age) != p.age:
        return False
    return not ((m[2] or "").lower() in cue["child_words"] and (p.age is None or p.age >= 18))


def _more_by_ordinal(m: re.Match[str], sentence: str, n: int) -> bool:
    """An ordinal suspect or arrest (data/accounts.json ``held_more`` ``ordinal``) that tells more held
    than the ``n`` names a page counts: not one up to ``n`` ('A second suspect, Ray Hale, was arrested'
    beside the first named), nor one of someone harmed ('A fourth man who was wounded in the arm'), nor a
    warrant's ('The second arrest warrant')."""
    rest = sentence[m.end():]
    if re.match(r"\s+warrants?\b", rest, re.I) or _cue("held_more", "ordinal_harmed").match(rest):
        return False
    w = m[0].split()[0].lower()
    k = _ordinals().get(w) or (int(d[1]) if (d := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)) else None)
    return k is None or k > n


def _more_held(sentence: str, more: re.Pattern[str], headline: bool = False, n: int = 0) -> bool:
    """A word of more people held (data/accounts.json ``held_more``) in a held sentence, not one
    of the harmed: a word of ``harm`` within five words before it or two after it ('in the
    deaths of six people', 'several others injured'), or 'shooting' before 'of' or a count
    (``harm_shooting``: 'in the shooting of four people'), makes them the victims; one before
    a charge's words (``charge_after``: 'four other felony charges') counts charges; nor one before
    'than' or a year (``not_after``: 'more than $1,900', 'also arrested in 2003'), nor inside a
    capitalised name past the ``headline`` ('the Four Corner Hustlers'), nor an ordinal up to the ``n``
    names counted ('A second suspect, Ray Hale, was arrested')."""
    harm, shooting = _cue("held_more", "harm"), _cue("held_more", "harm_shooting")
    charge, past = _cue("held_more", "charge_after"), _cue("held_more", "not_after")
    for m in more.finditer(sentence):
        rest = sentence[m.end():]
        if charge.match(rest) or past.match(rest):
            continue  # 'four other felony charges', 'more than $1,900', 'also arrested in 2003'
        if not headline and m.start() > 0 and m[0][:1].isupper() and re.match(r"\s+[A-Z]", rest):
            continue  # 'the People Crimes Bureau', 'the Four Corner Hustlers'
        if 0 < _ordinals().get(m[0].lower(), n + 1) <= n:
            continue  # an ordinal up to the names counted is one of them ('A second suspect, Ray Hale, was arrested')
        before = sentence[:m.start()].split()[-5:]
        near = [*before, *sentence[m.end():].split()[:2]]
        if not any(harm.fullmatch(w.strip(".,;:!?'\"()’“”").lower()) for w in near) \
                and not shooting.search(" ".join((*before, m[0]))):
            return True
    return False


def _held_group(tolls: tuple[Toll, ...], held: Sequence[Claim]) -> tuple[Toll, ...]:
    """The arrests a source tells of a group word whose size is known, the object or the
    subject of its custody words ('police arrested the pair', 'both men were booked':
    data/accounts.json ``held_group``), where its arrested toll is no count and says fewer:
    that many held (``stated``); of 'the suspects' as its subject ('The suspects are in custody':
    ``plural_before``), two or more (``named``). ``held``: the source's custody facts 'held' for the event
    (:func:`_held_sentences`, less those of another matter). (Session 42, wrong60, from
    careful reading round 60, odd half: a page naming one of two teens arrested, and telling
    police arrested the pair, read as at least one held.)"""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is not None and (t.value.hi == 0 or t.how in COUNTS):
        return tolls
    cue = load("accounts")["held_group"]
    for h in held:
        s = h.sentence or ""
        at = s.find(h.text)
        m = (re.match(cue["after"], s[at + len(h.text):], re.I) or re.search(cue["before"], s[:at], re.I)) \
            if at >= 0 else None
        n = cue["size"][next(g for g in m.groups() if g).lower()] if m else 0
        if n and (t is None or (t.value.lo or 0) < n):
            return _with_toll(tolls, Toll("arrested", Interval(n, n, n), "stated", (h.id,),
                                          f"{' '.join(m.group(0).split())} ({h.text})"), t)
        # 'The suspects are in custody': two or more, how many not said
        m = re.search(cue["plural_before"], s[:at], re.I) if at >= 0 else None
        if m and (t is None or (t.value.lo or 0) < 2):
            return _with_toll(tolls, Toll("arrested", Interval(None, 2, None), "named", (h.id,),
                                          f"{' '.join(m.group(0).split())} ({h.text}: at least 2)"), t)
    return tolls


def _also_held(c: Claim) -> bool:
    """A custody fact 'held' in a sentence that opens with an indefinite person and says
    the arrest happened 'also', its custody word right after ('A 16-year-old was also
    arrested'): one more held than the page's first (data/accounts.json ``also_held``)."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    m = re.match(load("accounts")["also_held"]["pattern"], sentence, re.I)
    return m is not None and at >= 0 and m.end() == at


def _held_count(held: Sequence[Claim], claims: Sequence[Claim]) -> tuple[int, Claim, Claim] | None:
    """(n, figure, custody fact): the first figure of people (no measure of its own, a whole
    point of two or more) that is the subject of a custody fact 'held' in ``held``, its noun
    and a few linking words between them (data/accounts.json ``held_count``: 'two suspects
    are now in custody'); not a part ('one of the four men in custody')."""
    cue = load("accounts")["held_count"]
    link, part = set(cue["between"]), set(cue["not_after"])
    for h in held:
        for q in claims:
            v = q.value
            if (q.kind != "quantity" or q.measure is not None or q.sentence != h.sentence or v is None
                    or not v.is_point or v.lo is None or v.lo < 2 or v.lo != int(v.lo) or not 0 <= h.start - q.end <= 60):
                continue
            at = next((i for i in range(len(q.sentence)) if q.sentence.startswith(q.text, i)
                       and q.sentence.startswith(h.text, i + len(q.text) + h.start - q.end)), None)
            if at is None:
                continue
            noun = set(_WORD.findall((q.noun or "").lower()))
            gap = _WORD.findall(q.sentence[at + len(q.text):at + len(q.text) + h.start - q.end].lower())
            before = _WORD.findall(q.sentence[:at].lower())[-2:]
            if noun and set(gap) <= noun | link and not set(before) & part:
                return int(v.lo), q, h
    return None


def _someone_held(c: Claim, claims: Sequence[Claim]) -> bool:
    """A custody fact 'held' whose sentence tells a person held, now or before: a word for a
    person or an age ('the suspect', 'a 17-year-old', he: data/accounts.json ``held_someone``)
    or a word of a suspect's name the source gives, and no word of a time to come just before its own
    words ('whoever did it will be found and arrested'). Not 'a rifle found at the scene is in police
    custody', nor a teaser's 'see who was arrested'; for a word that tells a thing caught as
    well (``near_cues``: 'a doorbell camera captured the gunfire'), the person within ``near`` words of it."""
    cue = load("accounts")["held_someone"]
    words, own, at = _words_at(c)
    if at is None or set(words[max(0, at - cue["reach"]):at]) & set(cue["not_before"]):
        return False
    names = {w for p in claims if p.kind == "person" and p.name and p.role == "suspect"
             for w in _WORD.findall(p.name.lower()) if len(w) > 2}
    if c.cue in cue["near_cues"]:  # 'captured' tells a camera's or a heart's too: a person beside it
        words = words[max(0, at - cue["near"]):at + len(own) + cue["near"]]
    return bool(set(words) & (set(cue["words"]) | names) or re.search(cue["age"], " ".join(words), re.I))


def _charged_held(claims: Sequence[Claim], charged: Sequence[Claim]) -> Claim | None:
    """A source's first custody fact 'charged' for the event (``charged``, kept out as
    :func:`_held_sentences` keeps them) that tells the one charged held without an arrest
    word: an arraignment, or a source that tells someone jailed or held without bail in any
    sentence (data/accounts.json ``charged_held``), not told as a former charge
    (:func:`_charged_before`); none where the source tells a suspect sought or at large."""
    cue = load("accounts")["charged_held"]
    custody = [c for c in claims if c.kind == "fact" and c.measure == "custody"]
    if any(c.group == "sought" or c.group == "none" and c.cue in cue["at_large_cues"] for c in custody):
        return None
    jailed = any_of(cue["phrases"])
    told = any(jailed.search(c.sentence or "") for c in claims)
    return next((c for c in charged
                 if (c.cue in cue["cues"] or told) and not _charged_before(c, cue)), None)


def _charged_before(c: Claim, cue: Mapping[str, Any]) -> bool:
    """A charge (or an arrest: :func:`_held_before`) told as before the event, in the
    pluperfect or as a former one ('had been charged with theft in May'; data/accounts.json
    ``charged_held`` ``not_before`` within ``reach`` words before its words): someone's
    record, not this case."""
    words, _own, at = _words_at(c)
    return at is not None and bool(set(words[max(0, at - cue["reach"]):at]) & set(cue["not_before"]))


def _held_sentences(claims: Sequence[Claim], published: date | None, recalled: Collection[str],
                    group: str = "held") -> list[Claim]:
    """A source's custody facts 'held' (or of another ``group``) that tell the event's own
    arrests (see :func:`_held_by_name`); ``recalled``: its sentences of a recalled killing's
    arrests (:func:`recalled_arrests`)."""
    elsewhere = _held_elsewhere()
    records = _record_counts(claims)
    return [c for c in claims if c.kind == "fact" and c.measure == "custody" and c.group == group and _usable(c)
            and (c.value.hi or 0) >= 1 and c.sentence not in recalled and not _elsewhere_in(elsewhere, c.sentence)
            and not is_other_event(c, published) and not _after_a_record(c, records)]


#: how far (characters) after a count of someone's past arrests a custody sentence of the
#: same paragraph tells that record
RECORD_REACH = 300


def _record_counts(claims: Iterable[Claim]) -> list[Claim]:
    """A source's counts of someone's past arrests (data/accounts.json ``record_nouns``: 'a man
    with 30 prior arrests'), for :func:`_after_a_record`."""
    record = wordset("accounts", "record_nouns")
    return [q for q in claims if q.kind == "quantity" and q.measure == "arrested"
            and set(_WORD.findall((q.noun or "").lower())) & record]


def _after_a_record(c: Claim, records: Sequence[Claim]) -> bool:
    """A custody statement in the paragraph of a count of someone's past arrests (``records``,
    :func:`_record_counts`), told just after it (:data:`RECORD_REACH`): one of the arrests of that
    record ('He has 30 prior arrests. He was arrested on a gun charge in May and let go the next
    day'), not the event's. (Session 32, r46fix, after careful reading round 46: a target's past
    arrests made him look held.)"""
    return any(q.line == c.line and 0 < c.start - q.end <= RECORD_REACH and q.sentence != c.sentence
               for q in records)


@cache
def _victim_held() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words that tell one of the event's victims held, words that tell an arrest on a warrant
    or other charges, and words of other charges alone (data/accounts.json ``arrest_elsewhere``:
    ``victim_held``, ``victim_held_why``, ``phrases``), for :func:`_held_apart`."""
    d = load("accounts")["arrest_elsewhere"]
    return re.compile(d["victim_held"], re.I), any_of(d["victim_held_why"]), any_of(d["phrases"])


def _arrests_elsewhere(claims: Sequence[Claim]) -> list[Claim]:
    """The arrest counts of a source that are not the event's arrests (:func:`_arrest_elsewhere`:
    'four persons of interest were arrested on unrelated charges'), read once per source for
    :func:`_held_apart` (their sentences) and :func:`_held_told` (their counts)."""
    return [c for c in claims if c.kind == "quantity" and c.measure == "arrested" and c.sentence
            and _arrest_elsewhere(c)]


def _held_apart(held: Sequence[Claim], claims: Sequence[Claim], away: Sequence[Claim]) -> list[Claim]:
    """A source's custody facts 'held' for the event (:func:`_held_sentences`) less those that
    hold someone for another matter (data/accounts.json ``arrest_elsewhere`` ``victim_held``):
    a sentence whose arrest count is set aside as another arrest ('deputies arrested one of the
    victims': ``away``, :func:`_arrests_elsewhere`), or that holds one of the event's victims ('one of the
    surviving victims was arrested', 'Man wounded in the shooting arrested') where the page
    tells an arrest on a warrant or other charges; then a sentence that names a wounded suspect
    (the victim again, by name); and a sentence with no charge of its own that names a suspect
    the page names in a sentence of other charges ('Dale Voss was arrested Tuesday' beside 'Voss
    is held on unrelated drug charges'). (Session 32, upd48, after session 31's arrested rows.)"""
    victim, why, other = _victim_held()
    anchor = re.compile(load("accounts")["arrest_elsewhere"]["of_the_event"], re.I)
    told = [c.sentence or "" for c in claims]
    warrant = any(why.search(s) for s in told)
    aside = {c.sentence for c in away}

    def of_a_victim(c: Claim) -> bool:
        s = c.sentence or ""
        at = s.find(c.text)
        return at >= 0 and any(m.end() <= at and len(_WORD.findall(s[m.end():at])) <= 12
                               or 0 <= m.start() - (at + len(c.text)) <= 2 for m in victim.finditer(s))

    victims = {c.sentence for c in held if c.sentence in aside or warrant and of_a_victim(c)}
    apart = [s for s in told if other.search(s)]
    suspects = [(p, last) for p in claims if p.kind == "person" and p.role == "suspect" and (last := _surname(p, claims))]
    gone = [last for p, last in suspects if any(last.search(s) for s in apart)
            or victims and p.outcome == "injured"]  # the victim held, named
    charged = {c.sentence for c in claims if c.kind == "fact" and c.measure == "custody" and c.group == "charged"}
    said = list(dict.fromkeys(c.sentence for c in held))
    # the victim's arrest told again, by name, in the next sentence that tells someone held
    again = {b for a, b in zip(said, said[1:]) if a in victims and b not in charged and not anchor.search(b or "")
             and any(p.kind == "person" and (last := _surname(p, claims)) and last.search(b or "") for p in claims)}
    return [c for c in held if c.sentence not in victims and c.sentence not in again and (
        c.sentence in charged or not any(last.search(c.sentence or "") for last in gone))]


@cache
def _other_case_words() -> re.Pattern[str]:
    """Words of a custody sentence about the case the page has just recalled ('in that case':
    data/accounts.json ``arrest_elsewhere`` ``other_case``)."""
    return any_of(wordseq("accounts", "arrest_elsewhere", "other_case"))


@cache
def _held_elsewhere() -> re.Pattern[str]:
    """Words of a custody sentence that holds someone for another matter or case (data/accounts.json
    ``arrest_elsewhere``: ``phrases``, ``other_case``, ``held_elsewhere``), for :func:`_held_sentences`."""
    return any_of((*wordseq("accounts", "arrest_elsewhere", "phrases"),
                   *wordseq("accounts", "arrest_elsewhere", "other_case"),
                   *wordseq("accounts", "arrest_elsewhere", "held_elsewhere")))


_AGE_OR_WORD = re.compile(r"[\w-]+", re.U)


def _elsewhere_in(pat: re.Pattern[str], sentence: str) -> bool:
    """Whether ``pat`` (:func:`_held_elsewhere`, :func:`_cleared`) finds another matter in the
    sentence, but for 'of another' followed by a word the sentence gave before it ('Officers
    held a girl, 16, on Sunday for the fatal shooting of another 16-year-old', 'Teen charged in
    killing of another teen'): that 'another' sets the victim beside the one held, in the event
    itself, not another shooting's. (Session 41, tolls59, written from gva-dev's even half,
    careful reading round 58: a wire page's arrest of a boy in the death of another boy of
    his age read as no arrest.)"""
    for m in pat.finditer(sentence):
        if not m.group(0).lower().endswith("another"):
            return True
        after = [_kind_key(w) for w in _AGE_OR_WORD.findall(sentence[m.end():])[:1]]
        before = {_kind_key(w) for w in _AGE_OR_WORD.findall(sentence[:m.start()])}
        if not after or after[0] in wordset("accounts", "another_no_kind") or after[0] not in before:
            return True  # 'the death of another in March': no kind of person named again
    return False


def _kind_key(word: str) -> str:
    """What :func:`_elsewhere_in` compares a word by: an age's number ('16' of '16-year-old', so
    that 'a girl, 16, ... another 16-year-old' names one kind), else the word in lower case."""
    m = re.match(r"\d+", word)
    return m.group(0) if m else word.lower()


@cache
def _not_accused() -> re.Pattern[str]:
    """Words that tell someone held is not accused of the shooting (data/accounts.json
    ``arrest_elsewhere`` ``not_accused``), for :func:`_cleared_custody`."""
    return any_of(wordseq("accounts", "arrest_elsewhere", "not_accused"))


@cache
def _cleared() -> re.Pattern[str]:
    """Words that tell someone held is not held for this event: 'has not been accused in the
    shooting', 'charged with the shooting of another' (data/accounts.json ``arrest_elsewhere``)."""
    return any_of((*wordseq("accounts", "arrest_elsewhere", "not_accused"),
                   *wordseq("accounts", "arrest_elsewhere", "held_elsewhere")))


def _named_from(claims: Sequence[Claim], held: Sequence[Claim], charged: Sequence[Claim]) -> list[Claim]:
    """The custody facts whose sentences name the suspects a source tells held (:func:`_held_by_name`):
    its held sentences and its charges of the shooting (:func:`_charged_for_it`), but the charges not
    where the source names suspects held and tells a warrant or a search out for others
    (:func:`_tells_at_large`, or data/accounts.json ``others_not_held`` in a held sentence: 'Voss,
    Hale and Birch are held, and warrants are out for the other two': three held of the five
    charged; session 78, careful reading round 420)."""
    if held and _named_held(claims, held) and (
            _tells_at_large(claims) or any(_cue("others_not_held").search(c.sentence or "") for c in held)):
        return list(held)
    return [*held, *_charged_for_it(charged)]


def _charged_for_it(charged: Sequence[Claim]) -> list[Claim]:
    """The custody facts 'charged' whose sentence names a charge of the shooting's kind
    (data/persons.json ``other_offence`` ``event_words``: 'is charged with homicide', not
    'charged his brother with lying to officers'): a suspect so named is one held for the
    event (:func:`_held_by_name`)."""
    words = wordset("persons", "other_offence", "event_words")
    return [c for c in charged if any(w in words for w in _WORD.findall((c.sentence or "").lower()))]


def _named_held(claims: Sequence[Claim], held: Sequence[Claim]) -> list[Claim]:
    """The suspects (person claims; not one the person reader calls dead) a source names by
    their surname, as written, in a sentence of its custody facts 'held' for the event, one
    for each person (:func:`_same_suspect`), less those it names released (:func:`_held_by_name`);
    ``held``: the source's custody facts 'held' for the event."""
    said = [c.sentence for c in held]
    let_go = [c.sentence for c in claims if c.kind == "fact" and c.measure == "custody" and c.group == "released"
              or c.sentence and _elsewhere_in(_cleared(), c.sentence)]
    out: list[Claim] = []
    for c in claims:
        if (c.kind == "person" and c.role == "suspect" and c.outcome in ("arrested", "injured")
                and (last := _surname(c, claims)) and any(last.search(s or "") for s in said)
                and not any(last.search(s or "") for s in let_go) and not any(_same_suspect(c, o) for o in out)):
            out.append(c)
    if out or not said:
        return out
    # 'Man arrested in ...' over 'Dale Voss was taken to the jail': one held, the suspect named arrested
    return next(([c] for c in claims if c.kind == "person" and c.role == "suspect" and c.outcome == "arrested"
                 and (last := _surname(c)) and not any(last.search(s or "") for s in let_go)), [])


def _held_name_words(name: str | None) -> list[str]:
    """A name's words less generational suffixes ('III', 'Jr.': data/persons.json ``name_parts``)."""
    return [w for w in (name or "").split() if norm_name(w) not in wordset("persons", "name_parts", "suffixes")]


def _surname(p: Claim, claims: Sequence[Claim] = ()) -> re.Pattern[str] | None:
    """The last word of a person's name of two words or more, as written (case kept: 'Boy'
    of a misread name is no 'boy'); with the first name before it where another suspect of
    ``claims`` bears that surname ('Lee Voss' and 'Ann Voss': 'Lee ... Voss')."""
    ws = _held_name_words(p.name)
    if len(ws) < 2:
        return None
    last = rf"(?<![\w-]){re.escape(ws[-1])}(?![\w-])"
    if any(c.kind == "person" and c.role == "suspect" and (o := _held_name_words(c.name)) and o[-1] == ws[-1]
           and o[0] != ws[0] and not _same_suspect(c, p) for c in claims):
        return re.compile(rf"\b{re.escape(ws[0])}\b.*" + last)
    return re.compile(last)


def _same_suspect(a: Claim, b: Claim) -> bool:
    """Two names of one person in one source: the same surname, and the words of one among
    the other's ('Roy Doyle III', 'Evan Roy Doyle III'), or first names one letter or a pet
    form apart ('Jamal', 'Jemal')."""
    x, y = ([norm_name(w) for w in _held_name_words(c.name)] for c in (a, b))
    if x and y and x[0] == y[0] and len(x) > 1 and len(y) > 1 and surname_slip(x[-1], y[-1]) \
            and min(len(x[-1]), len(y[-1])) >= 5:
        return True  # 'Cleveland Smelley' and 'Cleveland Smelly': one surname spelled two ways
    if not x or not y or x[-1] != y[-1]:
        return False
    return set(x) <= set(y) or set(y) <= set(x) or nicknames_agree(x[0], y[0]) or first_name_slip(x[0], y[0])


def _an_age_after(words: Sequence[str], i: int) -> bool:
    """'another' before an age ('Another fourteen year-old was arrested', 'another
    16-year-old'): one of that age beside the one shot, not one more held (careful reading
    round 77: a page's one arrest read as two)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt.isdigit() or is_number_word(nxt)


def ordinal_held(held: Sequence[Claim]) -> list[tuple[int, Claim]]:
    """(ordinal, custody fact) for each custody fact 'held' for the event told of one more
    suspect by an ordinal ('a second suspect was arrested', 'police arrest 4th man'): the
    nearest ordinal before its words in the sentence, else just after them (data/accounts.json
    ``ordinal_held``: ``before``, ``after`` words), a word (data/grammar.json ``ordinals``) where
    extraction hedged the fact 'more', or figures before a word of ``ordinal_held`` ('3rd
    suspect'); not one of the hurt ('the third man wounded, a driver, was held too':
    ``not_after``). A fact hedged 'more' with 'another' in that reach and no ordinal tells at
    least two ('Another suspect was arrested') where another sentence tells someone held;
    alone, 'another' may set the one held beside the gunman still sought ('Another man,
    Ray Lott, was arrested later': one held; session 32, r46fix, round 46)."""
    ords, cue = _ordinals(), load("accounts")["ordinal_held"]
    nouns, hurt = wordset("accounts", "ordinal_held"), wordset("accounts", "ordinal_held", "not_after")
    out = []
    fled = re.compile(cue["fled"], re.I)
    for c in held:
        if fled.search(c.sentence):
            continue  # 'two fled on foot and a third man was arrested': the third of the suspects, one held
        words = re.findall(r"[a-z0-9]+", c.sentence.lower())
        verb = re.findall(r"[a-z0-9]+", c.text.lower())
        at = next((i for i in range(len(words)) if words[i:i + len(verb)] == verb), None)
        if at is None or not verb:
            continue

        def ordinal(i: int) -> int:
            w, nxt = words[i], words[i + 1:i + 3]
            if set(nxt) & hurt:
                return 0
            if c.hedge == "more" and w in ords:
                return ords[w]
            m = re.fullmatch(r"([2-9]|1\d)(?:nd|rd|th)", w)
            return int(m[1]) if m and nxt[:1] and nxt[0] in nouns else 0
        end = at + len(verb)
        near = [*range(at - 1, max(-1, at - 1 - cue["before"]), -1), *range(end, min(len(words), end + cue["after"]))]
        n = next((k for i in near if (k := ordinal(i))), 0)
        if not n and c.hedge == "more" and any(words[i] == "another" and not _an_age_after(words, i)
                                               and not _beside_the_harmed(words, i) for i in near) and any(
                h.sentence != c.sentence for h in held):
            n = 2  # not where no one else is told held: 'another man' beside the gunman sought
        if n:
            out.append((n, c))
    return out


def _beside_the_harmed(words: Sequence[str], i: int) -> bool:
    """'another' at ``words[i]`` follows a word of harm in its sentence with no word of arrest
    between (data/accounts.json ``ordinal_held`` ``another_after_harm``: 'A week after a
    16-year-old was gunned down outside a gym, another teen is charged'): it sets the one held beside the
    one hurt."""
    harm = wordset("accounts", "ordinal_held", "another_after_harm")
    held = wordset("compare", "custody_weak", "arrest_words")
    for w in reversed(words[:i]):
        if w in held:
            return False
        if w in harm:
            return True
    return False


@cache
def _recall_dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sentence opened by 'in' or 'on' and a month (data/facts.json ``weekday_date``),
    and a weekday (data/times.json), for :func:`_recalled_arrest`, which runs for every
    source's account."""
    months = "|".join(load("facts")["weekday_date"]["months"])
    return re.compile(rf"\s*(?:in|on)\s+(?:{months})\b", re.I), any_of(wordseq("times", "weekdays"))


def _a_death(c: Claim) -> bool:
    """A person read as killed, or a death figure."""
    return c.kind == "person" and c.outcome == "killed" or c.kind == "quantity" and c.measure == "killed"


def _killing_on_a_weekday(claims: Iterable[Claim], outside: Collection[str | None] = ()) -> bool:
    """Whether a source dates its own shooting by a weekday, outside the sentences
    ``outside``: a figure of the dead, hurt or shot with a weekday for its time ('shot early
    Sunday'), or a weekday in its lead ('four separate scenes Sunday night'), so a month or
    a calendar day names another, recalled case (:func:`_recalled_arrest`,
    :func:`recalled_arrests`, :func:`recalled_people`). (Session 30, fix43: the dead alone, as
    before, missed a roundup whose dead has no time of its own and a page whose only dead is
    the recalled one, careful reading round 40.)"""
    return any(s not in outside for s in _weekday_dating(claims))


def _weekday_dating(claims: Iterable[Claim]) -> set[str | None]:
    """The sentences by which a source dates its own shooting by a weekday (see
    :func:`_killing_on_a_weekday`), read once: the sentence of each casualty figure with a
    weekday for its time, and each lead sentence that names a weekday."""
    days = _recall_dates()[1]
    out: set[str | None] = set()
    for c in claims:
        if c.sentence in out:
            continue
        if c.kind == "quantity" and c.measure in ("killed", "injured", "shot") and c.scope is not None \
                and c.scope.time and days.search(c.scope.time) \
                or 1 < c.line <= LEAD_LINES and c.sentence and days.search(c.sentence):
            out.add(c.sentence)
    return out


class _Page:
    """One source's claims read once for the tests of a recalled killing's arrests
    (:func:`_of_a_recalled_killing`, run for each custody sentence): the claims by sentence, the
    sentences that date the shooting by a weekday, the deaths, the lead's sentences, the toll
    figures' own times, and the claims in the order of the text, so that a long page costs in
    proportion to its claims, not their square (the review of session 52: a 1 MB page took six
    minutes). A claim's line is the line of its start (reconcile.extract.claims), so in the
    order of the text the lines never go back."""

    def __init__(self, claims: Sequence[Claim]):
        self.by_sentence: dict[str | None, list[Claim]] = defaultdict(list)
        for c in claims:
            self.by_sentence[c.sentence].append(c)
        self.dating = _weekday_dating(claims)
        self.deaths = [c for c in claims if _a_death(c)]
        self.lead = [c.sentence for c in claims if c.line <= LEAD_LINES and c.sentence]
        self.toll_times = [(c.sentence, _own_time(c)) for c in claims
                           if c.kind == "quantity" and c.measure in TOLL_MEASURES]
        self.ordered = sorted(claims, key=lambda c: c.start)
        self.starts = [c.start for c in self.ordered]


def _own_time(c: Claim) -> str:
    """A claim's own time (its clause's, not inherited), or ''."""
    return c.scope.time if c.scope is not None and c.scope.time and not c.scope.time_inherited else ""


def _recalled_arrest(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """No arrested toll from one sentence that :func:`recalled_arrests` reads as telling the
    arrests of a killing the page recalls (careful reading rounds 38 and 40: a page recalling
    the township's other killings of the year read as three arrested; two pages' arrests in
    other killings of the month read as the event's, where no one was arrested)."""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is None or t.how != "stated":
        return tolls
    arrests = [c for c in claims if c.id in t.claims]
    said = {c.sentence for c in arrests}
    if len(said) != 1 or not _of_a_recalled_killing(next(iter(said)), arrests, _Page(claims)):
        return tolls
    return tuple(x for x in tolls if x is not t)


def _of_a_recalled_killing(said: str | None, arrests: Sequence[Claim], page: _Page) -> bool:
    """Whether the sentence ``said``, whose arrests or charges are ``arrests``, tells them of a
    killing the page recalls, in a source that dates its own shooting by a weekday elsewhere
    (:func:`_killing_on_a_weekday`): a sentence opened by a month that tells a killing ('In May
    Ray Dunmore was shot dead in his home; two men were later held for it'), or one that takes
    its time, a calendar day, from a killing told before it ('Ray Dunmore was shot dead on Aug. 3.
    Two men have been charged'), or whose dead take a calendar day the lead and the source's
    figures outside it do not give ('On Aug. 3 a man shot two neighbours dead. Police arrested him
    on Oct. 9, charging him with killing Ann Ruiz'), or that tells a killing itself on a weekday
    neither the lead nor the source's other deaths and wounds name ('announced the arrest of two
    men in Thursday's killing of a clerk' under a lead of Sunday's shooting; not the day of the arrest
    itself). A sentence of the headline or lead tells the event's own arrests, but for one opened by a
    month that tells a killing (the first case above). ``page``: the source's claims
    (:class:`_Page`)."""
    if not said or not any(s != said for s in page.dating):
        return False
    mine = page.by_sentence.get(said, [])
    killing = [c for c in mine if _a_death(c)]
    if killing and _recall_dates()[0].match(said):
        return True  # opened by a month, wherever it stands (session 29's _recalled_arrest)
    if any(c.line <= LEAD_LINES for c in mine):
        return False  # the headline and lead tell the event's own arrests ('An arrest has been made in ...')
    if _after_a_dated_death(said, page):
        return True
    days = _recall_dates()[1]

    def taken(cs: Iterable[Claim]) -> set[str]:
        return {c.scope.time for c in cs if c.scope is not None and c.scope.time and c.scope.time_inherited
                and calendar_day().search(c.scope.time)}
    dead = taken(c for c in killing if c.kind == "quantity")
    if any(c.sentence != said and day in (c.sentence or "") for day in taken(arrests) | dead for c in page.deaths):
        return True
    if not dead and not any(days.search(_own_time(c)) for c in killing):
        return False
    known = " ".join(page.lead + [t for s, t in page.toll_times if s != said])
    ids = {c.id for c in arrests}
    held = " ".join(_own_time(c) for c in mine if c.id in ids or c.kind == "fact" and c.measure == "custody")
    return any(day not in known for day in dead) or any(
        (m := days.search(_own_time(c))) and not re.search(rf"\b{re.escape(m[0])}\b", f"{known} {held}", re.I)
        for c in killing)  # not 'was arrested Thursday and charged in the killing': the arrest's day


def _after_a_dated_death(said: str, page: _Page) -> bool:
    """An arrest sentence below the lead with no day of its own (no calendar day, no
    weekday) told just after a paragraph that tells a death on a calendar day the lead does
    not give, in a source that told a death before that paragraph: the arrest in the killing
    just recalled ('On March 9 a cook was shot dead behind a bar. Police arrested a
    17-year-old in the shooting.' below the event's own death). (Session 31, fix46, from the
    arrest45 helper's rows.)"""
    mine = page.by_sentence.get(said, [])
    if not mine or CALENDAR_DAY.search(said) or _recall_dates()[1].search(said):
        return False
    start = min(c.start for c in mine)
    at = bisect.bisect_left(page.starts, start)  # page.ordered[:at]: the claims that start before it

    def told(c: Claim) -> bool:
        return bool(c.sentence) and c.sentence != said
    # the paragraph just before, or the sentences before it in its own: the greatest line told
    # before it, that of the last claim told before it (lines follow the text: :class:`_Page`)
    i = at - 1
    while i >= 0 and not told(page.ordered[i]):
        i -= 1
    if i < 0:
        return False
    line = page.ordered[i].line
    para = []
    while i >= 0 and page.ordered[i].line == line:
        if told(page.ordered[i]):
            para.append(page.ordered[i])
        i -= 1
    earlier = any(c.line < line and told(c) for c in page.deaths)  # on an earlier line: told before it
    text = " ".join(dict.fromkeys(c.sentence for c in para))
    lead = " ".join(page.lead)
    days = [m[0].strip() for m in CALENDAR_DAY.finditer(text)]
    return any(_a_death(c) for c in para) and bool(days) and not any(d in lead for d in days) and earlier


def recalled_arrests(claims: Sequence[Claim]) -> set[str]:
    """The sentences of one source's custody statements (someone held or charged) that tell
    the arrests of a killing the page recalls (:func:`_of_a_recalled_killing`): the source's
    custody leaves them out (:func:`account`), as its arrested toll does, and their people are
    another case's (:func:`recalled_people`). (Session 30, fix43, after careful reading round
    40: a roundup's arrest of a gunman in a July double killing, set against another page's
    'no arrests'.)"""
    held = [c for c in claims if c.kind == "fact" and c.measure == "custody" and c.group in ("held", "charged")
            and c.sentence]
    if not held:
        return set()
    held_ids = {c.id for c in held}
    page = _Page(claims)
    out: set[str] = set()
    for said in dict.fromkeys(c.sentence for c in held):
        arrests = [c for c in page.by_sentence[said] if c.id in held_ids or c.kind == "quantity"
                   and c.measure == "arrested"]
        if _of_a_recalled_killing(said, arrests, page):
            out.add(said)
    return out


def _month_opened(sentence: str, months: re.Pattern[str]) -> bool:
    """A sentence opened by 'in' or 'on' and a month, written in full ('In March') or as a
    calendar day ('On Sept. 12': data/times.json ``calendar_day``)."""
    m = re.match(r"\s*(?:in|on)\s+", sentence, re.I)
    return bool(months.match(sentence) or m and CALENDAR_DAY.match(sentence, m.end()))


def _recall_regions(cs: Sequence[Claim], published: date | None) -> tuple[dict[int, int], set[str]]:
    """One source's recalled parts: per line, the start of its first sentence opened by 'in'
    or 'on' and a month ('back on' too) or holding a figure :func:`toll_claims` sets aside as
    another case's (data/accounts.json ``recalled_people``: 'A year and a half ago a girl of 12
    was killed'; set aside as another event or year only below the lead), a region to the
    line's end; and the sentences of another case's arrests (:func:`recalled_arrests`)."""
    months = _recall_dates()[0]
    starts: dict[tuple[int, str], int] = {}
    for c in cs:
        if c.sentence:
            starts[(c.line, c.sentence)] = min(c.start, starts.get((c.line, c.sentence), 1 << 60))
    _, aside = toll_claims(cs, published)
    late = wordset("accounts", "recalled_people", "below_lead")  # the event's own, told as past in a follow-up
    other = {i for i, why in aside if why in wordset("accounts", "recalled_people", "reasons")}
    other -= {c.id for c in cs if c.line <= LEAD_LINES and dict(aside).get(c.id) in late}
    opened: dict[int, int] = {}  # line -> start of its first sentence of a recalled case
    for c in cs:
        back = re.sub(r"^\W*back\s+(?=(?:in|on)\s)", "", c.sentence or "", flags=re.I)
        if c.sentence and (_month_opened(back, months) or c.id in other):
            opened[c.line] = min(starts[(c.line, c.sentence)], opened.get(c.line, 1 << 60))
    return opened, recalled_arrests(cs)


def case_recalled_people(claims: Sequence[Claim], accounts: Iterable[Account]) -> set[str]:
    """The person claims (victims and suspects) first named on a line whose toll a source set
    aside as a case the page recalls after telling the event as the latest of a kind
    (:class:`_LatestCue`: 'It was the third shooting in four days. ... On Sunday, Cy Moss, 16,
    was killed at a cookout'), whose surname no claim of the source outside those lines gives:
    that case's people, not the event's. Session 58 (the review of session 57: a roundup's
    boy killed days before shown in the people table, though his death was set aside)."""
    lines: dict[str, set[int]] = defaultdict(set)
    by_id = {c.id: c for c in claims}
    for a in accounts:
        for cid, why in a.set_aside:
            if why == "a case recalled" and cid in by_id:
                lines[a.source].add(by_id[cid].line)
    out: set[str] = set()
    for c in claims:
        if c.kind != "person" or c.role not in ("victim", "suspect") or c.line not in lines.get(c.source, ()):
            continue
        last = (c.name or "").split()[-1:] or [""]
        said = re.compile(r"\b" + re.escape(last[0]) + r"\b", re.I)
        if last[0] and not any(o.source == c.source and o.line not in lines[c.source] and o.sentence
                               and said.search(o.sentence) for o in claims):
            out.add(c.id)
    return out


def recalled_people(claims: Sequence[Claim], published: Mapping[str, date | None] | None = None) -> set[str]:
    """The person claims (victims and suspects) of recalled killings inside a page, in a
    source that dates its own shooting by a weekday (:func:`_killing_on_a_weekday`): people
    whose surname the source first gives in a recalled part (:func:`_recall_regions`: a
    paragraph from a sentence opened by a month on, 'On Aug. 3, Ray Dunmore was shot dead ...
    A neighbour, 22, was later charged'; from a figure set aside as another case's on; a
    sentence of another case's arrests), each word of whose name a recalled part of the source
    gives, and whose surname no other source gives outside its own recalled parts: another case
    the page recalls (the township's other killings of the year), not the event's people
    (careful reading round 38, fix41). An earlier mention of the surname that another person
    of the source named before it explains ('said a friend, Leo Ruiz ... Ruiz added') is not
    the person's. The surname is the name's last word. (Session 30, fix43, after careful reading
    round 40: a girl killed a year and a half before, recalled in two pages, and a girl of
    another family killed in April with her father, named again below, were shown as the
    event's.)"""
    by_source = claims_by_source(claims)
    parts: dict[str, tuple[dict[int, int], set[str]]] = {
        src: _recall_regions(cs, (published or {}).get(src)) for src, cs in by_source.items()
        if _killing_on_a_weekday(cs)}

    def recalled(c: Claim) -> bool:
        opened, said = parts.get(c.source, ({}, set()))
        return c.line in opened and c.start >= opened[c.line] or c.sentence in said

    def words(text: str | None) -> set[str]:
        return set(_WORD.findall((text or "").lower()))
    out: set[str] = set()
    for src in parts:
        cs = sorted(by_source[src], key=lambda c: c.start)
        people = [c for c in cs if c.kind == "person" and c.name]
        for p in people:
            name = _WORD.findall(p.name.lower())
            if p.role not in ("victim", "suspect") or not name:
                continue
            surname = name[-1]
            # the surname's mentions, but one before the person's that another of that surname
            # named by then explains ('said a friend, Leo Ruiz ... Ruiz added')
            firsts = [c for c in cs if c.sentence and surname in words(c.sentence) and not (
                not recalled(c) and c.start < p.start and any(
                    q.name != p.name and _WORD.findall(q.name.lower())[-1:] == [surname]
                    and (q.start <= c.start or q.name.lower() in c.sentence.lower()) for q in people))]
            told = {w for c in cs if recalled(c) for w in words(c.sentence)}
            if not firsts or not recalled(firsts[0]) or not set(name) <= told:
                continue
            if not any(surname in words(c.sentence) and not recalled(c) for c in claims if c.source != src):
                out.add(p.id)
    return out


def _no_arrest_below_update(tolls: tuple[Toll, ...], claims: Sequence[Claim]) -> tuple[Toll, ...]:
    """No arrested toll from a 'no arrests' sentence in a source that tells an arrest above it
    ('Dunmore was arrested Friday' at the top, the first story's 'no one
    arrested yet' further down): the page's update is on top, and the none below is the
    first story kept under it (careful reading round 38: an updated page read as 0 arrested
    from its original tail). The arrest above must name a suspect the source has alive (not
    a dead man's record: 'police arrested Dunmore in 2009 for a robbery', nor 'he was later
    arrested'); a charge is not enough ('she filed charges against him in May': an older
    case); an arrest told only below the none is left alone."""
    t = next((t for t in tolls if t.measure == "arrested"), None)
    if t is None or t.how != "stated" or t.value.hi != 0:
        return tolls
    first = next((c for c in claims if c.id == t.claims[0]), None)
    roles: dict[str, set[str | None]] = {}
    for c in claims:
        if c.kind == "person" and c.name:
            roles.setdefault(c.name.split()[-1], set()).update((c.role, "dead" if c.outcome == "killed" else None))
    suspects = [n for n, r in roles.items() if "suspect" in r and "dead" not in r]

    def names_suspect(c: Claim) -> bool:  # not 'police arrested Dunmore in 2009': the dead man's own record
        return any(re.search(rf"\b{re.escape(n)}\b", c.sentence or "") for n in suspects)
    if first is None or not any(held_fact(c) and c.hedge != "more" and c.start < first.start and names_suspect(c)
                                for c in claims):
        return tolls
    return tuple(x for x in tolls if x is not t)


def _held_before(claims: Sequence[Claim]) -> set[str]:
    """Ids of a source's custody facts 'held' or 'charged' told as someone's record: the
    custody words in the pluperfect or as a former one (:func:`_charged_before`, the test a charge
    told before the event has: 'had been arrested'), in a sentence that names
    a record (``record``: 'records show', 'arrested before', 'dozens of times') or a crime that
    is no gunfire (``arrest_elsewhere`` ``other_crimes``, none of its ``gunfire``: 'had been
    arrested for shoplifting'). Not 'the gunman had been arrested', nor 'had been charged with
    murder in the deaths of'. (Session 38, cust56, after careful readings: a gunman's old arrest
    in another state, odd half, and a victim's charges from the county's records, even half.)"""
    record, (crimes, gunfire) = any_of(load("accounts")["held_before"]["record"]), _other_crimes()
    cue = load("accounts")["charged_held"]
    return {c.id for c in claims
            if c.kind == "fact" and c.measure == "custody" and c.group in ("held", "charged") and c.sentence
            and _charged_before(c, cue)
            and (record.search(c.sentence) or crimes.search(c.sentence) and not gunfire.search(c.sentence))}


def _held_for_drugs(claims: Sequence[Claim]) -> set[str]:
    """Ids of a source's custody facts 'held' or 'charged' in a sentence that names a crime of
    drugs and no gunfire (data/accounts.json ``arrest_elsewhere`` ``drug_crimes``, ``gunfire``:
    'arrested on suspicion of possession of a controlled substance'): another matter's arrest,
    as :func:`_arrest_elsewhere` reads such a count; not with 'also' up to ``also_reach`` words
    before the custody words ('was also charged with possession of marijuana': more charges of
    someone held for the event). (Session 38, cust56: a police blotter's drug arrest, odd half;
    people held for selling a teen the drugs he took before a deputy shot him, even half.)"""
    d = load("accounts")["arrest_elsewhere"]
    drugs, gunfire, also = any_of(d["drug_crimes"]), _other_crimes()[1], set(d["also"])
    out = set()
    for c in claims:
        if (c.kind == "fact" and c.measure == "custody" and c.group in ("held", "charged") and c.sentence
                and drugs.search(c.sentence) and not gunfire.search(c.sentence)):
            words, _own, at = _words_at(c)
            if at is not None and not set(words[max(0, at - d["also_reach"]):at]) & also:
                out.add(c.id)
    return out


def _held_recalled(claims: Sequence[Claim]) -> set[str]:
    """Ids of custody facts 'held' or 'charged' whose sentence names people, each of whom the
    person reader calls a person of another case (role 'recalled': a county's list of the
    year's killings, 'Ray Moss, 41, also was arrested in May and charged as an accessory'):
    that case's arrest, not the event's. (Session 41, evt59, from careful reading round 59,
    even half: an arrest on a county homicide list below the story kept a drug arrest's
    suspect as the event's.)"""
    people = [c for c in claims if c.kind == "person" and c.name and c.sentence]
    out = set()
    for c in claims:
        if c.kind == "fact" and c.measure == "custody" and c.group in ("held", "charged") and c.sentence:
            named = [p for p in people if p.sentence == c.sentence]
            if named and all(p.role == "recalled" for p in named):
                out.add(c.id)
    return out


def _all_at_large(custody: Sequence[Claim], said: set[str | None]) -> Claim | None:
    """A 'no one held' fact that speaks of all the charged: told in the charge's own sentence
    ('charged a pair who remain at large', a sentence of the toll's) or with 'both' or 'all'
    as its subject ('Both suspects remain at large'). Careful reading round 38: two brothers
    charged and on the run read as two arrested, as the rule above looks only for charged
    suspects named 'at large'."""
    if any(held_fact(c) for c in custody):
        return None
    return next((c for c in custody if c.group == "none" and c.value.hi == 0 and c.sentence and (
        c.sentence in said or re.match(r"\s*(both|all)\b", c.sentence, re.I))), None)


def _facts(claims: Sequence[Claim]) -> dict[str, tuple[str, ...]]:
    """The when and where of the main event the source states."""
    return {"times": event_times(claims), "addresses": event_addresses(claims), "charges": counted_charges(claims),
            "bail": bail_claims(claims), "custody": custody_claims(claims), "conditions": condition_claims(claims)}


# ------------------------------------------------------------------ the main event's when and where

# A source's own clock times of the shooting, addresses of the scene, charges and bail
# (``fact`` and money claims); reconcile.facts sets two accounts' against each other.

#: minutes in a day: times are compared modulo a day ('shortly before midnight' and 12:05 a.m.)
DAY = 1440
#: the moments an address of the scene is read from
SCENE = ("event", "response")
#: a source whose times of the shooting lie further apart than this (minutes) tells of
#: more than one shooting: its times are not compared
APART = 30


@cache
def _other_event() -> re.Pattern[str]:
    return any_of(load("facts")["other_event"]["phrases"], apostrophes=True)


@cache
def _death_after() -> re.Pattern[str]:
    """A death told right before a span of time ('died hours later'; data/facts.json
    ``other_event`` ``death_before``), read at the end of the words before it."""
    return re.compile(r"\b(?:" + "|".join(load("facts")["other_event"]["death_before"]) + r")\s+$", re.I)


def in_other_event(c: Claim) -> bool:
    """Whether ``c``'s sentence is about another shooting than the article's own (data/facts.json
    ``other_event``: 'In a separate shooting ...'): its time or address is not the event's. Not a
    span of time that tells when someone of it died ('a boy shot on the 200 block of Elm Street
    died hours later': session 67, careful reading round 208, a page whose only block of the
    scene was so told left with no place), nor the event's own rank ('..., marking the second
    shooting in the city in a day': :func:`_its_rank`, session 74)."""
    return _tells_another(c.sentence or "", _other_event())


def _after_other_shooting(c: Claim) -> bool:
    """Whether ``c`` follows, in its sentence, a phrase that opens the telling of another shooting
    (data/accounts.json ``other_shooting_toll``: 'In a separate shooting earlier Friday, a woman was
    wounded'), not a death it times nor the event's own rank (as :func:`in_other_event`)."""
    return _tells_another(before_words(c), _other_shooting_toll())


def _tells_another(text: str, phrases: re.Pattern[str]) -> bool:
    """Whether ``text`` holds one of ``phrases`` of another shooting that neither times a death
    ('died hours later': :func:`_death_after`) nor gives the event's own rank ('marking the second
    shooting': :func:`_its_rank`), read on the words before the phrase."""
    return any(not _death_after().search(text[:m.start()]) and not _its_rank().search(text[:m.start()])
               for m in phrases.finditer(text))


@cache
def _other_shooting_toll() -> re.Pattern[str]:
    return any_of(load("accounts")["other_shooting_toll"]["phrases"], apostrophes=True)


@cache
def _its_rank() -> re.Pattern[str]:
    """The words that make a phrase of another shooting the event's own rank ('..., marking the
    second shooting', 'It was the latest shooting'; data/facts.json ``other_event`` ``its_rank``),
    read at the end of the words before it."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, load("facts")["other_event"]["its_rank"])) + r")\s+the\s+$",
                      re.I)


def _usable(c: Claim) -> bool:
    """A fact of the main event: no roundup's, and not in a sentence about another
    shooting (data/facts.json ``other_event``)."""
    return (c.kind == "fact" and c.value is not None and not is_roundup(c)
            and (c.measure == "charges" or not in_other_event(c)))


def event_times(claims: Iterable[Claim], moment: str = "event") -> tuple[str, ...]:
    """Ids of a source's times of the shooting itself (or of another ``moment``: 'response'),
    in reading order; none when they
    lie more than :data:`APART` minutes apart (two shootings, or a source at odds with
    itself). (Keeping only the times of the article's first half lost more right
    findings than wrong ones on the even half: times are often given late.)"""
    cs = [c for c in sorted(claims, key=lambda c: c.start)
          if _usable(c) and c.measure == "time" and c.group == moment]
    for i, a in enumerate(cs):
        for b in cs[i + 1:]:
            if not any(a.value.lo - APART <= b.value.hi + k and b.value.lo + k <= a.value.hi + APART
                       for k in (-DAY, 0, DAY)):
                return ()
    return tuple(c.id for c in cs)


def event_addresses(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Ids of a source's addresses of the scene, in reading order."""
    return tuple(c.id for c in sorted(claims, key=lambda c: c.start)
                 if _usable(c) and c.measure == "address" and c.group in SCENE and c.noun)


def counted_charges(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Ids of a source's counted charges whose suspect it names, in reading order."""
    return tuple(c.id for c in sorted(claims, key=lambda c: c.start)
                 if _usable(c) and c.measure == "charges" and c.noun and c.cue)


def custody_claims(claims: Sequence[Claim]) -> tuple[str, ...]:
    """Ids of a source's statements on whether anyone is held for the main event
    ('no arrests have been made', 'was charged with'), in reading order; not those of an
    arrest the page tells is of another matter (:func:`_cleared_custody`)."""
    away = _cleared_custody(claims)
    return tuple(i for i in _stated(claims, "custody") if i not in away)


def _cleared_custody(claims: Sequence[Claim]) -> set[str]:
    """Ids of the custody facts 'held' and 'charged' of a page that tells the one held is not
    accused of the shooting (data/accounts.json ``arrest_elsewhere`` ``not_accused``: 'he was
    not named a suspect in the death') and names no suspect held or charged: those whose
    sentence names no charge of the killing (``cleared_held``: 'a teen faces charges after he was
    found with a gun at the school'). Session 59, from careful reading round 90."""
    cleared = _not_accused()
    if not any(c.sentence and cleared.search(c.sentence) for c in claims) or any(
            c.kind == "person" and c.role == "suspect" and c.outcome == "arrested" for c in claims):
        return set()
    kind = wordset("accounts", "arrest_elsewhere", "cleared_held")
    return {c.id for c in claims if c.kind == "fact" and c.measure == "custody" and c.group in ("held", "charged")
            and not kind & set(_WORD.findall((c.sentence or "").lower()))}


def held_fact(c: Claim) -> bool:
    """A custody fact 'held' (someone arrested, booked, in custody) with its sentence: the
    test the custody readers of accounts, facts and compare share; what one of them asks
    more stands at its own call."""
    return c.kind == "fact" and c.measure == "custody" and c.group == "held" and bool(c.sentence)


def condition_claims(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Ids of a source's statements on how badly the wounded are hurt ('in critical
    condition', 'non-life-threatening injuries'), in reading order."""
    return _stated(claims, "condition")


def _stated(claims: Iterable[Claim], measure: str) -> tuple[str, ...]:
    """Ids of a source's usable fact claims of ``measure``, in reading order."""
    return tuple(c.id for c in sorted(claims, key=lambda c: c.start) if _usable(c) and c.measure == measure)


@cache
def _bail_words() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    b = load("facts")["bail"]
    return (any_of(b["words"]),
            re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, b["not"])) + r")(?:\W|$)", re.I), int(b["window"]))


def bail_figures(claims: Iterable[Claim]) -> list[Claim]:
    """A source's money figures beside 'bail' or 'bond' (data/facts.json ``bail``), whoever's
    they are ('His bond was set at $50,000'), for :func:`reconcile.facts._no_bail_rows`."""
    near, away, window = _bail_words()
    out = []
    for c in claims:
        if c.kind != "quantity" or c.measure != "money" or c.value is None or is_roundup(c):
            continue
        sent = " ".join(c.sentence.split())
        at = sent.find(" ".join(c.text.split()))
        if at >= 0 and near.search(sent[max(0, at - window):at + len(c.text) + window]) and not away.search(sent):
            out.append(c)
    return out


def bail_claims(claims: Iterable[Claim]) -> tuple[tuple[str, str], ...]:
    """(claim id, suspect's last name) of a source's bail figures: money beside 'bail' or
    'bond' (data/facts.json ``bail``), the one person the sentence names that the source
    calls no official or relative (a victim only when named alone), else the only
    suspect the source names; none in a sentence that names two such people."""
    claims = list(claims)
    roles: dict[str, set[str | None]] = {}  # last name -> the roles the source gives people of that name
    for c in claims:
        if c.kind == "person" and c.name and len(c.name.split()) > 1:
            roles.setdefault(c.name.split()[-1].lower().strip(".,'’"), set()).add(c.role)
    suspects = {n for n, r in roles.items() if "suspect" in r}
    # bail is a suspect's: a victim the sentence names alone is a misread suspect (the
    # extractor's role is loose), but officials and relatives are no one's bail
    maybe = {n for n, r in roles.items() if r <= {"suspect", "victim", None}}
    victims = {n for n, r in roles.items() if r == {"victim"}}
    out = []
    for c in sorted(bail_figures(claims), key=lambda c: c.start):
        sent = " ".join(c.sentence.split())
        words = {w.lower().strip(".,'’") for w in re.findall(r"[\w'’.-]+", sent)}
        words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}
        named = maybe & words
        if len(named) > 1:
            named -= victims  # 'the family of Pelletier watched as the judge set Orcutt's bail'
        who = next(iter(named)) if len(named) == 1 else next(iter(suspects)) if not named and len(suspects) == 1 else None
        if who:
            out.append((c.id, who))
    return tuple(out)


def _toll_figures(tolls: Sequence[Toll], per: Mapping[str, Sequence[Claim]]) -> list[Claim]:
    """The source's toll figures the account's tolls rest on (each toll's claims), where any
    does; else all of them. Not a figure the tolls pass over ('where eight students and a teacher
    were shot and killed last week', another campus's, beside the event's one wounded): its place
    is not the event's, before the scene's address; it is still the source's place where the page
    gives no other. Session 59, from careful reading round 91 (an Arizona page's place given as
    the state of another shooting it recalled)."""
    used = {i for t in tolls for i in t.claims}
    figures = [c for cs in per.values() for c in cs]
    return [c for c in figures if c.id in used] or figures


def _where(claims: Iterable[Claim], surnames: Collection[str] = frozenset()) -> str | None:
    """The place the source's toll figures are most often given for (their own place,
    first met on a tie; not a hospital, office or jail: data/accounts.json ``place_not_scene``;
    not one of ``surnames``, a person's the recogniser took for a place), or None."""
    return _most_often([c.scope.place for c in claims if c.scope is not None and _place_words(c)
                        and c.scope.place not in surnames])


def _surnames(claims: Iterable[Claim]) -> frozenset[str]:
    """The surnames of the people the page names with a role or an age ('Dent-Wells' of 'Chase
    Dent-Wells, 19'): a figure's place that is one is the person, read by the recogniser as a
    place ('fired at Dent-Wells and wounded him'). Session 70, careful reading round 250
    (494215: a page and the event placed at a wounded man's surname; 597756 the same)."""
    return frozenset(ws[-1] for c in claims if c.kind == "person" and (c.role or c.age is not None)
                     and len(ws := (c.name or "").split()) > 1)


def _fuller_street(place: str | None, claims: Iterable[Claim]) -> str | None:
    """The source's place, or an address or street of the page that ends in it and says more
    ('Lee Lane' of '105 Lindsey Lee Lane', whose first word the recogniser took for a given name;
    of any moment, the words naming one place), or that goes on with a numbered road's number
    ('13915 County Road 3' of '13915 County Road'): the address as the page writes it. Session 59, from careful reading round 92."""
    if not place:
        return place
    for c in sorted(claims, key=lambda c: c.start):
        text = _as_place(c)
        if c.kind == "fact" and c.measure in ("address", "street") and not in_other_event(c) \
                and len(text) > len(place) and (text.endswith(" " + place) or text.startswith(place + " ")
                                                and _ROAD_NUMBER.fullmatch(text[len(place) + 1:])):
            return text
    return place


#: a numbered road's number, after its name ('13915 County Road 3' of a figure's '13915 County
#: Road', where the scope reader stopped at the street word: session 74, careful reading, 432535)
_ROAD_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?")


def _places_named(claims: Iterable[Claim], measures: Collection[str]) -> list[Claim]:
    """The page's facts of ``measures`` (address, street, corner) in reading order, but a
    roundup's, another event's or a case the page recalls by a year its headline does not name
    (:func:`_bare_year_elsewhere`): the places :func:`_scene_address` and :func:`_page_address`
    choose from."""
    claims = list(claims)
    head = " ".join(c.sentence or "" for c in claims if c.line == 1)
    return [c for c in sorted(claims, key=lambda c: c.start) if c.kind == "fact" and c.measure in measures
            and not is_roundup(c) and not in_other_event(c) and not _bare_year_elsewhere(c, head)
            and not _located_aftermath(c)]


def _located_aftermath(c: Claim) -> bool:
    """Whether the claim is a building of the aftermath 'located' at a place ('a prayer vigil
    at Thanksgiving Square, located at 1627 Pacific Avenue', 'The church is located at 7701
    Highway 52'; data/accounts.json ``located_aftermath``): read with the cue 'locate', or
    written after a comma ('invited to Sacred Heart Church, 66 Cottage St.': session 73), in a
    sentence that names a vigil, a funeral, a church, a meeting or an assistance center and no
    gunfire, outside the place's own words ('the 16000 block of Cathedral Street')."""
    if not c.sentence or not (c.cue == "locate" or before_words(c).rstrip().endswith(",")):
        return False
    said = _around(c)  # not the place's own words ('16000 block of Cathedral Street')
    return bool(_cue("located_aftermath", "pattern").search(said)) \
        and not _cue("located_aftermath", "shooting").search(said)


def _scene_address(claims: Iterable[Claim], figures: Iterable[Claim] = ()) -> Claim | None:
    """The claim of where the source puts the shooting when no toll figure of it names a place: its first
    address, street or corner of the shooting itself (a fact of the moment 'event', not of the
    police response or another case: 'was shot in the 1000 block of Addison Place'), as the page
    writes it. Session 58, from careful reading round 85 (only 14 of 47 sources with a place,
    where the fact reader had read the block or street of the shooting). A block or house number
    told in a sentence of the toll figures (``figures``), not a person's home ('Ames, of the 5800
    block of Elm'), goes first: the place where the counted people were shot ('police responded
    to the 200 block of West 105th Street and found four people shot'), not a later shooting's a
    roundup tells (session 72, careful reading round 296). A street alone so chosen gives way to
    the page's block or house number of it told of the shooting or the call (session 72, round 297).
    Where the victims were found (:func:`_found_victims`, session 73) goes after the shooting's own
    place and before the police call's, but where one more victim was found goes last."""
    named = _places_named(claims, ("address", "street", "corner"))
    scene = [c for c in named if c.group in SCENE]
    found = [c for c in named if _found_victims(c)]
    counted = {c.sentence for c in figures if c.sentence}
    # the shooting's own first; else where the victims were found (session 73: bench/places.py,
    # 290626, 390526, 657711), not where one more victim was (486109's fourth victim); else where
    # the police were called ('officers were called to the 200 block of Elm Street'); else where
    # one more victim was found; a street or corner has no value (only an address has its number)
    # (the block or house number before a corner, a corner before a street alone)
    found_first = [c for c in found if not _cue("found_victims", "one_more").search(c.sentence or "")]
    ranked = ([c for c in scene if c.group == "event"], found_first, [c for c in scene if c.group == "response"], found)
    pick = next(chain((c for c in scene if c.measure == "address" and c.sentence in counted and not _a_home(c)),
                      (c for cs in ranked for m in ("address", "corner", "street") for c in cs if c.measure == m)), None)
    if pick is not None and pick.measure == "street":
        # a street alone, and the page's block or house number of it told of the shooting or the
        # call ('Kensington Rd' in a post, 'the 3800 block of Kensington Road' told of the call;
        # session 72, careful reading round 297): the block
        street = " " + _street_written(_as_place(pick))
        pick = next((c for c in scene if c.measure == "address" and not _a_home(c)
                     and _street_written(_as_place(c)).endswith(street)), pick)
    if pick is not None:
        # a headline cut in a word ('... shot near 25th and Br'), written whole further on: the
        # whole ('25th and Broadway'; session 73, careful reading round 330: 369410)
        cut = _as_place(pick)
        pick = next((c for c in named if (w := _as_place(c)).startswith(cut) and w[len(cut):len(cut) + 1].isalpha()),
                    pick)
    return pick


def _found_victims(c: Claim) -> bool:
    """Whether the claim is a place where the page's victims were found (data/accounts.json
    ``found_victims``: 'officers found two men shot in the 1100 block of Elm Street', 'the four
    were found at a farm in the 13000 block of Elm Road'), read with the cue 'find' or
    'discover' as another moment (group 'other'); not a gun, casings, a car or a suspect found,
    nor a person's home. Session 73, careful readings (589488, 461515, 747183: pages placed at
    their figures' town though they write the block or street where the victims lay)."""
    d = load("accounts")["found_victims"]
    if c.group != "other" or not c.sentence or _a_home(c) or not (
            c.cue in d["cues"] or c.cue in d["found_cues"] and _cue("found_victims", "found_words").search(c.sentence)):
        return False
    said = _around(c)
    return bool(_cue("found_victims").search(said)) and not _cue("found_victims", "not").search(said)


def _around(c: Claim) -> str:
    """The claim's sentence without its own words (a place's 'Cathedral Street' or 'Church
    Road' tells nothing of the sentence around it)."""
    return (c.sentence or "").replace(c.text, " ")


#: how a source's place was read that gives way to any other source's place for the event's,
#: the weakest last: the first block it names, the town its sentence of the shooting names,
#: its dateline's town (:func:`_place_of`; session 71: a page placed at 'Dallas' by 'a shooting
#: in northeast Dallas' took the event from another page's house number)
WEAK_PLACES = ("page", "town", "dateline")


def _place_of(tolls: Sequence[Toll], per: Mapping[str, Sequence[Claim]], claims: Sequence[Claim]
              ) -> tuple[str | None, str | None, Claim | None]:
    """(the source's place, how it was read (:attr:`Account.place_how`), the claim of the first
    block or corner it names where that placed it, or of the block where its victims were found
    (:func:`_found_victims`) where that did, else None): where its toll figures are most
    often given for ('figures'), a fuller street of the page's ending in it; else the shooting's
    own address or the police response's ('scene'); else where the figures the tolls pass over
    are given for ('other figures'); else the first block or corner the page names
    (:func:`_page_address`, 'page'); else the town its sentence of the shooting names
    (:func:`_happened_town`, 'town'); else its dateline's town ('dateline': session 70, from
    careful readings rounds 247-248, Sunriver's and Lone Tree's pages placed nowhere; on gva-dev
    168 sources gain a place so, 137 the registry's town, most others a town beside it). A
    state alone gives way to a place in it (:func:`_beyond_state`: the figures' own, or the
    dateline's town, 'dateline')."""
    figures = _toll_figures(tolls, per)
    first = scene = None
    surnames = _surnames(claims)
    place, how = _fuller_street(_where(figures, surnames), claims), "figures"
    if place and not _names_a_street(place) and _a_town_named(place, claims) and (
            scene := _scene_address(claims, figures)) is not None:
        # a town the figures are given for, beside the page's own block, corner or street of
        # the shooting or the police call: the scene, which says where in the town (session 71,
        # careful readings rounds 270-273: 'Houston' over 'The shooting happened in the 6000
        # block of Elm Street', 'Washington' over the page's 2700 block of Stanton Road)
        place, how = _as_place(scene), "scene"
    elif not place and (scene := _scene_address(claims, figures)) is not None:
        place, how = _as_place(scene), "scene"
    if how == "scene" and scene is not None and _found_victims(scene):
        first = scene  # where the victims were found: the account's address of the scene too (session 73)
    if not place:
        place, how = _where((c for cs in per.values() for c in cs), surnames), "other figures"
    if not place and (first := _page_address(claims)) is not None:
        place, how = _as_place(first), "page"
    if not place:
        place, how = _happened_town(claims), "town"
    if not place:
        town = _dateline_town(claims)
        return (town, "dateline", None) if town else (None, None, None)
    place, dateline = _beyond_state(place, claims, figures)
    return place, "dateline" if dateline else how, first


def _names_a_street(place: str) -> bool:
    """Whether ``place`` names a street, a block or a house number ('1600 block of Elm Street',
    'Elm and Oak avenues'), not a town alone: on a tie for the event's place it goes first
    (session 69: two pages' 'Columbus' beside two pages' block of the house)."""
    forms = _street_word_one()
    # (a street word written as a name's, after its first word: not 'St. Louis County', nor 'a
    # Pasadena street')
    plural = ("streets", "avenues", "roads")  # ('Perry and Chamberlain streets')
    named = any(w[:1].isupper() and w.lower().rstrip(".,") in forms or w.lower().rstrip(".,") in plural
                for w in place.split()[1:])
    return named or any(ch.isdigit() for ch in place)


@cache
def _states() -> tuple[frozenset[str], frozenset[str]]:
    """data/accounts.json ``state_names``: the states by name and abbreviation; the words that
    name a part of one before it ('west', 'central')."""
    d = load("accounts")["state_names"]
    return frozenset(d["words"]) | frozenset(d["abbreviations"]), frozenset(d["regions"])


def a_state(place: str) -> bool:
    """Whether ``place`` is a US state alone, by name or abbreviation, a part of it named by a
    direction or not ('Ohio', 'Ore.', 'west Alabama', 'central Montana'; data/accounts.json
    ``state_names``)."""
    return _state_named(place) is not None


def _state_named(place: str) -> str | None:
    """The state ``place`` is alone, as written without the direction before it ('Alabama'
    of 'west Alabama'), or None (:func:`a_state`)."""
    states, regions = _states()
    words = place.split()
    while " ".join(words) not in states and len(words) > 1 and words[0].lower() in regions:
        words = words[1:]  # 'west Alabama', but 'South Dakota' is a state's own name
    return " ".join(words) if " ".join(words) in states else None


def _beyond_state(place: str, claims: Iterable[Claim], figures: Sequence[Claim]) -> tuple[str, bool]:
    """The source's place, or where it is a state alone ('Alabama', from 'at a home in west
    Alabama'; 'Ore.') a place in it the page names: the one its toll ``figures`` are most often
    given for beside the state, also from the sentence before ('The shooting happened at a
    residence in Roundup. ... shot two'), else its dateline's town ('EUTAW, Ala. (AP)', read as
    a town by data/towns.json's ``dateline``: 'Eutaw'); not a place of the page's other claims
    (another case's city, a reporter's in the credits), nor one the figure is beside ('outside
    Atlanta': :func:`_beside_town`, session 70).
    Session 69, from careful readings rounds 238-240 (pages placed in 'Alabama', 'Ore.', 'Ohio'
    under their towns' datelines)."""
    if not a_state(place):
        return place, False
    inside = _most_often([c.scope.place for c in figures if c.scope is not None and c.scope.place
                          and not a_state(c.scope.place) and not _beside_town(c, c.scope.place)
                          and (_place_words(c) or (c.scope.place_inherited and not _not_scene(c.scope.place)))])
    if inside:
        return inside, False
    if (town := _town_in_state(place, claims, figures)) is not None:
        return town, False
    town = _dateline_town(claims)
    return (town, True) if town else (place, False)


def _town_in_state(place: str, claims: Iterable[Claim], figures: Sequence[Claim]) -> str | None:
    """The first town the page writes with the state ``place`` names after a comma in a
    sentence of its toll ``figures`` ('3 killed, 2 others injured in shooting at bar in Fort
    Wayne, Indiana' for 'Indiana', from 'a bar in northeastern Indiana'), not its dateline
    (:func:`_dateline_town` reads that, as a dateline), no roundup's, no other event's; else
    None. Session 74, careful reading (654087: an AP page placed at 'Indiana' under a headline
    naming the town)."""
    state = _state_named(place) or place
    told = {(f.line, f.sentence) for f in figures}
    for c in sorted(claims, key=lambda c: c.start):
        if c.kind == "fact" and c.measure == "town" and c.sentence and c.hedge != "dateline" \
                and (c.line, c.sentence) in told and not a_state(c.text) \
                and not is_roundup(c) and not in_other_event(c) \
                and re.match(r",\s*" + re.escape(state) + r"\b", after_words(c)):
            return c.text
    return None


@cache
def _ending(key: str) -> re.Pattern[str]:
    """data/accounts.json ``key``'s pattern where it ends the words it is read on (the words of
    a sentence before a town: ``happened_town``, ``beside_town``), compiled once."""
    return re.compile(load("accounts")[key]["pattern"] + r"\s*$", re.I)


def _happened_town(claims: Sequence[Claim]) -> str | None:
    """The first town the page's own sentence of the shooting places it in ('The shooting
    happened on April 16 in Kent'; 'the home in Cooper City where the shooting happened':
    data/accounts.json ``happened_town``), not a state alone, nor a roundup's or another
    event's sentence; else the first town written before a place's noun in a sentence of the
    shooting ('at a west Phoenix apartment', ``at_a``: session 73); or None. Session 70, careful
    reading round 253."""
    towns = [c for c in sorted(claims, key=lambda c: c.start)
             if c.kind == "fact" and c.measure == "town" and c.hedge != "dateline" and c.sentence
             and not a_state(c.text) and not is_roundup(c) and not in_other_event(c)]
    for c in towns:
        # (any mention of the town in the sentence: 'The Reno Police Department said ... occurred in
        # downtown Reno')
        for m in re.finditer(re.escape(c.text), c.sentence):
            before, after = c.sentence[:m.start()], c.sentence[m.end():]
            if _ending("happened_town").search(before) or (
                    _cue("happened_town", "after_in").search(before) and _cue("happened_town", "after").search(after)):
                return " ".join(c.text.split())
    # a town before a place's noun in a sentence of the shooting ('a shooting at a west Phoenix
    # apartment': data/accounts.json happened_town ``at_a``; session 73, careful reading round 320)
    shooting, before, after = _at_a()
    for c in towns:
        if shooting.search(c.sentence):
            for m in re.finditer(re.escape(c.text), c.sentence):
                if before.search(c.sentence[:m.start()]) and after.match(c.sentence[m.end():]):
                    return " ".join(c.text.split())
    return None


@cache
def _at_a() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/accounts.json ``happened_town`` ``at_a``: its 'shooting', 'before' and 'after'
    patterns, compiled once, case-insensitive."""
    d = load("accounts")["happened_town"]["at_a"]
    return tuple(re.compile(d[k], re.I) for k in ("shooting", "before", "after"))


def _beside_town(c: Claim, place: str) -> bool:
    """Whether the claim's sentence puts the shooting beside ``place``, not in it ('outside
    Atlanta', '20 miles west of Tulsa': data/accounts.json ``beside_town``)."""
    return _said_before(c, place, _ending("beside_town"))


def _a_town_named(place: str, claims: Iterable[Claim]) -> bool:
    """Whether ``place`` is a town, county or part of a town the page names (a town claim of
    data/towns.json's reader: 'Houston', 'the South Side'), not a building, a school or a
    business ('Legends Nightclub', 'Northern Arizona University')."""
    key = place.casefold()
    return any(c.kind == "fact" and c.measure == "town" and c.text.casefold() == key for c in claims)


def _dateline_town(claims: Iterable[Claim]) -> str | None:
    """The town of the page's dateline below its headline ('EUTAW, Ala. (AP)', read by
    data/towns.json's ``dateline`` construction: 'Eutaw'), or None."""
    town = next((c for c in claims if c.kind == "fact" and c.measure == "town" and c.hedge == "dateline"
                 and c.line > 1), None)
    return town.text.title() if town else None


def _page_address(claims: Iterable[Claim]) -> Claim | None:
    """Where the source puts the shooting when nothing else places it (no toll figure's place,
    no address or corner of the shooting's own moment or the police response): the claim of the
    first block, house number or corner the page names whatever verb it hangs on ('the four were
    outside in the 2800 block', 'sitting on a porch in the 4100 block', 'a fight broke out near
    59th and Elm'); not a person's home ('Smith, 31, of the 3700 block', 'lists an
    address in'), a place 'blocks away', nor one a verb of custody, court, a police stop or a
    chase names ('detained at', 'pulled over at', 'crashed at'; data/accounts.json
    ``page_address``), another case's or a roundup's. Session 69, from careful reading round 238
    (pages placed nowhere though they name the block: the victims leaving a bus, sitting in a
    car, outside, a fight breaking out); on gva-dev 111 sources gain such a place, judged 104 the
    scene's or near it, 7 another place. A block read so is also the account's address of the
    scene, set against another page's block of the same street (:func:`account`)."""
    cues = frozenset(load("accounts")["page_address"]["cues"])
    return next((c for c in _places_named(claims, ("address", "corner")) if c.cue not in cues
                 and not _a_home(c)
                 and not _cue("page_address", "away").search(c.sentence or "")), None)


def _a_home(c: Claim) -> bool:
    """Whether the words right before the claim make its place a person's home ('Smith, 31, of
    the 3700 block', 'lived in the'; data/accounts.json ``page_address`` 'home'): no scene."""
    return bool(_cue("page_address", "home").search(before_words(c)))


def _bare_year_elsewhere(c: Claim, head: str) -> bool:
    """The claim's sentence names a case by its year ('Court records place the 2012 shooting
    in the 600 block of ...'; data/accounts.json ``old_case_year``), a year the source's headline
    (``head``) does not name: another case the page recalls, whose address is not the scene's.
    (Session 60, careful reading round 99: a page's place, and the event's, read from a
    suspect's earlier case.)"""
    years = set(_old_case_year().findall(c.sentence or ""))
    return bool(years - set(_YEAR.findall(head)))


@cache
def _old_case_year() -> re.Pattern[str]:
    """A case named by its year (data/accounts.json ``old_case_year``), for :func:`_bare_year_elsewhere`."""
    return re.compile(load("accounts")["old_case_year"]["pattern"], re.I)


def _as_place(c: Claim) -> str:
    """An address, street or corner fact's words as a source's place: spaces as one, no closing
    stop or comma."""
    return " ".join(c.text.split()).rstrip(".,;")


def _street_key(place: str) -> str:
    """The first word of the first street ``place`` names, passing over a house or block
    number, 'block of' and the words that say nothing of which street it is (data/accounts.json
    ``recall_cue`` ``street_words``: 'E.', 'North'): 'E. 55th St. near Lenox Road' -> '55th';
    a place naming no street is its own key."""
    if not _names_a_street(place):
        return place
    skip = wordset("accounts", "recall_cue", "street_words") | {"block", "of"}
    words = [w for w in _WORD.findall(place.lower()) if not w.isdecimal() and w not in skip]
    return words[0] if words else place


def _street_first(places: Sequence[str]) -> list[str]:
    """``places`` in the order a tie is read in: a street before a town, and a place opening
    with its block or house number before a street or corner alone (the page that says where on
    the street; session 73, 652175: a club's '3451 N.W. 36th St' beside another page's street
    where the victims lay)."""
    return sorted(places, key=lambda p: (not _names_a_street(p), _block_of(p) is None))


def _tied(places: Sequence[str]) -> bool:
    """Whether two or more places (by their street: :func:`_street_key`) are given most often."""
    counts = Counter(_street_key(p) for p in places).most_common(2)
    return len(counts) == 2 and counts[0][1] == counts[1][1]


def _most_often_street(xs: Sequence[str]) -> str | None:
    """The place given most often, places that name one street written differently counted
    together (:func:`_street_key`), and of those the writing given most often; the first met
    on a tie. Session 71, from careful reading round 269 (778743: a page's house number on
    one street beside three pages' corner of the next street written three ways)."""
    key = _most_often([_street_key(x) for x in xs])
    group = [x for x in xs if _street_key(x) == key]
    if len({b for x in group if (b := _block_of(x)) is not None}) > 1:
        # blocks of the street that disagree ('500 block of Elm Lane' against '800 block of Elm
        # Lane'): the street they share, not one page's block (session 71, 593165 and 570142)
        return _most_often([_NUMBER_OPENING.sub("", x) for x in group])
    # the street word most pages write ('665 Skyline Drive' and 'Skyline Drive' against one
    # page's 'Skyline Road': session 72, careful reading round 296), then the writing given most often
    written = [_street_written(_NUMBER_OPENING.sub("", x)) for x in group]
    streets = _with_direction(written)
    most = _most_often(streets)
    # (of those, a writing of the street in full: 'South Laurel Street' counted with 'Laurel Street')
    return _most_often([x for x, s in zip(group, written) if s == most]
                       or [x for x, s in zip(group, streets) if s == most])


def _with_direction(streets: Sequence[str]) -> list[str]:
    """``streets`` (as :func:`_street_written` writes them), each written without a direction
    that one other writing opens with a direction ('laurel street' beside 'south laurel
    street') counted as that fuller writing: one street, its name in full (session 73: 757697,
    two pages' '1400 block of Laurel Street' beside one's '1400 block of South Laurel Street',
    the registry's 'S Laurel St'). Not where writings open with two directions ('north elm
    street', 'south elm street'): which one the bare writing meant is not told."""
    directions = _directions()
    fuller: dict[str, set[str]] = {}
    for x in streets:
        words = x.split()
        if len(words) > 2 and words[0] in directions:
            fuller.setdefault(" ".join(words[1:]), set()).add(x)
    return [next(iter(fuller[x])) if len(fuller.get(x, ())) == 1 else x for x in streets]


#: a block or house number opening a place ('1100-block of ', '5500 block of ', '183 ')
_NUMBER_OPENING = re.compile(r"^(\d+)\b(?:-?\s*block\b(?:\s+of\b)?)?\s*", re.I)


def _block_of(place: str) -> int | None:
    """The hundred of the block or house number opening ``place`` ('3712 Elm Street' and '3700
    block of Elm Street' are both 37), or None."""
    m = _NUMBER_OPENING.match(place)
    return int(m.group(1)) // 100 if m else None


def _street_written(place: str) -> str:
    """``place`` in lower case, stops dropped, each street word in its one form ('219 Center
    St.' -> '219 center street'), to match one street written two ways."""
    forms = _street_word_one()
    return " ".join(forms.get(w, w) for w in place.lower().replace(".", "").split())


@cache
def _directions() -> frozenset[str]:
    """The directions of data/facts.json ``address`` without their stops ('s', 'south', 'ne')."""
    return frozenset(w.rstrip(".") for w in load("facts")["address"]["directions"])


@cache
def _street_word_one() -> dict[str, str]:
    """Each form of a street word, without its stop, -> its one form (data/facts.json ``address``
    ``suffixes``: 'st' -> 'street', 'ave' -> 'avenue')."""
    return {f.rstrip("."): one for one, fs in load("facts")["address"]["suffixes"].items() for f in fs}


def _most_often(xs: Sequence[str]) -> str | None:
    """The value given most often, the first met on a tie; None for none."""
    counts = Counter(xs)
    return max(counts, key=lambda x: counts[x], default=None)  # a Counter keeps first-met order


# ------------------------------------------------------------------ copies

_WORD = re.compile(r"\w+", re.U)
_INITIALISM = re.compile(r"[A-Z]{2,6}")
#: a capitalised word of three letters or more, one capital inside it allowed ('DeKalb',
#: 'McKinney', 'LaShawn'): names and places that a regular capitalised word misses
_CAPWORD = re.compile(r"\b[A-Z](?:[a-z]{1,2}[A-Z])?[a-z]{2,}\b")


@dataclass(frozen=True)
class Signature:
    """What copy and topic detection keep of an article's text (the text itself need
    not stay in memory): its length in words, a sample of its word shingles, a digest
    of the whole normalised text, and its capitalised words (names, places)."""

    source: str
    words: int
    shingles: frozenset[int]
    digest: str
    names: frozenset[str]
    #: words outside page furniture (headline and body), and words of furniture
    body: int = 0
    furniture: int = 0
    #: the capitalised words of the text's own headline, and those of them its body
    #: (the text after the headline) never uses; None where the headline is not told
    #: apart (:func:`_headline`, a signature saved before they were kept)
    headline: frozenset[str] | None = None
    headline_only: frozenset[str] | None = None
    #: the headline's line (1 for the first line)
    headline_line: int = 0
    #: whether the text tells gunfire anywhere (data/accounts.json ``gunfire``); None where
    #: not known (a signature saved before it was kept)
    gunfire: bool | None = None
    #: the line of a header that opens the other shootings of a roundup ('In other
    #: shootings:', data/accounts.json ``others_header``); 0 for none
    others_from: int = 0
    #: capitalised words the text never writes in lower case, each alone where it neither
    #: opens a sentence nor stands beside another capitalised word, or with the capitalised
    #: word after it ('Dana Whitlow', a caption's opening too): first names written outside
    #: the sentences claims are read from (:func:`written_names`); None where not known
    written: frozenset[str] | None = None
    #: the line of the first cue below the headline that recalls an earlier case of the
    #: kind ('the second time in a week', data/accounts.json ``recall_cue``); 0 for none
    recall_from: int = 0
    #: the ages the text writes as 'N-year-old' (:data:`NOUN_AGE`); None where not known
    #: (a signature saved before they were kept)
    ages: frozenset[int] | None = None
    #: the line of the first header below the headline that opens the first report kept
    #: under an update ('ORIGINAL STORY:', 'The previous story is below.', data/accounts.json
    #: ``first_report``); 0 for none
    first_report_from: int = 0
    #: the outlet the text's own lines credit (a dateline's '(AP)', a copyright line) where
    #: the article's metadata names another outlet: a republished wire story (an aggregator's
    #: copy of AP's); None otherwise
    credit: str | None = None
    #: whether the text has any word of harm or violence (data/accounts.json ``harm_words``:
    #: killed, wounded, blast, attack, ...); None where not known
    harm: bool | None = None

    @property
    def stub(self) -> bool:
        """A headline left on a page of furniture (a sign-up form, a video player): fewer
        than :data:`MIN_BODY` words of text beside at least as many of furniture."""
        return self.words > 0 and self.body < MIN_BODY and self.furniture >= self.body

    def to_dict(self) -> dict[str, Any]:
        """The compact form saved claims carry (docs/formats.md, saved claims): the sampled
        shingles as base64 of sorted little-endian uint64, the names sorted."""
        d = {"words": self.words, "shingles": pack(sorted(self.shingles), "<u8"), "digest": self.digest,
             "names": sorted(self.names), "body": self.body, "furniture": self.furniture}
        if self.headline is not None and self.headline_only is not None:
            d.update(headline=sorted(self.headline), headline_only=sorted(self.headline_only),
                     headline_line=self.headline_line)
        if self.gunfire is not None:
            d["gunfire"] = self.gunfire
        if self.others_from:
            d["others_from"] = self.others_from
        if self.written is not None:
            d["written"] = sorted(self.written)
        if self.recall_from:
            d["recall_from"] = self.recall_from
        if self.ages is not None:
            d["ages"] = sorted(self.ages)
        if self.first_report_from:
            d["first_report_from"] = self.first_report_from
        if self.credit:
            d["credit"] = self.credit
        if self.harm is not None:
            d["harm"] = self.harm
        return d

    @classmethod
    def from_dict(cls, source: str, d: Mapping[str, Any]) -> Signature:
        head, only = d.get("headline"), d.get("headline_only")
        return cls(source, int(d["words"]), frozenset(int(h) for h in unpack(d["shingles"], "<u8")),
                   str(d["digest"]), frozenset(str(n) for n in d["names"]), int(d["body"]), int(d["furniture"]),
                   None if head is None else frozenset(map(str, head)),
                   None if only is None else frozenset(map(str, only)), int(d.get("headline_line", 0)),
                   None if d.get("gunfire") is None else bool(d["gunfire"]), int(d.get("others_from", 0)),
                   None if d.get("written") is None else frozenset(map(str, d["written"])),
                   int(d.get("recall_from", 0)), None if d.get("ages") is None else frozenset(map(int, d["ages"])),
                   int(d.get("first_report_from", 0)), d.get("credit") if isinstance(d.get("credit"), str) else None,
                   None if d.get("harm") is None else bool(d["harm"]))


def _norm(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")


def unmasked(art: Article) -> list[str]:
    """The pieces of an article's text outside its masked page furniture, in order."""
    keep, last = [], 0
    for s, e in sorted(art.masked):
        if s > last:
            keep.append(art.text[last:s])
        last = max(last, e)
    keep.append(art.text[last:])
    return keep


def _names(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _CAPWORD.findall(text)) - wordset("accounts", "marker_stop")


def _headline(art: Article) -> tuple[int, int] | None:
    """Where the text's own headline ends and its body starts: after its first line with
    a word in it, unless the article's title is kept apart from its text (a JSON item's
    field that the text does not repeat); None for none."""
    m = _WORD.search(art.text)
    if m is None:
        return None
    start = art.text.rfind("\n", 0, m.start()) + 1
    end = art.text.find("\n", m.start())
    if end < 0 or art.title and _norm(art.title) != _norm(art.text[start:end]):
        return None
    return start, end


def signature(art: Article) -> Signature:
    words = _norm(art.text)
    sh = frozenset(h for i in range(max(0, len(words) - SHINGLE + 1))
                   if (h := _hash(" ".join(words[i:i + SHINGLE]))) % SAMPLE == 0)
    body = sum(len(_WORD.findall(k)) for k in unmasked(art))
    furniture = sum(len(_WORD.findall(art.text[s:e])) for s, e in art.masked)
    head = only = None
    line = 0
    if (cut := _headline(art)) is not None:
        head = _names(art.text[cut[0]:cut[1]])
        only = head - set(_norm(art.text[cut[1]:]))
        line = art.text.count("\n", 0, cut[0]) + 1
    return Signature(art.id, len(words), sh, hashlib.sha256(" ".join(words).encode()).hexdigest(), _names(art.text),
                     body, furniture, head, only, line, bool(_gunfire().search(art.text)), _others_header(art.text),
                     written_names(art.text), _recall_cue(art.text),
                     frozenset(int(m) for m in NOUN_AGE.findall(art.text.lower()) if m.isdigit()),
                     _first_report(art.text), _credit(art), bool(_cue("harm_words").search(art.text)))


def _credit(art: Article) -> str | None:
    """The outlet ``art``'s own lines name (reconcile/text/outlets.py: a dateline's '(AP)', a
    copyright line), where its metadata names another: the page republishes that outlet's story."""
    if not art.outlet or art.outlet_from:
        return None
    named = find_outlet(art.text)
    if named is None or norm_name(named.outlet) == norm_name(art.outlet):
        return None
    return named.outlet


_WRITTEN = re.compile(r"\b[A-Z][a-z]{3,}\b")
#: before a word of :func:`written_names` that opens a sentence, a line or a quotation
OPENING_MARK = "^"
#: a capitalised word (or initial) just before: the word is part of a longer name
_CAP_BEFORE = re.compile(r"\b[A-Z][\w'’-]* $")
#: a mark inside a name or a credit's slash just before ('D'Andre', 'YouTube/Dana'), or a correction's 'not' ('Lionel, not Lional')
_NOT_BEFORE = re.compile(r"(?:['’/-]|\b[Nn]ot )$")
#: the capitalised word just after, if any
_CAP_AFTER = re.compile(r" (?:([A-Z][a-z]{2,})\b|\d)")
#: a sentence, line, quotation or clause opening just before
_OPENING = re.compile(r"(?:^|[.!?:;\"“‘'(—\n-])\s*$")


def written_names(text: str) -> frozenset[str]:
    """The capitalised words of four letters or more ``text`` never writes in lower case
    ('Corin'; not 'Road' beside 'road'), not after another capitalised word ('Walnut
    Hills'): alone where not before another capitalised word, and with the capitalised word
    after it where there is one ('Dana Whitlow', at a caption's opening too). A word alone
    that opens a sentence, line or quotation ('Three people') is kept with
    :data:`OPENING_MARK` before it: as often a common word as a name."""
    lower = set(re.findall(r"\b[a-z]{4,}\b", text))
    out = set()
    for m in _WRITTEN.finditer(text):
        w = m.group()
        if w.lower() in lower or _CAP_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _NOT_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # 'Walnut Hills'; 'D'Andre'; a correction, 'Lionel, not Lional'
        nxt = _CAP_AFTER.match(text, m.end())
        if nxt and nxt.group(1):
            out.add(f"{w} {nxt.group(1)}")
        elif nxt:
            continue  # before a figure: a brand or a room ('Lodge 6')
        elif not _OPENING.search(text, max(0, m.start() - 4), m.start()):
            out.add(w)
        else:
            out.add(OPENING_MARK + w)  # opening a sentence or line: kept apart ('^Naidra')
    return frozenset(out)


def _first_line_below_headline(text: str, found: Callable[[str], object]) -> int:
    """The line (1 for the first) of the first line after the first for which ``found``
    holds, or 0."""
    return next((i for i, line in enumerate(text.split("\n"), 1) if i > 1 and found(line)), 0)


def _others_header(text: str) -> int:
    """The line (1 for the first) of the first header below the headline that opens a
    roundup's other shootings ('In other shootings:', 'In non-fatal Monday shootings:';
    data/accounts.json ``others_header``), or 0."""
    header = _cue("others_header")
    return _first_line_below_headline(text, lambda line: header.fullmatch(line.strip()))


def _recall_cue(text: str) -> int:
    """The line (1 for the first) of the first line below the headline that recalls an
    earlier case of the kind ('the second time in a week'; data/accounts.json
    ``recall_cue``), or 0."""
    return _first_line_below_headline(text, _cue("recall_cue").search)


def _first_report(text: str) -> int:
    """The line (1 for the first) of the first line below the headline that opens the
    first report kept under an update ('ORIGINAL STORY:', 'Previous story', 'The
    previous story is below.'; data/accounts.json ``first_report``), or 0."""
    return _first_line_below_headline(text, lambda line: _cue("first_report").search(line.strip()))


def _gunfire() -> re.Pattern[str]:
    return _cue("gunfire")


def _similarity(a: Signature, b: Signature) -> float:
    """The share of the shorter text that the longer one repeats (sampled shingles);
    1.0 for the same words, 0.0 for texts too short to sample that differ."""
    if a.digest == b.digest:
        return 1.0
    if len(a.shingles) < MIN_SHINGLES or len(b.shingles) < MIN_SHINGLES:
        return 0.0
    return len(a.shingles & b.shingles) / min(len(a.shingles), len(b.shingles))


def copies(sigs: Sequence[Signature], order: Mapping[str, tuple] | None = None) -> list[Copy]:
    """Near-identical articles: each later one (by ``order``: in :func:`build`, a dated
    source before an undated one, then by publication day, then walk order) that repeats at
    least :data:`COPY_SHARE` of an earlier one's text, or of whose text an earlier one repeats
    as much, and is no less than half its length, is a copy of the earliest such source.
    Candidates share a sampled shingle or the whole digest, so the cost grows with the text,
    not with the square of the articles."""
    rank = {s.source: (order or {}).get(s.source, (i,)) for i, s in enumerate(sigs)}
    index: dict[object, list[Signature]] = defaultdict(list)
    out: list[Copy] = []
    for sig in sorted(sigs, key=lambda s: rank[s.source]):
        if sig.words == 0:
            continue
        cands: dict[str, Signature] = {}
        for key in (sig.digest, *sig.shingles):
            for o in index.get(key, ()):
                cands[o.source] = o
        best: tuple[float, tuple, Signature] | None = None
        for o in cands.values():
            if min(o.words, sig.words) < 0.5 * max(o.words, sig.words):
                continue
            sim = _similarity(sig, o)
            if sim >= COPY_SHARE and (best is None or (sim, rank[best[2].source]) > (best[0], rank[o.source])):
                best = (sim, rank[o.source], o)
        if best is not None:
            out.append(Copy(source=sig.source, of=best[2].source, similarity=round(best[0], 3)))
            continue  # a copy is not an original others copy
        for key in (sig.digest, *sig.shingles):
            index[key].append(sig)
    return out


# ------------------------------------------------------------------ off-topic

def _markers(sig: Signature, claims: Sequence[Claim]) -> set[str]:
    """What ties an article to an event: names of people and places (capitalised words
    that are not common words), the surnames of people it quotes or names, and the
    places and dates of its figures."""
    marks = set(sig.names)
    for c in claims:
        for n in (c.speaker, c.person, getattr(c, "name", None)):
            if n and n.split() and n.split()[-1][:1].isupper():  # a name, not "court documents"
                marks.add(n.split()[-1].lower())
        if c.scope is not None:
            if c.scope.place:
                marks.add("place:" + " ".join(_norm(c.scope.place)))
            if c.scope.date is not None:
                marks.add("date:" + c.scope.date.iso())
    return marks


def _body_ties(claims: Iterable[Claim], after: int) -> tuple[set[str], set[str]]:
    """What ties a source's lines after ``after`` (its headline) to an event: the surnames
    of the people it names, quotes or gives a title (names of two capitalised words or
    more), and the names in the places of its figures."""
    people, places = set(), set()
    for c in claims:
        if c.line <= after:
            continue
        for n in (c.speaker, c.person, c.name):
            words = (n or "").split()
            if len(words) > 1 and all(w[:1].isupper() for w in words):
                people.add(words[-1].lower())
        if c.scope is not None and c.scope.place:
            places |= _names(c.scope.place)
    return people, places


def _under_borrowed_headline(sig: Signature, claims: Sequence[Claim], others: Sequence[set[str]], lone: bool = False) -> bool:
    """Another story printed under the event's headline (careful readings 24 and 25: one
    shooting's headline over a child's beating in another county): the names the
    headline shares with the other sources (at least :data:`MIN_SHARED`: a street and a
    town) are all missing from a body of :data:`STORY_BODY` words or more, which names
    people, and whose people and places share fewer than :data:`MIN_SHARED` with any
    other source (a short body that leaves out the town, or one that names the victim
    or the street, is still the event's)."""
    if sig.headline is None or sig.headline_only is None or sig.body < STORY_BODY:
        return False
    tie = {n for n in sig.headline if any(n in o for o in others)}
    people, places = _body_ties(claims, sig.headline_line)
    # one name in common (the state of a Title Case headline) is enough where the body's
    # people and places are none of the others' and the whole page shares no more than
    # that one name with any of them (a page of old cases under the event's headline)
    shared = max((len((people | places) & o) for o in others), default=0)
    return (len(tie) >= (1 if lone and not shared else MIN_SHARED) and tie <= sig.headline_only and bool(people)
            and shared < MIN_SHARED)


def _distinct(marks: set[str]) -> set[str]:
    """An article's markers less the words of any city's news (data/accounts.json
    ``marker_generic``, ``marker_stop``)."""
    return marks - wordset("accounts", "marker_generic") - wordset("accounts", "marker_stop")


def _lone(marks: set[str], others: Sequence[set[str]]) -> bool:
    """Shares fewer than :data:`MIN_SHARED` distinct markers (:func:`_distinct`) with
    every other source: its city at most."""
    own = _distinct(marks)
    return all(len(own & o) < MIN_SHARED for o in others)


def _first_tolls(claims: Sequence[Claim]) -> dict[str, Interval]:
    """A source's first killed and injured figures for the event, by measure."""
    per = toll_claims(claims)[0]
    return {m: per[m][0].value for m in SILENT_ZERO if per.get(m)}


def _another_story(tolls: Mapping[str, Interval], others: Sequence[Mapping[str, Interval]]) -> bool:
    """Another shooting in the same city (careful reading round 29: an arrest for a
    daytime break-in on another street, the day of a night club's shooting), for a source
    that shares its city at most with the others (:func:`_lone`): no killed or injured
    figure in common with any of them, each it gives apart from theirs, one at least."""
    for o_tolls in others:
        both = [m for m in tolls if m in o_tolls]
        if not both or any(tolls[m].overlaps(o_tolls[m]) for m in both):
            return False
    return bool(tolls)


def _tolls_tied(tolls: Mapping[str, Interval], theirs: Mapping[str, Interval]) -> bool:
    """Both give the same closed death or injury count (a point each)."""
    return any(v.is_point and theirs.get(m) == v for m, v in tolls.items())


def _other_people(s: Signature, arts: Sequence[Signature], claims: Mapping[str, Sequence[Claim]],
                  marks: Mapping[str, set[str]], tolls: Mapping[str, Mapping[str, Interval]]) -> bool:
    """Another case's story (careful reading rounds 18 and 27: a charge in another county's
    killing filed beside a shooting's story; round 31: an Ohio suburb's homicide filed among a
    Pennsylvania borough's stories): it names victims or suspects and none of them is any
    other source's, while the others name theirs, and it is tied to fewer than
    :data:`FEW_TIED` of the other sources (to none of four or fewer): a tie is
    :data:`MIN_SHARED` distinct markers in common (:func:`_distinct`: more than a city), an
    age written 'N-year-old' in common, or the same closed death or injury count. A page on
    the same shooting that names no one yet, or whose people the others do not name, still
    shares their place, an age or a count; in a large folder one other page may share two
    common words with it by chance ('East', a street's name)."""
    own = _named(claims.get(s.source, ()))
    others = [o for o in arts if o is not s]
    theirs = set().union(*(_named(claims.get(o.source, ())) for o in others))
    if not own or not theirs or own & theirs:
        return False
    mine = _distinct(marks[s.source])
    tied = sum(len(mine & marks[o.source]) >= MIN_SHARED or bool((s.ages or set()) & (o.ages or set()))
               or _tolls_tied(tolls[s.source], tolls[o.source]) for o in others)
    return tied < FEW_TIED * len(others)


def _two_cases(arts: Sequence[Signature], marks: Mapping[str, set[str]]) -> bool:
    """Two pages that share no distinct marker (:func:`_distinct`: no name of a person or a
    place, no date) and each write victims' ages ('a 14-year-old', 'a 3-year-old'), none in
    common: two cases, whatever their tolls (session 66, careful reading round 180, 513613:
    a boy of 14 shot in one state's town, read as the event of a page on a boy of 3 who shot
    himself in another state; on gva-dev no other folder of two pages shares no marker and
    writes ages none of which the other has)."""
    a, b = arts
    return not _distinct(marks[a.source]) & marks[b.source] and bool(a.ages) and bool(b.ages) \
        and not a.ages & b.ages


def _named(claims: Iterable[Claim]) -> set[str]:
    """The surnames of the victims and suspects a source names (person claims with a role),
    and of the people it tells of other cases ('recalled': a release feed's crash and arrests,
    session 40, extra58, whose people the reader now sets aside as other cases)."""
    return {c.name.split()[-1].lower() for c in claims
            if c.kind == "person" and c.role in ("victim", "suspect", "recalled") and c.name and c.name.split()}


def _no_shooting(sigs: Sequence[Signature], claims: Mapping[str, Sequence[Claim]],
                 marks: Mapping[str, set[str]]) -> set[str]:
    """Pages that never tell gunfire (:attr:`Signature.gunfire`) beside sources that do,
    and name victims or suspects none of which any other source names (careful reading
    round 34: a police department's index of news releases, a crash and drug arrests,
    filed with a strip club's shooting in the same city), or name none and share no
    distinct marker (:func:`_distinct`) but a date with any source that tells gunfire (a
    jail's roster row; a warehouse fire the same day, the review of session 53): not about
    the shooting, whatever words of the city and its police they share."""
    told = [s for s in sigs if s.gunfire]
    out = set()
    for s in sigs:
        if s.gunfire is not False or not told:
            continue
        own = _named(claims.get(s.source, ()))
        others = set().union(*(_named(claims.get(o.source, ())) for o in sigs if o is not s))
        if own and others and not own & others or not own and not any(
                {m for m in _distinct(marks[s.source]) & marks[o.source] if not m.startswith("date:")} for o in told):
            out.add(s.source)
        elif not own and s.harm is False and not _tells_harm(claims.get(s.source, ())):
            # no gunfire, no one named, no word of harm or violence, no one counted hurt, dead or
            # held: a council's repaving of the street the shooting was on, whatever place names it
            # shares (review of session 54)
            out.add(s.source)
    return out


def _tells_harm(claims: Iterable[Claim]) -> bool:
    """The source counts someone dead, hurt, shot or arrested, or tells custody at all."""
    return any(c.kind == "quantity" and c.measure in ("killed", "injured", "shot", "arrested")
               or c.kind == "fact" and c.measure == "custody" or c.kind == "person" and c.role in ("victim", "suspect")
               for c in claims)


def _stub_tied(stub: Signature, arts: Sequence[Signature], claims: Mapping[str, Sequence[Claim]]) -> bool:
    """A stub that names nothing of the others is still theirs where its headline gives an age
    ('N-year-old') another source gives, or a death or injury toll of two or more another
    source gives first (careful reading round 37: a sign-up page left under a police headline on
    a boy of 10 in critical condition, its place cut off, beside two stories on the same boy)."""
    return any(stub.ages and o.ages and stub.ages & o.ages for o in arts) or _first_toll_tied(stub, arts, claims)


def _first_toll_tied(s: Signature, arts: Sequence[Signature], claims: Mapping[str, Sequence[Claim]]) -> bool:
    """Whether a source's first death or injury toll, a closed count of two or more, is the
    first toll of that measure another source gives ('two teens were killed')."""
    tolls = _first_tolls(claims.get(s.source, ()))
    for o in arts:
        theirs = _first_tolls(claims.get(o.source, ()))
        if any(v.is_point and (v.low or 0) >= 2 and theirs.get(m) == v for m, v in tolls.items()):
            return True
    return False


def off_topic(sigs: Sequence[Signature], claims: Mapping[str, Sequence[Claim]],
              skip: Iterable[str] = ()) -> set[str]:
    """Stubs (:attr:`Signature.stub`) that share no marker with another source, and
    sources that share (almost) nothing with the others: fewer than
    :data:`MIN_SHARED` name, place or date markers in common with any other source,
    in a folder of at least three where two others share :data:`TOPIC_SHARED`, or
    another story under the event's headline (:func:`_under_borrowed_headline`); and, in
    a folder of any size, pages that never tell gunfire and name only other people
    (:func:`_no_shooting`). Otherwise, with two sources neither can be told off-topic;
    copies are left out of the count."""
    skip = set(skip)
    by_source = {s.source: s for s in sigs}
    stubs = {s.source for s in sigs if s.source not in skip and s.stub} if len(sigs) > 1 else set()
    arts = [s for s in sigs if s.source not in skip and s.source not in stubs]
    marks = {s.source: _markers(s, claims.get(s.source, ())) for s in sigs if s.source not in skip}
    # a stub whose headline names a person, place or date of the others is about their
    # event: its account is its headline's ('Atlanta: Six dead, two wounded in shooting')
    stubs = {s for s in stubs if not any(marks[s] & marks[o.source] for o in arts)
             and not _stub_tied(by_source[s], arts, claims)}
    stubs |= _no_shooting(arts, claims, marks)
    tolls = {s.source: _first_tolls(claims.get(s.source, ())) for s in arts}
    if len(arts) == 2:  # two stories of two cases: neither is the other's event
        if _two_cases(arts, marks):
            return stubs | {s.source for s in arts}
        return stubs | {s.source for s in arts if _other_people(s, arts, claims, marks, tolls)}
    if len(arts) < 3:
        return stubs if len(arts) >= 1 else set()
    best = {s.source: max(len(marks[s.source] & marks[o.source]) for o in arts if o is not s) for s in arts}
    # (not a page whose first death or injury toll, two or more, is another source's first: a
    # guard's account of the same club shooting names only herself and her wounded partner; an
    # age in common is not enough, as a roundup of the year's killings lists the event's victim)
    out = {s for s, n in best.items() if n < MIN_SHARED
           and not _first_toll_tied(by_source[s], [o for o in arts if o.source != s], claims)}
    kept = [s for s in arts if s.source not in out]
    for s in arts:
        others = [o.source for o in arts if o is not s]
        lone = _lone(marks[s.source], [marks[o] for o in others])
        if (_under_borrowed_headline(s, claims.get(s.source, ()), [marks[o] for o in others], lone)
                or lone and _another_story(tolls[s.source], [tolls[o] for o in others])
                or _other_people(s, kept, claims, marks, tolls)):
            out.add(s.source)
    # off a topic only where there is one: the others share clearly more among themselves
    if max((n for s, n in best.items() if s not in out), default=0) < TOPIC_SHARED:
        return stubs
    return out | stubs


# ------------------------------------------------------------------ the event

def event(accounts: Sequence[Account], published: Mapping[str, date | None],
          stubs: Iterable[str] = (), held: Iterable[str] = (), gunmen: int = 0,
          court: Iterable[str] = (), by_id: Mapping[str, Claim] | None = None) -> Event:
    """The report's reading of each toll across the independent accounts (copies and
    off-topic sources left out): the value every source gives; else, with dates, the
    latest account's (tolls rise as victims die and the wounded are counted; a bound
    there, such as 'the slain teen', reads as the count another account gives within
    it); else
    the value most sources give (ties: the higher); an interval over their values when
    no value is shared by more than one source and they do not all overlap. A source
    with tolls but no death or injury toll reads as none for the event, but for a stub
    (a headline alone, whose silence says nothing) or a story of the case's end (``court``:
    :func:`tells_court_stage`, a sentencing that tells the dead it was for and not the
    wounded); a stub's own toll counts only
    where no source with a body gives the measure (a headline names one victim of several). No one arrested is not the reading
    when a source in ``held`` says someone is held (:func:`_arrested`). Death tolls
    no more than ``gunmen`` (reported dead by any source) apart read as the higher, which
    counts the gunman (:func:`_gunman_counted_in`). With every source off-topic (two pages
    on two cases, :func:`_other_people`) there is no reading."""
    stubs = set(stubs)
    quiet = stubs | set(court)
    # every source off-topic (two pages on two cases): no event to read
    indep = [a for a in accounts if a.independent] or [a for a in accounts if not a.off_topic]
    dated = any(published.get(a.source) for a in indep)
    said = claims_by_source((by_id or {}).values())  # the claims of each source, for :func:`_groups_within`
    out = []
    for m in TOLL_MEASURES:
        have = [(a, a.toll(m)) for a in indep if a.toll(m) is not None]
        # a wounded bound read from charges yields to any account's figure (:func:`_attempts_charged`)
        have = [(a, t) for a, t in have if t.how != CHARGED] or have
        # a headline alone ('Baby shot in ...') yields to the accounts with a body that give the measure
        have = [(a, t) for a, t in have if a.source not in stubs] or have
        if not have:
            continue
        have = _groups_within(have, said)
        if not dated:
            have = [(a, _headline_hedge_dropped(t, a.source, have, by_id or {})) for a, t in have]
        if m in SILENT_ZERO:
            zero = Interval(0, 0, 0)
            have += [(a, Toll(m, zero, "silent", (), "")) for a in indep
                     if a.toll(m) is None and a.tolls and a.source not in quiet and not _more_shot(a, m)]
        days = [(published.get(a.source), a.source, t) for a, t in have if published.get(a.source)]
        # a page silent on the measure is no latest account of it where a dated page gives a
        # figure (a hearing story months on that tells the dead and not the wounded; careful
        # reading round 65, gva-dev 519541: the wounded read as none beside three on every page
        # that counts them)
        days = [x for x in days if x[2].how != "silent"] or days
        if days and len({d for d, _, _ in days}) > 1:
            d, s, t = max(days, key=lambda x: (x[0], x[2].value.lo))
            closed = [(a, u) for a, u in have if u.value.is_point and t.value.contains(u.value.lo)]
            if not t.value.is_point and closed:
                # the latest gives a bound ('a fatal shooting', 'the slain teen'): the count
                # the other accounts give within it is the reading
                b = _best(m, closed)
                # where those counts disagree among themselves, the reading is their range and
                # says so, not 'latest report' (the latest gave only the bound; the review of
                # session 53: 'at least four' latest over five, nine and four read '4-9 (latest report)')
                out.append(EventToll(m, b.value, "range" if b.how == "range" else "latest", (s, *b.sources)))
                continue
            out.append(EventToll(m, t.value, "latest", (s,)))
            continue
        out.append(_best(m, have))
    moved = died_later(indep, by_id)
    if moved is not None:
        # wounded who died: the event's reading is the dead, and none wounded
        hurt, dead = moved
        n = dead[0].toll("killed").value
        srcs = tuple(a.source for a in (*dead, *hurt))
        out = [EventToll("killed", n, "died later", srcs) if t.measure == "killed" else
               EventToll("injured", Interval(0, 0, 0), "died later", srcs) if t.measure == "injured" else t
               for t in out]
    out = [_gunman_counted_in(t, indep, gunmen) if t.measure in ("killed", "shot") and t.how in ("range", "most sources")
           else t for t in out]
    out = [_risen_toll(t, indep, by_id or {}) if t.how == "range" else t for t in out]
    out = _hurt_moved_to_dead(out, indep, quiet)
    out = shot_of_dead_and_wounded(out, indep)
    said_held = set(held)
    held = [a.source for a in indep if a.source in said_held]
    if held:
        out = [_arrested(t, held, published, _told_later(indep, held, by_id or {})) if t.measure == "arrested" else t
               for t in out]
    out = [_court_arrests(t, indep, set(court), published) if t.measure == "arrested" else t for t in out]
    # (a page placed by its dateline or by the first block it names, with nothing of the
    # shooting's own to place it, yields to the others' places: 'CLEVELAND (AP)' beside a
    # suburb's barbershop, where an officer pulled a car over beside the scene's street)
    # (of weak places, a page's own first block before a dateline's town: the block is the
    # scene's or near it, a dateline may be the outlet's city)
    placed = [a for a in indep if a.place]
    rank = {a.source: WEAK_PLACES.index(a.place_how) + 1 if a.place_how in WEAK_PLACES else 0 for a in placed}
    strongest = min(rank.values(), default=0)
    places = [a.place for a in placed if rank[a.source] == strongest]
    # (a tie among the strongest broken by the weaker pages' streets, blocks and corners that
    # agree with one of them, not their towns: two pages' blocks of two streets, and a third page's
    # first block of one; session 73, careful reading round 320: 613826)
    if _tied(places):
        keys = {_street_key(p) for p in places}
        weak = [a.place for a in placed if rank[a.source] > strongest and _names_a_street(a.place)
                and _street_key(a.place) in keys]
        if weak:
            won = _street_key(_most_often_street(_street_first([*places, *weak])))
            places = [p for p in places if _street_key(p) == won]
    if any(a_state(p) for p in places):
        # beside a state alone, a town or county (not a person's name read as a place) is the event's place (r50fix)
        named = {getattr(c, "name", None) for c in (by_id or {}).values() if c.kind == "person"}
        places = [p for p in places if not a_state(p) and p not in named] or places
    # (places counted by their first street: 'E. 55th St. near Lenox Road' and 'East 55th
    # Street near Lenox Avenue' are one street beside one page's '183 East 54th St')
    place = _most_often_street(_street_first(places))
    # a street alone that a page's block or address names in full, weak or not ('Eastman Road'
    # beside '2500 block of North Eastman Road': session 70, careful reading round 253)
    # ('4th Street' takes '1500 block of 4th Street': a number opening the place is a block's or a house's)
    # ('Kilbourne Avenue' takes '13000 block of Kilbourne', a block written without its street word)
    # ('Center Street' takes '219 Center St', a street word written short; not where the pages'
    # blocks of the street disagree: session 71)
    if place and _names_a_street(place) and not place.split()[0].isdecimal():
        # (a corner takes a page's block of one of its streets, one block told: 'Daggett Street and
        # Dicks Avenue' beside '2600 block of Daggett Street'; session 73)
        fuller = [p for street in _CORNER.split(place) for p in _blocks_of(street, placed)]
        if len({_block_of(p) for p in fuller}) == 1:
            place = fuller[0]
    elif place and not _names_a_street(place):
        # a town beside a weaker page's own first block (place_how 'page'), one street told: the
        # block says where in the town (session 73: 'Elgin' beside '210 Main Street')
        blocks = [a.place for a in placed if a.place_how == "page" and _block_of(a.place) is not None]
        if blocks and len({_street_key(p) for p in blocks}) == 1 and len({_block_of(p) for p in blocks}) == 1:
            place = blocks[0]
    return Event(tolls=tuple(out), dated=dated, place=place)


#: the words between a corner's streets ('Elm and Oak', 'Elm Street near Oak Avenue', 'Elm & Oak')
_CORNER = re.compile(r"\s+(?:and|&|near|at)\s+", re.I)


def _blocks_of(street: str, placed: Sequence[Account]) -> list[str]:
    """The places of ``placed`` that open with a block or house number of ``street`` ('4th
    Street' of '1500 block of 4th Street', 'Kilbourne Avenue' of '13000 block of Kilbourne')."""
    words = _street_written(street).split()
    if not words:
        return []
    whole = " ".join(words)
    bare = " ".join(words[:-1]) if words[-1] in _street_word_one().values() else whole
    return [a.place for a in placed if a.place.split()[0].isdecimal()
            and ((w := _street_written(a.place)).endswith(" " + whole) or bare and w.endswith(" " + bare))]


def _groups_within(have: Sequence[tuple[Account, Toll]], said: Mapping[str, Sequence[Claim]]
                   ) -> list[tuple[Account, Toll]]:
    """``have`` less each toll that counts a group another account counts within a higher toll
    of its own (:func:`group_part`: a first post's '2 Women' wounded against a story of three
    hurt that names the two women among them): a part, which the comparison calls so, is no
    reading of the event's total. ``said``: the claims by source. Session 65, known since
    session 64's readings (647657: the event's wounded a range of two to three, its shot two)."""
    if len(have) < 2 or not said:
        return list(have)
    keep = [(a, t) for a, t in have if not any(
        b is not a and u.value.lo > t.value.hi and group_part(t, said.get(a.source, ()), said.get(b.source, ()))
        for b, u in have)]
    return keep or list(have)


#: the readings of the dead and the wounded that :func:`_hurt_moved_to_dead` may read again
SPLIT = ("range", "most sources")


def _headline_hedge_dropped(t: Toll, source: str, have: Sequence[tuple[Account, Toll]],
                            by_id: Mapping[str, Claim]) -> Toll:
    """A source's toll read from its headline's count ('1 Dead, 2 Hurt') whose lead gives the
    same figure as a lower bound ('at least two people were hurt'), where another source
    states a higher count of the measure: the headline dropped its lead's hedge, and the event
    reads the source as that bound, as the comparison calls the pair an early count
    (:func:`headline_at_least`, which both read). Not where no one counts more: the page's
    figure stands. (Session 57, from careful reading round 81, gva-dev odd half: a wire's two
    hurt kept the event's wounded at two to four beside a station's four.)"""
    if t.how == "silent" or not any(u.how != "silent" and u.value.is_point and u.value.lo > t.value.lo for _, u in have):
        return t
    own = [c for c in by_id.values() if c.source == source and c.kind == "quantity" and c.measure == t.measure
           and c.value is not None]
    return replace(t, value=Interval(t.value.nominal, t.value.low, None)) if headline_at_least(t, own) else t


def headline_at_least(t: Toll, cs: Sequence[Claim]) -> bool:
    """The toll is the headline's figure, which the source's lead gives again as a lower
    bound ('1 Dead, 2 Hurt' over 'at least two people are hurt'): headlines drop hedges.
    ``cs``: the source's claims of the toll's measure."""
    first = first_claim(t, cs)
    return (first is not None and first.line == 1 and t.value.is_point
            and any(1 < c.line <= LEAD_LINES and (c.hedge or "") == "at least" and c.value.low == t.value.lo
                    for c in cs))


def headline_within(t: Toll, cs: Sequence[Claim], other: Interval) -> Claim | None:
    """The toll is the headline's figure, and the source's body gives the measure an upper
    bound that holds both it and ``other``, another source's toll ('Two killed' over 'as many as five
    people died', against 'Five dead, the gunman among them'): the body does not hold to the
    headline's figure, an early count. Not a vague word's range ('several'). The body's claim, or None. ``cs``: the source's
    claims of the toll's measure. (Session 60, from the Hesston page the session 59 review
    read.)"""
    first = first_claim(t, cs)
    if first is None or first.line != 1 or first.value is None or not first.value.is_point:
        return None
    # an upper bound only ('up to five', 'as many as 20': nought to that many), not a vague word's
    # range ('several' against 'six' and 'nine': planted cases, seed 2)
    return next((c for c in cs if c.line > 1 and c.value is not None and not c.value.is_point
                 and c.value.low == 0 and c.value.high is not None
                 and c.value.contains(first.value.lo) and other.hi <= c.value.high),
                None)


def _hurt_moved_to_dead(out: list[EventToll], indep: Sequence[Account], quiet: Collection[str]) -> list[EventToll]:
    """The event's dead and wounded read as ranges where every independent account gives the
    same number of people hurt, dead and wounded together, and they differ only in how many
    of them are dead (a closed count of each, no death told reading as none but for
    ``quiet``, a stub or a story of the case's end; any shot count the same total): 5
    wounded against 1 dead and 4 wounded, the wounded who died later that the toll rows
    call an update. The event reads the most dead and the rest wounded (``how`` 'died
    later'), not two ranges said to disagree. (Session 41, evt59, from careful reading round
    59, which found it on both halves: 492393 odd, 703478 even.) Session 47 (hurt47, careful
    reading round 65, 766527): also where most sources' readings left the man who died later
    among the wounded too (1 dead and 2 wounded of 2 shot), with people counted one by one
    ('the man', 'the child') as counts and a source's open count of the wounded ('a 5-year-old
    girl', at least one) holding the rest."""
    by = {t.measure: t for t in out}
    if not ("killed" in by and "injured" in by and by["killed"].how in SPLIT and by["injured"].how in SPLIT):
        return out
    pairs, loose = [], []
    for a in indep:
        k, i, s = a.toll("killed"), a.toll("injured"), a.toll("shot")
        if k is None and a.source in quiet or i is None or i.how not in HURT_COUNTS:
            return out
        if k is not None and (k.how not in HURT_COUNTS or not k.value.is_point):
            return out
        d = k.value.lo if k is not None else 0
        if not i.value.is_point:  # 'a 5-year-old girl' among the wounded: at least one
            loose.append((d, i.value, s))
            continue
        n = (d, i.value.lo)
        if s is not None and not s.value.contains(sum(n)):
            return out
        pairs.append(n)
    if len({k + i for k, i in pairs}) != 1 or len({k for k, _ in pairs}) < 2:
        return out
    total = sum(pairs[0])
    if not all(v.contains(total - d) and (s is None or s.value.contains(total)) for d, v, s in loose):
        return out
    dead, hurt = max(pairs)
    srcs = tuple(a.source for a in indep)
    return [EventToll("killed", Interval(dead, dead, dead), "died later", srcs) if t.measure == "killed" else
            EventToll("injured", Interval(hurt, hurt, hurt), "died later", srcs) if t.measure == "injured" else t
            for t in out]


def shot_of_dead_and_wounded(out: Sequence[EventToll], indep: Sequence[Account]) -> list[EventToll]:
    """The event's people shot read as its dead and wounded together where both of those
    are single counts (a measure no source gives reading as none, the other given, unless a
    source counts more people shot than that other: :func:`_more_shot`) and the shot reading
    is another figure or a range: the shot row is read from fewer words (a two-scene page's
    dead of one scene and wounded of the other added up, a headline's lone victim, a range
    of sources that each count part of the hurt), and the event's own dead and wounded have
    already weighed every source. ``indep``: the independent accounts. Left
    alone where every source behind the shot reading states that one figure and it is more
    than the dead and wounded ('Three people were shot': some shot are neither dead nor counted
    wounded by the pages); a stated figure below them is read from fewer words too (session 68,
    careful reading round 215: 634889's three shot beside four wounded the two pages agree on,
    one page's three taken to hospitals and a fourth who refused treatment). ``how`` 'dead
    and wounded', the sources those two readings rest on. (Session 48, careful reading round
    67 on gva-dev's even half: 590958's shot 2 beside one dead and no wounded, a two-scene
    roundup's other wounded man counted). On gva-dev it moves the shot row in 46 folders and
    nothing else; against the registry's dead and wounded together it closes 20 even and 23
    odd rows at that count (open bounds, ranges and other figures before) and takes one row
    on each half off it (566168, 571479, where the event's dead and wounded count one
    victim twice)."""
    by = {t.measure: t for t in out}
    shot, parts = by.get("shot"), [t for t in (by.get("killed"), by.get("injured")) if t is not None]
    if shot is None or not parts:
        return list(out)
    if not all(t.value.is_point for t in parts):
        return _shot_at_least_hurt(out, shot, parts)
    # a measure no source gives (no death told anywhere) reads as none beside the other, but
    # not where a source counts more shot than the measure it gives: its rest are the other's
    absent = [m for m in ("killed", "injured") if m not in by]
    if any(_more_shot(a, m) for a in indep for m in absent):
        return list(out)
    total = sum(t.value.lo for t in parts)
    if shot.value.is_point and shot.value.lo == total:
        return list(out)
    # (a lower bound of the dead and wounded added up says no figure of its own: it allows the stated one)
    behind = [t for a in indep if a.source in shot.sources and (t := a.toll("shot")) is not None
              and not (t.how == "added" and t.value.high is None)]
    if shot.value.is_point and behind and all(t.how == "stated" and t.value == shot.value for t in behind) \
            and shot.value.lo > total:
        return list(out)
    return _shot_read_as(out, Interval(total, total, total), parts)


def _shot_at_least_hurt(out: Sequence[EventToll], shot: EventToll, parts: Sequence[EventToll]) -> list[EventToll]:
    """The event's people shot where its dead or wounded reading is a range: a single count of
    the shot below the least the dead and wounded readings allow together is read as their range
    added up (``how`` 'dead and wounded'), people shot being no fewer than those hit; left alone
    otherwise. (Session 68, careful reading round 224: 563751's shot 1 beside one dead and one to
    four wounded; on gva-dev it moves four rows, three toward the registry's count and one, 760833,
    away from it, where the dead reading is another case's.)"""
    least = sum(t.value.low or 0 for t in parts)
    if shot.value.high is None or shot.value.high >= least:
        return list(out)
    most = None if any(t.value.high is None for t in parts) else sum(t.value.high for t in parts)
    return _shot_read_as(out, Interval(least, least, None) if most is None else
                         Interval(least if most == least else None, least, most), parts)


def _shot_read_as(out: Sequence[EventToll], n: Interval, parts: Sequence[EventToll]) -> list[EventToll]:
    """The event's readings with its people shot read as ``n``, the dead and wounded together
    (``how`` 'dead and wounded', the sources of those readings)."""
    srcs = tuple(dict.fromkeys(s for t in parts for s in t.sources))
    return [EventToll("shot", n, "dead and wounded", srcs) if t.measure == "shot" else t for t in out]


def risen_sources(measure: str, indep: Iterable[Account], claims: Iterable[Claim]) -> set[str]:
    """The sources that tell, in their own words, that their ``measure`` toll rose: a victim
    found or come forward after the first count (fact 'rise', status 'rise'), for any measure;
    for the dead, a death told as one more or as a count reached now ('A third person has
    died', 'Three people have now died': status 'died', its number) whose number is the
    source's own death toll (session 55, review of session 54)."""
    rises: dict[str, set[float]] = defaultdict(set)
    risen: set[str] = set()
    for c in claims:
        if c.kind == "fact" and c.measure == "rise":
            if c.group == "died":
                if c.value is not None:
                    rises[c.source].add(c.value.lo)
            else:
                risen.add(c.source)
    if measure == "killed":
        risen |= {a.source for a in indep if a.source in rises and (k := a.toll("killed")) is not None
                  and k.value.is_point and k.value.lo in rises[a.source]}
    return risen


def _risen_toll(t: EventToll, indep: Sequence[Account], by_id: Mapping[str, Claim]) -> EventToll:
    """The sources' range of a toll read as its top where the sources that give the top as
    their own figure tell, in their own words, a victim found after the first count (a fact
    claim 'rise': 'Police found an eleventh victim'), and none of the lower ones does: the
    later count, as the toll row calls it an update (r50fix, session 34: careful reading round
    50 found the event at 10-11 beside the row that called 11 the update)."""
    risen = risen_sources(t.measure, indep, by_id.values())
    top = [a.source for a in indep if (u := a.toll(t.measure)) is not None and u.value.is_point
           and t.value.high is not None and u.value.lo == t.value.high]
    low = [a.source for a in indep if (u := a.toll(t.measure)) is not None and a.source not in top]
    if not top or not low or not set(top) <= risen or risen & set(low):
        return t
    return EventToll(t.measure, Interval(t.value.high, t.value.high, t.value.high), "latest", tuple(top))


def _gunman_counted() -> re.Pattern[str]:
    """A death toll's sentence that counts the gunman ('3 dead, including gunman')."""
    return phrases("gunman_counted")


def gunmen_dead(claims: Iterable[Claim]) -> dict[str, int]:
    """Per source, the gunmen it reports dead: one for a death toll told as a suicide or
    counting the gunman ('3 dead, including the gunman'), or told as a killer's victims
    beside his own death ('kills wife in murder-suicide': :func:`_killer_counted`), else one for each suspect it
    names as killed. Death tolls that many apart count the same dead (one counts the
    gunman): they agree (``compare.judge_toll``), and the event reads the higher."""
    out: dict[str, int] = {}
    for c in claims:
        if c.kind == "quantity" and c.measure == "killed" and (
                "suicide" in (c.hedge or "") or _gunman_counted().search(c.sentence or "") or _killer_counted(c)
                or _killer_sum(c)):
            out[c.source] = max(out.get(c.source, 0), 1)
        if c.kind == "person" and c.role == "suspect" and c.outcome == "killed":
            out[c.source] = out.get(c.source, 0) + 1
    return out


def _gunman_counted_in(t: EventToll, indep: Sequence[Account], gunmen: int) -> EventToll:
    """The event's death toll (or count of people shot: the gunman shot dead is one of
    them in one source and not in another, careful reading round 37) where the accounts'
    counts lie no more than ``gunmen`` (reported dead by any source) apart: the higher,
    which counts the gunman, as the comparison says ('3 dead, including the gunman' and
    'two dead' agree); people named one by one, a part, must not exceed it. Where the
    higher count tells his death apart (its own reading one to one more), the event reads it so."""
    m = t.measure
    have = [(a.source, a.toll(m)) for a in indep if a.toll(m) is not None]
    # (people shot as the dead and the wounded added up, :func:`_hit`, are counted too)
    vals = [u.value for _, u in have if u.how in COUNTS or m == "shot" and u.how == "added"]
    # a count that may or may not hold the gunman ('three dead', his death told apart:
    # 3 to 4) is read as its count
    if not gunmen or len(vals) < 2 or not all(v.is_point or v.low is not None and v.hi - v.lo <= 1 for v in vals):
        return t
    lo, hi = min(v.lo for v in vals), max(v.lo for v in vals)
    if lo == hi or hi - lo > gunmen or any((u.value.low or 0) > hi for _, u in have):
        return t  # people named one by one are a part: they must fit in it
    if all(not v.is_point for v in vals if v.lo == hi):
        # the higher count itself tells his death apart ('five soldiers killed', then 'the
        # gunman was shot dead'): it may leave him out, as its own reading says, and the
        # lower one may be told before a wounded man died (session 25, event34)
        return EventToll(m, Interval(None, hi, hi + 1), "gunman counted", tuple(s for s, _ in have))
    return EventToll(m, Interval(hi, hi, hi), "gunman counted", tuple(s for s, _ in have))


def toll_ages(a: Account, m: str, by_id: Mapping[str, Claim]) -> frozenset[int]:
    """The ages the figures of the source's toll of ``m`` give ('9-year-old Corey Vance': 9)."""
    t = a.toll(m)
    return frozenset(n for i in (t.claims if t is not None else ()) if (c := by_id.get(i)) is not None
                     and (n := noun_age(c)) is not None)


def _wounded(a: Account) -> Toll | None:
    """The account's wounded toll, but for a bound read from charges (:data:`CHARGED`) and
    for none wounded ('no one else was hurt' after the dead: the page tells the dead only,
    as one silent on the wounded does; session 33, evt49)."""
    t = a.toll("injured")
    return None if t is None or t.how == CHARGED or t.value.high == 0 else t


def died_later(indep: Sequence[Account], by_id: Mapping[str, Claim] | None = None
               ) -> tuple[tuple[Account, ...], tuple[Account, ...]] | None:
    """(sources with wounded, sources with dead) when the one person or people hurt are
    wounded in some sources and dead in the others, each giving one measure only (the dead
    and none wounded count as the dead only): n
    wounded and no death toll against n dead and no injury toll (a first report's
    'critically injured' and a later 'has died'), none of them counting more people
    shot. None otherwise, or when a source gives both measures, but for one whose dead
    are told with ages (``by_id``: the claims) none of the dead the others give has: it
    counts someone else (a roundup's other child, session 22, update30: 487996)."""
    by_id = by_id or {}
    # (a wounded bound read from charges, :func:`_attempts_charged`, is no wounded toll here)
    dead = [a for a in indep if _wounded(a) is None and a.toll("killed") is not None]
    told = frozenset().union(*(toll_ages(a, "killed", by_id) for a in dead))
    mixed = [toll_ages(a, "killed", by_id) for a in indep if a.toll("killed") and _wounded(a)]
    if any(not told or told & ages or not ages for ages in mixed):
        return None
    hurt = [a for a in indep if a.toll("killed") is None and _wounded(a) is not None]
    if not hurt or not dead:
        return None
    n = hurt[0].toll("injured").value
    both = (*hurt, *dead)
    if not n.is_point or not n.lo or any(a.toll(m).value != n for m, accs in (("injured", hurt), ("killed", dead))
                                         for a in accs):
        return None
    if any((s := a.toll("shot")) is not None and (s.value.lo != n.lo or not s.value.contains(n.lo)) for a in both):
        return None  # not where one counts more people shot: two people, one wounded, one dead ('at least one shot' counts no more)
    if any(_gunman_dead_others_shot(a, by_id) for a in dead):
        return None
    return tuple(hurt), tuple(dead)


def _gunman_dead_others_shot(a: Account, by_id: Mapping[str, Claim]) -> bool:
    """The source's dead are the gunman (a suspect the person reader calls killed, by
    surname, or a suspect's noun: :func:`_the_gunman`) and its people shot are told by
    other words ('Lee shot his wife and then himself; Lee was pronounced dead'): the
    one it counts shot is his victim, not the dead, so another source's wounded are that
    victim, not a death told later. (Session 32, r46fix, after careful reading round 46.)"""
    k, s = a.toll("killed"), a.toll("shot")
    if k is None or s is None or not s.value.lo or set(s.claims) & set(k.claims):
        return False
    gone = _suspects_dead(c for c in by_id.values() if c.source == a.source)
    dead = [c for i in k.claims if (c := by_id.get(i)) is not None]
    return bool(dead) and all(_the_gunman(c) or set(norm_name(c.text).split()) & gone for c in dead)


#: how a toll made as a count is made: stated, summed or worked out from counts, not a
#: person mentioned or a vague word (only counts conflict: ``compare.judge_toll``)
COUNTS = ("stated", "sum", "derived")
#: how a source's dead and wounded must be made to tell wounded who died later: counts,
#: or people named one by one ('a man died' and 'three wounded' against 'four shot')
HURT_COUNTS = (*COUNTS, "named")


def hurt_counts(indep: Sequence[Account], said: Mapping[str, Mapping[str, Sequence[Claim]]],
                open_dead: bool = False) -> dict[str, tuple[float, float]]:
    """Per source, its closed counts of the dead and the wounded, as compared
    (:func:`counted`), where it gives both; a source that counts people shot and
    reports no death ('three people were shot', nothing more) has none dead. Two
    sources with the same people hurt and more of them dead in one tell wounded who
    died later (``compare.judge_toll``). The event does not read it: where sources
    disagree so, it keeps the range of their figures (a point read from it was wrong
    as often as right on gva-dev). ``open_dead``: a death toll told as at least a figure
    ('At least three people were killed', four wounded) counts its figure, and a source that
    counts wounded and tells no death at all ('Two people were wounded') none dead, for wounded
    who died later only (a next day's at least three dead and four wounded against two and
    five; a morning's two wounded against the evening's one of them dead: review of session 54)."""
    out: dict[str, tuple[float, float]] = {}
    for a in indep:
        k, i = a.toll("killed"), a.toll("injured")
        if k is None and i is not None and (_none_dead(i, said.get(a.source, {}).get("injured", ()))
                                            or open_dead and i.how in HURT_COUNTS and not said.get(a.source, {}).get("killed")):
            k = Toll("killed", Interval(0, 0, 0), "stated", (), "no death reported")
        if k is not None and i is not None and k.how in HURT_COUNTS and i.how in HURT_COUNTS:
            k = counted(k, said.get(a.source, {}).get("killed", ()))
            i = counted(i, said.get(a.source, {}).get("injured", ()))
            if k.value.is_point and i.value.is_point:
                out[a.source] = (k.value.lo, i.value.lo)
            elif open_dead and k.value.high is None and k.value.lo and i.value.is_point:
                out[a.source] = (k.value.lo, i.value.lo)
    return out


#: the hedge of a wounded count that is people shot in a text that reports no death
#: (reconcile/extract/victims.py): the number written, counted as wounded
NONE_DEAD = "derived: shot, no death reported"


#: nouns naming a group of people by sex, age or role ('2 women shot'): :func:`group_part`
GROUP_NOUNS = wordset("accounts", "group_nouns")


def group_part(t: Toll, own: Iterable[Claim], other: Iterable[Claim]) -> bool:
    """The toll ``t`` is stated with a noun naming a group (data/accounts.json
    ``group_nouns``: '2 women wounded') and the other source states the same number
    with the same noun, or sums groups of which one is that number of that noun
    (:func:`_in_a_sum`): the group may be a part of the other's total. A figure worked
    out ('4 women shot, 2 dead': two wounded) is no count of a group."""
    first = first_claim(t, own)
    noun = (first.noun or "").lower() if first is not None else ""
    if noun not in GROUP_NOUNS or not _as_written(first):
        return False  # '4 Women shot, 2 dead' (two wounded, worked out) names everyone hit
    return any((c.noun or "").lower() == noun and _as_written(c) and c.value.lo == first.value.lo
               or _in_a_sum(c, noun, first.value.lo) for c in other)


def _in_a_sum(c: Claim, noun: str, n: float) -> bool:
    """``c`` sums groups ('his wife and four children', read as 1 + 4 + 1) and one of its
    terms is ``n`` of the ``noun``: the group is counted inside the other's total."""
    terms = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", c.hedge or "")] if toll_kind(c) == "sum" else []
    return len(terms) > 1 and n in terms and noun in {w.lower() for w in re.findall(r"\w+", c.text)}


def _as_written(c: Claim) -> bool:
    """The figure is the number the text writes: stated, or people shot in a text that
    reports no death ('2 women shot', read as two wounded)."""
    return toll_kind(c) == "stated" or (c.value.is_point and shot_none_dead(c))


def shot_none_dead(c: Claim) -> bool:
    """The claim counts as wounded the people shot in a text that reports no death
    ('2 women shot', read as two wounded): the number written, worked out no further."""
    return toll_kind(c) == "derived" and (c.hedge or "").startswith(NONE_DEAD)


def _none_dead(t: Toll, cs: Sequence[Claim]) -> bool:
    """The wounded toll is people shot in a source that reports no death."""
    first = first_claim(t, cs)
    return t.how == "derived" and t.value.is_point and first is not None and shot_none_dead(first)


def _told_later(indep: Sequence[Account], held: Sequence[str], by_id: Mapping[str, Claim]) -> dict[str, int]:
    """Per source of ``held``, the arrests it counts where it tells one of them by an ordinal
    above one ('a third suspect was arrested': :func:`ordinal_held`, which its arrested toll
    counts): the page itself tells arrests after the first, so it is a later report than one
    that says no one is held (r50fix, session 34, careful reading round 50)."""
    out = {}
    for a in indep:
        t = a.toll("arrested")
        if a.source not in held or t is None or t.value.low is None:
            continue
        facts = [c for c in (by_id[i] for i in a.custody if i in by_id) if held_fact(c)]
        n = max((k for k, _ in ordinal_held(facts)), default=0)
        if n > 1 and t.value.low >= n:
            out[a.source] = int(t.value.low)
    return out


def _court_arrests(t: EventToll, indep: Sequence[Account], court: Collection[str],
                   published: Mapping[str, date | None]) -> EventToll:
    """Undated, the arrests a page of the case's end (``court``: :func:`tells_court_stage`, a
    plea, a verdict, a sentence) counts above the event's reading of arrests, where that reading
    rests on a page of an earlier stage too: the court's page is the later report, so the event
    reads at least its count (``how`` 'latest'), as :func:`_arrested` reads a page that tells a
    third arrest. (Session 57, from careful reading round 80, gva-dev even half: two plea pages'
    six and nine who pleaded guilty outvoted by the indictment day's four held, told by three
    pages, one of them a copy's original.)"""
    if t.how == "latest" or any(published.get(a.source) for a in indep):
        return t
    counts = {}
    for a in indep:
        u = a.toll("arrested")
        if a.source in court and u is not None and u.how != "silent" and u.value.lo not in (None, -math.inf) \
                and u.value.lo >= 1:
            counts[a.source] = int(u.value.lo)
    if not counts or not any(s not in court for s in t.sources):
        return t
    n = max(counts.values())
    now = t.value.high if t.value.high is not None else t.value.low
    if now is None or n <= now:
        return t
    return EventToll(t.measure, Interval(None, n, None), "latest", tuple(s for s, k in counts.items() if k == n))


def _arrested(t: EventToll, held: Sequence[str], published: Mapping[str, date | None],
              later: Mapping[str, int] | None = None) -> EventToll:
    """'No arrests' (0) read for the event while other sources say someone is held ('was
    arrested', 'turned himself in'): at least one when those are the latest reports, else
    the sources disagree (0 or more), or, where one page says both and no other source
    either, that page tells both (``how`` 'self', not 'range': no sources disagree; careful
    reading round 38, fix41). Undated, a source that tells an arrest by an ordinal above one
    (``later``: :func:`_told_later`) is the later report: at least the arrests it counts
    (r50fix)."""
    if later and (t.how == "range" or t.value.high == 0) and not any(published.get(s) for s in (*t.sources, *held)):
        n = max(later.values())
        if (t.value.high is None or t.value.high <= n) and (t.value.low or 0) < n:
            return EventToll(t.measure, Interval(None, n, None), "latest", tuple(s for s, k in later.items() if k == n))
    if t.value.high is None or t.value.high > 0:
        return t
    zero, late = [published.get(s) for s in t.sources], [published.get(s) for s in held]
    if all(zero) and all(late) and min(late) > max(zero):
        return EventToll(t.measure, Interval(None, 1, None), "latest", tuple(held))
    one = set(t.sources) | set(held)
    return EventToll(t.measure, Interval(None, 0, None), "self" if len(one) == 1 else "range",
                     tuple(one) if len(one) == 1 else (*t.sources, *held))


def _more_shot(a: Account, m: str) -> bool:
    """The source counts more people shot than the other measure it gives ('five people
    were shot, one fatally'): the rest are its wounded (or dead), so its silence on ``m``
    is no 'none'."""
    shot = a.toll("shot")
    other = a.toll("injured" if m == "killed" else "killed")
    if shot is None or shot.how == "added" or shot.value.lo is None:
        return False
    return other is None or other.value.hi is not None and shot.value.lo > other.value.hi


def _best(m: str, have: Sequence[tuple[Account, Toll]]) -> EventToll:
    """The figure most accounts allow: each figure one of them states is supported by
    every account whose interval holds it, a source silent on the measure (read as
    none) by half as much as one that states a figure (three articles that only tell of
    the dead do not outvote two that count one wounded); the best supported wins (ties: the one
    more sources state, then the higher: tolls rise; for arrests with no source dated, the higher
    first). With no figure stated, the
    number of people the accounts name (a source that names one victim and gives no
    count reads as one) where every account allows it; with neither, the tightest bounds the accounts give together. ``agreed`` when every account allows
    it, ``range`` when none is allowed by more than one account of several."""
    srcs = tuple(a.source for a, _ in have)
    if m == "arrested":
        # the suspects a page names held, closed where it tells no one else held (session 77), are for
        # the event at least that many, as before: arrests only add up, and another page may name more
        # (559237: two pages each naming one of the five held outvoted 'the fifth suspect arrested')
        have = [(a, replace(t, value=Interval(t.value.lo, t.value.lo, None)) if t.how == "named" and t.value.is_point
                 else t) for a, t in have]
    stated = [t for _, t in have if t.how != "silent"]
    # a silent source's none is no figure beside a word for several people ('several', 'dozens':
    # an interval from two up) that a source states: 'several' wounded and a page silent on them
    # is no reading of none (the review of session 53); beside a stated count it still is (a
    # misread wound and pages silent on any: on gva-dev silence is right more often there)
    vague = [u for u in stated if not u.value.is_point and u.value.lo >= 2 and u.value.hi not in (None, math.inf)]
    points = Counter(t.value.lo for _, t in have if t.value.is_point and (
        t.how != "silent" or all(u.value.contains(t.value.lo) for u in vague)))
    if not points:
        # People counted by name: "at least" as many as named, read as that many
        # when no source states a figure.
        # Only where every account allows it: one page's named nephew is no reading beside
        # 'at least nine' and '19' shot (the tightest bounds are; session 34, best50).
        points = Counter(t.value.nominal for _, t in have if t.how == "named" and t.value.nominal is not None
                         and all(u.value.contains(t.value.nominal) for _, u in have))
    if points and not any(a.date for a, _ in have):
        # tolls only add up as a case goes on: with no source dated (dated sources tell an
        # update), 'the fifth suspect arrested' (at least five) is a figure too, supported by every
        # account that allows it, as a stated one is (careful reading round 76: two pages' three
        # and one arrested outvoted four pages' open counts of two, four and five held); so is
        # 'at least eight wounded' (a page's five against two pages' at least seven and at least
        # eight read five: the review of session 54). A figure stated wins a tie.
        points.update({t.value.lo: 0 for _, t in have if t.how != "silent" and t.value.hi == math.inf
                       and t.value.lo not in points and t.value.lo >= 1
                       and (m == "arrested" or t.how == "stated")})  # not one person mentioned
    if points:
        undated_arrests = m == "arrested" and not any(a.date for a, _ in have)

        def support(x: float) -> tuple[float, float, float]:
            # a source silent on the measure weighs half one that states a figure
            n = sum((0.5 if t.how == "silent" else 1) * t.value.contains(x) for _, t in have)
            # arrests only add up: with no dates, of two figures as well supported the higher is
            # the later ('two' held against three named charged: at least three), stated or not
            # (careful reading round 168: 267792's page of a third person charged read as two)
            # (not against none: 'no arrests' on one page and an arrest on another is a
            # disagreement the reading keeps as a range)
            return (n, x, points[x]) if undated_arrests and x >= 1 and not points.get(0) else (n, points[x], x)
        x = max(points, key=support)
        n = sum(t.value.contains(x) for _, t in have)
        if n == len(have):
            how = "agreed"
        elif n == 1 and sum(1 for v in points.values() if v) > 1:
            # where two stated figures disagree, a source silent on the measure (read as
            # none) does not widen their interval (session 33: six and seven wounded
            # beside a victim's profile silent on them read 0-7)
            told = [t for _, t in have if t.how != "silent"]
            if len({t.value.lo for t in told if t.value.is_point}) < 2:
                told = [t for _, t in have]
            lo = min(t.value.lo for t in told)
            hi = max(t.value.hi for t in told)
            return EventToll(m, Interval(None, None if lo == -math.inf else lo, None if hi == math.inf else hi),
                             "range", srcs)
        else:
            how = "most sources"
        # a figure no source states, only an 'at least' (arrests above): at least that many
        value = Interval(x, x, x) if points[x] else Interval(x, x, None)
        return EventToll(m, value, how, tuple(a.source for a, t in have if t.value.contains(x)))
    bounds = stated or [t for _, t in have]  # silence bounds nothing stated
    lo = max(t.value.lo for t in bounds)
    hi = min(t.value.hi for t in bounds)
    if lo > hi:
        lo, hi = min(t.value.lo for t in bounds), max(t.value.hi for t in bounds)
        return EventToll(m, Interval(None, None if lo == -math.inf else lo, None if hi == math.inf else hi),
                         "range", srcs)
    nominal = lo if lo == hi else None
    return EventToll(m, Interval(nominal, None if lo == -math.inf else lo, None if hi == math.inf else hi),
                     "agreed", srcs)


def _figures(a: Account) -> dict[str, Interval]:
    return {t.measure: t.value for t in a.tolls}


def _told_figures(claims: Iterable[Claim]) -> set[tuple[str, Interval]]:
    """The toll figures a text gives, each measure with its value: a copy that gives one its
    original never gives ('Three people were killed' made 'Four') tells figures of its own,
    though its account reads the same toll (the review of session 53); a copy that leaves a
    paragraph out gives none new."""
    return {(c.measure, c.value) for c in claims
            if c.kind == "quantity" and c.measure in TOLL_MEASURES and c.value is not None}


def _other_shootings(sigs: Sequence[Signature], by_source: dict[str, list[Claim]]) -> dict[str, tuple[str, ...]]:
    """Takes out of ``by_source`` the toll figures told below a header that opens a
    roundup's other shootings (:attr:`Signature.others_from`; careful reading round 34: a
    neighbourhood's two shootings, the second, elsewhere and hours later, under 'In
    non-fatal Monday shootings:', gave its wounded man to the first's account), and gives
    their ids per source."""
    out = {}
    for sig in sigs:
        if not sig.others_from or sig.source not in by_source:
            continue
        cs = by_source[sig.source]
        gone = [c for c in cs if c.kind == "quantity" and c.measure in TOLL_MEASURES and c.line > sig.others_from]
        if gone:
            by_source[sig.source] = [c for c in cs if c not in gone]
            out[sig.source] = tuple(c.id for c in gone)
    return out


def _other_scene_claims(apart: Mapping[str, Collection[int]], by_source: dict[str, list[Claim]]) -> dict[str, tuple[str, ...]]:
    """Takes out of ``by_source`` the casualty figures, people and facts told on a line of
    another scene than the event's (``apart``, :func:`reconcile.scenes.other_scenes`: a
    roundup's other shootings, a shooting the page recalls in a paragraph of its own), and
    gives the ids of the toll figures so taken out per source. The rest stay: a cue such as
    'It was the second shooting in a day' is still read by :class:`_LatestCue`. (Session 39, scene57, issue 13: written from gva-dev's
    even half, careful reading round 57.)"""
    out = {}
    for src, lines in apart.items():
        cs = by_source.get(src, [])
        gone = [c for c in cs if c.line in lines and (c.kind in ("person", "fact") or c.kind == "quantity"
                                                      and c.measure in TOLL_MEASURES)]
        if gone:
            by_source[src] = [c for c in cs if c not in gone]
            tolls = tuple(c.id for c in gone if c.kind == "quantity" and c.measure in TOLL_MEASURES)
            if tolls:
                out[src] = tolls
    return out


def _block_street(c: Claim) -> tuple[int | None, str]:
    """An address claim's block or house number and the first letters of its street's
    first word ('6200 block of Elm Road' -> (6200, 'elm'))."""
    text = c.text.lower()
    street = text.split(" of ", 1)[1] if " block of " in text else text
    words = [w for w in _WORD.findall(street) if not w.isdigit() and w not in wordset("accounts", "recall_cue", "street_words")]
    return (c.value.nominal if c.value is not None else None), (words[0][:3] if words else "")


def recalled_event(sigs: Sequence[Signature], claims: Iterable[Claim]) -> dict[str, int]:
    """Source -> the line its account starts from, for a page that tells another case and
    recalls the event (careful reading round 37: a second boy's shooting two days later,
    a cue that it is the latest such case, then the event's paragraph): below a recall cue
    (:attr:`Signature.recall_from`) it gives the address of the shooting or the police call
    that another source gives (:func:`_block_street`), and above it another address no other source
    gives. The lines above the cue, headline included, are the other case's."""
    places: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "fact" and c.measure == "address" and c.group in ("event", "response"):
            places[c.source].append(c)
    out = {}
    for sig in sigs:
        if not sig.recall_from:
            continue
        others = {_block_street(c) for s, cs in places.items() if s != sig.source for c in cs}
        own = places.get(sig.source, ())
        before = {_block_street(c) for c in own if c.line < sig.recall_from}
        after = {_block_street(c) for c in own if c.line >= sig.recall_from}
        if before and not before & others and after & others:
            out[sig.source] = sig.recall_from
    return out


def _told(a: Account, by_id: Mapping[str, Claim]) -> tuple:
    """What a longer copy must tell as its original does to stay a copy: the tolls, the
    states of custody and charges, the times and places of the shooting, and the people it
    names (a later version of a live page that adds an arrest or a name is a source of its
    own)."""
    facts = frozenset((c.measure, c.group, repr(c.value)) for i in (*a.custody, *a.times, *a.addresses, *a.charges)
                      if (c := by_id.get(i)) is not None)
    names = frozenset(c.name for i in a.people if (c := by_id.get(i)) is not None and c.name)
    return _figures(a), facts, names


@dataclass(frozen=True)
class Accounts:
    """What :func:`build` gives: every source's account, the event, the copies, and
    per source the gunmen it reports dead (:func:`gunmen_dead`, which the comparison
    of tolls reads too) and the stage of the case it tells (:func:`case_stages`, which the
    event and the comparison of ages read); ``scenes``: per source the lines that tell
    another scene than the event's (:func:`reconcile.scenes.other_scenes`, read once here:
    the pipeline keeps their people out of the person rows)."""

    accounts: tuple[Account, ...]
    event: Event
    copies: tuple[Copy, ...]
    gunmen: Mapping[str, int] = field(default_factory=dict)
    stages: Mapping[str, str] = field(default_factory=dict)
    scenes: Mapping[str, frozenset[int]] = field(default_factory=dict)


def build(articles: Sequence[Article], claims: Sequence[Claim],
          published: Mapping[str, date | None], signatures: Mapping[str, Signature] | None = None) -> Accounts:
    """Accounts for ``articles`` (in their order), with copies and off-topic sources
    marked where their :class:`Signature` is known (a report built from saved claims
    has none: no copies or off-topic sources are told there)."""
    by_source = claims_by_source(claims)
    # which of two copies is the original: the dated before the undated (an undated saved copy of
    # a dated page is no earlier report, and the original is the one compared), then the earlier
    # day, then the outlet's own story before a republished copy of it ('(AP)' in a news
    # aggregator's item: the review of session 54 had AP's wire called a copy of the aggregator's)
    sigs = [signatures[a.id] for a in articles if signatures and a.id in signatures]
    credited = {s.source for s in sigs if s.credit}
    order = {a.id: (published.get(a.id) is None, published.get(a.id) or date.min, a.id in credited, i)
             for i, a in enumerate(articles)}
    others = _other_shootings(sigs, by_source)
    apart = other_scenes(claims, lambda c: not is_roundup(c))  # a roundup's or a recalled shooting's paragraphs
    # a recalled killing's arrests, told below its paragraph: read before that paragraph is taken out
    recalled = {src: recalled_arrests(by_source[src]) for src in apart if src in by_source}
    scenes = _other_scene_claims(apart, by_source)
    found = copies(sigs, order)
    copy_of = {c.source: c.of for c in found}
    away = off_topic(sigs, by_source, skip=copy_of)
    first = {s.source: s.first_report_from for s in sigs}
    own = {a.id: account(a.id, by_source.get(a.id, ()), published.get(a.id), first.get(a.id, 0), recalled.get(a.id, ()))
           for a in articles}
    by_id = {c.id: c for c in claims}
    body = {s.source: s.body for s in sigs}
    stubs = {s.source for s in sigs if s.stub}
    accs = []
    for a in articles:
        acc = _stub_unsaid(own[a.id], by_id) if a.id in stubs else own[a.id]
        of = copy_of.get(a.id)
        if of is not None and (
                _figures(acc) != _figures(own[of])
                or _told_figures(by_source.get(a.id, ())) - _told_figures(by_source.get(of, ()))
                or body[a.id] >= VERSION_GROWTH * body[of] and _told(acc, by_id) != _told(own[of], by_id)):
            of = None  # a copy whose figures were changed, or a longer later version, is a source of its own: compared
        accs.append(replace(acc, copy_of=of, off_topic=a.id in away,
                            set_aside=(*acc.set_aside, *((i, "other shootings") for i in others.get(a.id, ())),
                                       *((i, "another scene") for i in scenes.get(a.id, ())))))
    # the event is read from the tolls as they are compared: a person mentioned first
    # yields to the count the same source gives (:func:`counted`)
    said = {a.id: toll_claims(by_source.get(a.id, ()), published.get(a.id))[0] for a in articles}
    compared = tuple(replace(a, tolls=tuple(counted(t, said[a.source].get(t.measure, ())) for t in a.tolls))
                     for a in accs)
    accs_t = tuple(_sized_tolls(a, said[a.source]) for a in accs)
    held = [a.source for a in accs_t if any(by_id[i].group in ("held", "charged") for i in a.custody if i in by_id)]
    shooters = gunmen_dead(claims)
    gunmen = max(shooters.values(), default=0)
    stages = case_stages(claims)
    court = [a.id for a in articles if stages.get(a.id) == "court"]
    return Accounts(accounts=accs_t, event=event(compared, published, stubs, held, gunmen, court, by_id),
                    copies=tuple(found), gunmen=shooters, stages=stages, scenes=apart)


def _stub_unsaid(acc: Account, by_id: Mapping[str, Claim]) -> Account:
    """A stub's account (a headline left on a page of furniture) without the wounded it
    works out from a word for victims alone where no death is reported ('Boy, 9, named as
    shooting victim', read as one wounded; not '2 men shot'): a headline's silence on a death says nothing (the
    event reads a stub so too). (Session 25, event34, from a known fault: a stub's
    'shooting victim' read as one wounded where the boy had died.)"""
    drop = [t for t in acc.tolls if t.measure == "injured" and t.claims and (c := by_id.get(t.claims[0])) is not None
            and (c.hedge or "").startswith(NONE_DEAD) and _victim_noun(c)]
    return replace(acc, tolls=tuple(t for t in acc.tolls if t not in drop)) if drop else acc


def _victim_noun(c: Claim) -> bool:
    """The figure's words are a word for victims alone ('shooting victim'), which tells
    no one's state (data/accounts.json ``arrest_elsewhere`` ``victim_nouns``)."""
    words = _WORD.findall(c.text.lower())
    return bool(words) and words[-1] in wordset("accounts", "arrest_elsewhere", "victim_nouns") and len(words) <= 2


def tells_court_stage(claims: Iterable[Claim]) -> bool:
    """The source tells the end of the case in a sentence it reads a claim from (data/compare.json
    ``court_stage``: a verdict, a sentence, a trial, a guilty plea): written months after the
    shooting, about the case."""
    cue = phrases("court_stage")
    return any(cue.search(s) for s in {c.sentence for c in claims if c.sentence})


def case_stages(claims: Iterable[Claim]) -> dict[str, str]:
    """Source -> the stage of the criminal case it tells: 'court' (a verdict, a sentence, a
    trial: :func:`tells_court_stage`) or else 'charge' (an arrest, a
    charge, an arraignment: data/compare.json ``charge_stage``); sources that tell neither
    are left out."""
    by_source = claims_by_source(claims)
    cue = phrases("charge_stage")
    out = {}
    for s, cs in by_source.items():
        if tells_court_stage(cs):
            out[s] = "court"
        elif any(cue.search(c.sentence) for c in cs if c.sentence):
            out[s] = "charge"
    return out
