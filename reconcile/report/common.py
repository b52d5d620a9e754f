"""What several renderers need: where a claim sits in its file, headings, counts, the
account and people tables. Claim lookups, source names, the one-line description of a
claim's value and the terminal-safe text are :mod:`reconcile.describe`'s (re-exported
here for the renderers)."""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..accounts import SILENT_ZERO, TOLL_MEASURES
from ..describe import age_text, by_id, clean, control_free, person_text, source_names, terms_words, value  # noqa: F401  (re-exported)
from ..lone import label as described
from ..records import STATUS_ORDER, Article, Claim, Event, EventToll, Finding, Interval, Report, Toll
from ..text.dates import parse_published
from ..text.lines import line_starts
from ..text.sites import site_suffix

if TYPE_CHECKING:
    from ..diff import Diff

#: Inputs whose decoded text is the file itself, so a claim's line and column are the
#: file's. For HTML (main text extracted) and JSON (a field of a record) they are not:
#: annotations then point at the file as a whole.
LINE_SUFFIXES = (".txt", ".md", ".markdown")

LEVEL = {"conflict": "error", "differ": "warning", "inconsistent": "warning", "agree": "note", "unique": "note"}
HEADING = {"conflict": "Conflicts", "differ": "Differences", "inconsistent": "Sources that contradict themselves",
           "agree": "Agreements", "unique": "Unique claims"}
#: statuses that are problems: the ones annotations and SARIF results carry (a
#: self-contradiction, ``inconsistent``, is one source's, so all its claims are that source's)
PROBLEMS = ("conflict", "differ", "inconsistent")
#: a source's note in the account table ('off-topic: ...', 'repeats X (98% of its text) ...') is
#: shown whole up to this many characters: the longest, a copy's, is about 80 beside the name
NOTE_WIDTH = 200
#: a finding's reason is shown whole up to this many characters (the longest on gva-dev's
#: reports is about 800: a difference naming each source's words), so both sides are read
REASON_WIDTH = 1500


def claims_of(f: Finding, claims: dict[str, Claim]) -> list[Claim]:
    """The finding's claims in file order (path, then position): deterministic."""
    return sorted((claims[i] for i in f.claims if i in claims), key=lambda c: (c.path, c.start, c.id))


def has_lines(c: Claim) -> bool:
    return os.path.splitext(c.path)[1].lower() in LINE_SUFFIXES


def location(c: Claim, where: str | None = None, path: str | None = None) -> str:
    """Where a claim stands, as a reader can find it: 'news/a.txt:12' for a text file; for a
    JSON record or an HTML page (whose text reconcile extracted) 'feed.json, item 3, line 2
    of its text', since line 2 of the file is another line. ``path`` replaces the claim's
    (the HTML page shows the file's name alone)."""
    shown = clean(c.path if path is None else path)
    if has_lines(c):
        return f"{shown}:{c.line}"
    item = f", {clean(where)}" if where else ""
    return f"{shown}{item}, line {c.line} of its text"


def wheres(report: Report) -> dict[str, str]:
    """Source id -> the record of its file it was read from ('item 3'), where there is one."""
    return {a.id: a.where for a in report.articles if a.where}


@dataclass(frozen=True)
class Evidence:
    """One row of a finding's evidence: a source's words on one line, with every value the
    finding reads there ('no arrests have been made; no arrests (0)') and the other lines
    where the page says the same again (a headline printed three times)."""

    claim: Claim
    values: tuple[str, ...]
    excerpt: str
    also: tuple[int, ...] = ()
    #: the row holds the source's first claim in the finding (a toll's own figure)
    lead: bool = False

    @property
    def also_lines(self) -> str:
        """'also line 5', 'also lines 3, 5'; '' where the page does not repeat the words."""
        if not self.also:
            return ""
        return f"also line{'s' if len(self.also) > 1 else ''} {', '.join(map(str, self.also))}"


