"""The when and where of the main event, per account, and their comparison.

Pure functions over ``fact`` claims (:mod:`reconcile.extract.facts`): an account (read
by :mod:`reconcile.accounts`) keeps the clock times of the shooting itself (the moment
'event': "the shooting happened about 2:30 a.m.", "he was shot around 2:30"; not the
911 call, the police arrival, an arrest or a news conference) and the addresses of the
scene (the moments 'event' and 'response': police are called to where it happened; not
where someone was arrested, found or lived). :func:`fact_findings` sets two independent
accounts against each other only on the same moment:

- **police response** (measure time): a source's time of the police call or arrival
  that ends before another source's time of the shooting begins (police come after the
  shots); a response time counts only in a sentence that names the police or their
  dispatch (data/compare.json ``response_moments``);
- **time**: a difference when no time one source gives for the shooting (a source
  whose own times lie apart tells of two shootings and is left out; a sentence about
  another shooting gives none) falls in the window of one the other gives (hedges make
  windows: "around 2:30 a.m." is 2:25 to 2:35; "shortly after 1 p.m." 1:00 to 1:20),
  the windows are at most :data:`FAR` minutes apart (further apart, as often two
  shootings), and both do not name other days (a weekday against a date, 'Sunday' against
  'Dec. 12', is no other day unless both resolve to calendar days that do not meet);
- **time, half of the day** (subject 'time · half of the day'): a time of the shooting
  that reads as another source's on a twelve-hour clock, one written a.m. and the other
  p.m. ('about 4:10 a.m.' against '4:10 p.m.'; twelve hours apart, so beyond the time
  row's reach); a source with no time of the shooting is compared by a time it tells in a
  sentence that names the scene's block ('went to a motel on the 400 block of Elm Street
  around 4:10 p.m.');
- **time, day** (subject 'time · day'): two sources that each put the shooting on one
  weekday, not the same, where the weekday is written onto the shooting (right after or
  before a time of the shooting or of the police response, 'not long after 7:05 p.m.
  Wednesday'; after a shooting word or before a shooting noun in a casualty figure's
  sentence that tells no other moment, 'was wounded in the hand Friday', not 'a news briefing
  Saturday' or 'remained hospitalized Sunday'; data/compare.json ``shooting_day``); not
  two adjacent days that may be one night ('late Saturday' against 'early Sunday'), not
  where both give clock times more than :data:`FAR` minutes apart (two moments), and not
  where both resolve to calendar days that meet; a casualty figure beyond the toll's own
  counts only where it tells the victim again by a definite description ('the boy was shot
  Friday'), a day told as its morning or afternoon is never one night with the next day's
  early hours, a page that sets figures aside as other shootings (a roundup) gives no day, and
  a figure after the weekday with a clause of its own telling its harm ('the uncle of a girl who
  was killed on Elm Road') takes none from before it (data/compare.json ``own_clause``);
- **date, weekday** (subject 'date · weekday'): two pages whose dates written with their
  weekdays ('Tuesday morning, Jan. 12' against 'Wednesday, January 11'), whatever moment each
  dates, do not fit one calendar: the weekdays lie another number of days apart (modulo a
  week) than the dates; dates more than :data:`NEAR_DAYS` days or two written years apart are
  not compared, nor a page whose own weekday-dates do not fit each other;
- **address**: a difference when both place the scene on the same street (its key:
  no direction, one suffix form) and no block one gives is a block the other gives
  (a house number is read as its block: 451 is the 400 block);
- **bail**: a difference when both give the same suspect's bail or bond and no
  figure of one is a figure of the other ('$400,000 bond' against bail set at
  '$99,000': often a later stage, the reader checks which);
- **charges**: a difference when both count the same charge against the same suspect
  (by last name) and no count one gives is a count the other gives ('three counts of
  aggravated assault' against 'four counts of aggravated assault').

- **detained** (measure charged, subject 'charged · detained'): a source whose every held
  statement only detains someone ('a boy, 13, was detained': data/compare.json
  ``custody_weak``; not all of them a person of interest's, the 'charged · person of interest'
  row's) and that tells no charge, against one that tells a charge; ordered by the dates like
  custody (an update when the charge is reported later).
- **charges named** (subject 'charges · named'): a source that names the charges filed
  ('was charged with child endangering and negligent homicide') and tells a later stage of the
  case ('indicted', 'new charges', 'as an adult', 'held for court'), against one that tells no
  later stage and names a part of those charges, or no charge of a killing where the first names
  one; or a source that calls its charge the first ('a preliminary charge of') against one that
  names more: charges added or raised between the reports, an update (a page telling a verdict,
  plea, sentence or dropped charges names no charges here; not where the dates put the later
  stage first; data/compare.json ``charge_names``); or, with no stage word, a source whose every
  charge is named as an arrest's offence ('arrested for obstruction') and none of a killing,
  against one that names a charge of a killing (upd57).
- **person of interest sought** (measure charged, subject 'charged · person of interest
  sought'): a source that says no one is held, in a sentence calling the one sought a person of
  interest, against one that tells a charge beside a search or 'at large' and no one held (the
  custody row sees no change there); ordered by the dates like custody (upd57).
- **custody**: a difference when one source says no one is held ('no arrests have been
  made', 'the gunman remains at large'; or only that someone was taken in for
  questioning, which is no arrest) and another that someone is ('was arrested',
  'turned himself in', 'was charged with'); a source that says both is read as held,
  but someone detained ('officers detained two teens', data/compare.json ``custody_weak``)
  beside 'no arrests were reported' is not an arrest, nor is a charge beside 'the gunman
  remains at large' (charged in his absence): that source says no one is held, and then
  another source's charge with no arrest or custody word beside it is read as neither.
  The same for charges (measure **charged**): 'no one has been charged', 'no charges
  have been filed', a charging decision still to come ('prosecutors will decide whether
  to file charges') or charges dropped ('the charges against him were dropped') against
  'was charged with' or a guilty plea or verdict; a source that tells a decision still to
  come beside a charge is left out (the charge may be another case's, or the decision one
  about more charges). When the publication dates put every source
  that says not yet before every source that says so, the reason calls it an update;
  when they put them the other way, a release, a dropped charge or a mistake; without
  dates (or on one day) it says the order cannot be told. A plea of not guilty against
  a guilty plea or verdict ('pleaded guilty', 'was found guilty') is a difference of its
  own (measure **plea**), ordered by the dates the same way.
  A source that says one of several suspects is still sought ('a second suspect remains at
  large', 'deputies are searching for another suspect') against one that tells the arrest or
  charge of one of several ('arrested a second suspect', 'a third man has been charged') and
  says no one is still sought differ too (subject 'custody · suspect still sought'), ordered
  by the dates the same way (an update when the arrest is reported later).
  Read from a page's sentences (:func:`_court_rows`): a page that tells a warrant issued for an
  arrest and no one held against one that tells someone held (subject 'custody · warrant'), and
  one that tells no one held, no charge and no warrant against one that tells a warrant
  ('charged · warrant'); an arraignment still to come ('awaiting arraignment') against one done
  ('charged · arraignment'); each ordered by the dates the same way.
  A page whose custody statements tell the one who fired not known ('no suspect description',
  'could not establish who shot him': data/compare.json ``shooter_unknown``) and that names no
  suspect, against one that names a suspect or tells the police identified the one who fired
  (a court fact 'identified', data/facts.json ``court``, cited by its own words),
  neither telling anyone held or charged (subject 'custody · suspect named'), ordered by the
  dates the same way (an update when the suspect is named later).
  Per named suspect (subject 'custody · named suspect sought', :func:`_named_custody_rows`): a
  page that tells one person named in full sought ('detectives are looking for Dale Corby', 'a
  person of interest') against one that tells the same person held or charged ('Dale Corby was
  booked into the jail'), and a page that tells the person sought on a charge ('wanted on a
  murder charge') against one that tells the person held, each cue read near the surname
  (data/compare.json ``named_custody``), ordered by the dates the same way.

- **condition**: where every source counts one wounded person (and no more shot than
  its dead and that one), a difference when one
  calls the wounds grave ('in critical condition', 'life-threatening injuries', 'in a
  medically induced coma') and another mild ('non-life-threatening', 'treated and
  released') or, where none says mild, stable ('in stable condition': data/compare.json
  ``stable_condition``); a source that says both is left out (it tells a change itself),
  but one that says stable beside mild says mild (the two tell no change).
  Two sources that count the wounded treated and released differently ('Two of them
  were treated and released' against 'one') differ too (subject 'condition · treated
  and released'), and so do two that count the wounded in critical condition with no
  count in common ('Three of the patients remain in critical condition' against 'one
  is in critical condition': data/compare.json ``critical_count``, subject 'condition ·
  in critical condition'; a condition changes between reports). Where the wounded are (measure
  **condition**, subject 'condition · released'): a source that says every wounded
  person was released from hospital ('Both brothers were discharged', or the release of the
  one wounded person it counts) against one that has someone still there ('in stable
  condition', 'remains hospitalized', 'in critical condition') and tells of no release;
  ordered by the dates like custody (an update when the release is reported later).
  Where several are wounded (subject 'condition · every wounded'): a source that says
  none of them is in danger ('None of the wounds seemed grave to the doctors': a mild
  condition hedged 'all') and calls no wound grave, against one that calls someone's
  grave and says no such thing of all, both giving the same exact injured toll ('All three
  suffered minor wounds' says it of all where that source counts three hurt).
- **released** (measure custody, subject 'custody · released'): a source that tells people
  held let go ('the two men detained were released and have not been charged') and tells
  no charge, against one that has someone held or charged and tells no release; ordered
  by the dates like custody (an update when the release is reported later).

- **wound** (measure condition, subject 'condition · wound side'): where every source
  counts one person hurt (or at least one), no more shot and no one dead, two sources that put the wound in the same body
  part on opposite sides ('behind his left ear' against 'behind his right ear', in a
  sentence with a wound word; data/compare.json ``wound_sides``); a source that names both
  sides of that part is left out (it may tell two wounds).

- **wound place** (measure condition, subject 'condition · wound place'): where every
  source that gives a toll counts exactly one person hit (dead or hurt; a source silent
  on the toll, a court story, is read beside them), two sources that put the wounds in
  no common region of the body ('shot in the thigh' against 'a wound to her shoulder';
  the chest, back and side are one region, the torso; data/compare.json
  ``wound_places``); a source that says the person was hit more than once ('shot
  twice', 'multiple gunshot wounds') or in a vague part ('the upper body') is left out,
  and quoted words or a caller's claim are not read. Among the same sources, two whose
  counts of the hits cannot both hold differ too (subject 'condition · times hit': 'was
  shot once' against 'was struck three times', 'a single gunshot wound' against
  'multiple gunshot wounds'; data/compare.json ``times_hit``).

- **kinds inside a toll** (measure the toll's, subject 'injured · children among them'):
  two sources that give the same toll (a figure of their account's toll) and count one
  kind of person inside it differently, right after 'including' or 'among them' in the
  toll's sentence ('Six were hurt, including two children' against 'six hurt, among
  them three children'; data/compare.json ``subgroup_counts``); a source that counts one
  kind two ways is left out. Not a conflict: one may count a teenager as a child.

- **the make-up of a toll** (measure the toll's, subject 'injured · men and women among
  them'): two sources that give the same toll and list the whole of it by sex (or by
  age) but not alike ('two men and a woman' against 'one male, and two females';
  data/compare.json ``group_makeups``): each list's counts must add up to its source's
  own toll (an exact toll; the wounded also as the shot less the dead where the account
  has only a lower bound for them), so a list of part of the group does not count. A
  list may run over one paragraph's sentences, one kind each ('Two women were wounded in
  the legs. Three men were hurt as well.'), where each opens with its count of a toll.

- **who fired** (measure fired, subject 'who fired · victim'): where every source that
  gives a toll counts one person shot (dead or hurt; a roundup is left out), a source whose
  casualty sentences tell only that the victim shot himself or herself ('shot himself',
  'a self-inflicted wound') against one whose sentences tell only that another person
  fired ('was shot by his brother', 'a father accidentally shot his son'; not police);
  a sentence that asks, denies, doubts, quotes or tells a superseded word ('initially',
  'ruled out'), gives a year, or gives a victim of the other sex than the tolls' nouns
  (another case's boy in a page on a girl) is not read; the dates of the two sides tell
  an update (data/compare.json ``who_fired``).

- **where the victim died** (measure died, subject 'death · place'): where every source
  that gives a death toll allows one dead and one counts exactly one (a roundup is left
  out), a source whose casualty sentences tell the death at the scene ('was pronounced dead
  at the scene', 'died instantly', 'was found dead') against one whose sentences tell it at
  a hospital ('died at Mercy Hospital', 'taken to the hospital, where he died'); a source
  that tells both, and a sentence that asks, quotes, doubts, gives a year or names the
  gunman, are not read; on the way to a hospital ('died en route to') is a third place
  (data/compare.json ``death_place``). Where no such row is told, each dead person named in
  full has a row of their own, read from the clauses of each page that name the person
  (session 72).

Findings are ``differ`` only: times and blocks are often first reports, corrected later
(the reader checks which is right), never a ``conflict``. Apart from them,
:func:`weekday_slips` finds a page that contradicts itself on a day: a date written with
its weekday and year that the calendar gives another weekday (``inconsistent``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache

from . import fingerprint as fp
from .accounts import (DAY, bail_claims, bail_figures, calendar_day, counted_charges, event_addresses, event_times, held_fact,
                       phrases, toll_ages, warrant_sought)
from .data import load, wordseq, wordset
from .records import Account, Claim, Finding, Toll
from .text.lexicon import any_of, court_words
from .text.names import generation, norm_name
from .text.numbers import UNITS, words_value
from .text.pubdates import YEAR

__all__ = ["DAY", "bail_claims", "by_value", "clock", "counted_charges", "event_addresses", "event_times", "fact_findings", "fact_text",
           "weekday_slips"]


def by_value(said: Iterable[tuple[str, object]], names: Mapping[str, str]) -> str:
    """'three counts (a.txt, b.txt) vs six counts (c.txt)': each value a reason sets against
    the others once, with every source that gives it, in the order first given (look57: a
    reason read 'three counts (a.txt) vs three counts (b.txt) vs six counts (c.txt)', and one
    name spelled two ways by four sources as four names)."""
    by: dict[object, list[str]] = {}
    for s, v in said:
        by.setdefault(v, []).append(names[s])
    return " vs ".join(f"{v} ({', '.join(ss)})" for v, ss in by.items())


def clock(minutes: float) -> str:
    """'2:30 a.m.' for 150 (modulo a day)."""
    m = int(minutes) % DAY
    h, mm = divmod(m, 60)
    if m == 0:
        return "midnight"
    if m == 720:
        return "noon"
    return f"{h % 12 or 12}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"


def fact_text(c: Claim) -> str:
    """A fact claim in a few words: 'about 2:30 a.m. (2:25–2:35 a.m.)', 'block 2700 of elm street'."""
    words = " ".join(c.text.split())
    if c.measure == "time" and c.value is not None:
        lo, hi = c.value.lo, c.value.hi
        span = clock(lo) if lo == hi else f"{clock(lo)}–{clock(hi)}"
        said = f"{c.hedge} {words}" if c.hedge else words
        return said if lo == hi else f"{said} ({span})"
    return words


#: two sources' shooting times further apart than this (minutes, between their windows)
#: are as often two shootings (an article's other case, an earlier killing) as a
#: misreport: not compared. Reporters' discrepancies on one shooting are minutes to an
#: hour apart ('9:10 p.m.' against '9:25 p.m.', 'just before 4 p.m.' against 'about 5 p.m.').
FAR = 120

#: a response told 'just after', 'shortly after' or 'moments after' a time (a window that opens at
#: the time named and is at most this many minutes wide) is read as that time for the response row:
#: the police there 'just after 3:30' against a shooting 'around 3:40' (r50fix, careful reading
#: round 50); 'after 9' (an hour's window) keeps its window
JUST_AFTER = 20


def _overlap(a: Claim, b: Claim) -> bool:
    """The two times' windows meet, modulo a day."""
    alo, ahi, blo, bhi = a.value.lo, a.value.hi, b.value.lo, b.value.hi
    return any(alo <= bhi + k and blo + k <= ahi for k in (-DAY, 0, DAY))


def _gap(a: Claim, b: Claim) -> float:
    """Minutes between the two times' windows, modulo a day (0 when they meet)."""
    return min(max(0.0, a.value.lo - (b.value.hi + k), (b.value.lo + k) - a.value.hi) for k in (-DAY, 0, DAY))


def _widest_pair(xs: Sequence[Claim], ys: Sequence[Claim]) -> tuple[Claim, Claim]:
    """The two times, one of each source, to show for a pair whose times do not meet: those
    furthest apart within :data:`FAR` minutes ('around 8 a.m.' against 'about 8:20 a.m.', not
    against the same page's 'just before 8:30 a.m.', a minute off), the first of each on a tie."""
    near = [(x, y) for x in xs for y in ys if _gap(x, y) <= FAR]
    return max(near, key=lambda p: _gap(*p), default=(xs[0], ys[0]))


def _day(c: Claim) -> str | None:
    return c.scope.time.lower() if c.scope is not None and c.scope.time else None


@cache
def _months() -> str:
    """The months as a regular expression's alternatives, each in full and cut to three
    letters, and 'sept' (data/facts.json ``weekday_date``)."""
    return "|".join(f"{m}|{m[:3]}" + ("|sept" if m == "september" else "")
                    for m in load("facts")["weekday_date"]["months"])


@cache
def _weekdays() -> str:
    """The weekdays as a regular expression's alternatives (data/times.json)."""
    return "|".join(wordseq("times", "weekdays"))


