"""The when and where of the main event, per account, and their comparison.

Pure functions over ``fact`` claims (:mod:`reconcile.extract.facts`): an account keeps
the clock times of the shooting itself (the moment 'event': "the shooting happened
about 2:30 a.m.", "he was shot around 2:30"; not the 911 call, the police arrival, an
arrest or a news conference) and the addresses of the scene (the moments 'event' and
'response': police are called to where it happened; not where someone was arrested,
found or lived). :func:`fact_findings` sets two independent accounts against each other
only on the same moment:

- **time**: a difference when no time one source gives for the shooting (a source
  whose own times lie apart tells of two shootings and is left out; a sentence about
  another shooting gives none) falls in the window of one the other gives (hedges make
  windows: "around 2:30 a.m." is 2:25 to 2:35; "shortly after 1 p.m." 1:00 to 1:20),
  the windows are at most :data:`FAR` minutes apart (further apart, as often two
  shootings), and both do not name other days;
- **address**: a difference when both place the scene on the same street (its key:
  no direction, one suffix form) and no block one gives is a block the other gives
  (a house number is read as its block: 451 is the 400 block);
- **bail**: a difference when both give the same suspect's bail or bond and no
  figure of one is a figure of the other ('$400,000 bond' against bail set at
  '$99,000': often a later stage, the reader checks which);
- **charges**: a difference when both count the same charge against the same suspect
  (by last name) and no count one gives is a count the other gives ('three counts of
  aggravated assault' against 'four counts of aggravated assault').

Findings are ``differ`` only: times and blocks are often first reports, corrected later
(the reader checks which is right), never a ``conflict``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from . import fingerprint as fp
from .records import Account, Claim, Finding

__all__ = ["DAY", "bail_claims", "clock", "counted_charges", "event_addresses", "event_times", "fact_findings", "fact_text"]

#: minutes in a day: times are compared modulo a day ('shortly before midnight' and 12:05 a.m.)
DAY = 1440
#: the moments an address of the scene is read from
SCENE = ("event", "response")


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


@cache
def _other_event() -> re.Pattern[str]:
    from .data import load

    words = load("facts")["other_event"]["phrases"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in words) + r")\b", re.I)


def _usable(c: Claim) -> bool:
    """A fact of the main event: no roundup's, and not in a sentence about another
    shooting (data/facts.json ``other_event``)."""
    from .accounts import is_roundup

    return (c.kind == "fact" and c.value is not None and not is_roundup(c)
            and (c.measure == "charges" or not _other_event().search(c.sentence)))


#: a source whose times of the shooting lie further apart than this (minutes) tells of
#: more than one shooting: its times are not compared
APART = 30
#: two sources' shooting times further apart than this (minutes, between their windows)
#: are as often two shootings (an article's other case, an earlier killing) as a
#: misreport: not compared. Reporters' discrepancies on one shooting are minutes to an
#: hour apart ('9:10 p.m.' against '9:25 p.m.', 'just before 4 p.m.' against 'about 5 p.m.').
FAR = 120


def event_times(claims: Iterable[Claim]) -> tuple[str, ...]:
    """Ids of a source's times of the shooting itself, in reading order; none when they
    lie more than :data:`APART` minutes apart (two shootings, or a source at odds with
    itself). (Keeping only the times of the article's first half lost more right
    findings than wrong ones on the even half: times are often given late.)"""
    cs = [c for c in sorted(claims, key=lambda c: c.start)
          if _usable(c) and c.measure == "time" and c.group == "event"]
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


@cache
def _bail_words() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    from .data import load

    b = load("facts")["bail"]
    return (re.compile(r"\b(?:" + "|".join(map(re.escape, b["words"])) + r")\b", re.I),
            re.compile(r"(?:^|\W)(?:" + "|".join(map(re.escape, b["not"])) + r")(?:\W|$)", re.I), int(b["window"]))


def bail_claims(claims: Iterable[Claim]) -> tuple[tuple[str, str], ...]:
    """(claim id, suspect's last name) of a source's bail figures: money beside 'bail' or
    'bond' (data/facts.json ``bail``), the one person the sentence names that the source
    calls no official or relative (a victim only when named alone), else the only
    suspect the source names; none in a sentence that names two such people."""
    from .accounts import is_roundup

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
    near, away, window = _bail_words()
    out = []
    for c in sorted(claims, key=lambda c: c.start):
        if c.kind != "quantity" or c.measure != "money" or c.value is None or is_roundup(c):
            continue
        sent = " ".join(c.sentence.split())
        at = sent.find(" ".join(c.text.split()))
        if at < 0 or not near.search(sent[max(0, at - window):at + len(c.text) + window]) or away.search(sent):
            continue
        words = {w.lower().strip(".,'’") for w in re.findall(r"[\w'’.-]+", sent)}
        words |= {w[:-2] for w in words if w.endswith(("'s", "’s"))}
        named = maybe & words
        if len(named) > 1:
            named -= victims  # 'the family of Montie watched as the judge set Maddox's bail'
        who = next(iter(named)) if len(named) == 1 else next(iter(suspects)) if not named and len(suspects) == 1 else None
        if who:
            out.append((c.id, who))
    return tuple(out)


def _overlap(a: Claim, b: Claim) -> bool:
    """The two times' windows meet, modulo a day."""
    alo, ahi, blo, bhi = a.value.lo, a.value.hi, b.value.lo, b.value.hi
    return any(alo <= bhi + k and blo + k <= ahi for k in (-DAY, 0, DAY))


def _gap(a: Claim, b: Claim) -> float:
    """Minutes between the two times' windows, modulo a day (0 when they meet)."""
    return min(max(0.0, a.value.lo - (b.value.hi + k), (b.value.lo + k) - a.value.hi) for k in (-DAY, 0, DAY))


def _day(c: Claim) -> str | None:
    return c.scope.time.lower() if c.scope is not None and c.scope.time else None


def _other_days(xs: Sequence[Claim], ys: Sequence[Claim]) -> bool:
    """Both sources name a day by their times and no day is shared: perhaps two events."""
    dx = {d for d in map(_day, xs) if d}
    dy = {d for d in map(_day, ys) if d}
    return bool(dx and dy and not dx & dy)


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


def _street_base(key: str) -> tuple[str, str | None]:
    """(the name without its street word, the street word or None): 'elm street' -> ('elm', 'street')."""
    from .extract.facts import words

    toks = key.split()
    suffixes = set(words().suffixes.values())
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
            a, b = said.setdefault((fact_text(times[s][0]), fact_text(times[t][0])), ([], []))
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
        detail = " vs ".join(" / ".join(sorted({" ".join(c.text.split()) for c in by[s]})) + f" ({names[s]})"
                             for s in involved)
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
        detail = " vs ".join(" / ".join(dict.fromkeys(" ".join(c.text.split()) for c in by[s])) + f" ({names[s]})"
                             for s in involved)
        rows.append(("bail", f"bail · {who}",
                     f"The sources give {who.title()}'s bail or bond differently: {detail}; perhaps set at "
                     f"another stage (at booking, by a judge), or a mistake: worth a check.", _one_each(by, involved)))
    prints = fp.assign([(fp.basis("fact", m, cs, keys, aliases), cs) for m, _sub, _r, cs in rows])
    return [Finding(id=fp.short(p), fingerprint=p, status="differ", kind="fact", measure=m, subject=sub, reason=r,
                    claims=tuple(c.id for c in cs), confidence=0.7)
            for (m, sub, r, cs), p in zip(rows, prints)]