def excerpt(c: Claim) -> str:
    """The words a row shows: a direct quotation in quotation marks; an indirect one as the
    sentence that reports it (the outlet's words, not a quotation); any other claim's sentence."""
    if c.kind == "quote" and c.direct is not False:
        return f"“{c.text}”"
    return c.sentence if c.kind != "quote" else (c.sentence or c.text)


def evidence(f: Finding, claims: dict[str, Claim]) -> list[Evidence]:
    """The finding's claims as rows a reader can take in: grouped by source (sources in the
    finding's order, each source's claims in text order); a partial quotation left out where
    the statement that holds it is listed (it is read twice otherwise); claims of one source
    that show the same words merged into one row (the same sentence on one line, or a
    headline the page repeats: its first line, the others as ``also``)."""
    cs = [claims[i] for i in f.claims if i in claims]
    order = {s: k for k, s in reversed(list(enumerate(c.source for c in cs)))}
    leads = {cs[k].id for k in order.values()}
    cs.sort(key=lambda c: (order[c.source], c.start, c.end))
    cs = [c for c in cs if not (c.kind == "quote" and any(
        o is not c and o.kind == "quote" and o.source == c.source and o.start <= c.start and c.end <= o.end
        and (o.start, o.end) != (c.start, c.end) for o in cs))]
    rows: dict[tuple[str, str], list] = {}
    for c in cs:
        words = excerpt(c)
        row = rows.setdefault((c.source, " ".join(words.split())), [c, [], words, [], False])
        if value(c) not in row[1]:
            row[1].append(value(c))
        if c.line != row[0].line and c.line not in row[3]:
            row[3].append(c.line)
        row[4] = row[4] or c.id in leads
    return [Evidence(c, tuple(vs), words, tuple(also), lead) for c, vs, words, also, lead in rows.values()]


#: the text and Markdown reports show at most this many evidence rows per source; the rest
#: are named by their lines (a page that tells its one death eight times; JSON and HTML list all)
ROWS_PER_SOURCE = 3


def per_source(rows: list[Evidence], n: int = ROWS_PER_SOURCE) -> tuple[list[Evidence], dict[str, str]]:
    """The rows shown (each source's first ``n``, its lead row among them) and, per source
    with more, what stands for the rest: 'and 5 more lines (131, 139, 149, 153, 160)'."""
    shown: list[Evidence] = []
    rest: dict[str, list[int]] = {}
    room = {ev.claim.source: n - 1 for ev in rows}  # one place kept for the lead row
    for ev in rows:
        s = ev.claim.source
        if ev.lead or room[s] > 0:
            shown.append(ev)
            room[s] -= not ev.lead
        else:
            rest.setdefault(s, []).extend([ev.claim.line, *ev.also])
    more = {s: f"and {plural(len(ls), 'more line', 'more lines')} ({', '.join(map(str, sorted(set(ls))))})"
            for s, ls in rest.items()}
    return shown, more


class Columns:
    """1-based columns (in code points) of claims, from the articles' texts."""

    def __init__(self, report: Report) -> None:
        self._texts = {a.id: a.text for a in report.articles if a.text}
        self._starts: dict[str, list[int]] = {}
        self.where = wheres(report)

    def location(self, c: Claim) -> str:
        """:func:`location` of the claim, with its record in its file."""
        return location(c, self.where.get(c.source))

    def span(self, c: Claim) -> tuple[int, int, int, int] | None:
        """(start line, start column, end line, end column exclusive) or None."""
        text = self._texts.get(c.source)
        if text is None or c.end > len(text):
            return None
        starts = self._starts.get(c.source)
        if starts is None:
            starts = self._starts[c.source] = line_starts(text)
        sl = bisect.bisect_right(starts, c.start)
        el = bisect.bisect_right(starts, max(c.start, c.end - 1))
        return sl, c.start - starts[sl - 1] + 1, el, c.end - starts[el - 1] + 1