@cache
def _day_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A weekday (data/times.json), and a month with its day ('Dec. 27', 'June 28th';
    data/facts.json ``weekday_date`` for the months)."""
    return (re.compile(rf"\b(?:{_weekdays()})\b", re.I),
            re.compile(rf"\b({_months()})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I))


def _day_key(day: str) -> tuple[str, str]:
    """A day as (form, value): ('weekday', 'sunday') from 'Sunday night', ('date', 'dec 27')
    from 'on Dec. 27', else ('other', the words)."""
    weekday, dated = _day_words()
    m = weekday.search(day)
    if m:
        return "weekday", m.group(0).lower()
    m = dated.search(day)
    if m:
        return "date", f"{m.group(1)[:3].lower()} {int(m.group(2))}"
    return "other", day


def _other_days(xs: Sequence[Claim], ys: Sequence[Claim]) -> bool:
    """Both sources name a day by their times, in the same form (weekdays, or month and
    day), and no day is shared: perhaps two events. A weekday against a date ('Sunday'
    against 'Dec. 27') says nothing without the calendar, and 'Saturday night' is
    'Saturday' (careful reading round 32), unless both resolve to calendar days that do not
    meet."""
    dx = {_day_key(d) for d in map(_day, xs) if d}
    dy = {_day_key(d) for d in map(_day, ys) if d}
    if not dx or not dy or dx & dy:
        return False
    # both resolve to calendar days that do not meet (miss32): other days whatever the form
    rx = [c.scope.date for c in xs if c.scope is not None and c.scope.date is not None]
    ry = [c.scope.date for c in ys if c.scope is not None and c.scope.date is not None]
    if rx and ry and not any(a.overlaps(b) for a in rx for b in ry):
        return True
    return bool({f for f, _ in dx} & {f for f, _ in dy})


def _time_pairs(per: Mapping[str, list[Claim]]) -> list[tuple[str, str]]:
    srcs = sorted(per)
    out = []
    for i, s in enumerate(srcs):
        for t in srcs[i + 1:]:
            xs, ys = per[s], per[t]
            if _other_days(xs, ys):
                continue
            if not any(_overlap(x, y) for x in xs for y in ys) and any(_gap(x, y) <= FAR for x in xs for y in ys):
                out.append((s, t))
    return out


@cache
def _day_words_of_shooting() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """The words that make a sentence tell another moment than the shooting, and those that
    make two adjacent weekdays one night (data/compare.json ``shooting_day``)."""
    d = load("compare")["shooting_day"]
    return (any_of(d["shooting"]), any_of(d["other_moment"]), any_of(d["late"]),
            re.compile("|".join(d["not_late"]), re.I), any_of(d["early"]), int(d["small_hours_end"]))


@cache
def _written_onto() -> tuple[re.Pattern[str], ...]:
    """A weekday written onto the shooting: after a shooting word, before a shooting noun,
    right after a time, right before a time (data/compare.json ``shooting_day``)."""
    d = load("compare")["shooting_day"]
    return tuple(re.compile(d[k].replace("{wd}", _weekdays()), re.I)
                 for k in ("after_shot", "before_shooting", "after_time", "before_time"))


def _weekday_of(c: Claim) -> str | None:
    """The weekday (lower case) a claim's sentence writes onto the shooting: a time's own
    (right after or before it: 'not long after 7:05 p.m. Wednesday'), or a casualty figure's,
    after a shooting word or before a shooting noun in a sentence that tells no other
    moment ('was wounded in the hand Friday'; not 'the sheriff said on Tuesday')."""
    sent = " ".join((c.sentence or "").split())
    after_shot, before_shooting, after_time, before_time = _written_onto()
    if c.kind == "fact":
        text = " ".join(c.text.split())
        at = sent.find(text)
        if at < 0:
            return None
        # a time read with its part of the day holds the weekday ('11:30 Sunday morning')
        m = _day_words()[0].search(text)
        if m:
            return m.group(0).lower()
        m = after_time.search(sent[at + len(text):]) or before_time.search(sent[:at])
    else:
        if _day_words_of_shooting()[1].search(sent):
            return None
        m = after_shot.search(sent)
        text = " ".join(c.text.split())
        at = sent.find(text, m.end()) if m else -1
        # a figure after the weekday with a clause of its own telling its harm ('... is a cousin
        # of a girl who was killed last week'): that clause dates it, not the weekday before it
        if m and at >= 0 and _own_clause().match(sent[at + len(text):]):
            return None
        m = m or before_shooting.search(sent)
    return m.group("wd").lower() if m else None


@cache
def _own_clause() -> re.Pattern[str]:
    """The words right after a casualty figure that tell its own harm in a clause of its own
    ('who was killed last week'; data/compare.json ``shooting_day`` ``own_clause``)."""
    return re.compile(load("compare")["shooting_day"]["own_clause"], re.I)


def _shooting_days(a: Account, claims: Mapping[str, Claim], times: Sequence[Claim]) -> dict[str, list[Claim]]:
    """A source's weekdays of the shooting (lower case) -> the claims that give them: its
    times of the shooting and of the police response, and its casualty figures, each in a
    sentence that names one weekday, written onto the shooting (:func:`_weekday_of`)."""
    weekday, _dated = _day_words()
    ids = list(dict.fromkeys(i for t in a.tolls for i in t.claims))
    cs = [*times, *(claims[i] for i in ids if i in claims and claims[i].kind == "quantity")]
    # the toll's victims told again by a definite description ('the cyclist was hit through
    # the foot on Friday' under a lead's 'the shooting of a cyclist'), not a new victim ('a
    # man was wounded Saturday': a roundup's other case) nor one set aside (a recalled killing)
    aside = {i for i, _why in a.set_aside}
    tolled = set(ids)
    cs += [c for c in claims.values() if c.source == a.source and c.kind == "quantity" and c.measure in _CASUALTY
           and c.id not in aside and c.id not in tolled and _told_again().match(" ".join(c.text.split()))]
    out: dict[str, list[Claim]] = {}
    seen: set[tuple[str, str]] = set()  # (weekday, claim id): a set, so a long page stays linear
    for c in cs:
        if len({m.lower() for m in weekday.findall(c.sentence or "")}) == 1 and (wd := _weekday_of(c)):
            if (wd, c.id) not in seen:
                seen.add((wd, c.id))
                out.setdefault(wd, []).append(c)
    return out


#: the measures of a casualty figure whose sentence may date the shooting
_CASUALTY = ("killed", "injured", "shot")


@cache
def _told_again() -> re.Pattern[str]:
    """A casualty figure's words that tell a victim already counted ('the girl', 'the
    victim'; data/compare.json ``shooting_day`` ``told_again``)."""
    return re.compile(load("compare")["shooting_day"]["told_again"], re.I)


@cache
def _daytime(day: str) -> re.Pattern[str]:
    """The weekday ``day`` told as its morning or afternoon ('Tuesday morning', 'late Tuesday
    morning'; data/compare.json ``shooting_day`` ``daytime``)."""
    return re.compile(load("compare")["shooting_day"]["daytime"].replace("{wd}", day), re.I)


def _one_night(early: tuple[str, list[Claim]], later: tuple[str, list[Claim]]) -> bool:
    """Two adjacent weekdays that may be one night around midnight: the later one the day
    after the earlier, and the earlier told late ('Saturday night') or the later early
    ('early Sunday', a time in the small hours)."""
    _s, _o, late, not_late, early_words, small = _day_words_of_shooting()
    days = list(wordseq("times", "weekdays"))
    if (days.index(early[0]) + 1) % 7 != days.index(later[0]):
        return False
    said_e = [c.sentence or "" for c in early[1]]  # the whole sentence: a late word anywhere in it counts
    said_l = [c.sentence or "" for c in later[1]]
    if all(_daytime(early[0]).search(t) for t in said_e):
        return False  # 'Tuesday morning' and 'early Wednesday' are a day apart, not one night
    return (any(late.search(not_late.sub("", t)) for t in said_e) or any(early_words.search(t) for t in said_l)
            or any(c.kind == "fact" and c.value is not None and c.value.lo < small for c in later[1]))


def _same_hour(x: tuple[str, list[Claim]], y: tuple[str, list[Claim]]) -> bool:
    """Where both sources' weekdays come with clock times, the times lie at most :data:`FAR`
    minutes apart: one moment told on two days. Times further apart tell two moments (a
    shooting in the night, a call to a school at noon days later), so no day row."""
    tx = [c for c in x[1] if c.kind == "fact" and c.value is not None]
    ty = [c for c in y[1] if c.kind == "fact" and c.value is not None]
    return not tx or not ty or any(_gap(a, b) <= FAR for a in tx for b in ty)


def _weekday_rows(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                  times: Mapping[str, list[Claim]], resp: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of the shooting put on two weekdays: two sources that each give the shooting
    one weekday (:func:`_shooting_days`), not the same, that are not one night around
    midnight (:func:`_one_night`) and whose resolved calendar days, where both have them,
    do not meet. A page that sets figures aside as other shootings (a roundup, another case
    told beside this one) gives no day: its weekdays are as often another case's. ``resp``:
    per source, its response times (:func:`_responses`)."""
    several = frozenset(load("compare")["shooting_day"]["several_cases"])
    days = {}
    for a in indep:
        if any(why in several for _i, why in a.set_aside):
            continue
        got = _shooting_days(a, claims, [*times.get(a.source, []), *resp.get(a.source, [])])
        if len(got) == 1:
            days[a.source] = next(iter(got.items()))
    srcs = sorted(days)
    pairs = [(s, t) for i, s in enumerate(srcs) for t in srcs[i + 1:] if days[s][0] != days[t][0]
             and not _one_night(days[s], days[t]) and not _one_night(days[t], days[s]) and _same_hour(days[s], days[t])
             and not any(x.scope.date.overlaps(y.scope.date) for x in days[s][1] for y in days[t][1]
                         if x.scope.date is not None and y.scope.date is not None)]
    if not pairs:
        return []
    shown = "; ".join(f"{days[s][0].title()} ({names[s]}) against {days[t][0].title()} ({names[t]})" for s, t in pairs[:3])
    involved = list(dict.fromkeys(x for p in pairs for x in p))
    return [("time", "time · day",
             f"The sources put the shooting on different days: {shown}; one of them has the day wrong "
             f"(or tells another moment, a call or a death, as the shooting's).",
             [days[s][1][0] for s in involved])]


@cache
def _half_written() -> re.Pattern[str]:
    """'a.m.' or 'p.m.' as a clock time writes it (data/times.json ``half_of_day``)."""
    return re.compile(load("times")["half_of_day"]["pattern"], re.I)


def _swapped(a: Claim, b: Claim) -> bool:
    """The two times read the same on a twelve-hour clock and each is written with the other
    half of the day ('about 4:10 a.m.' against '4:10 p.m.'): one has its half wrong."""
    ha, hb = _half_written().search(a.text), _half_written().search(b.text)
    return (ha is not None and hb is not None and ha.group(1).lower() != hb.group(1).lower()
            and a.value.nominal is not None and b.value.nominal is not None
            and int(a.value.nominal) % (DAY // 2) == int(b.value.nominal) % (DAY // 2))


def _at_the_scene(indep: Sequence[Account], claims: Mapping[str, Claim], times: Mapping[str, list[Claim]]
                  ) -> dict[str, list[Claim]]:
    """Per source that gives no time of the shooting itself, its times told in a sentence
    that names the scene's block (a block and street some source gives for the scene:
    'went to a motel on the 400 block of Elm Street around 2:15 p.m.')."""
    scene: dict[tuple[str | None, float], set[str]] = {}
    for a in indep:
        for i in a.addresses:
            if i in claims:
                scene.setdefault((claims[i].noun, claims[i].value.lo), set()).add(a.source)
    # (a page's address of the scene read only as the first block it names, with nothing of the
    # shooting's own to place it, proves nothing of its own times: another source must give it)
    first_named = {a.source for a in indep if a.place_how == "page"}
    srcs = {a.source for a in indep} - set(times)
    there = {(c.source, c.sentence) for c in claims.values() if c.source in srcs and c.kind == "fact"
             and c.measure == "address" and scene.get((c.noun, c.value.lo), set()) - ({c.source} & first_named)}
    out: dict[str, list[Claim]] = {}
    for c in sorted(claims.values(), key=lambda c: c.start):
        if (c.source, c.sentence) in there and c.measure == "time" and c.kind == "fact" and c.value is not None:
            out.setdefault(c.source, []).append(c)
    return out


def _swapped_halves(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                    times: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a shooting time told with the other half of the day: a source's time of the
    shooting against another's time of the shooting, or of its own at the scene
    (:func:`_at_the_scene`), that read the same on a twelve-hour clock, one a.m., the other
    p.m. (:func:`_swapped`), on no named other days. Twelve hours apart, beyond :data:`FAR`,
    so no pair of :func:`_time_pairs`."""
    per = {**_at_the_scene(indep, claims, times), **times}
    srcs = sorted(per)
    hits = [(x, y) for i, s in enumerate(srcs) for t in srcs[i + 1:] if s in times or t in times
            if not _other_days(per[s], per[t]) for x in per[s][:3] for y in per[t][:3] if _swapped(x, y)]
    if not hits:
        return []
    x, y = hits[0]

    def told(c: Claim) -> str:
        return f"{fact_text(c)} ({names[c.source]}{'' if c.source in times else ', at the scene'})"
    return [("time", "time · half of the day",
             f"The sources give the shooting the same clock time in other halves of the day: {told(x)} against "
             f"{told(y)}; one of them has a.m. and p.m. the wrong way round.", [x, y])]


@cache
def _street_words() -> frozenset[str]:
    """The one form of each street word ('street', 'avenue'; data/facts.json, as the
    extractor writes a street's key)."""
    return frozenset(one for one, forms in load("facts")["address"]["suffixes"].items() if forms)


def _street_base(key: str) -> tuple[str, str | None]:
    """(the name without its street word, the street word or None): 'elm street' -> ('elm', 'street')."""
    toks = key.split()
    suffixes = _street_words()
    if len(toks) > 1 and toks[-1] in suffixes:
        return " ".join(toks[:-1]), toks[-1]
    return key, None


def _addresses(per: Mapping[str, list[Claim]]) -> list[tuple[str, list[tuple[str, str]], dict[str, list[Claim]]]]:
    """(street, pairs of sources that give it no common block, the claims per source) per
    street at least two sources place the scene on."""
    streets: dict[str, dict[str, list[Claim]]] = {}
    suffix: dict[str, set[str]] = {}
    for s, cs in per.items():
        for c in cs:
            base, suf = _street_base(c.noun)
            streets.setdefault(base, {}).setdefault(s, []).append(c)
            if suf:
                suffix.setdefault(base, set()).add(suf)
    out = []
    for base, by in streets.items():
        if len(by) < 2 or len(suffix.get(base, ())) > 1:
            continue  # 'Elm Street' and 'Elm Avenue' are two streets
        srcs = sorted(by)
        pairs = []
        for i, s in enumerate(srcs):
            for t in srcs[i + 1:]:
                bs = {c.value.lo for c in by[s]}
                bt = {c.value.lo for c in by[t]}
                if not bs & bt:
                    pairs.append((s, t))
        if pairs:
            out.append((base, pairs, by))
    return out


def _one_each(by: Mapping[str, list[Claim]], sources: Iterable[str]) -> list[Claim]:
    """The claims of ``sources``, one per source and value (an article that repeats a
    sentence gives it once)."""
    out = []
    for s in sources:
        seen = set()
        for c in by[s]:
            k = (c.value.lo, c.value.hi, c.noun)
            if k not in seen:
                seen.add(k)
                out.append(c)
    return out


def fact_findings(accounts: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                  keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None) -> list[Finding]:
    """One ``differ`` finding per fact (the time of the shooting; the block of a street)
    on which two independent accounts cannot both be right (see the module doc)."""
    indep = [a for a in accounts if a.independent]
    rows: list[tuple[str, str, str, list[Claim]]] = []  # measure, subject, reason, claims
    times = {a.source: [claims[i] for i in a.times if i in claims] for a in indep}
    times = {s: cs for s, cs in times.items() if cs}
    pairs = _time_pairs(times)
    if pairs:
        said: dict[tuple[str, str], tuple[list[str], list[str]]] = {}  # the words of a pair -> its sources
        for s, t in pairs:
            x, y = _widest_pair(times[s], times[t])
            a, b = said.setdefault((fact_text(x), fact_text(y)), ([], []))
            a.append(names[s]) if names[s] not in a else None
            b.append(names[t]) if names[t] not in b else None
        shown = "; ".join(f"{x} ({', '.join(a)}) against {y} ({', '.join(b)})" for (x, y), (a, b) in list(said.items())[:3])
        more = f"; and {len(said) - 3} more" if len(said) > 3 else ""
        involved = [s for s in times if any(s in p for p in pairs)]
        rows.append(("time", "time · shooting",
                     f"The sources give the shooting itself clock times that cannot all hold: {shown}{more}; "
                     f"even with their hedges these windows do not meet.", _one_each(times, involved)))
    addrs = {a.source: [claims[i] for i in a.addresses if i in claims] for a in indep}
    addrs = {s: cs for s, cs in addrs.items() if cs}
    for base, pairs, by in _addresses(addrs):
        involved = sorted({s for p in pairs for s in p}, key=lambda s: list(addrs).index(s))
        blocks: dict[str, list[str]] = {}  # 'the 2700 block' -> the sources that give it
        for s in involved:
            said = " / ".join(f"the {b} block" for b in sorted({int(c.value.lo) for c in by[s]}))
            blocks.setdefault(said, []).append(names[s])
        detail = " vs ".join(f"{b} ({', '.join(ss)})" for b, ss in blocks.items())
        first = " ".join(by[involved[0]][0].text.split())
        street = first.split(" of ", 1)[-1] if "block" in first else first.split(None, 1)[-1]
        if street.endswith(".") and len(street.rsplit(None, 1)[-1]) > 5:
            street = street[:-1]  # the sentence's full stop, not an abbreviation's ('Elm Avenue.', not 'Elm Ave.')
        cs = _one_each(by, involved)
        rows.append(("address", f"address · {by[involved[0]][0].noun}",
                     f"The sources place the scene on different blocks of the same street ({street}): {detail}.", cs))
    charges = {a.source: [claims[i] for i in a.charges if i in claims] for a in indep}
    per: dict[tuple[str, str], dict[str, list[Claim]]] = {}
    for s, cs in charges.items():
        for c in cs:
            per.setdefault((c.cue, c.noun), {}).setdefault(s, []).append(c)
    for (who, charge), by in per.items():
        srcs = list(by)
        pairs = [(s, t) for i, s in enumerate(srcs) for t in srcs[i + 1:]
                 if not {c.value.lo for c in by[s]} & {c.value.lo for c in by[t]}]
        if not pairs:
            continue
        involved = [s for s in srcs if any(s in p for p in pairs)]
        detail = by_value(((s, " / ".join(sorted({" ".join(c.text.split()) for c in by[s]}))) for s in involved), names)
        cs = _one_each(by, involved)
        rows.append(("charges", f"charges · {who} · {charge}",
                     f"The sources count the charges against {who.title()} differently: {detail}; "
                     f"perhaps charges filed at another stage.", cs))
    bails: dict[str, dict[str, list[Claim]]] = {}  # suspect -> source -> bail figures
    for a in indep:
        for i, who in a.bail:
            if i in claims:
                bails.setdefault(who, {}).setdefault(a.source, []).append(claims[i])
    for who, by in bails.items():
        srcs = list(by)
        pairs = [(s, t) for i, s in enumerate(srcs) for t in srcs[i + 1:]
                 if not any(x.value.overlaps(y.value) for x in by[s] for y in by[t])]
        if not pairs:
            continue
        involved = [s for s in srcs if any(s in p for p in pairs)]
        detail = by_value(((s, " / ".join(dict.fromkeys(" ".join(c.text.split()) for c in by[s]))) for s in involved),
                          names)
        rows.append(("bail", f"bail · {who}",
                     f"The sources give {who.title()}'s bail or bond differently: {detail}; perhaps set at "
                     f"another stage (at booking, by a judge), or a mistake: worth a check.", _one_each(by, involved)))
    rows.extend(_time_rows(indep, claims, names, times))
    for row in _ROWS:
        rows.extend(row(indep, claims, names))
    prints = fp.assign([(fp.basis("fact", m, cs, keys, aliases), cs) for m, _sub, _r, cs in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="differ", kind="fact", measure=m, subject=sub, reason=r,
                    claims=tuple(c.id for c in cs), confidence=0.7)
            for (m, sub, r, cs), p in zip(rows, prints)]


