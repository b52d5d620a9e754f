"""The arrested toll told by name and by ordinal, not by a count (session 31, arrest45, issue 13):
careful reading round 42 found the arrested column blank where a page names the suspects it tells
arrested, booked or in custody, and a headline's ordinal arrest not read as at least that many.
Sentences of our own, about invented shootings."""

from __future__ import annotations

from reconcile.data import load
from conftest import account_of, account_tolls, report_of

NAMED = ("Shooting on Quill Lane leaves man hurt\n\nA man was wounded by gunfire on Quill Lane in Barrowfield "
         "late Friday, police said. Officers arrested Dale Voss, 31, on Saturday in the shooting. Voss was "
         "booked into the Barrow County jail.\n")


def test_a_suspect_named_arrested_is_one_held(tmp_path):
    rep = report_of(tmp_path, {"a.txt": NAMED})
    # at least one until session 77; the page names one held and no one else: one
    assert account_tolls(rep, "a")["arrested"] == (1, 1)
    acc = account_of(rep, "a")
    assert acc["tolls"]["arrested"]["how"] == "named"


def test_two_named_held_are_two(tmp_path):
    two = NAMED.replace("Officers arrested Dale Voss, 31, on Saturday in the shooting. Voss was booked into the "
                        "Barrow County jail.",
                        "Officers arrested Dale Voss, 31, on Saturday in the shooting. Gil Maret, 27, turned "
                        "himself in on Sunday and was booked into the Barrow County jail.")
    rep = report_of(tmp_path, {"a.txt": two})
    assert account_tolls(rep, "a")["arrested"] == (2, 2)


def test_a_stated_count_stands_against_names(tmp_path):
    counted = NAMED.replace("Officers arrested Dale Voss, 31, on Saturday in the shooting.",
                            "Officers arrested three men on Saturday in the shooting, among them Dale Voss, 31.")
    rep = report_of(tmp_path, {"a.txt": counted})
    assert account_tolls(rep, "a")["arrested"] == (3, 3)


def test_a_suspect_sought_is_no_arrest(tmp_path):
    sought = NAMED.replace("Officers arrested Dale Voss, 31, on Saturday in the shooting. Voss was booked into "
                           "the Barrow County jail.",
                           "Officers are looking for Dale Voss, 31, and a judge signed a warrant to arrest him.")
    rep = report_of(tmp_path, {"a.txt": sought})
    assert (account_tolls(rep, "a").get("arrested") or (0, 0))[0] == 0


def test_an_arrest_on_an_unrelated_warrant_is_no_arrest_of_the_event(tmp_path):
    other = NAMED.replace("Officers arrested Dale Voss, 31, on Saturday in the shooting. Voss was booked into "
                          "the Barrow County jail.",
                          "Officers arrested Dale Voss, 31, on Saturday on an unrelated warrant.")
    rep = report_of(tmp_path, {"a.txt": other})
    assert "arrested" not in account_tolls(rep, "a")


def test_an_ordinal_arrest_is_at_least_that_many(tmp_path):
    text = ("Second suspect arrested in Quill Lane shooting\n\nA second suspect was arrested on Tuesday in the "
            "shooting that wounded a man on Quill Lane in Barrowfield last week, police said.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_tolls(rep, "a")["arrested"] == (2, None)
    # figures, as a headline writes them (data/accounts.json ``ordinal_held``, its example)
    example = load("accounts")["ordinal_held"]["example"]
    rep = report_of(tmp_path / "b", {"a.txt": example + "\n\nDeputies said the man was taken to the "
                                     "county jail after the shooting on Elm Street.\n"})
    assert account_tolls(rep, "a")["arrested"] == (5, None)


def test_an_ordinal_of_the_hurt_is_no_count_of_the_held(tmp_path):
    text = ("Four hurt in Quill Lane shooting\n\nGunfire on Quill Lane in Barrowfield wounded four men "
            "on Friday. The fourth man wounded, Gil Maret, 27, is in custody, police said.\n")
    rep = report_of(tmp_path, {"a.txt": text})
    assert account_tolls(rep, "a")["arrested"] == (1, None)


def test_a_relative_of_the_same_surname_is_not_held_by_the_others_sentence(tmp_path):
    text = NAMED.replace("Voss was booked into the Barrow County jail.",
                         "Prosecutors later charged his brother, Ray Voss, 28, with lying to officers.")
    rep = report_of(tmp_path, {"a.txt": text})
    # not two; at least one, not one: the person reader gives the brother charged the outcome 'arrested',
    # one more of the page's people held than the names counted (session 77's guard)
    assert account_tolls(rep, "a")["arrested"] == (1, None)