def one_line(s: str | None, n: int = 110, at_word: bool = False) -> str:
    """``s`` on one line in at most ``n`` characters; with ``at_word``, cut after a whole word
    where one ends in the second half ('a man and his aunt then…', not 'a man and his aunt
    then k…')."""
    s = " ".join(clean(s).split())
    if len(s) <= n:
        return s
    head = s[: n - 1]
    if not at_word:
        return head.rstrip() + "…"
    at = head.rfind(" ")
    if s[n - 1] != " " and at >= n // 2:
        head = head[:at]
    return head.rstrip(" ,;:-") + "…"


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    out = {s: 0 for s in STATUS_ORDER}
    for f in findings:
        out[f.status] += 1
    return out


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def filtered_note(report: Report) -> str:
    """'3 findings suppressed by the baseline, 1 ignored by the configuration' or ''."""
    parts = []
    if report.suppressed:
        parts.append(f"{plural(report.suppressed, 'finding', 'findings')} suppressed by the baseline"
                     + (f" {report.baseline}" if report.baseline else ""))
    if report.ignored:
        parts.append(f"{plural(report.ignored, 'finding', 'findings')} ignored by the configuration")
    if report.below_confidence:
        parts.append(f"{plural(report.below_confidence, 'finding', 'findings')} below the minimum confidence")
    return ", ".join(parts)


def side_counts(report: Report) -> str:
    """'2 sources' or '2 sources, 1 skipped': a diff side in a few words."""
    out = plural(len(report.articles), "source", "sources")
    return out + (f", {len(report.skipped)} skipped" if report.skipped else "")


# ------------------------------------------------------------------ accounts

@dataclass(frozen=True)
class AccountRow:
    """One line of the account table: a source against the tolls of its account."""

    source: str
    name: str
    date: str
    title: str
    tolls: dict[str, str]  # measure -> '3', '≥ 2', '3–9 (several)'; '' when it says nothing
    note: str  # 'copy of X (97%)', 'off-topic', ''


def toll_measures(report: Report) -> list[str]:
    """The toll measures any account or the event gives, in the accounts' order."""
    have = {t.measure for a in report.accounts for t in a.tolls}
    if report.event is not None:
        have |= {t.measure for t in report.event.tolls}
    return [m for m in TOLL_MEASURES if m in have]


#: a toll cell gives at most this many characters of the words that made the toll
TOLL_WORDS = 24


def _toll_cell(t: Toll) -> str:
    """'3–9 (several)': the toll and the words that made it (:func:`_toll_words`). Words too
    long for the cell are shortened so that the cell still says what it counts: a toll worked
    out from others gives their numbers ('0 (3 shot, 3 killed)', not '0 (three people shot,
    his w…)', which lost the dead); other words lose their parenthesis first ('Ann Cole
    (held: at least 1)' is 'Ann Cole', its figure being the cell's own), so no cell ends
    inside one, and are cut at a word ('a man and his aunt then…', not '… then k…')."""
    rng = t.value.describe()
    words = " ".join(_toll_words(t).split())
    if len(words) > TOLL_WORDS and t.terms:
        words = terms_words([replace(x, words="") for x in t.terms])
    if len(words) > TOLL_WORDS and (shot_dead := _saved_shot_less_dead(t)):
        words = "{} shot less {}".format(*shot_dead)  # no numbers saved: the dead kept in fewer words
    if len(words) > TOLL_WORDS and " (" in words:
        words = words.split(" (", 1)[0]
    return rng if not words or words == rng or words.lower() == rng else f"{rng} ({one_line(words, TOLL_WORDS, at_word=True)})"


def _toll_words(t: Toll) -> str:
    """The words a toll cell shows for toll ``t``: a toll worked out from others gives the
    figures it was made from (:attr:`Toll.terms`: '3 (4 shot, 1 killed)', '3 (four shot,
    the teen killed)', '2 (3 hurt, 1 later died)'), not the count of the shot alone, which
    read as a contradiction ('3 (four)'); any other toll its own words. (look58, look59) A
    wounded toll worked out as people shot less the dead in a report saved before the terms were
    (its words 'four - the teen', every such rule's) is told the same way, 'four shot, the teen
    killed' (look60)."""
    if t.terms:
        return terms_words(t.terms)
    shot_dead = _saved_shot_less_dead(t)
    return f"{shot_dead[0]} shot, {shot_dead[1]} killed" if shot_dead else t.text