def _time_rows(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
               times: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """The time rows beside the shooting's own: the police response before the shooting, the
    half of the day, the day, and two pages' dates with weekdays that fit no one calendar."""
    resp = _responses(indep, claims)  # read once for both rows that use it
    return (_response_times(indep, names, times, resp) + _swapped_halves(indep, claims, names, times)
            + _weekday_rows(indep, claims, names, times, resp) + _weekday_date_rows(indep, claims, names)
            + _part_of_day_rows(indep, claims, names, times))


@cache
def _part_words() -> tuple[re.Pattern[str], dict[str, tuple[int, int]], int]:
    """The part of the day right after a weekday, each part's window (minutes after midnight)
    and the margin beyond it (data/compare.json ``part_of_day``)."""
    d = load("compare")["part_of_day"]
    return (re.compile(d["after_weekday"].replace("{wd}", _weekdays()), re.I),
            {k: (int(lo), int(hi)) for k, (lo, hi) in d["windows"].items()}, int(d["margin"]))


def _shooting_part(a: Account, claims: Mapping[str, Claim]) -> tuple[str, str, Claim] | None:
    """The one weekday and part of the day a source writes onto the shooting ('was shot
    Friday night': the weekday read by :func:`_shooting_days`, the part right after it in
    the same sentence), or None where it gives none, or several."""
    got = _shooting_days(a, claims, [])
    if len(got) != 1:
        return None
    wd, cs = next(iter(got.items()))
    pattern = _part_words()[0]
    parts = {(m.group("part").lower(), c) for c in cs for m in pattern.finditer(" ".join((c.sentence or "").split()))
             if m.group(0).lower().startswith(wd)}
    if len({p for p, _c in parts}) != 1 or len(parts) != len(cs):
        return None  # a sentence of the day with no part, or two parts
    part, c = min(parts, key=lambda x: x[1].start)
    return wd, part, c


def _outside(part: str, c: Claim) -> bool:
    """The clock time's window lies more than the margin outside the part of the day's
    window, modulo a day."""
    _pattern, windows, margin = _part_words()
    lo, hi = windows[part]
    return all(max(0.0, c.value.lo - (hi + k), (lo + k) - c.value.hi) > margin for k in (-DAY, 0, DAY))


def _part_of_day_rows(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                      times: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a part of the day against a clock time hours outside it: a source that gives
    no clock time of the shooting and puts it on one weekday's part of the day ('was shot
    Friday night': :func:`_shooting_part`), against another source whose every clock time of
    the shooting lies beyond that part by more than the margin ('about 3:20 p.m.'), where that
    source puts none of them on another weekday. A roundup gives no part, as it gives no day."""
    several = frozenset(load("compare")["shooting_day"]["several_cases"])
    rows = []
    for a in indep:
        if a.source in times or any(why in several for _i, why in a.set_aside):
            continue
        got = _shooting_part(a, claims)
        if got is None:
            continue
        wd, part, c = got
        for t, ts in times.items():
            if t != a.source and all(_outside(part, x) and _weekday_of(x) in (None, wd) for x in ts):
                rows.append(("time", "time · part of the day",
                             f"The sources put the shooting at other times of the day: {wd.title()} {part} "
                             f"({names[a.source]}) against {fact_text(ts[0])} ({names[t]}); one of them has the "
                             f"time wrong (or tells another moment as the shooting's).", [c, ts[0]]))
    return rows


#: two dates written with their weekdays further apart than this (days) are not set against
#: each other: a page's recalled case of another year would not fit this year's calendar
NEAR_DAYS = 60


def _days_apart(x: Claim, y: Claim) -> int | None:
    """Days from ``x``'s date to ``y``'s (month * 100 + day, the year where written, else the
    other's, else a year with no 29 February unless one is that day), or None for dates of
    two years or more than :data:`NEAR_DAYS` apart."""
    if x.cue and y.cue and x.cue != y.cue:
        return None
    year = int(x.cue or y.cue or (2004 if 229 in (x.value.lo, y.value.lo) else 2001))
    try:
        a = date(year, int(x.value.lo) // 100, int(x.value.lo) % 100)
        b = date(year, int(y.value.lo) // 100, int(y.value.lo) % 100)
    except ValueError:
        return None
    d = (b - a).days
    if not (x.cue or y.cue) and abs(d) > 182:  # 'Dec. 31' and 'Jan. 2' a year's turn apart
        d -= 365 * (1 if d > 0 else -1)
    return d if abs(d) <= NEAR_DAYS else None


def _fits(x: Claim, y: Claim) -> bool:
    """The two weekday-dates fit one calendar: the weekdays lie as many days apart (modulo
    a week) as the dates do (or the dates are too far apart to tell)."""
    days = list(wordseq("times", "weekdays"))
    d = _days_apart(x, y)
    return d is None or (days.index(y.group) - days.index(x.group)) % 7 == d % 7


def _own_year_fits(c: Claim) -> bool:
    """A weekday-date with no year, or whose year's calendar gives its weekday (one that
    does not is the page's own slip, told by :func:`weekday_slips`)."""
    if not c.cue:
        return True
    day = _calendar_day(c)
    return day is not None and day.weekday() == list(wordseq("times", "weekdays")).index(c.group)


def _calendar_day(c: Claim) -> date | None:
    """The day a weekday-date with its year names (a fact 'weekday_date' of
    :func:`reconcile.extract.facts.weekday_dates`: ``value`` month * 100 + day, ``cue`` the
    year), or None without a year or for no such day (a 31st of June)."""
    try:
        return date(int(c.cue), int(c.value.lo) // 100, int(c.value.lo) % 100) if c.cue else None
    except ValueError:
        return None


def _weekday_date_rows(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str]
                       ) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of two pages whose dates written with their weekdays ('Tuesday morning,
    Jan. 12' against 'Wednesday, January 11') do not fit one calendar, whatever moment
    each dates: one page has a weekday or a date wrong. A page whose own weekday-dates do
    not fit each other is left out (its slip is its own)."""
    per: dict[str, list[Claim]] = {}
    for c in sorted(claims.values(), key=lambda c: c.start):
        if c.kind == "fact" and c.measure == "weekday_date" and c.value is not None and c.group and _own_year_fits(c):
            per.setdefault(c.source, []).append(c)
    srcs = [a.source for a in indep if a.source in per and all(_fits(x, y) for x in per[a.source] for y in per[a.source])]
    hits = [(x, y) for i, s in enumerate(srcs) for t in srcs[i + 1:] for x in per[s] for y in per[t] if not _fits(x, y)]
    if not hits:
        return []
    x, y = hits[0]
    said = f"'{' '.join(x.text.split())}' ({names[x.source]}) against '{' '.join(y.text.split())}' ({names[y.source]})"
    return [("date", "date · weekday",
             f"The sources write dates with weekdays that do not fit one calendar: {said}; one of them has "
             f"a weekday or a date wrong.", [x, y])]


@cache
def response_agents() -> tuple[re.Pattern[str], frozenset[str]]:
    """Words that make a time (or a place: reconcile.places) of the call or the arrival the
    police response, and the cues that are one without them (data/compare.json ``response_moments``)."""
    d = load("compare")["response_moments"]
    return any_of(d["agents"]), frozenset(d["without_agent"])


@cache
def _other_cause() -> re.Pattern[str]:
    """A call for another matter (data/compare.json ``response_moments`` ``other_cause``:
    'because of a fight')."""
    return any_of(load("compare")["response_moments"]["other_cause"])


def _call_for_another_matter(c: Claim) -> bool:
    """A response time whose sentence gives the call another cause ('because of a fight':
    :func:`_other_cause`) and names no shots (:func:`_shots_named`): no response to the shooting
    (session 60, careful reading round 98)."""
    said = c.sentence or ""
    return c.group == "response" and bool(_other_cause().search(said)) and not _shots_named(said)


def _shots_named(sentence: str) -> bool:
    """Whether a sentence names shots or a shooting (data/compare.json ``response_moments``
    ``other_cause_unless``): the call may be for them."""
    words = wordset("compare", "response_moments", "other_cause_unless")
    return bool(words & set(re.findall(r"[a-z]+", sentence.lower())))


def _responses(indep: Sequence[Account], claims: Mapping[str, Claim]) -> dict[str, list[Claim]]:
    """Per source, its times of the police response (the call, the arrival: moment
    'response', in a sentence that names the police or their dispatch), read as
    :func:`event_times` reads the shooting's."""
    by: dict[str, list[Claim]] = {a.source: [] for a in indep}
    agents, without_agent = response_agents()
    for c in claims.values():
        if c.source in by and c.kind == "fact" and c.measure == "time" and (
                c.group != "response" or c.cue in without_agent or agents.search(c.sentence or "")) \
                and not _call_for_another_matter(c):
            by[c.source].append(c)  # not 'his mother called her at 1 a.m.' (data/compare.json response_moments)
    out = {}
    for s, cs in by.items():
        if ids := event_times(cs, "response"):
            out[s] = [claims[i] for i in ids]
    return out


def _response_end(r: Claim) -> Claim:
    """A response claim whose window is a short one opening at the time named (:data:`JUST_AFTER`)
    as that time itself, for :func:`_response_times`; else the claim as it is. Not a time on the
    hour: 'just after midnight', 'just after 2 a.m.' are said loosely of a quarter past (gva-dev,
    odd half: two such set against 2:05 and 12:15 shootings)."""
    v = r.value
    if v.nominal is not None and v.lo == v.nominal and 0 < v.hi - v.nominal <= JUST_AFTER and v.nominal % 60:
        return replace(r, value=replace(v, high=v.nominal))
    return r


def _signed(a: Claim, b: Claim) -> float:
    """Minutes from the end of ``a``'s window to the start of ``b``'s, modulo a day, in
    (-12 h, 12 h]: above 0 when ``a`` ends before ``b`` begins."""
    d = (b.value.lo - a.value.hi) % DAY
    return d - DAY if d > DAY / 2 else d


def _response_times(indep: Sequence[Account], names: Mapping[str, str], shooting: Mapping[str, list[Claim]],
                    resp: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """The police response row: a source's response (the call, the arrival) that ends
    before another source's time of the shooting begins, at most :data:`FAR` minutes
    before it, on no named other days (``shooting``: per source, its shooting times; a
    source that gives one itself is compared by it). (Two sources' call times set against
    each other were tried too: besides the missed one, they set a call for another
    shooting that night and '12:27 a.m.' against 'shortly after midnight', so not kept; time63,
    session 43, surveyed both halves of gva-dev again: calls told at times whose windows do not
    meet set a second shooting an hour later and a neighbour's call against the police's on the
    odd half, besides two right ones, and no pair at all on the even half.)
    ``resp``: per source, its response times (:func:`_responses`)."""
    early = [(s, r, t, e) for s, rs in resp.items() if s not in shooting
             for t, es in shooting.items() if t != s and not _other_days(rs, es)
             for r in rs[:1] for e in es[:1] if all(0 < _signed(_response_end(x), y) <= FAR for x in rs for y in es)]
    if not early:
        return []
    shown = "; ".join(f"{fact_text(r)} ({names[s]}) against the shooting {fact_text(e)} ({names[t]})"
                      for s, r, t, e in early[:3])
    return [("time", "time · response before shooting",
             f"A source's police response comes before another source's time of the shooting itself: "
             f"{shown}; one of the times is wrong (police come after the shots).",
             list(dict.fromkeys(c for s, r, t, e in early for c in (r, e))))]


def _counts_apart(count: Mapping[str, set]) -> list[str]:
    """The sources, in order, whose set of counts shares no value with another source's: the
    sources of a counted row (the wounded in critical condition, treated and released)."""
    srcs = list(count)
    return [s for s in srcs if any(t != s and not count[s] & count[t] for t in srcs)]


def _counts_row(what: str, shown: Mapping[str, str], names: Mapping[str, str], after: str,
                cs: list[Claim]) -> list[tuple[str, str, str, list[Claim]]]:
    """The condition row of sources that count the wounded ``what`` ('in critical condition')
    apart (:func:`_counts_apart`): ``shown`` each such source's counts as the reason gives them,
    ``after`` what the reason adds, ``cs`` the row's claims; none when no source is apart."""
    if not shown:
        return []
    detail = by_value(shown.items(), names)
    return [("condition", f"condition · {what}",
             f"The sources count the wounded {what} differently: {detail}; {after}.", cs)]


@cache
def _critical_count() -> re.Pattern[str]:
    """A number told as how many are in critical condition (data/compare.json ``critical_count``)."""
    return re.compile(load("compare")["critical_count"]["pattern"], re.I)


def _critical_counts(indep: Sequence[Account], claims: Mapping[str, Claim],
                     names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of the wounded counted in critical condition: two sources whose grave condition
    statements count them ('Three of the patients remain in critical condition': data/compare.json
    ``critical_count``) with no count in common; a condition changes between reports (cond53)."""
    per: dict[str, list[Claim]] = {}
    count: dict[str, set[float]] = {}
    for a in indep:
        for c in (claims[i] for i in a.conditions if i in claims and claims[i].group == "grave"):
            for n in (words_value([m["n"]]) for m in _critical_count().finditer(c.sentence or "")):
                if n:
                    per.setdefault(a.source, []).append(c)
                    count.setdefault(a.source, set()).add(n)
    involved = _counts_apart(count)
    shown = {s: " / ".join(f"{n:g}" for n in sorted(count[s])) for s in involved}
    return _counts_row("in critical condition", shown, names, "a condition changes between reports (a check of "
                       "which is later tells whether one is wrong)", [per[s][0] for s in involved])


def _released_counts(indep: Sequence[Account], claims: Mapping[str, Claim],
                     names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of the wounded treated and released, counted: two sources that count them
    ('Two of the wounded men were treated and released': a condition claim's ``hedge`` 'count: 2')
    with no count in common."""
    per: dict[str, list[Claim]] = {}
    for a in indep:
        if cs := [claims[i] for i in a.conditions if i in claims and claims[i].cue == "treat"
                  and (claims[i].hedge or "").startswith("count: ")]:  # not 'discharged': from which hospital?
            per[a.source] = cs
    count = {s: {c.hedge for c in per[s]} for s in per}
    involved = _counts_apart(count)
    shown = {s: " / ".join(sorted(h[len("count: "):] for h in count[s])) for s in involved}
    return _counts_row("treated and released", shown, names, "a later report may count more released (a check "
                       "of the dates tells which)", _one_each(per, involved))


def _said(cs: Sequence[Claim]) -> str:
    return ", ".join(dict.fromkeys(f"'{' '.join(c.text.split())}'" for c in cs[:3]))


def _date_order(day: Mapping[str, str | None], first: Iterable[str], second: Iterable[str]) -> str | None:
    """Which of two groups of sources is all earlier by their dates: 'first' (every one of
    ``first`` before every one of ``second``), 'second' (the other way), 'mixed' (dated, but
    neither); None where a source of either has no date."""
    a, b = [day[s] for s in first], [day[s] for s in second]
    if not all(a) or not all(b):
        return None
    if max(a) < min(b):
        return "first"
    return "second" if min(a) > max(b) else "mixed"


def _ordered(none: Mapping[str, list[Claim]], done: Mapping[str, list[Claim]], day: Mapping[str, str | None],
             names: Mapping[str, str], not_yet: str, yet: str, what: str,
             backwards: str = "a release or a dropped charge, or one of them is wrong",
             say: Callable[[Sequence[Claim]], str] = _said) -> str:
    """The reason for sources that say something has not happened (``none``) against
    sources that say it has (``done``), ordered by their dates where every one has one
    (``say``: the words of a source's claims shown, by default the claims' own)."""
    def who(by: Mapping[str, list[Claim]]) -> str:
        return "; ".join(f"{names[s]}{f' ({day[s]})' if day[s] else ''}: {say(cs)}" for s, cs in by.items())

    said = f"{not_yet} ({who(none)}) against {yet} ({who(done)})"
    order = _date_order(day, none, done)
    if order == "first":
        return f"An update: the earlier reports say {not_yet}, the later ones report {what}: {said}."
    if order == "second":
        return (f"The later reports say {not_yet}, the earlier ones report {what}: {said}; "
                f"{backwards}.")
    if order == "mixed":
        return f"The sources differ: {said}; their dates do not tell an update."
    return (f"The sources differ: {said}; without the dates of every source, an update ({what} after "
            f"the first reports) cannot be told from a disagreement.")



def _ordered_row(measure: str, subject: str, none: Mapping[str, list[Claim]], done: Mapping[str, list[Claim]],
                 indep: Sequence[Account], names: Mapping[str, str], not_yet: str, yet: str, what: str,
                 backwards: str, say: Callable[[Sequence[Claim]], str] = _said) -> list[tuple[str, str, str, list[Claim]]]:
    """The one row of sources that say something has not happened (``none``) against sources
    that say it has (``done``), its reason by :func:`_ordered` and its claims each source's
    first, ``none``'s before ``done``'s; no row unless both sides have a source."""
    if not none or not done:
        return []
    day = {a.source: a.date for a in indep}
    cs = [c for by in (none, done) for cs in by.values() for c in cs[:1]]
    return [(measure, subject, _ordered(none, done, day, names, not_yet, yet, what, backwards, say), cs)]


def custody_of(a: Account, claims: Mapping[str, Claim]) -> list[Claim]:
    """The custody facts of source ``a`` (its account's ``custody`` ids) that ``claims`` holds,
    in the account's order; a flight ('the gunmen drove off': a fact 'fled') only where the page
    tells no other custody statement (:func:`_flight_alone`)."""
    return _flight_alone(a, [claims[i] for i in a.custody if i in claims])


def _flight_alone(a: Account, cs: Sequence[Claim]) -> list[Claim]:
    """A page's custody facts ``cs`` without its flights (a fact 'fled': 'the suspects fled in a
    car') where it tells another custody statement: a flight tells the moment of the shooting,
    and a page that tells an arrest or a search beside it says how things stand now. Alone, a
    flight is the page's only word on custody, and the custody row reads it as no one held
    (upd61, issue 13: careful reading rounds 25 and 59 missed gunmen who drove off against a teen
    charged on another page). A roundup's flight (a page that sets figures aside as other
    shootings) is left out: it may be another case's ('The gunman fled' of the next shooting told)."""
    alone = all(c.group == "fled" for c in cs) and not any(why == "roundup" for _i, why in a.set_aside)
    return list(cs) if alone else [c for c in cs if c.group != "fled"]


@cache
def _weak_custody_cues() -> frozenset[str]:
    """Cues of statements that someone was held for a while, not arrested ('detained'):
    a source that also says no one is held is read as none (data/compare.json
    ``custody_weak``)."""
    return frozenset(load("compare")["custody_weak"]["words"])


def _custody(indep: Sequence[Account], claims: Mapping[str, Claim],
             names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The custody rows (see the module doc): sources that say no one is held against
    sources that say someone is; sources that say no one is charged against sources that
    report charges."""
    day = {a.source: a.date for a in indep}
    weak = _weak_custody_cues()
    rows = []
    told = {a.source: custody_of(a, claims) for a in indep}
    # a plea or verdict is not read as an arrest or a charge here: a guilty plea in someone's
    # record (an old weapons case told in the story) would hide a first report's 'no one is
    # held' (gva-dev, odd half)
    for measure, no, yes, not_yet, yet, what, backwards in (
            ("custody", {"none", "questioned", "fled"}, {"held", "charged"}, "no one is held", "someone is held",
             "an arrest", "a release or a dropped charge, or one of them is wrong"),
            ("charged", {"uncharged", "pending", "dropped"}, {"charged", "guilty"}, "no one is charged", "charges", "charges",
             "a release or a dropped charge, or one of them is wrong"),
            ("plea", {"not_guilty"}, {"guilty"}, "a plea of not guilty", "a guilty plea or verdict",
             "a guilty plea or verdict", "a plea changed back, or one of them is wrong, or speaks of another suspect")):
        none: dict[str, list[Claim]] = {}
        done: dict[str, list[Claim]] = {}
        at_large = measure == "custody" and _charged_at_large(told.values())
        for a in indep:
            cs = told[a.source]
            denied = [c for c in cs if c.group in no]
            # a charge beside 'is still at large' may be in his absence; beside 'was questioned', it is his
            firm = [c for c in denied if c.group != "questioned"]
            if got := [c for c in cs if c.group in yes and not (
                    (firm or at_large) and measure == "custody" and c.group == "charged"
                    or firm and getattr(c, "cue", None) in weak)]:
                if not any(c.group == "pending" for c in denied):
                    done[a.source] = got  # a charge beside a decision still to come: another case's, or more
            elif denied:
                if measure == "charged" and all(c.group == "dropped" for c in denied) and _still_charged(a, claims, denied):
                    continue  # 'charges dismissed against one' beside 'the four others each face two counts of murder'
                none[a.source] = denied
        if none and done:
            cs = [*(c for cs in none.values() for c in cs[:1]), *(c for cs in done.values() for c in cs[:1])]
            if all(c.group == "dropped" for cs in none.values() for c in cs):
                not_yet = "the charges were dropped"  # 'charges against him were dropped' (careful reading round 30)
            rows.append((measure, f"{measure} · suspect", _ordered(none, done, day, names, not_yet, yet, what, backwards),
                         cs))
    return rows


def _still_charged(a: Account, claims: Mapping[str, Claim], dropped: Sequence[Claim]) -> bool:
    """Whether a source that tells charges dropped (``dropped``) also tells charges by
    their counts (an account's counted charges) in other sentences, not of someone's past
    (data/compare.json ``verdict_stage``): the dismissal is one suspect's, and the page keeps
    the others charged ('Charges against a fifth teen were dismissed ... The four defendants
    each face two counts of murder'), no dropping of every charge to set against another
    page's. Not 'the four counts against him were dropped': the dropped counts themselves.
    (Session 31, fix46, after careful reading round 43.)"""
    past, gone, drop = _verdict_past(), {c.sentence for c in dropped}, _counts_dropped()
    return any(i in claims and claims[i].sentence not in gone and not past.search(claims[i].sentence or "")
               and not drop.search(claims[i].sentence or "") for i in a.charges)


@cache
def _counts_dropped() -> re.Pattern[str]:
    """Words that tell a sentence's counted charges dropped (data/compare.json ``counts_dropped``)."""
    return any_of(wordseq("compare", "counts_dropped"))


@cache
def _verdict_past() -> re.Pattern[str]:
    """Words of a plea or verdict sentence about someone's past or another case
    (data/compare.json ``verdict_stage``), for :func:`_verdict_rows`."""
    d = load("compare")["verdict_stage"]
    return re.compile(any_of(d["not"]).pattern + "|" + d["not_year"] + "|" + d["not_had"], re.I)


def _verdict_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                  names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a charge against a guilty plea or verdict (updates41, issue 13): sources that
    tell a guilty plea or verdict (a custody fact 'guilty', not in a sentence of someone's past
    or another case: data/compare.json ``verdict_stage``) against sources that tell a charge
    (a custody fact 'charged', or someone held and a counted charge: 'jailed Monday, accused of
    two counts of arson') and no plea or verdict at all; an update where the dates order the charge first, a
    possible update where no date orders them."""
    past = _verdict_past()
    done: dict[str, list[Claim]] = {}
    charged: dict[str, list[Claim]] = {}
    for a in indep:
        cs = custody_of(a, claims)
        groups = {c.group for c in cs}
        # someone held and accused of 'two counts of arson' tells the charge by its counts (an
        # account's counted charges), not in a sentence of someone's past (upd45)
        counted = [claims[i] for i in a.charges if i in claims and not past.search(claims[i].sentence or "")]
        if guilty := [c for c in cs if c.group == "guilty" and not past.search(c.sentence or "")]:
            done[a.source] = guilty
        elif groups & {"guilty", "not_guilty"}:
            continue
        elif "charged" in groups:
            charged[a.source] = [c for c in cs if c.group == "charged"]
        elif "held" in groups and counted:
            charged[a.source] = counted
    if not charged or not done:
        return []
    day = {a.source: a.date for a in indep}

    def who(by: Mapping[str, list[Claim]]) -> str:
        return "; ".join(f"{names[s]}{f' ({day[s]})' if day[s] else ''}: {_said(cs)}" for s, cs in by.items())

    said = f"only the charge, no plea or verdict ({who(charged)}) against a guilty plea or verdict ({who(done)})"
    if _date_order(day, charged, done) == "second":
        why = f"The later reports tell {said}; they may look back to the charge, or one of them is wrong."
    else:  # a plea or verdict comes after the charge: the words order them
        why = f"An update: a guilty plea or verdict follows the charge; the sources tell {said}."
    return [("plea", "plea · verdict", why, [c for by in (charged, done) for cs in by.values() for c in cs[:1]])]


@cache
def _arrest_charges() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Offences of a police stop or chase, and of a shooting (data/compare.json
    ``charge_of_the_arrest``), for :func:`_of_the_arrest`."""
    d = load("compare")["charge_of_the_arrest"]
    return any_of(d["words"]), any_of(d["shooting"])


def _of_the_arrest(c: Claim) -> bool:
    """A charge whose words after the cue name only an offence of the stop or chase that
    ended in the arrest ('charged with resisting arrest', 'charged in connection with the
    pursuit'), none of a shooting: not a charge in the shooting (fix43)."""
    chase, shooting = _arrest_charges()
    s = c.sentence or ""
    i = s.find(c.text)
    after = s[i + len(c.text):] if i >= 0 else ""
    return bool(chase.search(after)) and not shooting.search(after)


def _held_not_charged(indep: Sequence[Account], claims: Mapping[str, Claim], kind: Callable[[Claim], bool]
                      ) -> tuple[dict[str, list[Claim]], dict[str, list[Claim]]]:
    """Sources whose every 'held' custody statement is of ``kind`` and that tell no charge, plea,
    verdict, dropping or release, and sources that tell a charge (not one of the stop or chase
    alone: :func:`_of_the_arrest`): the two sides of :func:`_interest_rows` and
    :func:`_detained_rows`."""
    held: dict[str, list[Claim]] = {}
    charged: dict[str, list[Claim]] = {}
    for a in indep:
        cs = custody_of(a, claims)
        groups = {c.group for c in cs}
        if got := [c for c in cs if c.group in ("charged", "guilty") and not _of_the_arrest(c)]:
            charged[a.source] = got
        elif (h := [c for c in cs if held_fact(c)]) and all(kind(c) for c in h) and not (
                groups & {"not_guilty", "dropped", "released"}):
            held[a.source] = h
    return held, charged


def _interest_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                   names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of someone held as a person of interest against a charge (updates41, issue 13):
    sources whose every 'held' custody statement calls the one held a person of interest
    (data/compare.json ``person_of_interest``) and that tell no charge, plea or verdict, against
    sources that tell a charge (:func:`_held_not_charged`); most often an update (held for
    questioning, charged later)."""
    poi = phrases("person_of_interest", "words")
    held, charged = _held_not_charged(indep, claims, lambda c: bool(poi.search(c.sentence or "")))
    return _ordered_row("charged", "charged · person of interest", held, charged, indep, names,
                        "someone held as a person of interest, not charged", "charges", "a charge",
                        "one of them is wrong, or speaks of someone else")


def _interest_sought_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                          names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a person of interest sought against a charge filed while the suspect is still
    free (upd57, issue 13): sources whose custody statements all say no one is held, one of them
    in a sentence that calls the one sought a person of interest ('searching for Tom Reed, whom
    detectives call a person of interest'), against sources that tell a charge beside a search or
    'at large' and no one held ('charged with murder ... police are still looking for him'). The
    custody row sees no change there (no one is held on either side), and a page that tells
    someone held is that row's; most often an update (charged after the first reports, still at
    large). Written from a careful-reading case on gva-dev's odd half (a first report of such a
    search against the wire's report of the capital murder charge, the suspect still sought)."""
    poi = phrases("person_of_interest", "words")
    sought: dict[str, list[Claim]] = {}
    charged: dict[str, list[Claim]] = {}
    for a in indep:
        cs = custody_of(a, claims)
        groups = {c.group for c in cs}
        if cs and groups == {"none"} and (got := [c for c in cs if poi.search(c.sentence or "")]):
            sought[a.source] = got
        elif _charged_at_large([cs]) and not groups & {"uncharged", "dropped", "released"}:
            charged[a.source] = [c for c in cs if c.group == "charged" and not _of_the_arrest(c)]
    charged = {s: cs for s, cs in charged.items() if cs}
    return _ordered_row("charged", "charged · person of interest sought", sought, charged, indep, names,
                        "someone sought as a person of interest, not charged", "charges filed while still sought",
                        "a charge", "one of them is wrong, or speaks of someone else")


def _detained_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                   names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of someone detained against a charge (upd55, issue 13): sources whose every
    'held' custody statement only detains ('a boy, 13, was detained': data/compare.json
    ``custody_weak``), not all of them a person of interest's (:func:`_interest_rows`), and that
    tell no charge, against sources that tell a charge (:func:`_held_not_charged`): held for a
    while and charged later, most often an update."""
    weak, poi = _weak_custody_cues(), phrases("person_of_interest", "words")
    brief = phrases("custody_weak", "let_go")
    held, charged = _held_not_charged(indep, claims, lambda c: getattr(c, "cue", None) in weak)
    # (a person of interest's, or one 'briefly detained' and let go: no one held for the event)
    held = {s: h for s, h in held.items() if not all(poi.search(c.sentence or "") for c in h)
            and not any(brief.search(c.sentence or "") for c in h)}
    return _ordered_row("charged", "charged · detained", held, charged, indep, names,
                        "someone detained, not charged", "charges", "a charge",
                        "one of them is wrong, or the one detained was let go and someone else charged")


def _named_suspects(a: Account, claims: Mapping[str, Claim]) -> list[Claim]:
    """The person claims of source ``a`` that name a suspect by given name and surname."""
    return [c for i in a.people if (c := claims.get(i)) is not None and c.kind == "person"
            and c.role == "suspect" and len((c.name or "").split()) > 1]


def _identified_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                     names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of the one who fired not known against a suspect named (upd56, issue 13):
    sources whose custody statements say no one is held in words that tell the shooter's
    identity unknown (data/compare.json ``shooter_unknown``: 'no suspect description', 'could
    not establish who shot the farmhand'), that name no suspect and tell no identification,
    against sources that name a suspect or tell the police identified the one who fired
    ('identified the man who fired'), where no source tells anyone held or charged (the custody
    row sets such pages against the pages that say no one is); most often an update (a suspect
    named days later). The identification's side cites its own words (a court fact 'identified',
    data/facts.json ``court``), in a sentence that holds another claim as before (session 42,
    look60: it cited whatever claim the sentence held, a dateline's town)."""
    unknown_words, known_words = any_of(load("compare")["shooter_unknown"]["unknown"]), court_words().identified
    told_held = {"held", "charged", "guilty", "not_guilty"}
    if any(c.group in told_held for a in indep for c in custody_of(a, claims)):
        return []  # someone held or charged: the custody row sets the pages that say no one is against it
    page = _page_claims(indep, claims)
    unknown: dict[str, list[Claim]] = {}
    known: dict[str, list[Claim]] = {}
    for a in indep:
        cs = custody_of(a, claims)
        told = _named_suspects(a, claims) or _identified_told(page[a.source])
        if told:
            known[a.source] = told
        elif got := [c for c in cs if c.group == "none" and unknown_words.search(c.sentence or "")]:
            unknown[a.source] = got
    return _ordered_row("custody", "custody · suspect named", unknown, known, indep, names,
                        "the one who fired is not known", "a suspect named", "a suspect named",
                        "one of them is wrong, or speaks of someone else",
                        say=lambda cs: _said(cs) if cs[0].kind == "person" or cs[0].measure == "custody" else ", ".join(
                            dict.fromkeys(f"'{m[0]}'" for c in cs[:3] if (m := known_words.search(c.sentence)))))


def _identified_told(cs: Sequence[Claim]) -> list[Claim]:
    """A source's court facts 'identified' (``cs``: its claims) whose sentence holds another claim:
    the footing the row had when it cited that other claim."""
    told = {c.sentence for c in cs if not _court(c, "identified")}
    return [c for c in cs if _court(c, "identified") and c.sentence in told]


def _page_claims(indep: Sequence[Account], claims: Mapping[str, Claim]) -> dict[str, list[Claim]]:
    """Each independent source's claims that hold a sentence, for the rows read from a page's sentences."""
    per: dict[str, list[Claim]] = {a.source: [] for a in indep}
    for c in claims.values():
        if c.source in per and c.sentence:
            per[c.source].append(c)
    return per


def _charged_at_large(told: Iterable[Sequence[Claim]]) -> bool:
    """Some source tells a charge beside no one held, and no arrest ('charged with murder ...
    both men remain at large'): the charge was filed while the suspects were free, so another
    source's charge, with no arrest or custody word beside it, says nothing of custody
    (careful reading, session 19: brothers charged and on the run in four reports, against
    a fifth that told only the charges)."""
    return any({"none", "charged"} <= {c.group for c in cs} and not any(c.group == "held" for c in cs) for cs in told)


def _still_sought(indep: Sequence[Account], claims: Mapping[str, Claim],
                  names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a suspect still sought (see the module doc): sources that say one of several
    is still sought ('a second suspect remains at large', 'searching for another suspect': a
    custody fact 'sought') against sources that tell the arrest or charge of one of several
    ('arrested a second suspect', 'a third man has been charged': a 'held' or 'charged' fact
    hedged 'more') and say no one is still sought or at large. Custody32 (issue 13): careful
    readings missed first reports of an accomplice still sought against a later report of
    his arrest."""
    sought: dict[str, list[Claim]] = {}
    caught: dict[str, list[Claim]] = {}
    for a in indep:
        cs = custody_of(a, claims)
        if still := [c for c in cs if c.group == "sought"]:
            sought[a.source] = still
        elif (more := [c for c in cs if c.group in ("held", "charged") and c.hedge == "more"]) and not any(
                c.group == "none" for c in cs):
            caught[a.source] = more
    return _ordered_row("custody", "custody · suspect still sought", sought, caught, indep, names,
                        "a suspect is still sought", "another suspect held", "the arrest of the one sought",
                        "one of them is wrong, or they speak of different suspects")


def _released(indep: Sequence[Account], claims: Mapping[str, Claim],
              names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The release row (see the module doc): sources that say every wounded person left
    hospital ('Both were released from the hospital'; a release of one person where every
    source counts one wounded; a release said of all by their number, 'The four victims were
    released' where the source counts four hurt: :func:`_all_counted`) against sources that have someone still there ('in stable condition',
    'remains hospitalized', 'in critical condition') and tell of no release."""
    out: dict[str, list[Claim]] = {}
    there: dict[str, list[Claim]] = {}
    # (the sources that count the wounded: a page silent on them, a brief of the release or a
    # court page, does not keep one wounded from being all; session 71, careful reading round
    # 273: 788572's 'remains in serious condition' against a later page's release)
    hurt = [t for a in indep if (t := a.toll("injured")) is not None]
    one = bool(hurt) and _one_wounded(hurt)  # a release of 'him' is of all
    for a in indep:
        cs = [claims[i] for i in a.conditions if i in claims]
        t = a.toll("injured")
        every = t.value.lo if t is not None and t.value.is_point and t.value.lo >= 2 else None
        # 'The four people who were wounded have been released', four being the page's injured toll (upd54)
        if rel := [c for c in cs if c.group == "released" and (
                c.hedge == "all" or one or every is not None and _all_counted(c.sentence or "") == every)]:
            out[a.source] = rel
        elif not any(c.group == "released" for c in cs) and (held := [c for c in cs if c.group in ("hospital", "grave")]):
            there[a.source] = held
    return _ordered_row("condition", "condition · released", there, out, indep, names,
                        "the wounded still in hospital", "every wounded person released", "a release",
                        "one of them is wrong, or speaks of someone else (the wounded leave hospital, they are rarely "
                        "taken back)")



def _one_wounded(hurt: Sequence[Toll | None]) -> bool:
    """Whether the injured tolls ``hurt`` (one per source) count one wounded person: each says
    one, exactly or as a lower bound ('at least one': 'his nephew' on a court page), and one says
    exactly one (upd58: a court page's 'at least one' had kept a release from being every
    wounded person's)."""
    return all(t is not None and t.value.lo == 1 for t in hurt) and any(t.value.is_point for t in hurt)


@cache
def _release_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of someone still held, and of a release from an earlier case (data/compare.json
    ``still_held``, ``past_release``), for :func:`_let_go_rows`."""
    d = load("compare")
    return any_of(d["still_held"]["words"]), any_of(d["past_release"]["words"])

def _let_go_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                 names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of people held and let go (custody37, issue 13): sources that tell those held
    released (a custody fact 'released': 'the three men detained were released and have not
    been charged') and tell no charge, nor anyone still held ('three in custody, one released':
    data/compare.json ``still_held``), against sources that have someone held or charged and tell no
    release; not a release from an earlier case ('recently released from jail': ``past_release``). Most often an update (held at first, let go later); else one is wrong."""
    out: dict[str, list[Claim]] = {}
    held: dict[str, list[Claim]] = {}
    still, past = _release_cues()
    for a in indep:
        cs = custody_of(a, claims)
        groups = {c.group for c in cs}
        let_go = [c for c in cs if c.group == "released" and not past.search(c.sentence or "")]
        if let_go and not groups & {"charged", "guilty", "not_guilty"} and not any(
                held_fact(c) and still.search(c.text) for c in cs):
            out[a.source] = let_go  # not '3 men in custody, 1 released': one of several
        elif "released" not in groups and (got := [c for c in cs if c.group in ("held", "charged")]):
            held[a.source] = got
    return _ordered_row("custody", "custody · released", held, out, indep, names,
                        "someone is held", "those held released", "a release",
                        "one of them is wrong, or speaks of other people held (those let go are rarely taken back)")


@cache
def _bail_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of a suspect let out on bail, and of bail not posted (data/compare.json
    ``bail_posted``), for :func:`_bail_rows`."""
    d = load("compare")["bail_posted"]
    return any_of(d["words"]), any_of(d["not"], apostrophes=True)


def _bail_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
               names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of people held and let out on bail (custody40, issue 13): sources whose bail
    figures and custody sentences that speak of bail are each told as posted ('arrested and
    released after posting $15,000 bond') with no word of
    bail not posted ('unable to post') and no one told still held in another sentence, against
    sources that have someone still held ('remains in custody': data/compare.json
    ``still_held``) and tell no bail posted nor a release. Careful reading round 38: a couple
    in custody in one page and both out on bail in another gave no finding."""
    out: dict[str, list[Claim]] = {}
    held: dict[str, list[Claim]] = {}
    still, _ = _release_cues()
    posted, unposted = _bail_cues()
    for a in indep:
        cs = custody_of(a, claims)
        bail = [c for c in (*(claims[i] for i, _ in a.bail if i in claims), *cs)
                if re.search(r"\b(bail|bond)\b", c.sentence or "", re.I)]
        free = [c for c in bail if posted.search(c.sentence or "") and not unposted.search(c.sentence or "")]
        if free and len(free) == len(bail) and not any(
                held_fact(c) and still.search(c.text) and c.sentence not in {b.sentence for b in free} for c in cs):
            # the bail figure of those sentences stands for them where there is one ('$50,000'
            # reads as bail posted; the 'arrested' of 'arrested and freed on $50,000 bail' does not)
            said = {c.sentence for c in free}
            out[a.source] = [c for c in claims.values() if c.source == a.source and c.kind == "quantity"
                             and c.measure == "money" and c.sentence in said] or free
        elif not bail and not any(c.group == "released" for c in cs) and (
                got := [c for c in cs if held_fact(c) and still.search(c.text)]):
            held[a.source] = got
    return _ordered_row("custody", "custody · bail", held, out, indep, names,
                        "someone is held", "bail posted", "a release on bail",
                        "one of them is wrong, or speaks of other people held")


def _no_bail_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                  names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a suspect held without bail against a bail figure (r41fix, careful reading
    round 41): sources with a custody statement 'held' in a sentence that says no bail
    (data/compare.json ``held_without_bail``: 'in jail with no bond') and no bail figure, of a
    suspect (the one the sentence names, else the source's only suspect) whose bail another
    source gives as a figure (that suspect's, or, where the figure's sentence names no one,
    one of the suspects that source names: 'a judge set his bond at $75,000')."""
    words = phrases("held_without_bail", "words")
    suspects = {a.source: {(c.name or "").split()[-1].lower() for c in claims.values() if c.source == a.source
                           and c.kind == "person" and c.role == "suspect" and c.name} for a in indep}
    figures: dict[str, dict[str, list[Claim]]] = {}  # suspect -> source -> bail figures
    for a in indep:
        told = {i: who for i, who in a.bail}
        for c in bail_figures(c for c in claims.values() if c.source == a.source):
            for who in ([told[c.id]] if c.id in told else suspects[a.source]):
                figures.setdefault(who, {}).setdefault(a.source, []).append(c)
    held: dict[str, dict[str, list[Claim]]] = {}  # suspect -> source -> its 'held without bail' statements
    for a in indep:
        if any(a.source in by for by in figures.values()):
            continue
        for c in custody_of(a, claims):
            if not held_fact(c) or not words.search(c.sentence):
                continue
            named = {w for w in suspects[a.source] if re.search(rf"\b{re.escape(w)}\b", c.sentence or "", re.I)}
            for who in named or (suspects[a.source] if len(suspects[a.source]) == 1 else ()):
                held.setdefault(who, {}).setdefault(a.source, []).append(c)
    out = []
    for who in sorted(set(held) & set(figures)):
        detail = "; ".join(f"{names[s]}: {_said(cs)}" for s, cs in held[who].items())
        given = "; ".join(f"{names[s]}: {' / '.join(dict.fromkeys(' '.join(c.text.split()) for c in cs))}"
                          for s, cs in figures[who].items())
        cs = [*(cs[0] for cs in held[who].values()), *(cs[0] for cs in figures[who].values())]
        out.append(("bail", f"bail · {who} · held without bail",
                    f"Some sources tell {who.title()} held without bail ({detail}), others give a bail figure "
                    f"({given}): a bail set at a later hearing, or one of them is wrong.", cs))
    return out


@cache
def _all_counted_words() -> tuple[re.Pattern[str], re.Pattern[str], int, re.Pattern[str], re.Pattern[str]]:
    """'all' before a number, 'both' as a subject (opening the sentence or after 'they', 'were',
    'said'...) and not in a 'both ... and' pair, the number 'both' stands for, words that
    leave someone out, and a definite count of the hurt ('The four victims', opening the
    sentence or after those words; not 'of the four victims' nor 'the two other victims':
    data/compare.json ``mild_all_counted``)."""
    d = load("compare")["mild_all_counted"]
    every = re.compile(any_of(d["all"]).pattern + r"\s+(?P<n>[\w-]+)", re.I)
    opening = r"(?:^\W*|" + any_of(d["pair_after"]).pattern + r"\s+)"
    pair = re.compile(opening + any_of(d["pair"]).pattern + r"(?!(?:\s+\S+){0,4}?\s+and\b)", re.I)
    part = any_of(d["definite_not"]).pattern
    definite = re.compile(opening + any_of(d["definite"]).pattern + r"\s+(?P<n>[\w-]+)\s+(?:(?!" + part
                          + r")[\w-]+\s+){0,2}?" + any_of(d["definite_nouns"]).pattern, re.I)
    return every, pair, int(d["pair_of"]), any_of(d["not"]), definite


@cache
def _they_all() -> re.Pattern[str]:
    """'They' opening a sentence as its subject (data/compare.json ``mild_all_counted`` ``they_all``)."""
    return re.compile(load("compare")["mild_all_counted"]["they_all"]["pattern"])


def _said_of_they(sentence: str) -> bool:
    """Whether a sentence opens with 'They' as its subject and leaves no one out ('They are
    recovering from minor injuries'; not 'They all but one ...': :func:`_all_counted`'s words)."""
    _every, _pair, _two, but, _definite = _all_counted_words()
    return bool(_they_all().search(sentence)) and not but.search(sentence)


def _all_counted(sentence: str) -> float | None:
    """How many a mild condition or release sentence says it of, all of them by their number
    ('All three victims had wounds that were not life-threatening': 3; 'Both were treated for
    minor wounds': 2; 'The four victims were released': 4); None without such words, or with
    words that leave someone out ('all but one'). Upd49: :func:`_all_mild_rows` reads it as
    said of every wounded person where the number is the source's exact injured toll, and
    upd54 :func:`_released` a release so said."""
    every, pair, two, but, definite = _all_counted_words()
    if but.search(sentence):
        return None
    for m in (every.search(sentence), definite.search(sentence)):
        if m and (n := words_value([m.group("n")])) is not None:
            return n  # 'The three victims, all of Elm Park, ...': the definite count, 'all of' none
    return float(two) if pair.search(sentence) else None


def _all_mild_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                   names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of every wounded person out of danger against someone gravely hurt (condition37,
    issue 13): where several are wounded, sources that say it of all of them ('None of the
    wounds seemed grave to the doctors': a mild condition hedged 'all') and call no one's wounds
    grave, against sources that call someone's grave ('Two are in critical condition') and say
    no such thing of all, both counting the same wounded (one exact injured toll). A mild
    statement said of all by their number ('All three had wounds that were not
    life-threatening', 'Both suffered minor injuries': :func:`_all_counted`) counts where the
    number is that toll (upd49). The :func:`_conditions` row covers one wounded person."""
    by: dict[str, dict[str, list[Claim]]] = {"all": {}, "grave": {}}
    hurt: dict[str, float] = {}
    for a in indep:
        t = a.toll("injured")
        if t is None or not t.value.is_point or t.value.lo < 2:
            continue
        cs = [claims[i] for i in a.conditions if i in claims]
        mild = [c for c in cs if c.group == "mild" and (
            c.hedge == "all"
            or c.hedge is None and _all_counted(c.sentence or "") == t.value.lo
            # ('They are recovering from minor injuries': said of all the page counts; session 73)
            or c.hedge is None and _said_of_they(c.sentence or "")
            # ('Six were hurt. None of their wounds are grave': said of the six, the toll; session 62)
            or c.cue != "treat" and c.hedge == f"count: {t.value.lo:g}")]
        grave = [c for c in cs if c.group == "grave"]
        if bool(mild) != bool(grave):
            by["all" if mild else "grave"][a.source] = mild or grave
            hurt[a.source] = t.value.lo
    pairs = [(s, t) for s in by["all"] for t in by["grave"] if hurt[s] == hurt[t]]
    if not pairs:
        return []
    calm = {s: by["all"][s] for s in dict.fromkeys(s for s, _ in pairs)}
    grave = {t: by["grave"][t] for t in dict.fromkeys(t for _, t in pairs)}

    def who(b: Mapping[str, list[Claim]]) -> str:
        return "; ".join(f"{names[s]}: {_said(cs)}" for s, cs in b.items())
    cs = [c for b in (grave, calm) for cs in b.values() for c in cs[:1]]
    return [("condition", "condition · every wounded",
             f"The sources give the wounded's condition differently: someone gravely hurt ({who(grave)}) against "
             f"none in danger ({who(calm)}), each counting {hurt[pairs[0][0]]:g} wounded; a condition changes "
             f"between reports (a check of which is later tells whether one is wrong).", cs)]


def _conditions(indep: Sequence[Account], claims: Mapping[str, Claim],
                names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The condition row (see the module doc): where every source counts one wounded
    person, sources that call the wounds grave against sources that call them mild."""
    by: dict[str, dict[str, list[Claim]]] = {"grave": {}, "mild": {}, "stable": {}}
    stable = phrases("stable_condition", "words")
    for a in indep:
        hurt, shot, dead = a.toll("injured"), a.toll("shot"), a.toll("killed")
        if hurt is None or not hurt.value.is_point or hurt.value.lo != 1 or shot is not None and shot.value.hi != 1 \
                and (dead is None or shot.value.hi != dead.value.hi + 1):
            continue  # several wounded: which one each statement is about cannot be told (the dead besides one are not)
        cs = [c for i in a.conditions if i in claims for c in [claims[i]]
              if c.group in by or c.group == "hospital" and stable.search(c.text)]
        said = {c.group if c.group in by else "stable" for c in cs}
        if said == {"mild", "stable"}:  # 'in stable condition' beside 'non-life-threatening' tells no change
            cs, said = [c for c in cs if c.group == "mild"], {"mild"}
        if len(said) == 1:  # a source that says both ('critical', then 'treated and released') tells a change itself
            by[said.pop()][a.source] = cs
    other = "mild" if by["mild"] else "stable"  # 'in stable condition' against grave, where none says mild
    if not by["grave"] or not by[other]:
        return []

    def who(b: Mapping[str, list[Claim]]) -> str:
        return "; ".join(f"{names[s]}: {_said(cs)}" for s, cs in b.items())
    cs = [c for k in ("grave", other) for cs in by[k].values() for c in cs[:1]]
    return [("condition", "condition · wounded",
             f"The sources give the wounded person's condition differently: grave ({who(by['grave'])}) against "
             f"{other} ({who(by[other])}); a condition changes between reports (a check of which is later, "
             f"and of the hospital's word, tells whether one is wrong).", cs)]


def _charge_wording_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                         names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a counted charge named with and without a word that raises it (upd54,
    issue 13): two sources that count a charge against the same suspect, one 'attempted
    aggravated murder' and the other 'attempted murder' (data/compare.json ``charge_grades``),
    neither giving both forms; not two graded forms, nor a source's charge of another name."""
    grades = wordset("compare", "charge_grades", "words")
    per: dict[tuple[str, str], dict[str, dict[str, list[Claim]]]] = {}  # (suspect, plain) -> form -> source
    for a in indep:
        for c in (claims[i] for i in a.charges if i in claims):
            words = (c.noun or "").split()
            plain = " ".join(w for w in words if w not in grades)
            if c.cue and plain:
                form = "graded" if len(plain.split()) < len(words) else "plain"
                per.setdefault((c.cue, plain), {}).setdefault(form, {}).setdefault(a.source, []).append(c)
    rows = []
    for (who, plain), forms in per.items():
        both = set(forms.get("graded", {})) & set(forms.get("plain", {}))  # a source that gives both forms tells no difference
        graded = {s: cs for s, cs in forms.get("graded", {}).items() if s not in both}
        bare = {s: cs for s, cs in forms.get("plain", {}).items() if s not in both}
        if not graded or not bare or len({c.noun for cs in graded.values() for c in cs}) > 1:
            continue
        detail = by_value(((s, " / ".join(dict.fromkeys(" ".join(c.text.split()) for c in cs)))
                           for by in (bare, graded) for s, cs in by.items()), names)
        rows.append(("charges", f"charges · {who} · wording",
                     f"The sources name the charge against {who.title()} differently: {detail}; one of them may "
                     f"shorten the charge's name, or it was raised or lowered at another stage (worth a check).",
                     [cs[0] for by in (bare, graded) for cs in by.values()]))
    return rows


@dataclass(frozen=True)
class ChargeNames:
    """The words of charges named as filed (data/compare.json ``charge_names``), for
    :func:`charges_named` and :func:`_charges_named_rows`."""
    names: tuple[tuple[str, re.Pattern[str]], ...]  # a charge's key and its spellings, in order
    cue: re.Pattern[str]  # 'charged with', 'counts of': a list of charges follows
    before: re.Pattern[str]  # 'homicide charges': the charge before the noun
    cut: re.Pattern[str]  # where a list after a cue ends ('in the death of', a relative clause)
    not_before: re.Pattern[str]  # 'not charged with', 'could face': charges not filed
    later: re.Pattern[str]  # a stage after the first charge ('indicted', 'new charges')
    early: re.Pattern[str]  # a charge called the first ('a preliminary charge of')
    grave: frozenset[str]  # the keys of charges of a killing
    arrest: re.Pattern[str]  # 'arrested for', 'booked on': the offence of an arrest
    filed: re.Pattern[str]  # 'charged with', 'faces', 'counts of': a charge filed


@cache
def _charge_names() -> ChargeNames:
    d = load("compare")["charge_names"]

    def pat(k: str) -> re.Pattern[str]:
        return re.compile(d[k], re.I)
    return ChargeNames(tuple((k, re.compile(rf"\b(?:{p})\b", re.I)) for k, p in d["names"]), pat("cue"),
                       pat("before"), pat("cut"), pat("not_before"), pat("later"), any_of(d["early"]),
                       frozenset(d["grave"]), pat("arrest_only"), pat("filed"))


def _names_in(span: str, w: ChargeNames) -> set[str]:
    """The keys of the charges ``span`` names, each stretch of words read once, by the first
    key whose spelling takes it ('attempted murder' before 'murder')."""
    taken: list[tuple[int, int]] = []
    keys: set[str] = set()
    for key, pat in w.names:
        for m in pat.finditer(span):
            if not any(m.start() < e and b < m.end() for b, e in taken):
                taken.append(m.span())
                keys.add(key)
    return keys


def charges_named(sentence: str) -> set[str]:
    """The charges a sentence names as filed (upd55): after a cue ('was charged with murder and
    child endangering', 'booked under a tentative count of arson'), up to the clause that
    tells the case ('in the death of his son'), or before the noun ('faces homicide charges');
    none under a negation or modal ('was not charged with murder', 'could face charges of
    arson'). Words: data/compare.json ``charge_names``."""
    w = _charge_names()
    keys: set[str] = set()
    for m in w.cue.finditer(sentence):
        if not w.not_before.search(sentence[:m.start()]):
            tail = sentence[m.end():]
            keys |= _names_in(tail[:cut.start()] if (cut := w.cut.search(tail)) else tail, w)
    for m in w.before.finditer(sentence):
        if not w.not_before.search(sentence[:m.start("names")]) and not w.not_before.search(m.group("names")):
            keys |= _names_in(m.group(0), w)
    return keys


def _page_charges(cs: Sequence[Claim], w: ChargeNames) -> tuple[set[str], Claim | None, str | None, str | None]:
    """A page's charges named (:func:`charges_named`, not in a sentence of someone's past or
    another case), the first claim of a sentence that names one, the first words of a later
    stage it tells (data/compare.json ``charge_names`` ``later``), and the first word that calls
    a charge it names the first one; no charges where the page tells a verdict, plea or sentence
    (``court_stage``: it names what someone was convicted of, not charged with) or charges
    dropped (``counts_dropped``: the charges it names may be gone)."""
    past, court, dropped = _verdict_past(), phrases("court_stage"), _counts_dropped()
    keys: set[str] = set()
    first = later = early = None
    seen: set[str] = set()
    for c in cs:
        if not (sent := c.sentence) or sent in seen or past.search(sent):
            continue
        seen.add(sent)
        if court.search(sent) or dropped.search(sent):
            return set(), None, None, None
        if got := charges_named(sent):
            keys |= got
            first = first or _charge_cite(cs, sent)
            early = early or ((m := w.early.search(sent)) and m.group(0).lower())
        later = later or ((m := w.later.search(sent)) and " ".join(m.group(0).split()))
    return keys, first, later, early


#: fact measures of a place: the last a charges row cites from the sentence naming the charges
_PLACE_FACTS = ("town", "address", "street", "corner")


def _charge_cite(cs: Sequence[Claim], sentence: str) -> Claim:
    """The claim a charges row cites from the sentence that names the charges: a custody or
    charges fact, else a suspect, else any claim but a place, else the first (look57: a row
    cited a county's name, the first claim of a sentence that named a county before the charges),
    from the claims of that sentence or of a part of it (a dateline read over two of the parser's
    sentences gives its claim both: session 71, 754403's 'WAGONER' | 'COUNTY, OK- Two men are
    facing ... charges')."""
    def rank(c: Claim) -> int:
        if c.kind == "fact" and c.measure in ("custody", "charges"):
            return 0
        if c.kind == "person" and c.role == "suspect":
            return 1
        return 3 if c.kind == "fact" and c.measure in _PLACE_FACTS else 2
    return min((c for c in cs if c.sentence and c.sentence in sentence), key=rank)


def _charges_named_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                        names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of charges added or raised between reports (upd55, issue 13): a page that names
    the charges filed and tells a later stage of the case ('indicted', 'new charges', 'held for
    court'), or against which the other calls its charge the first ('a preliminary charge of'),
    against a page that tells no later stage and names a part of its charges, or no charge of a
    killing where it names one ('child endangering' against 'child endangering and negligent
    homicide' at the indictment); not where the dates put the later stage first."""
    w = _charge_names()
    read = {s: _page_charges(cs, w) for s, cs in _page_claims(indep, claims).items()}
    read = {s: r for s, r in read.items() if r[0]}
    day = {a.source: a.date for a in indep}
    held = {s for s, cs in _page_claims(indep, claims).items() if s in read and _arrest_only(cs, w)}
    pairs = [(a, b) for a in read for b in read if a != b and read[a][0] != read[b][0]
             and (read[b][2] and not read[a][2] or read[a][3] and not read[b][3]
                  or a in held and b not in held and not read[a][0] & w.grave and read[b][0] & w.grave)
             and (read[a][0] < read[b][0] or not read[a][0] & w.grave and read[b][0] & w.grave)
             and not (day[a] and day[b] and day[a] > day[b])]
    if not pairs:
        return []
    first = list(dict.fromkeys(a for a, _ in pairs))
    second = list(dict.fromkeys(b for _, b in pairs))

    def who(ss: Sequence[str]) -> str:
        return "; ".join(f"{names[s]}{f' ({day[s]})' if day[s] else ''}: {', '.join(sorted(read[s][0]))}" for s in ss)
    told = "; ".join([*(f"{names[s]} tells a later stage ('{read[s][2]}')" for s in second if read[s][2]),
                      *(f"{names[s]} calls its charge the first ('{read[s][3]}')" for s in first if read[s][3]),
                      *(f"{names[s]} names only the charges of the arrest" for s in first if s in held)])
    added = sorted(set().union(*(read[s][0] for s in second)) - set().union(*(read[s][0] for s in first)))
    return [("charges", "charges · named",
             f"An update: the charges named grow between the reports, from {who(first)} to {who(second)} "
             f"({', '.join(added)} added or raised); {told}. Charges are added or raised as a case goes on "
             f"(a check of the stage each page tells shows which is current).",
             [c for s in (*first, *second) if (c := read[s][1]) is not None])]


def _arrest_only(cs: Sequence[Claim], w: ChargeNames) -> bool:
    """Every sentence of a page's claims that names a charge (:func:`charges_named`) names it
    as the offence of an arrest ('was arrested for obstruction', 'booked on a gun charge';
    data/compare.json ``charge_names`` ``arrest_only``), none as a charge filed ('charged
    with', 'faces', 'counts of'): against a page that names a charge of a killing the charge
    was raised after the arrest, an update told with no stage word. upd57 (session 39, issue
    13), written from a careful-reading case on gva-dev's odd half (a man arrested for
    obstruction in two reports, then charged with murder with a second man)."""
    arrest, filed = w.arrest, w.filed
    said = [s for s in dict.fromkeys(c.sentence for c in cs if c.sentence) if charges_named(s)]
    return bool(said) and all(arrest.search(s) and not filed.search(s) for s in said)


def _grave_cite(cs: Sequence[Claim], w: ChargeNames) -> Claim | None:
    """The claim a row cites from the first sentence of a page that names a charge of a killing
    filed (:func:`charges_named`), not another charge's ('charged with obstruction')."""
    sent = next((s for s in dict.fromkeys(c.sentence for c in cs if c.sentence) if charges_named(s) & w.grave), None)
    return _charge_cite(cs, sent) if sent is not None else None


#: a word of a charge in any form ('will be charged as a juvenile'): a page that speaks of charges at all
#: tells something of them, which the charge rows read; the accident row leaves it
_CHARGE_WORD = re.compile(r"\bcharg(?:e|es|ed|ing)\b", re.I)


def _accident_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                   names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a shooting told as an accident against a charge of a killing (upd60, issue 13;
    data/compare.json ``accident_charged``): pages whose sentences call it an accident and that tell
    no custody and speak of no charge in any form (:data:`_CHARGE_WORD`), against pages that name a charge of a killing filed
    (:func:`_page_charges`); ordered by the dates like custody."""
    w = _charge_names()
    words = re.compile(load("compare")["accident_charged"]["words"], re.I)
    page = _page_claims(indep, claims)
    told = {a.source: custody_of(a, claims) for a in indep}
    filed = {s: _page_charges(cs, w) for s, cs in page.items()}
    # (a headline alone, every claim of the page on its first line, is silent on charges: a sign-up
    # stub under 'Teen killed in accidental shooting' says nothing of one; careful reading round 82)
    said = {s: [c for c in cs if words.search(c.sentence or "")] for s, cs in page.items()
            if not told[s] and not any(_CHARGE_WORD.search(c.sentence or "") for c in cs)
            and any(c.line > 1 for c in cs)}
    done = {s: [c] for s, f in filed.items() if f[0] & w.grave and (c := _grave_cite(page[s], w)) is not None}
    ages = {a.source: frozenset().union(*(toll_ages(a, m, claims) for m in ("killed", "injured", "shot"))) for a in indep}
    # a page whose victim is years off every charged page's is another case ('a 3-year-old' against '14'; a
    # year apart is one person told two ways, '90' against '89')
    none = {s: cs[:1] for s, cs in said.items() if cs and not (ages[s] and all(
        ages[t] and not any(abs(x - y) <= 1 for x in ages[s] for y in ages[t]) for t in done))}
    grave = ", ".join(sorted(set().union(*(filed[s][0] & w.grave for s in done))))
    return _ordered_row("charges", "charges · accident", none, done, indep, names,
                        "the shooting told as an accident, no arrest or charge told", f"a charge of {grave} filed",
                        "a charge", "one of them is wrong, or speaks of another case", say=_sentence_said)


def _sentence_said(cs: Sequence[Claim]) -> str:
    """The words of the claims' sentences, shortened (an accident, a charge), for
    :func:`_accident_rows`."""
    return ", ".join(dict.fromkeys(f"'{' '.join((c.sentence or c.text).split())[:90]}'" for c in cs[:2]))


@cache
def _improved_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words that put a grave condition in the past, words of a better state after a change,
    and words of the way to hospital (data/compare.json ``condition_improved``), for
    :func:`_improved_rows`."""
    return tuple(phrases("condition_improved", k) for k in ("earlier", "now", "arrival"))


def _tells_improved(cs: Sequence[Claim]) -> list[Claim] | None:
    """A page's condition statements that tell a wounded person's condition improved ('was
    upgraded to serious condition'; 'was initially listed in critical condition' beside a
    condition that is not grave), where every grave statement of the page is so told; None if
    the page tells no such change, tells it with no grave word (a page that says only 'stable'
    is the condition row's), calls someone's wounds grave in a sentence of its own, or tells
    the change as a release (the release row's: 'all four went home, the one once
    critically hurt among them')."""
    earlier, now, _way = _improved_words()
    told = [c for c in cs if now.search(c.sentence or "")
            or c.group == "grave" and earlier.search(c.sentence or "") and any(d.group != "grave" for d in cs)]
    said = {c.sentence for c in told}
    if not any(c.group == "grave" for c in told) or any(
            c.group == "grave" and c not in told or c.group == "released" and c.sentence in said for c in cs):
        return None  # 'upgraded to stable condition' with no grave word: the condition row's, where one is hurt
    return told


def _improved_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                   names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a condition told as improved (upd54, issue 13): pages whose own words tell a
    wounded person's grave condition improved since (:func:`_tells_improved`) against pages that
    call someone's wounds grave ('in critical condition'; not only on the way to hospital,
    'taken in critical condition', which any later improvement fits) and tell no change: the
    condition moved between reports, an update where the page that tells the change is the
    later one; ordered by the dates where every source has one."""
    earlier, now, way = _improved_words()
    better: dict[str, list[Claim]] = {}
    grave: dict[str, list[Claim]] = {}
    for a in indep:
        cs = [claims[i] for i in a.conditions if i in claims]
        if (told := _tells_improved(cs)) is not None:
            better[a.source] = told
        elif (g := [c for c in cs if c.group == "grave" and not way.search(c.sentence or "")]) and not any(
                earlier.search(c.sentence or "") or now.search(c.sentence or "") for c in cs):
            grave[a.source] = g
    if not better or not grave:
        return []

    def changed(cs: Sequence[Claim]) -> str:
        cue = dict.fromkeys(m.group(0).lower() for c in cs for p in (earlier, now) if (m := p.search(c.sentence or "")))
        return f"{_said(cs)}, told as changed: {', '.join(repr(w) for w in cue)}"
    return _ordered_row("condition", "condition · improved", grave, better, indep, names,
                        "someone gravely hurt", "a condition told as improved since", "an improvement",
                        "another wounded person, a relapse, or one of them is wrong",
                        say=lambda cs: changed(cs) if any(c in better.get(c.source, ()) for c in cs) else _said(cs))


@cache
def _wound_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'(left|right) PART' for the body parts that have sides, and the words of a sentence
    about a wound (data/compare.json ``wound_sides``)."""
    d = load("compare")["wound_sides"]
    parts = "|".join(map(re.escape, d["parts"]))
    return re.compile(rf"\b(left|right)\s+({parts})s?\b", re.I), any_of(d["wound_words"])


def _one_shot(a: Account) -> bool:
    """The account counts one person hurt (or at least one: 'a girl was wounded'), no more
    shot, and no one dead."""
    hurt, shot, dead = a.toll("injured"), a.toll("shot"), a.toll("killed")
    return (hurt is not None and hurt.value.lo == 1 and (shot is None or shot.value.lo <= 1)
            and (dead is None or dead.value.hi == 0))


def _wound_sides(indep: Sequence[Account], claims: Mapping[str, Claim],
                 names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The wound side row (see the module doc): per body part, sources that put the one
    wound on the left against sources that put it on the right."""
    if len(indep) < 2 or not all(map(_one_shot, indep)):
        return []
    sided, wound = _wound_words()
    srcs = {a.source for a in indep}
    said: dict[str, dict[str, dict[str, Claim]]] = {}  # part -> source -> side -> a claim of the sentence
    for c in sorted(claims.values(), key=lambda c: (c.kind != "quantity", c.id)):
        if c.source not in srcs or not c.sentence or not wound.search(c.sentence):
            continue
        for m in sided.finditer(c.sentence):
            said.setdefault(m[2].lower(), {}).setdefault(c.source, {}).setdefault(m[1].lower(), c)
    rows = []
    for part, by in said.items():
        one = {s: next(iter(sides)) for s, sides in by.items() if len(sides) == 1}
        if len(set(one.values())) < 2:
            continue
        detail = " vs ".join(f"{side} {part} ({', '.join(names[s] for s in one if one[s] == side)})"
                             for side in dict.fromkeys(one.values()))
        cs = [by[s][one[s]] for s in one]
        rows.append(("condition", "condition · wound side",
                     f"The sources put the wound on opposite sides: {detail}; one of them is wrong.", cs))
    return rows


@dataclass(frozen=True)
class WoundPlaces:
    """data/compare.json ``wound_places``, compiled."""

    cue: re.Pattern[str]  # a wound word
    wound: re.Pattern[str]  # a wound word, then the parts it names ('shot once in the neck and shoulder')
    part: re.Pattern[str]  # one part, after the first ('the back of her skull': the head)
    region: dict[str, str]  # a part -> its region
    several: re.Pattern[str]
    vague: re.Pattern[str]
    hearsay: re.Pattern[str]  # a caller's or a witness's words ('saying the boy shot himself in the neck')
    near: int  # characters after a wound's parts whose parts count too


@cache
def _wound_places() -> WoundPlaces:
    """The patterns of data/compare.json ``wound_places`` (see :func:`_wound_regions`)."""
    d = load("compare")["wound_places"]
    region = {p: r for r, ps in d["regions"].items() for p in ps}
    parts = "|".join(re.escape(p) for p in sorted(region, key=len, reverse=True))
    mods = "|".join(map(re.escape, d["modifiers"]))
    after = "|".join(re.escape(w) for w in d["not_after"])
    one = (rf"\b(?:(?:{mods})\s+)?(?P<p>{parts})\b(?:\s+of\s+(?:the|his|her|its)\s+(?P<of>{parts})\b)?"
           rf"(?!\s+(?:{after})\b)")  # not 'the back yard', 'the side of a van'
    plain = one.replace("?P<p>", "?:").replace("?P<of>", "?:")
    more = rf"(?:\s*(?:,|\band\b|\bor\b|,\s*and\b)\s*(?:(?:the|his|her)\s+)?{plain})*"  # 'the head and torso'
    wound = re.compile(d["cues"] + d["between"] + d["preps"] + rf"(?P<all>{one}{more})", re.I)
    return WoundPlaces(re.compile(d["cues"], re.I), wound, re.compile(one, re.I), region,
                       re.compile(d["several"], re.I), any_of(d["vague"]), re.compile(d["hearsay"], re.I),
                       int(d["near"]))


def _wound_regions(sentence: str) -> tuple[str, ...] | None:
    """The body regions a sentence puts a wound in, in the order it names them ('hit in
    the back of her skull and the wrist': head, arm), or None where it tells more wounds
    than it places ('shot several times, including in the hip'), a year (another time)
    or a vague part ('upper body')."""
    w = _wound_places()
    if not w.cue.search(sentence):
        return ()
    found = list(w.wound.finditer(sentence))
    if w.several.search(sentence) or w.vague.search(sentence):
        return None  # 'shot several times', 'in the upper body': the other wounds may be another source's
    if not found or w.hearsay.search(sentence):
        return ()
    if YEAR.search(sentence):
        return None  # a wound told of another time
    out: dict[str, None] = {}  # in order: the report names them as the text does
    for m in found:  # and the parts right after ('in the ribs below his elbow': the arm too)
        for p in w.part.finditer(m["all"] + sentence[m.end():m.end() + w.near]):
            out[w.region[(p["of"] or p["p"]).lower()]] = None
    return tuple(out)


def _one_hit(a: Account) -> bool | None:
    """The account counts exactly one person hit, dead or hurt (True), more or a bound
    (False), or gives no toll of the dead, the hurt or the shot (None)."""
    dead, hurt, shot = a.toll("killed"), a.toll("injured"), a.toll("shot")
    if dead is None and hurt is None and shot is None:
        return None
    lo = sum(t.value.lo for t in (dead, hurt) if t is not None)
    hi = sum(t.value.hi for t in (dead, hurt) if t is not None)  # 'a boy was shot': at least one
    return lo == 1 and hi in (1, math.inf) and (shot is None or shot.value.lo <= 1)


def _hurt_on_two_days(claims: Mapping[str, Claim]) -> frozenset[str]:
    """The sources that tell people shot or hurt on two calendar days, each a figure's own
    time ('shot him Nov. 2' and 'his mother was shot Oct. 13'): two shootings, one the
    article recalls, whose wounds cannot be told apart sentence by sentence (kept or set
    aside alike; a death's day is not read: 'shot May 2, died May 4' is one shooting)."""
    days: dict[str, set[tuple[str, int]]] = {}
    for c in claims.values():
        if c.kind != "quantity" or c.measure not in ("shot", "injured") or c.scope is None:
            continue
        if c.scope.time and not c.scope.time_inherited:
            for m in calendar_day().finditer(c.scope.time):  # 'Nov. 2', 'November 2': one day
                day = re.findall(r"\b\d{1,2}\b", m[0])
                days.setdefault(c.source, set()).add((m[0][:3].lower(), int(day[0]) if day else 0))
    return frozenset(s for s, d in days.items() if len(d) > 1)


def _lone_sources(indep: Sequence[Account], claims: Mapping[str, Claim]) -> frozenset[str]:
    """The sources whose wounds can be set against each other: every source where every
    source that gives a toll counts exactly one person hit and at least one does (a source
    silent on the toll, a court story, is read beside them); else none. A source that
    tells people hurt on two days (:func:`_hurt_on_two_days`) is left out."""
    hit = {a.source: _one_hit(a) for a in indep}
    lone = frozenset(hit) if True in hit.values() and False not in hit.values() else frozenset()
    return lone - _hurt_on_two_days(claims)


@cache
def _times_hit() -> tuple[re.Pattern[str], dict[str, int], frozenset[str]]:
    """data/compare.json ``times_hit``: the pattern, the count words, the words of two or more."""
    d = load("compare")["times_hit"]
    return re.compile(d["pattern"], re.I), dict(d["counts"]), frozenset(d["several"])


def _hit_count(m: re.Match[str]) -> tuple[float, float]:
    """The times hit a ``times_hit`` match tells, as (low, high): 'twice' (2, 2), 'at least
    three times' (3, inf), 'multiple gunshot wounds' (2, inf)."""
    _p, counts, several = _times_hit()
    n = " ".join(re.sub(r"\s+times$", "", (m["n"] or m["n2"]).lower()).split())
    lo, hi = (2, math.inf) if n in several else (int(n), int(n)) if n.isdecimal() else (counts[n], counts[n])
    return lo, math.inf if m["least"] or m["least2"] else hi


def _counts_hits(sentence: str) -> bool:
    """A sentence whose count of hits is read: no quoted words or caller's claim, no year
    (another time), and 'once' at most once ('once in the elbow and once in the calf': two)."""
    return (not _wound_places().hearsay.search(sentence) and not YEAR.search(sentence)
            and len(re.findall(r"\bonce\b", sentence, re.I)) < 2)


def _times_hit_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                    names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The times hit row (see the module doc): where one person was hit, two sources whose
    counts of the hits cannot both hold ('shot once' against 'struck three times')."""
    lone, (pattern, _c, _s) = _lone_sources(indep, claims), _times_hit()
    said: dict[str, dict[tuple[float, float], Claim]] = {}  # source -> count -> a claim of its sentence
    for c in sorted(claims.values(), key=lambda c: (c.kind != "quantity", c.id)):
        if c.source in lone and c.sentence and _counts_hits(c.sentence):
            for m in pattern.finditer(c.sentence):
                said.setdefault(c.source, {}).setdefault(_hit_count(m), c)
    one = {s: next(iter(by.items())) for s, by in said.items() if len(by) == 1}
    pairs = [(s, t) for s in one for t in one if s < t
             and (one[s][0][1] < one[t][0][0] or one[t][0][1] < one[s][0][0])]
    if not pairs:
        return []
    involved = [s for s in one if any(s in p for p in pairs)]
    detail = by_value(((s, _times_text(one[s][0])) for s in involved), names)
    return [("condition", "condition · times hit",
             f"The sources count the times the one person was hit differently: {detail}; one of them is wrong.",
             [one[s][1] for s in involved])]


def _times_text(v: tuple[float, float]) -> str:
    """'once', '3 times', 'at least 2 times'."""
    lo, hi = v
    if lo == hi:
        return "once" if lo == 1 else f"{int(lo)} times"
    return f"at least {int(lo)} times"


def _wound_place_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                      names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The wound place row (see the module doc): where every source that gives a toll
    counts one person hit, two sources that put the wounds in no common region."""
    hit = _lone_sources(indep, claims)
    said: dict[str, dict[str, Claim]] = {}  # source -> region -> a claim of its sentence
    out: set[str] = set()  # sources left out (more wounds than placed)
    for c in sorted(claims.values(), key=lambda c: (c.kind != "quantity", c.id)):
        if c.source not in hit or c.source in out or not c.sentence:
            continue
        regions = _wound_regions(c.sentence)
        if regions is None:
            out.add(c.source)
        for r in regions or ():
            said.setdefault(c.source, {}).setdefault(r, c)
    by = {s: rs for s, rs in said.items() if s not in out}
    srcs = list(by)
    pairs = [(s, t) for i, s in enumerate(srcs) for t in srcs[i + 1:] if not set(by[s]) & set(by[t])]
    if not pairs:
        return []
    involved = [s for s in srcs if any(s in p for p in pairs)]
    detail = by_value(((s, " and ".join(by[s])) for s in involved), names)
    cs = [c for s in involved for c in dict.fromkeys(by[s].values())]
    return [("condition", "condition · wound place",
             f"The sources put the one person's wounds in different places: {detail}; one of them is wrong, "
             f"or each tells one of several wounds.", cs)]


@cache
def _subgroup_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The cue that ends the words before a count of one kind of person inside a toll,
    and each kind's words (data/compare.json ``subgroup_counts``)."""
    d = load("compare")["subgroup_counts"]
    cue = re.compile(r"\b(?:" + "|".join(map(re.escape, d["cues"])) + r")\s*$", re.I)
    return cue, {w: kind for kind, words in d["groups"].items() for w in words}


def _subgroup(c: Claim, tolls: Sequence[Claim]) -> tuple[Claim, str] | None:
    """The toll figure that ``c`` counts a kind of person inside, and the kind ('Four
    people were hurt, including two children': 'Four' and 'children'), or None."""
    cue, kinds = _subgroup_words()
    if c.measure is not None or c.group != "victims" or not c.noun or c.value is None or c.value.nominal is None:
        return None
    kind, said = kinds.get(c.noun.split()[-1].lower()), c.sentence or ""
    if kind is None or said.count(c.text) != 1 or not cue.search(said[:said.index(c.text)]):
        return None
    return next(((t, kind) for t in tolls if (t.line, t.sentence) == (c.line, c.sentence) and t.start < c.start
                 and (t.value.nominal or 0) > c.value.nominal), None)


def _subgroups(indep: Sequence[Account], claims: Mapping[str, Claim],
               names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of the kinds inside a toll (see the module doc): per toll figure and kind
    of person, sources that count that kind inside it differently."""
    said: dict[tuple[str, float, str], dict[str, dict[float, Claim]]] = {}  # (measure, total, kind) -> source -> count
    for a in indep:
        cs = [c for c in claims.values() if c.source == a.source and c.kind == "quantity" and c.value is not None]
        tolls = [c for c in cs if c.measure in ("killed", "injured", "shot")]
        for c in sorted(cs, key=lambda c: c.start):
            if (hit := _subgroup(c, tolls)) is None:
                continue
            t, kind = hit
            if (own := a.toll(t.measure)) is not None and own.value.nominal == t.value.nominal:
                said.setdefault((t.measure, t.value.nominal, kind), {}).setdefault(
                    a.source, {}).setdefault(c.value.nominal, c)
    rows = []
    for (measure, total, kind), by in said.items():
        one = {s: next(iter(counts)) for s, counts in by.items() if len(counts) == 1}
        if len(set(one.values())) < 2:
            continue
        detail = " vs ".join(f"{n:g} ({', '.join(names[s] for s in one if one[s] == n)})"
                             for n in dict.fromkeys(one.values()))
        rows.append((measure, f"{measure} · {kind} among them",
                     f"The sources count {total:g} {measure} but not the same number of {kind} among them: {detail}; "
                     f"perhaps one counts someone as another kind of person (a teenager as a child or an adult).",
                     [by[s][one[s]] for s in one]))
    return rows


@dataclass(frozen=True, slots=True)
class Makeup:
    """A toll told as the make-up of its whole group ('two men and one woman'): the
    axis it is told on ('sex'), each kind's count, the words, and a claim of the list."""

    axis: str
    counts: tuple[tuple[str, float], ...]
    words: str
    claim: Claim

    @property
    def total(self) -> float:
        return sum(n for _k, n in self.counts)


@cache
def _makeup_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, tuple[str, str]]]:
    """A list of counted kinds, one item of it (groups 'n' and 'kind'), the words that
    make a list a part when they come right before it, and each kind word's (axis,
    kind) (data/compare.json ``group_makeups``)."""
    d = load("compare")["group_makeups"]
    kinds = {w: (axis, kind) for axis, ks in d["axes"].items() for kind, ws in ks.items() for w in ws}
    count = "|".join([r"\d+", *UNITS, *d["articles"]])
    between = r"(?:(?!(?:" + "|".join(d["not_between"]) + r")\b)[\w'-]+\s+){0,2}?"
    item = rf"\b(?P<n>{count})\s+{between}(?P<kind>" + "|".join(sorted(kinds, key=len, reverse=True)) + r")\b"
    plain = re.sub(r"\(\?P<\w+>", "(?:", item)
    whole = re.compile(rf"{plain}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){plain})+", re.I)
    before = re.compile(r"\b(?:" + "|".join(map(re.escape, d["not_before"])) + r")\s*$", re.I)
    return whole, re.compile(item, re.I), before, kinds


def _makeups_in(sentence: str, cs: Sequence[Claim]) -> list[Makeup]:
    """The make-ups listed in ``sentence`` (``cs``: its count claims of victims), each on
    one axis only, with a claim of the sentence inside the list to cite."""
    whole, item, before, kinds = _makeup_words()
    found = []
    for m in whole.finditer(sentence):
        if before.search(sentence[:m.start()]):
            continue
        counts: dict[tuple[str, str], float] = {}
        for i in item.finditer(m.group(0)):
            n = i.group("n").lower()
            key = kinds[i.group("kind").lower()]
            counts[key] = counts.get(key, 0) + (float(n) if n.isdigit() else UNITS.get(n, 1))
        cite = next((c for c in cs if c.text in m.group(0)), None)
        if len({axis for axis, _k in counts}) == 1 and cite is not None:
            found.append(Makeup(next(iter(counts))[0], tuple(sorted((k, n) for (_a, k), n in counts.items())),
                                " ".join(m.group(0).split()), cite))
    return found


def _makeup_across(cs: Sequence[Claim]) -> Makeup | None:
    """A paragraph's make-up told one kind a sentence ('Two women were wounded in the legs.
    Three men were hurt as well.'; ``cs``: its count claims of victims): two or more
    of its sentences open with a count of the dead, wounded or shot and a kind word, all on
    one axis and no kind twice (a kind told again is the same people), and none of its
    sentences lists a group itself. The counts add up to the whole only where
    :func:`_makeup_measure` finds a toll of that many (careful reading round 30 found two
    outlets splitting the wounded by sex over two sentences, with no finding)."""
    whole, item, _before, kinds = _makeup_words()
    parts: list[tuple[re.Match[str], Claim]] = []
    for sentence in dict.fromkeys(c.sentence or "" for c in cs):
        if whole.search(sentence):
            return None
        m = item.match(sentence)
        told = [c for c in cs if m and c.sentence == sentence and c.text == m.group("n")
                and c.measure in ("killed", "injured", "shot")]
        parts.extend((m, c) for c in told[:1])
    keys = [kinds[m.group("kind").lower()] for m, _c in parts]
    if len(parts) < 2 or len({axis for axis, _k in keys}) > 1 or len(set(keys)) < len(keys):
        return None
    counts = tuple(sorted((k, float(n) if (n := m.group("n").lower()).isdigit() else UNITS.get(n, 1))
                          for (m, _c), (_a, k) in zip(parts, keys)))
    return Makeup(keys[0][0], counts, " ... ".join(m.group(0) for m, _c in parts), parts[0][1])


def _own_total(a: Account, measure: str) -> float | None:
    """The account's exact toll of ``measure``; for the wounded, where its toll is a
    lower bound, also the shot less the dead when both are exact and it holds them."""
    t = a.toll(measure)
    if t is not None and t.value.is_point:
        return t.value.low
    shot, dead = a.toll("shot"), a.toll("killed")
    if measure != "injured" or t is None or not (shot and dead and shot.value.is_point and dead.value.is_point):
        return None
    return shot.value.low - dead.value.low if t.value.contains(shot.value.low - dead.value.low) else None


def _makeup_measure(a: Account, mk: Makeup, cs: Sequence[Claim]) -> str | None:
    """The toll a make-up is the whole of: the one a count inside the list gives (none
    when that count is of another toll), else the one its sentence counts (the wounded before the shot), else the dead or the
    wounded when only one of them is that many (the shot when neither is)."""
    fits = [m for m in ("killed", "injured", "shot") if _own_total(a, m) == mk.total]
    told = [c for c in cs if c.measure in fits and c.value is not None and c.value.nominal == mk.total]
    inside = [c.measure for c in cs if c.text in mk.words and c.measure in ("killed", "injured", "shot")]
    if inside:
        return next((m for m in inside if m in fits), None)
    named = {c.measure for c in told} - ({"shot"} if len({c.measure for c in told}) > 1 else set())
    if told:
        return named.pop() if len(named) == 1 else None
    hurt = [m for m in fits if m != "shot"]
    return hurt[0] if len(hurt) == 1 else None if hurt else "shot" if fits else None


def _makeup_lists(indep: Sequence[Account], claims: Mapping[str, Claim]
                  ) -> dict[tuple[str, float, str], dict[str, dict[tuple, Makeup]]]:
    """(measure, total, axis) -> source -> each make-up of the whole group it lists, by its counts."""
    said: dict[tuple[str, float, str], dict[str, dict[tuple, Makeup]]] = {}  # (measure, total, axis) -> source -> make-ups
    for a in indep:
        per: dict[tuple[int, str], list[Claim]] = {}
        for c in claims.values():
            if c.source == a.source and c.kind == "quantity" and c.group == "victims" and c.value is not None:
                per.setdefault((c.line, c.sentence or ""), []).append(c)
        lines: dict[int, list[Claim]] = {}
        for (line, sentence), cs in per.items():
            lines.setdefault(line, []).extend(cs)
            for mk in _makeups_in(sentence, sorted(cs, key=lambda c: c.start)):
                if (measure := _makeup_measure(a, mk, cs)) is not None:
                    said.setdefault((measure, mk.total, mk.axis), {}).setdefault(a.source, {}).setdefault(mk.counts, mk)
        for cs in lines.values():
            if (mk := _makeup_across(sorted(cs, key=lambda c: c.start))) and (measure := _makeup_measure(a, mk, cs)):
                said.setdefault((measure, mk.total, mk.axis), {}).setdefault(a.source, {}).setdefault(mk.counts, mk)
    for measure, total, axis in [k for k in said if k[0] == "shot"]:
        for s, mks in said.pop((measure, total, axis)).items():  # all the shot wounded: a list of the wounded
            hurt = _own_total(next(a for a in indep if a.source == s), "injured") == total
            said.setdefault(("injured" if hurt else "shot", total, axis), {}).setdefault(s, {}).update(mks)
    return said


def _makeups(indep: Sequence[Account], claims: Mapping[str, Claim],
             names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of the make-up of a toll (see the module doc): per toll, figure and
    axis, sources that list the whole group but not alike."""
    said = _makeup_lists(indep, claims)
    rows = []
    for (measure, total, axis), by in said.items():
        one = {s: next(iter(mks.values())) for s, mks in by.items() if len(mks) == 1}
        if len({mk.counts for mk in one.values()}) < 2:
            continue
        kinds = " and ".join(load("compare")["group_makeups"]["axes"][axis])
        detail = by_value(((s, mk.words) for s, mk in one.items()), names)
        rows.append((measure, f"{measure} · {kinds} among them",
                     f"The sources count {total:g} {measure} and list them all by {axis}, but not alike: {detail}; "
                     f"one of them tells someone's {axis} wrong, or they list other people.",
                     [mk.claim for mk in one.values()]))
    return rows


def _plainly_dated(c: Claim) -> bool:
    """A weekday-date with its year written as weekday, month, day and year with nothing
    between them, its month in full or cut to three letters (or 'sept'): the dates
    :func:`weekday_slips` read from the sentences before it read these claims (session 34,
    tidy50), so its rows stay as they were; not 'Sunday night, March 5, 2023' (a night may run
    into the next date) nor a misspelt month."""
    words = c.text.split()
    return len(words) == 4 and re.fullmatch(_months(), words[1].rstrip("."), re.I) is not None


def weekday_slips(claims: Iterable[Claim], accounts: Sequence[Account], names: Mapping[str, str],
                  keys: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None) -> list[Finding]:
    """One ``inconsistent`` finding per date an independent source writes with a weekday and
    its year that the calendar does not give it ('on Monday, March 9, 2023': 9 March 2023 was
    a Thursday): the page contradicts itself, the weekday or the date is wrong. The dates are
    the fact claims 'weekday_date' (:func:`reconcile.extract.facts.weekday_dates`) that are
    :func:`_plainly_dated`; a row cites the first claim of the date's sentence."""
    indep = {a.source for a in accounts if a.independent}
    weekdays = list(wordseq("times", "weekdays"))
    own = sorted((c for c in claims if c.source in indep), key=lambda c: (c.source, c.start))
    first: dict[tuple[str, str], Claim] = {}  # the first claim of each sentence, which the row cites
    for c in own:
        first.setdefault((c.source, c.sentence), c)
    rows: list[tuple[str, str, date, list[Claim]]] = []
    seen: set[tuple[str, str]] = set()
    for c in own:
        if not (c.kind == "fact" and c.measure == "weekday_date" and c.value is not None and _plainly_dated(c)):
            continue
        day, written = _calendar_day(c), " ".join(c.text.split())
        if day is None or day.weekday() == weekdays.index(c.group) or (c.source, written.lower()) in seen:
            continue
        seen.add((c.source, written.lower()))
        rows.append((c.source, written, day, [first[(c.source, c.sentence)]]))
    prints = fp.assign([(fp.basis("fact", "date", cs, keys, aliases), cs) for *_w, cs in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="inconsistent", kind="fact", measure="date",
                    subject=f"date · {written}", confidence=0.6, claims=tuple(c.id for c in cs),
                    reason=f"{names[src]} writes '{written}', but {day:%B} {day.day}, {day.year} was a "
                           f"{weekdays[day.weekday()].title()}: the weekday or the date is wrong.")
            for (src, written, day, cs), p in zip(rows, prints)]


def one_arrest_row(findings: Sequence[Finding], claims: Mapping[str, Claim]) -> list[Finding]:
    """``findings`` with one row for one arrest: a custody row ('custody · suspect': no one
    held against someone held) and a 'differ' or 'conflict' of the arrested toll whose
    sources hold all the custody row's are told once, in the row that says more, which takes
    the other's claims: the toll's where every source of it gives a count (a quantity among
    its claims: 'no arrests' against 'two men were arrested', or two or more claims of those
    held, names or a name and an ordinal: at least two) or where it sets more sources apart; else the custody row, whose reason reads the custody words and the dates ('no
    arrests' against 'Dale Voss was arrested', at least 1 by name). A custody row with no
    such toll row stays (a charge against 'no arrests', a toll the same on both sides), as
    does a toll row with no custody row. (Session 31, arrest47: arrest45's arrested toll
    told by name had made one fact two rows, careful reading round 44.)

    The custody row also takes a toll row whose sources are some of its own where the toll
    gives no count on some side (a name held against 'no arrests') and is no update
    (:attr:`reconcile.records.Finding.update`: a toll row that tells an update says more than
    the custody row's 'cannot be told'), and a row of no one charged against charges
    ('charged · suspect') whose every 'no charges' page is one of its pages that say no one is
    held, and whose every charging page it holds among those held: no one held tells no one
    charged, so the charge row tells nothing the custody row does not. (Session 47, rows47:
    one page's 'no arrests and no charges' against a later arrest and a charge made three
    rows of one story, gva-dev 809048, noted in session 46.)"""
    def sources(f: Finding) -> set[str]:
        return {claims[i].source for i in f.claims if i in claims}

    def counted(f: Finding) -> bool:  # each source a count, or two or more held (names, an ordinal)
        own = {s: [claims[i] for i in f.claims if i in claims and claims[i].source == s] for s in sources(f)}
        return all(len(cs) > 1 or any(c.kind == "quantity" for c in cs) for cs in own.values())
    def side(f: Finding, *groups: str) -> set[str]:  # the sources of the row's claims of those groups
        return {claims[i].source for i in f.claims if i in claims and claims[i].group in groups}
    tolls = [f for f in findings if f.kind == "quantity" and f.measure == "arrested" and f.status in ("differ", "conflict")]
    into: dict[str, list[str]] = {}  # the id of the row kept -> the claims of the row told in it
    gone: set[str] = set()
    for f in findings:
        if f.kind == "fact" and f.measure == "custody" and f.subject == "custody · suspect" and f.status == "differ":
            t = next((t for t in tolls if t.id not in gone and sources(f) <= sources(t)), None) or \
                next((t for t in tolls if t.id not in gone and sources(t) < sources(f) and not counted(t)
                      and t.update is None), None)
            if t is not None:
                keep, drop = (t, f) if sources(f) <= sources(t) and (counted(t) or sources(f) < sources(t)) else (f, t)
                into.setdefault(keep.id, []).extend(drop.claims)
                gone.add(drop.id)
            if f.id in gone:
                continue
            none, held = side(f, "none"), sources(f) - side(f, "none")
            for c in findings:
                if c.kind == "fact" and c.measure == "charged" and c.subject == "charged · suspect" \
                        and c.status == "differ" and c.id not in gone and side(c, "uncharged") \
                        and side(c, "uncharged") <= none and sources(c) - side(c, "uncharged") <= held:
                    into.setdefault(f.id, []).extend(c.claims)
                    gone.add(c.id)
    return [replace(f, claims=tuple(dict.fromkeys((*f.claims, *into[f.id])))) if f.id in into else f
            for f in findings if f.id not in gone]


@cache
def _court_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of an arraignment still to come (data/facts.json ``court``), and those and
    'arraign...' (a custody fact's words of one done), for :func:`_court_rows`."""
    pending = court_words().pending
    return pending, re.compile(pending.pattern + r"|\barraign\w*", re.I)


def _court_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The rows of the legal process read from a page's claims (session 32, upd48, issue 13:
    careful reading rounds 41 to 44 missed these updates): a warrant for an arrest against
    someone held, and no one held nor charged against a warrant (:func:`_warrant_rows`); an
    arraignment still to come against one done (:func:`_arraignment_rows`)."""
    per = _page_claims(indep, claims)
    return _warrant_rows(indep, claims, names, per) + _arraignment_rows(indep, claims, names, per)


def _first_words(pat: re.Pattern[str]) -> Callable[[Sequence[Claim]], str]:
    """The words ``pat`` finds first in the sentences of claims, quoted (an arraignment's words
    in a custody claim's sentence, not the name or figure the claim holds)."""
    def say(cs: Sequence[Claim]) -> str:
        return ", ".join(dict.fromkeys(f"'{' '.join(m.group(0).split())}'" for c in cs[:3]
                                       if (m := pat.search(c.sentence or ""))))
    return say


def _warrant_rows(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                  per: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """A page that tells a warrant issued for an arrest in the event ('police obtained a murder
    warrant for Dale Voss'; not a search warrant nor one of another matter: a fact claim of the
    court, :func:`reconcile.extract.facts.court`) and no one held, against a page that tells someone
    held (custody · warrant; a page that also says no one is held is the custody row's already); and
    a page that tells no one held, no charge and no warrant, against a page that tells a warrant and
    no one held (charged · warrant: a suspect named and charged by warrant, most often later). The
    warrant's side cites the warrant's own words (session 33, tidy49: it cited whatever claim their
    sentence held, a place or a time)."""
    warrant: dict[str, list[Claim]] = {}
    held: dict[str, list[Claim]] = {}
    free: dict[str, list[Claim]] = {}
    unheld: dict[str, list[Claim]] = {}  # a warrant and no page of its own saying no one is held
    for a in indep:
        cs = custody_of(a, claims)
        groups = {c.group for c in cs}
        said = _court_told(per[a.source], "warrant")
        if got := [c for c in cs if held_fact(c)]:
            held[a.source] = got
        elif said:
            warrant[a.source] = said
            if "none" not in groups:
                unheld[a.source] = said
        elif "none" in groups and not groups & {"charged", "guilty", "not_guilty", "sought"}:
            free[a.source] = [c for c in cs if c.group == "none"]

    # each side cites its claims' own words: the warrant's (a court fact claim) or the custody claims'
    return (_ordered_row("custody", "custody · warrant", unheld, held, indep, names, "a warrant for an arrest, no one held",
                         "someone held", "the arrest", "one of them is wrong, or speaks of someone else")
            + _ordered_row("charged", "charged · warrant", free, warrant, indep, names, "no one held and no one charged",
                           "a warrant for an arrest", "a warrant", "one of them is wrong, or the warrant was withdrawn"))


def _court(c: Claim, moment: str) -> bool:
    """A fact claim of the court's ``moment`` ('warrant', 'arraignment': :func:`reconcile.extract.facts.court`)."""
    return c.kind == "fact" and c.measure == "court" and c.group == moment


def _court_told(cs: Sequence[Claim], moment: str) -> list[Claim]:
    """A source's fact claims of the court's ``moment`` (``cs``: its claims) whose sentence holds
    another claim of it: the footing the rows had when they cited that other claim (a warrant's
    sentence that holds nothing else, in a page of other cases, is no row: session 33, tidy49,
    a yearly roundup page's warrant in another case); a town's name is no footing ('to be
    arraigned Saturday in Dunmore'), nor the warrant itself read as someone sought ('a warrant was
    issued for Friend's arrest', a custody fact since session 55)."""
    told = {c.sentence for c in cs if not (c.kind == "fact" and c.measure in ("court", "town")) and not warrant_sought(c)}
    return [c for c in cs if _court(c, moment) and c.sentence in told]


def _arraignment_rows(indep: Sequence[Account], claims: Mapping[str, Claim], names: Mapping[str, str],
                      per: Mapping[str, list[Claim]]) -> list[tuple[str, str, str, list[Claim]]]:
    """A page that tells an arraignment still to come ('is awaiting arraignment', 'will be
    arraigned Monday': a fact claim of the court, :func:`reconcile.extract.facts.court`) and none
    done, against a page that tells the suspect arraigned (a custody fact with the cue 'arraign'
    in a sentence without those words): charged · arraignment, most often an update. Each side
    cites its own words (session 33, tidy49: the side to come cited whatever claim its sentence
    held)."""
    pending, words = _court_words()
    waiting: dict[str, list[Claim]] = {}
    done: dict[str, list[Claim]] = {}
    for a in indep:
        cs = custody_of(a, claims)
        if did := [c for c in cs if c.cue == "arraign" and not pending.search(c.sentence or "")]:
            done[a.source] = did
        elif to := _court_told(per[a.source], "arraignment"):
            waiting[a.source] = to
    done_words = _first_words(words)

    def say(cs: Sequence[Claim]) -> str:
        return _said(cs) if cs and _court(cs[0], "arraignment") else done_words(cs)

    return _ordered_row("charged", "charged · arraignment", waiting, done, indep, names, "an arraignment still to come",
                        "the suspect arraigned", "the arraignment", "one of them is wrong, or speaks of another court", say)


@dataclass(frozen=True)
class WhoFired:
    """data/compare.json ``who_fired``, compiled."""

    self: re.Pattern[str]  # the victim fired ('shot himself', 'self-inflicted')
    not_self: re.Pattern[str]  # the passive with an emphatic pronoun ('was shot himself')
    other: re.Pattern[str]  # another person fired ('was shot by his brother', 'a father shot his son')
    skip: re.Pattern[str]  # a question, a denial, a doubt, a superseded word, a quote
    officials: re.Pattern[str]  # police who fired: told of a gunman, not of the victim


@cache
def _who_fired_words() -> WhoFired:
    """The patterns of data/compare.json ``who_fired`` (see :func:`_fired_by`)."""
    d = load("compare")["who_fired"]
    return WhoFired(*(re.compile(d[f.name], re.I) for f in fields(WhoFired)))


def _fired_by(sentence: str) -> tuple[str, str] | None:
    """Who a sentence says fired at the victim: ('self', words) where the victim shot
    himself or herself, ('other', words) where another person fired, None where it tells
    neither or both, or where it asks, denies, doubts, quotes, tells a superseded word or
    gives a year (data/compare.json ``who_fired``)."""
    w = _who_fired_words()
    if w.skip.search(sentence) or YEAR.search(sentence):
        return None
    passive = [n.span() for n in w.not_self.finditer(sentence)]  # 'was shot himself'
    own = [m for m in w.self.finditer(sentence) if not any(a <= m.start() < b for a, b in passive)]
    other = [m for m in w.other.finditer(sentence) if not w.officials.search(m[0])]
    if bool(own) == bool(other):
        return None
    m = (own or other)[0]
    return ("self" if own else "other"), " ".join(m[0].split())


def _casualty_sentences(indep: Sequence[Account], claims: Mapping[str, Claim], measures: Collection[str],
                        read: Callable[[str], tuple[str, str] | None]) -> dict[str, dict[str, list[tuple[Claim, str]]]]:
    """What ``read`` tells of each sentence of the sources' casualty figures of ``measures``,
    each sentence once a source, not a figure the account set aside (another event, a negation):
    source -> what it tells ('self', 'scene', ...) -> [(claim, words)], in claim order. The
    who-fired and death-place rows read their sides from it."""
    srcs = {a.source for a in indep}
    aside = {i for a in indep for i, why in a.set_aside if why in ("other event", "negated")}
    said: dict[str, dict[str, list[tuple[Claim, str]]]] = {}
    seen: set[tuple[str, str]] = set()
    for c in sorted(claims.values(), key=lambda c: c.id):
        if c.source not in srcs or c.kind != "quantity" or c.measure not in measures or not c.sentence \
                or c.id in aside or (c.source, c.sentence) in seen:
            continue
        seen.add((c.source, c.sentence))
        if told := read(c.sentence):
            said.setdefault(c.source, {}).setdefault(told[0], []).append((c, told[1]))
    return said


def _told_only(said: Mapping[str, Mapping[str, list[tuple[Claim, str]]]], side: str
               ) -> dict[str, list[tuple[Claim, str]]]:
    """The sources of :func:`_casualty_sentences` whose sentences tell ``side`` and nothing else,
    with what they tell (a source that tells both sides is left out)."""
    return {s: by[side] for s, by in said.items() if set(by) == {side}}


def _sole_victim(a: Account) -> bool | None:
    """Whether the account counts one person shot, dead or hurt (None where it gives no toll)."""
    dead, hurt, shot = a.toll("killed"), a.toll("injured"), a.toll("shot")
    if dead is None and hurt is None and shot is None:
        return None
    hit = (dead.value.hi if dead else 0) + (hurt.value.hi if hurt else 0)
    return (hit == 1 or hit == 0 and shot is not None) and (shot is None or shot.value.hi <= 1)


def _sexes(words: Iterable[str], pronouns: bool) -> set[str]:
    """The sexes words give (data/compare.json ``who_fired`` 'male' and 'female', with their
    pronouns where ``pronouns``; ``lone_of_kind_sex``'s nouns)."""
    return {k for k in ("male", "female") for w in words
            if w in wordset("compare", "who_fired", k) or w in wordset("compare", "lone_of_kind_sex", k)
            or pronouns and w in wordset("compare", "who_fired", f"{k}_pronouns")}


def _said_sex(kind: str, words: str) -> str | None:
    """The victim's sex as a who-fired phrase gives it: the reflexive ('shot herself'), the
    possessive after 'by' ('shot by his father') or the kin shot ('shot his sister')."""
    ws = words.lower().split()
    if kind == "other" and "by" in ws:  # 'shot by his father': his; 'shot by father' tells nothing
        got = _sexes(ws[ws.index("by") + 1:][:1], pronouns=True) - _sexes(ws[ws.index("by") + 1:][:1], pronouns=False)
    else:
        got = _sexes(ws[-1:], pronouns=True)
    return got.pop() if len(got) == 1 else None


def _victim_sex(indep: Sequence[Account], claims: Mapping[str, Claim]) -> str | None:
    """The sole victim's sex as the toll figures' nouns of every source give it ('a 5-year-old
    girl'), None where they give none or both."""
    words = [w for a in indep for t in a.tolls for i in t.claims if i in claims
             for w in re.findall(r"[a-z]+", f"{claims[i].text} {claims[i].noun or ''}".lower())]
    got = _sexes(words, pronouns=False)
    return got.pop() if len(got) == 1 else None


def _who_fired_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                    names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The who-fired row (see data/compare.json ``who_fired``): where every source that gives
    a toll counts one person shot, sources that tell the victim shot himself or herself
    against sources that tell another person fired; a source that tells both is left out."""
    indep = [a for a in indep if all(why != "roundup" for _i, why in a.set_aside)]  # a roundup's toll is not the event's
    sole = [_sole_victim(a) for a in indep]
    if len(indep) < 2 or False in sole or True not in sole:
        return []
    said = _casualty_sentences(indep, claims, ("shot", "injured", "killed"), _fired_by)  # 'self' / 'other'
    sex = _victim_sex(indep, claims)
    said = {s: {k: xs for k, xs in by.items() if sex is None or all(_said_sex(k, w) in (None, sex) for _c, w in xs)}
            for s, by in said.items()}  # 'shot himself' in a page on a girl: another case's child
    own, other = _told_only(said, "self"), _told_only(said, "other")
    if not own or not other:
        return []
    day = {a.source: a.date for a in indep}

    def who(by: Mapping[str, list[tuple[Claim, str]]]) -> str:
        return "; ".join(f"{names[s]}{f' ({day[s]})' if day[s] else ''}: "
                         + ", ".join(dict.fromkeys(f"'{w}'" for _, w in xs[:2])) for s, xs in by.items())
    told = (f"the victim shot himself or herself ({who(own)}) against another person fired ({who(other)})")
    order = _date_order(day, own, other)
    if order in ("first", "second"):
        first = "the victim shot himself or herself" if order == "first" else "another person fired"
        reason = (f"An update, or a mistake: the earlier reports say {first}, the later ones differ: {told}; "
                  f"the account of who fired often changes once police have questioned those present.")
    elif order == "mixed":
        reason = f"The sources differ on who fired: {told}; their dates do not tell an update."
    else:
        reason = (f"The sources differ on who fired: {told}; without the dates of every source, an update "
                  f"cannot be told from a disagreement.")
    cs = [c for by in (own, other) for xs in by.values() for c, _ in xs[:1]]
    return [("fired", "who fired · victim", reason, cs)]


@dataclass(frozen=True)
class DeathPlace:
    """data/compare.json ``death_place``, compiled."""

    scene: re.Pattern[str]  # died at the scene ('pronounced dead at the scene', 'died instantly')
    hospital: re.Pattern[str]  # died at a hospital ('died at Mercy Hospital', 'taken to ..., where he died')
    skip: re.Pattern[str]  # a question, a quote, a denial, a doubt
    gunman: re.Pattern[str]  # the gunman's death, not the victim's
    en_route: re.Pattern[str]  # died on the way to a hospital ('died en route to', 'died on the way to')
    clause: re.Pattern[str]  # where a named person's clause ends ('Two died at the scene, while Ames died at ...')


#: where a victim died, as the death-place rows name each side
DEATH_PLACES = {"scene": "at the scene", "en route": "on the way to a hospital", "hospital": "at a hospital"}


@cache
def _death_place_words() -> DeathPlace:
    """The patterns of data/compare.json ``death_place`` (see :func:`_died_where`)."""
    d = load("compare")["death_place"]
    return DeathPlace(*(re.compile(d[f.name], re.I) for f in fields(DeathPlace)))


def _died_where(sentence: str) -> tuple[str, str] | None:
    """Where a sentence says the victim died: ('scene', words), ('hospital', words) or ('en
    route', words: 'died on the way to the hospital'), None where it tells none or more than
    one, asks, quotes, denies or doubts, gives a year or names the gunman (data/compare.json
    ``death_place``)."""
    w = _death_place_words()
    if w.skip.search(sentence) or w.gunman.search(sentence) or YEAR.search(sentence):
        return None
    told = [(side, m) for side, p in (("scene", w.scene), ("hospital", w.hospital), ("en route", w.en_route))
            if (m := p.search(sentence))]
    if len(told) != 1:
        return None
    return told[0][0], " ".join(told[0][1][0].split())


def _death_place_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                      names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of where the sole dead victim died (see data/compare.json ``death_place``): where
    every source that gives a death toll allows one dead and one counts exactly one, sources
    whose casualty sentences tell the death at the scene against sources that tell it at a
    hospital; a source that tells both is left out. Session 70, from careful readings (a victim pronounced dead at the scene in one
    outlet and at a hospital in another, missed in about five gva-dev folders)."""
    indep = [a for a in indep if all(why != "roundup" for _i, why in a.set_aside)]
    dead = [t.value for a in indep if (t := a.toll("killed")) is not None]
    # (one dead: every death toll allows one and none more than one, one toll exactly one)
    if len(indep) < 2:
        return []
    row = []
    if any(v.is_point and v.lo == 1 for v in dead) and all(v.contains(1) for v in dead):
        row = _death_place_row(_casualty_sentences(indep, claims, ("killed",), _died_where), "the victim", names)
    return row or _named_death_place_rows(indep, claims, names)


def _death_place_row(said: Mapping[str, Mapping[str, list[tuple[Claim, str]]]], who: str,
                     names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The one row of sources that tell ``who`` dead in different places (``said``: source ->
    place -> [(claim, words)], :data:`DEATH_PLACES`), each source telling one place alone; none
    unless two places are told."""
    sides = {side: by for side in DEATH_PLACES if (by := _told_only(said, side))}
    if len(sides) < 2:
        return []

    def told(by: Mapping[str, list[tuple[Claim, str]]]) -> str:
        return "; ".join(f"{names[s]}: " + ", ".join(dict.fromkeys(f"'{w}'" for _, w in xs[:2])) for s, xs in by.items())
    where = " against ".join(f"{DEATH_PLACES[side]} ({told(by)})" for side, by in sides.items())
    why = ("a death at the scene was pronounced at a hospital" if set(sides) == {"scene", "hospital"} else
           "a death on the way was pronounced at a hospital" if set(sides) == {"en route", "hospital"} else
           "the words are loose")
    reason = f"The sources differ on where {who} died: {where}; one of them is wrong, or {why}."
    cs = [c for by in sides.values() for xs in by.values() for c, _ in xs[:1]]
    return [("died", "death · place", reason, cs)]


def _named_death_place_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                            names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The rows of where a dead person named in full died, one per person, among ``indep``
    without roundups (see :func:`_death_place_rows`, whose sole-victim row goes first): each page's sentences that name
    the person (:func:`_named_clauses`), read by :func:`_died_where`, a page telling two places
    left out. Session 72, from careful readings (rounds 270-289: 'died on the way to the
    hospital' against 'died at United Hospital Center' of one of four dead)."""
    page = _page_claims(indep, claims)
    out = []
    for person in _named_people(indep, claims):
        if not any(c.outcome == "killed" for c in person):
            continue
        said: dict[str, dict[str, list[tuple[Claim, str]]]] = {}
        for src in dict.fromkeys(c.source for c in person):
            for c, clause in _named_clauses([c for c in person if c.source == src], page[src]):
                if told := _died_where(clause):
                    said.setdefault(src, {}).setdefault(told[0], []).append((c, told[1]))
        out += _death_place_row(said, person[0].name, names)
    return out


def _named_clauses(person: Sequence[Claim], page: Sequence[Claim]) -> list[tuple[Claim, str]]:
    """The clauses of a page (its claims ``page``) that name a person (its claims ``person``), each
    with a claim of its sentence, the person's own first: a clause holds a word of the person's
    name that no other person of the page bears, not as a possessive ('Ames's wife'), and no word
    of the name of another person the page involves (a victim, a suspect, someone harmed or
    held), but as a possessive ('found dead in Lopez's car': session 73); sentences are cut at
    data/compare.json ``death_place`` 'clause' ('Two died at the scene, while Ames died at ...')."""
    def words(cs: Iterable[Claim]) -> set[str]:
        return {w for c in cs for w in re.findall(r"[\w'’-]+", c.name or "") if len(w) > 2 and w[0].isupper()}
    ids = {c.id for c in person}
    people = [c for c in page if c.kind == "person" and c.id not in ids]
    mine = words(person) - words(people)
    involved = words(c for c in people if c.role in ("victim", "suspect") or c.outcome)
    if not mine:
        return []
    name = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(mine))) + r")\b(?!['’]s?\b)")
    # (another's possessive names a thing of theirs, not them: 'found dead in Lopez's car')
    other = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(involved))) + r")\b(?!['’]s?\b)") if involved else None
    clause = _death_place_words().clause
    told: dict[str, Claim] = {}
    # (of a sentence's claims, one whose own words name the person before another's: not the
    # suspect 'Lopez' of 'found McLean dead in Lopez's car', session 73)
    for c in (*person, *sorted((c for c in page if name.search(c.sentence or "")),
                               key=lambda c: (not name.search(c.text or ""), c.id))):
        if c.sentence:
            told.setdefault(c.sentence, c)
    return [(c, part) for s, c in told.items() for part in clause.split(s)
            if name.search(part) and not (other and other.search(part))]


@dataclass(frozen=True)
class CustodyWords:
    """data/compare.json ``named_custody``, compiled (see :func:`_custody_said`)."""

    sought_object: re.Pattern[str]  # a search whose object follows ('looking for')
    sought: re.Pattern[str]  # a search, the name on either side ('is wanted', 'at large')
    held: re.Pattern[str]  # held ('was arrested', 'in custody')
    charged: re.Pattern[str]  # charged ('indicted')
    warrant: re.Pattern[str]  # a warrant ('a warrant for her arrest'): charged, most often still free
    charge_nouns: re.Pattern[str]  # a charge beside a search ('wanted on a murder charge')
    negation: re.Pattern[str]  # a denial right before a held or charged cue ('has not been arrested')
    window: int  # the most words between a cue and the name
    own_window: int  # the same in the sentence of the person's own claim


@cache
def _named_custody_words() -> CustodyWords:
    """The words of data/compare.json ``named_custody``, for :func:`_named_custody_rows`."""
    d = load("compare")["named_custody"]
    return CustodyWords(*(any_of(d[f.name]) if f.type != "int" else d[f.name] for f in fields(CustodyWords)))


def _first_last(name: str | None) -> list[str]:
    """A name's given name and surname, lower case, without a title or a generational suffix
    ('Lorne Pellham Jr.': ['lorne', 'pellham'])."""
    ws = _suffixless(name, norm_name(name).replace("'", "").replace("’", "").split())
    return [ws[0], ws[-1]] if len(ws) > 1 else ws


def _suffixless(name: str | None, ws: list[str]) -> list[str]:
    """The words ``ws`` of ``name`` (as written, or normalised) without its generational suffix
    ('Jr.', 'III') where one follows a given name and surname: the one reading of the suffix
    for :func:`_first_last` and :func:`_surname`."""
    return ws[:-1] if generation(name) and len(ws) > 2 else ws


def _one_name(a: str | None, b: str | None) -> bool:
    """Two full names of one person, as the named custody row matches them across pages: the
    same surname and the same initial of the given name ('Orlanda Tibbs' and 'Orlandra
    Tibbs'; not 'Nola Brandt' and 'Ivo Brandt')."""
    x, y = _first_last(a), _first_last(b)
    return len(x) == len(y) == 2 and x[1] == y[1] and x[0][:1] == y[0][:1]


def _named_people(indep: Sequence[Account], claims: Mapping[str, Claim]) -> list[list[Claim]]:
    """The person claims of the independent sources named by given name and surname, grouped
    by person (:func:`_one_name`), for :func:`_named_custody_rows`."""
    groups: list[list[Claim]] = []
    for a in indep:
        for c in (claims[i] for i in a.people if i in claims):
            if c.kind != "person" or len((c.name or "").split()) < 2:
                continue
            g = next((g for g in groups if _one_name(c.name, g[0].name)), None)
            g.append(c) if g is not None else groups.append([c])
    return groups


def _words_apart(cue: re.Pattern[str], name: re.Pattern[str], s: str, after: bool = False) -> int | None:
    """The fewest words between a match of ``cue`` in ``s`` and a match of ``name`` (None where
    either is missing); with ``after``, only a name after the cue counts."""
    names = [m.span() for m in name.finditer(s)]
    gaps = [len(re.findall(r"\w+", s[m.end():a] if a >= m.end() else s[b:m.start()]))
            for m in cue.finditer(s) for a, b in names if not (after and a < m.end())]
    return min(gaps, default=None)


def _surname(person: Sequence[Claim]) -> re.Pattern[str]:
    """The surnames a page writes for a person (its claims ``person``), without a generational
    suffix ('Pellham' of 'Lorne Pellham Jr.'), not after another capitalised word ('Nola
    Brandt', a relative, where the suspect is Ivo Brandt; :func:`_others_masked`)."""
    last = {_suffixless(c.name, ws)[-1] for c in person if (ws := (c.name or "").split())}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(last))) + r")\b")


def _others_masked(s: str, person: Sequence[Claim], surname: re.Pattern[str], page: Sequence[Claim] = ()) -> str:
    """Sentence ``s`` with each surname of the person that follows the given name of another
    person the page names ('Nola Brandt', a person claim of ``page``; not the person's own)
    written over, so that it is no mention of the person. A capitalised word that is no one's
    given name ('After Corby was booked', 'On Friday Corby was') leaves the surname alone."""
    own = {w for c in person for w in (c.name or "").split()}
    ids = {c.id for c in person}
    given = {ws[0] for c in page if c.kind == "person" and c.id not in ids and len(ws := (c.name or "").split()) > 1}
    return re.sub(rf"\b([A-Z][\w'’-]*)(\s+)({surname.pattern})", lambda m: m[0] if m[1] in own or m[1] not in given else
                  f"{m[1]}{m[2]}{'_' * len(m[3])}", s)


#: the words before a held or charged cue that a denial may stand among ('has not yet been arrested')
DENIAL_REACH = 4


def _denials_masked(s: str, w: CustodyWords) -> str:
    """Sentence ``s`` with each held or charged cue right after a denial written over ('Dale
    Corby has not been arrested', 'who has not been charged'): no arrest or charge is told."""
    for cue in (w.held, w.charged):
        s = cue.sub(lambda m: "_" * len(m[0]) if w.negation.search(" ".join(re.findall(r"[\w'’]+", s[:m.start()])[-DENIAL_REACH:]))
                    else m[0], s)
    return s


def _sentence_custody(s: str, surname: re.Pattern[str], window: int) -> str | None:
    """What one sentence tells of a named person (:func:`_custody_said`): 'sought' or
    'sought_charged' (a search beside a charge noun or warrant, 'wanted on a murder charge'),
    'held' or 'charged' (the nearer cue within ``window`` words), None for neither, both, or a
    warrant nearest ('according to the arrest warrant': a document, or charged while free)."""
    w = _named_custody_words()
    s = _denials_masked(s, w)
    near = [g for g in (_words_apart(w.sought_object, surname, s, after=True), _words_apart(w.sought, surname, s)) if g is not None]
    look = any(g <= w.window for g in near)
    if look and not (w.held.search(s) or w.charged.search(s)):
        return "sought_charged" if w.charge_nouns.search(s) else "sought"
    if look or w.sought.search(s) or w.sought_object.search(s):
        return None
    gaps = [(d, k) for k, cue in (("held", w.held), ("charged", w.charged), ("warrant", w.warrant))
            if (d := _words_apart(cue, surname, s)) is not None and d <= window]
    return None if not gaps or min(gaps)[1] == "warrant" else min(gaps)[1]


def _custody_said(person: Sequence[Claim], page: Sequence[Claim]) -> tuple[str | None, list[Claim]]:
    """What one page (its claims ``page``) tells of a named person (its claims ``person``) and
    the claims that tell it: 'held' where a sentence tells the person held (the page may tell
    the search before); 'charged' where one tells a charge or warrant and none a search;
    'sought_charged' where one tells a search and another, or the same, a charge (charged while
    still free); 'sought'; None. The sentences read hold the surname, none of someone's past
    (``verdict_stage``); data/compare.json ``named_custody``."""
    w, past, surname = _named_custody_words(), _verdict_past(), _surname(person)
    own = {c.sentence for c in person}
    told: dict[str, Claim] = {}
    for c in (*person, *sorted((c for c in page if surname.search(c.sentence or "")), key=lambda c: c.kind != "fact")):
        if c.sentence and not past.search(c.sentence):
            told.setdefault(c.sentence, c)
    by: dict[str, list[Claim]] = {}
    for s, c in told.items():
        if k := _sentence_custody(_others_masked(s, person, surname, page), surname, w.own_window if s in own else w.window):
            by.setdefault(k, []).append(c)
    sought = by.get("sought", []) + by.get("sought_charged", [])
    if by.get("held"):
        return "held", by["held"]
    if by.get("charged") and not sought:
        return "charged", by["charged"]
    if sought:
        return ("sought_charged" if "charged" in by or "sought_charged" in by else "sought"), sought
    return None, []


def _named_custody_rows(indep: Sequence[Account], claims: Mapping[str, Claim],
                        names: Mapping[str, str]) -> list[tuple[str, str, str, list[Claim]]]:
    """The row of a named suspect sought on one page and held or charged on another (upd59,
    issue 13): for each person named in full whom some page calls a suspect, none a victim and
    none dead, the pages that tell the person only sought ('detectives are looking for Dale
    Corby') against the pages that tell the person held or charged ('Dale Corby was charged with
    murder'), and the pages that tell the person sought while charged ('wanted on a murder
    charge') against the pages that tell the person held (:func:`_custody_said`); people whose
    pages fall alike share one row. Not where every sought page says no one is held and every
    other page tells someone held: the custody row's. An update where the dates put the arrest
    later."""
    page = _page_claims(indep, claims)
    told = {a.source: {c.group for c in custody_of(a, claims)} for a in indep}
    rows: dict[tuple[frozenset[str], frozenset[str]], tuple[list[str], dict, dict]] = {}
    for person in _named_people(indep, claims):
        if not any(c.role == "suspect" for c in person) or any(
                c.role == "victim" or c.outcome == "killed" for c in person):
            continue
        said = {src: _custody_said([c for c in person if c.source == src], page[src])
                for src in dict.fromkeys(c.source for c in person)}
        kinds = {k for k, _ in said.values()}
        sought = {s: cs for s, (k, cs) in said.items() if k == "sought" and kinds & {"held", "charged"}
                  or k == "sought_charged" and "held" in kinds}
        held = {s: cs for s, (k, cs) in said.items() if k == "held" or k == "charged" and "sought" in kinds}
        if not sought or not held or all("none" in told[s] and not told[s] & {"held", "charged"} for s in sought) \
                and all(told[s] & {"held", "charged"} for s in held):
            continue
        who, _s, _h = rows.setdefault((frozenset(sought), frozenset(held)), ([], sought, held))
        who.append(person[0].name)
    out = []
    for who, sought, held in rows.values():
        named = " and ".join([", ".join(who[:-1]), who[-1]] if len(who) > 1 else who)
        out += _ordered_row("custody", "custody · named suspect sought", sought, held, indep, names,
                            f"{named} sought", f"{named} held or charged", "an arrest or charge",
                            "one of them is wrong, or speaks of another case", say=_custody_cues)
    return out


def _custody_cues(cs: Sequence[Claim]) -> str:
    """The words of search or custody in the claims' sentences (data/compare.json
    ``named_custody``), as the named custody row shows them."""
    w = _named_custody_words()
    return ", ".join(dict.fromkeys(f"'{m[0]}'" for c in cs[:3] if (m := next(filter(None, (
        p.search(c.sentence or "") for p in (w.sought_object, w.sought, w.held, w.charged, w.warrant))), None))))


#: the fact rows read from the independent accounts alone, in the order they are shown
#: (after the time, block, charge-count and bail rows :func:`fact_findings` builds itself)
_ROWS = (_custody, _still_sought, _bail_rows, _verdict_rows, _conditions, _wound_place_rows, _interest_rows,
         _interest_sought_rows,
         _detained_rows, _released, _let_go_rows, _all_mild_rows, _improved_rows, _critical_counts,
         _released_counts, _times_hit_rows, _no_bail_rows, _charge_wording_rows, _charges_named_rows,
         _accident_rows,
         _wound_sides, _subgroups, _makeups, _court_rows, _who_fired_rows, _death_place_rows, _identified_rows,
         _named_custody_rows)
