"""What careful reading round 29 found the report missing and session 22 asked for: the
ages of the dead given alike but for one person, between two outlets (one names the dead with
their ages, the other only describes them by age) and inside one article (the description
against the names). Sentences of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

DESCRIBED = ("Three die after gunfire at Linden Court party\n\n"
             "Gunfire at a Linden Court party in Harlow killed a {first}-year-old grandmother on Friday night. "
             "A {second}-year-old man died later at Harlow General, officers reported. "
             "A 61-year-old woman, his aunt, died on Saturday morning.\n\n"
             "Detectives have made no arrests.\n")
NAMED = ("Coroner names three slain at Linden Court party\n\n"
         "Gunfire at a Linden Court party in Harlow on Friday night killed three guests, officers reported.\n\n"
         "The coroner named them as Mara Quell, 61, Tobin Vasko, {named}, and Ilse Brandt, 83.\n")


def _ages(tmp_path, files: dict[str, str]) -> list[dict]:
    rep = report_of(tmp_path, files)
    return findings_of(rep, kind="person", measure="age")


def test_the_dead_given_the_same_ages_but_one_differ(tmp_path):
    (f,) = _ages(tmp_path, {"a.txt": DESCRIBED.format(first=83, second=29), "b.txt": NAMED.format(named=28)})
    assert (f["status"], f["subject"]) == ("differ", "Tobin Vasko · age")
    assert "all 3 of its dead" in f["reason"] and "29 (a.txt) vs 28 (b.txt)" in f["reason"]


def test_the_same_ages_or_more_than_one_apart_is_no_finding(tmp_path):
    # every age alike: nothing
    assert not _ages(tmp_path / "alike", {"a.txt": DESCRIBED.format(first=83, second=28),
                                          "b.txt": NAMED.format(named=28)})
    # two ages apart: not one person given two ages, the lists may be of other people
    assert not _ages(tmp_path / "two", {"a.txt": DESCRIBED.format(first=79, second=29),
                                        "b.txt": NAMED.format(named=28)})


ONE_PAGE = ("Party gunfire kills three on Linden Court\n\n"
            "Gunfire killed three guests at a Linden Court party in Harlow on Friday night. "
            "One guest, an 83-year-old grandmother, died where she fell. "
            "Two others, a {described}-year-old groom and a 61-year-old caterer, died in surgery, officers reported.\n\n"
            "The coroner named them as Mara Quell, 61, Tobin Vasko, 28, and Ilse Brandt, 83.\n")


def test_one_page_that_names_its_dead_with_other_ages_than_it_describes_is_a_self_finding(tmp_path):
    rep = report_of(tmp_path, {"a.txt": ONE_PAGE.format(described=29)})
    (f,) = findings_of(rep, status="inconsistent", kind="person")
    assert (f["measure"], f["subject"]) == ("age", "Tobin Vasko · age")
    assert "Tobin Vasko is 28 where it names them" in f["reason"] and "29 for 28" in f["reason"]
    rep = report_of(tmp_path / "alike", {"a.txt": ONE_PAGE.format(described=28)})
    assert not findings_of(rep, status="inconsistent", kind="person")


STRETCH = ("Two hurt in Tanner Avenue shooting\n\n"
           "Shots rang out shortly after midnight on {first}, the county dispatch log shows.\n\n"
           "Two men were wounded on {second}, deputies said. Six patrol cars answered the call.\n")


def _swaps(tmp_path, first: str, second: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": STRETCH.format(first=first, second=second)})
    return findings_of(rep, measure="place", status="inconsistent")


def test_one_page_that_swaps_a_street_and_its_cross_street_is_a_self_finding(tmp_path):
    (f,) = _swaps(tmp_path, "Tanner Avenue between Fourth Street and Sixth Street",
                  "Fourth Street between Tanner Avenue and Sixth Street")
    assert (f["kind"], f["subject"]) == ("fact", "place · street and cross street swapped")
    assert "Tanner Avenue between Fourth Street and Sixth Street against Fourth Street between" in f["reason"]
    # the same stretch twice, or two stretches of other streets: nothing
    assert not _swaps(tmp_path / "same", "Tanner Avenue between Fourth Street and Sixth Street",
                      "Tanner Avenue between Sixth Street and Fourth Street")
    assert not _swaps(tmp_path / "other", "Tanner Avenue between Fourth Street and Sixth Street",
                      "Fourth Street between Tanner Avenue and Ninth Street")