def _saved_shot_less_dead(t: Toll) -> tuple[str, str] | None:
    """The words of the people shot and of the dead that a wounded toll saved without its terms
    was worked out from ('four - the teen': 'four', 'the teen'); None for any other toll."""
    parts = t.text.split(" - ") if t.how == "derived" and t.measure == "injured" and not t.terms else []
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def account_rows(report: Report) -> list[AccountRow]:
    """The account table's rows, one per source in report order (sources with no
    account, from older saved reports, get empty cells)."""
    names = source_names(report)
    accs = {a.source: a for a in report.accounts}
    measures = toll_measures(report)
    rows = []
    for art in report.articles:
        a = accs.get(art.id)
        tolls = {m: "" for m in measures}
        note = ""
        if a is not None:
            for t in a.tolls:
                if t.measure in tolls:
                    tolls[t.measure] = _toll_cell(t)
            cp = next((c for c in report.copies if c.source == a.source), None)
            if a.copy_of:
                sim = cp.similarity if cp else None
                note = f"copy of {names.get(a.copy_of, a.copy_of)}" + (f" ({sim:.0%} of its text)" if sim else "")
            elif cp is not None:
                note = (f"repeats {names.get(cp.of, cp.of)} ({cp.similarity:.0%} of its text) with other figures: "
                        f"compared as a source of its own")
            elif a.off_topic:
                note = "off-topic: another story, sharing (almost) no people, places, dates or tolls with the others"
        rows.append(AccountRow(art.id, names.get(art.id, art.id), shown_date(art.published),
                               clean(headline_of(art)), tolls, note))
    return rows


def shown_date(published: str | None) -> str:
    """A source's publication date as the tables show it: the day it was read as (ISO,
    '2014-01-28'), whatever form the page's metadata wrote it in ('2014-01-28T20:18:00-05:00',
    'Tue, 28 Jan 2014 20:18:00 EST'), so the sources line up and read alike; the words as
    written (made safe) where they give no day; '' for none."""
    day = parse_published(published)
    return day.isoformat() if day else clean(published or "")


def file_label(art: Article, name: str) -> str:
    """Where a source's text is, for the sources tables: its file name and its record in
    the file ('item 3'), or the record alone where the source is already named by its file."""
    base = clean(art.path).rsplit("/", 1)[-1]
    where = f"({clean(art.where)})" if art.where else ""
    return where if name.startswith(base) else f"{base} {where}".strip()


def headline_of(art: Article) -> str:
    """The article's title for the sources table: without the site's name after it where
    that is where its outlet was read ('Two hurt in Elm Park - WXYZ Channel 7' is shown as 'Two
    hurt in Elm Park', the source named WXYZ; reconcile.text.sites), else the title as read."""
    title = art.title or ""
    if art.outlet_from == "title" and title:
        cut = site_suffix(title + "\n.")
        if cut is not None and title[:cut[0]].strip():
            return title[:cut[0]].rstrip()
    return title


def event_readings(report: Report) -> list[tuple[str, dict[str, str]]]:
    """The rows of readings under the sources table: ('event', its reading) for a report of one
    event; for a folder of several, one row per event, labelled by its id ('event e2'), each
    with its own reading (review of session 54: the row showed the first event's alone, unlabelled)."""
    if len(report.events) < 2:
        row = event_row(report)
        return [("event", row)] if row else []
    return [(f"event {e.id}", event_row(report, e.event)) for e in report.events]


