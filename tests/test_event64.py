"""Session 44, event64: the event row and the toll findings beside it tell one story.

Records built by hand (no article text): a range of the event's reading whose comparison
calls the pair an update reads as the later source's figure; a range the comparison calls
compatible says so, not 'sources disagree'; none held against someone held, undated, is
told as the possible update the custody finding offers."""

from reconcile.pipeline import told_as_update
from reconcile.records import Account, Event, EventToll, Finding, Interval, Report, Toll
from reconcile.report.common import event_row


def _held(source: str, n: int | None) -> Account:
    value = Interval(0, 0, 0) if n == 0 else Interval(None, n, None)
    return Account(source, (Toll("arrested", value, "stated", (f"{source}1",), "no arrests" if n == 0 else "arrested"),))


def _finding(status: str, measure: str, reason: str, update: tuple[str, str] | None = None) -> Finding:
    """A toll finding; ``update``: (earlier source, later source) where its comparison calls it an update."""
    return Finding(f"f{measure}{status}", status, "quantity", measure, f"{measure} · toll", reason, (), 0.7,
                   update=None if update is None else ((update[0],), (update[1],)))


UNDATED_ARREST = Event(tolls=(EventToll("arrested", Interval(None, 0, None), "range", ("a", "b", "c")),), dated=False)
ACCOUNTS = (_held("a", 0), _held("b", 1), _held("c", 1))
NAMES = {"a": "Marlow Gazette", "b": "Dale Post", "c": "KMRL"}


def test_an_arrest_the_comparison_calls_an_update_is_the_events_reading():
    upd = _finding("differ", "arrested", "Update: Dale Post gives 'a Dale man (held: at least 1)' (≥ 1) (the sources with "
                   "the lower count say no one is held yet; one with this count tells an arrest or a charge), higher than "
                   "'no arrests' (0) in Marlow Gazette; a toll that rises between reports is an update, not a contradiction.",
                   ("a", "b"))
    ev = told_as_update(UNDATED_ARREST, [upd], ACCOUNTS)
    t = ev.toll("arrested")
    assert t.how == "update" and t.value.low == 1 and t.sources == ("b",)
    rep = Report(articles=(), claims=(), findings=(upd,), accounts=ACCOUNTS, event=ev)
    assert event_row(rep)["arrested"] == "≥ 1 (an update)"


def test_a_difference_that_is_no_update_leaves_the_range():
    may = _finding("differ", "arrested", "Marlow Gazette gives 'no arrests' (0) and Dale Post gives 'arrested' (≥ 1): "
                   "arrested counts grow as an investigation goes on.")
    assert told_as_update(UNDATED_ARREST, [may], ACCOUNTS) == UNDATED_ARREST


def test_none_held_against_held_undated_is_told_as_a_possible_update():
    rep = Report(articles=(), claims=(), findings=(), accounts=ACCOUNTS, event=UNDATED_ARREST)
    assert event_row(rep)["arrested"] == "0 or ≥ 1 (an arrest after no arrests? no dates)"


def test_dated_sources_that_disagree_still_disagree():
    dated = Event(tolls=UNDATED_ARREST.tolls, dated=True)
    rep = Report(articles=(), claims=(), findings=(), accounts=ACCOUNTS, event=dated)
    assert event_row(rep)["arrested"] == "0 or ≥ 1 (sources disagree)"


def test_a_range_the_comparison_calls_compatible_says_so():
    hurt = Event(tolls=(EventToll("injured", Interval(None, 2, 4), "range", ("a", "b")),))
    accs = (Account("a", (Toll("injured", Interval(2, 2, 2), "stated", ("a1",), "two children"),)),
            Account("b", (Toll("injured", Interval(4, 4, 4), "stated", ("b1",), "four people"),)))
    part = _finding("agree", "injured", "Compatible: 'two children' (2) is a part of 'four people' (4).")
    rep = Report(articles=(), claims=(), findings=(part,), accounts=accs, event=hurt)
    assert event_row(rep)["injured"] == "2–4 (compatible figures)"
    clash = _finding("differ", "injured", "Marlow Gazette gives 'two children' (2) and Dale Post gives 'four people' (4).")
    rep = Report(articles=(), claims=(), findings=(clash,), accounts=accs, event=hurt)
    assert event_row(rep)["injured"] == "2–4 (sources disagree)"


def test_held_told_by_custody_alone_still_reads_none_or_some():
    """Session 46, look66: the page that tells someone held gives no arrested count of its
    own (its custody facts put it in the range): the row reads '0 or ≥ 1', never '≥ 0'."""
    accs = (_held("a", 0), Account("b", ()))
    ev = Event(tolls=(EventToll("arrested", Interval(None, 0, None), "range", ("a", "b")),), dated=False)
    rep = Report(articles=(), claims=(), findings=(), accounts=accs, event=ev)
    assert event_row(rep)["arrested"] == "0 or ≥ 1 (an arrest after no arrests? no dates)"


def test_of_a_chain_of_updates_the_last_figure_is_the_events():
    """Session 46, look66: none held, then one, then two, told as updates pair by pair:
    the event reads the last source's two, not the middle one's one, whatever the order
    of the findings."""
    accs = (_held("a", 0), _held("b", 1), _held("c", 2))
    ev = Event(tolls=(EventToll("arrested", Interval(None, 0, None), "range", ("a", "b", "c")),), dated=False)

    def upd(late, n, early, m):
        return _finding("differ", "arrested", f"Update: {NAMES[late]} gives 'held' (≥ {n}) (its own words tell the "
                        f"rise), higher than 'held' ({m}) in {NAMES[early]}; a toll that rises between reports is an "
                        "update, not a contradiction.", (early, late))
    fs = [upd("b", 1, "a", 0), upd("c", 2, "b", 1), upd("c", 2, "a", 0)]
    for order in (fs, fs[::-1], [fs[1], fs[0], fs[2]]):
        t = told_as_update(ev, order, accs).toll("arrested")
        assert t.how == "update" and t.sources == ("c",) and t.value.low == 2


def test_an_update_to_a_figure_outside_the_events_range_leaves_the_range():
    """The later source's figure must lie in the range the event reads (a page outside the
    event's own sources, or a figure the event's reading set aside, is no reading of it)."""
    hurt = Event(tolls=(EventToll("injured", Interval(None, 2, 4), "range", ("a", "b")),), dated=False)
    accs = (Account("a", (Toll("injured", Interval(2, 2, 2), "stated", ("a1",), "two"),)),
            Account("b", (Toll("injured", Interval(4, 4, 4), "stated", ("b1",), "four"),)),
            Account("c", (Toll("injured", Interval(6, 6, 6), "stated", ("c1",), "six"),)))
    upd = _finding("differ", "injured", "Update: KMRL gives 'six' (6) (its own words tell the rise), higher than "
                   "'two' (2) in Marlow Gazette; a toll that rises between reports is an update, not a contradiction.",
                   ("a", "c"))
    assert told_as_update(hurt, [upd], accs) == hurt
    inside = _finding("differ", "injured", "Update: Dale Post gives 'four' (4) (its own words tell the rise), higher "
                      "than 'two' (2) in Marlow Gazette; a toll that rises between reports is an update, not a "
                      "contradiction.", ("a", "b"))
    t = told_as_update(hurt, [upd, inside], accs).toll("injured")
    assert t.how == "update" and t.sources == ("b",) and t.value.low == 4