def event_row(report: Report, event: Event | None = None) -> dict[str, str]:
    """The event's reading per toll measure: '3', '3 (most sources)', '1–4 (sources disagree)';
    ``event``: one of several events' (the report's own by default)."""
    out = {}
    event = event if event is not None else report.event
    if event is None:
        return out
    label = {"agreed": "", "latest": "latest report", "range": "sources disagree",
             "died later": "wounded who died", "gunman counted": "counting the gunman", "update": "an update",
             "dead and wounded": "dead and wounded together"}
    for t in event.tolls:
        how = label.get(t.how, t.how)
        if t.how == "range":
            how = _range_story(report, t)
        if t.how == "most sources":
            how = _how_many(report, t)
        if t.how == "self":  # one page tells no arrests and an arrest (accounts._arrested)
            how = f"one page tells both: {source_names(report).get(t.sources[0], t.sources[0])}"
        out[t.measure] = _none_or_some(report, t) or t.value.describe() + (f" ({how})" if how else "")
    return out


def _range_story(report: Report, t: EventToll) -> str:
    """What a range of the event's reading says, in the words of the comparison of that
    measure's tolls, so the row and the finding beside it tell one story: 'sources disagree'
    where they differ or conflict; 'compatible figures' where the comparison calls every
    pair compatible (one figure a part of another, or a page that gives the other's figure
    too: the AGREE finding says which); and first, for none held against someone held with no
    date to order the pages, 'an arrest after no arrests? no dates', as the custody row says
    (an update that cannot be told from a disagreement; :func:`reconcile.pipeline.told_as_update`
    has already read the ones a toll finding calls an update). (Session 44, event64, careful
    reading round 62: a row '2–4 (sources disagree)' beside an AGREE that calls the 2 a part,
    and '0 or ≥ 1 (sources disagree)' beside a DIFFER offering the arrest as an update.)"""
    if t.measure == "arrested" and t.value.low == 0 and not report.event.dated:
        return "an arrest after no arrests? no dates"
    fs = [f for f in report.findings if f.measure == t.measure and f.subject.endswith(" · toll")]
    if fs and all(f.status == "agree" for f in fs):
        return "compatible figures"
    return "sources disagree"


def _how_many(report: Report, t: EventToll) -> str:
    """'2 of 3 sources': how many independent sources allow the figure the event reads as the
    best supported, of those that give the measure; ', 2 silent' for sources with tolls that
    give no dead or wounded (the event reads them as none, weighing half). 'most sources' said
    so where one of two did (a page's three wounded against another's two women shot)."""
    of = report.event_of() if len(report.events) > 1 else {}
    ours = {of.get(s) for s in t.sources}  # a report of several events: this event's sources
    indep = [a for a in report.accounts if a.independent and of.get(a.source) in ours] or list(report.accounts)
    told = {a.source for a in indep if a.toll(t.measure) is not None} | set(t.sources)
    silent = [a for a in indep if a.source not in told and a.tolls] if t.measure in SILENT_ZERO else []
    return f"{len(t.sources)} of {plural(len(told) + len(silent), 'source', 'sources')}" + (
        f"; {len(silent)} silent" if silent else "")


def _none_or_some(report: Report, t: EventToll) -> str:
    """'0 or ≥ 1 (sources disagree)' for a range from none to no upper bound, which
    '≥ 0' would give: a bound that tells nothing, where the sources say none and at least one.
    The least is the lowest positive bound a source's toll gives, else 1: a source whose
    account gives no count but whose custody facts tell someone held (session 46, look66,
    from gva-dev 168307, even: 'someone charged' on one page against 'no arrests' on the
    other read '≥ 0')."""
    if t.how != "range" or t.value.low != 0 or t.value.high is not None:
        return ""
    lows = [x.value.low for a in report.accounts if (x := a.toll(t.measure)) is not None
            and (not t.sources or a.source in t.sources) and x.value.low]
    least = min(lows, default=1)
    return f"0 or ≥ {Interval(least, least, least).describe()} ({_range_story(report, t)})"


def event_notes(report: Report) -> list[str]:
    """The notes under the event's tolls, each a line: where it happened (:func:`place_note`),
    what the dates allow (:func:`dates_note`); the text, Markdown and HTML views show them."""
    return [n for n in (place_note(report), dates_note(report)) if n]


def place_note(report: Report) -> str:
    """Where the event happened, as the report reads it across sources ('' when no source
    places it): the text, Markdown and HTML views show it under the event's tolls; each
    source's place and how it was read are in the JSON report's accounts (session 71: the
    places were in the JSON alone)."""
    if report.event is None or not report.event.place:
        return ""
    return f"Where: {' '.join(clean(report.event.place).split())} (each source's place in --format json)."


def dates_note(report: Report) -> str:
    """What a reader must know about updates: '' when sources have dates."""
    if report.event is None or report.event.dated or len(report.articles) < 2:
        return ""
    return ("No source has a publication date: a toll that rose between reports cannot be told "
            "from a contradiction.")


def people_rows(report: Report) -> list[tuple[str, dict[str, str]]]:
    """The people table: per person (victims and suspects, matched across sources), a
    label and, per source id, what that source says ('Jon Smith, 19, victim, killed')."""
    claims = by_id(report)
    rows = []
    for ids in report.people:
        cs = [claims[i] for i in ids if i in claims]
        if not cs:
            continue
        label = max((c.name or "" for c in cs), key=len) or next(
            (described(c) for c in cs if c.kind == "quantity"), "unnamed")
        rows.append((clean(label), {c.source: clean(person_cell(c, report.people_outcomes.get(c.id))) for c in cs}))
    return rows


def person_cell(c: Claim, outcome: str | None = None) -> str:
    """A person as one source gives them: the name as written, age, role, outcome; an unnamed
    victim as the source's casualty figure describes them ('unnamed boy, 11, victim, killed'),
    with ``outcome``, the row's (the report's ``people_outcomes``: a figure of people shot that
    describes the source's one dead, 'found a 2-year-old boy with one gunshot wound in his back', is killed), else
    the figure's own measure where it is killed or injured (a figure of people shot alone tells
    none: 'shot and killed' may be read as shot, and a report saved before ``people_outcomes``
    has none)."""
    if c.kind == "quantity":
        words = described(c)  # 'unnamed victim, 4' says the role already
        role = "" if words.startswith("unnamed victim") else ", victim"
        told = outcome if outcome in ("killed", "injured") else c.measure
        return words + role + (f", {told}" if told in ("killed", "injured") else "")
    parts = [c.name or "unnamed"]
    parts += [x for x in (age_text(c), c.role, c.outcome) if x]
    return ", ".join(parts)


@dataclass(frozen=True)
class EventRow:
    """One event of a report of several, in words: its id, its sources' names, its
    reading ('killed 2, injured 5') and why its sources were put together."""

    id: str
    sources: tuple[str, ...]
    tolls: str
    why: tuple[str, ...]


def event_rows(report: Report) -> list[EventRow]:
    """The report's events in words (none for a report of one event)."""
    if len(report.events) < 2:
        return []
    names = report.source_names()
    out = []
    for e in report.events:
        why = []
        for w in e.why:
            a, b = (names.get(s, s) for s in w.sources)
            said = [f"similarity {w.similarity:.2f}"]
            if w.names:
                said.append("names " + ", ".join(w.names))
            if w.place:
                said.append("place " + w.place)
            why.append(f"{a} ~ {b}: " + "; ".join(said))
        out.append(EventRow(e.id, tuple(names.get(s, s) for s in e.sources),
                            ", ".join(f"{t.measure} {t.value.describe()}" for t in e.event.tolls), tuple(why)))
    return out


def diff_listed(d: Diff, unique: bool) -> tuple[Diff, int]:
    """The diff as the text and Markdown formats list it: without the claims only one
    source makes (new, gone, or changed and unique on both sides) unless ``unique``, as
    ``check`` lists them; and how many were left out."""
    if unique:
        return d, 0
    added = tuple(f for f in d.added if f.status != "unique")
    gone = tuple(f for f in d.gone if f.status != "unique")
    changed = tuple(c for c in d.changed
                    if "unique" not in (c.old.status, c.new.status) or c.old.status != c.new.status)
    hidden = len(d.added) + len(d.gone) + len(d.changed) - len(added) - len(gone) - len(changed)
    return replace(d, added=added, gone=gone, changed=changed), hidden

