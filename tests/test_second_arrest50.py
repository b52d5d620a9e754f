"""A second arrest told by an ordinal against a page naming fewer held (session 34, miss50,
issue 13): one page names one man arrested, a later page tells a second man arrested and names
him beside the first; the arrested tolls, at least one and at least two, are compatible bounds,
but the later page tells an arrest the first does not. Sentences of our own, about invented
shootings."""

from __future__ import annotations

from conftest import account_tolls, findings_of, report_of

FIRST = ("Man charged in Quill Street killing\n\nOfficers made an arrest on Monday in the killing of Rob Pell, 19, a "
         "cook shot dead on Quill Street in Harlow. Dorian Vance, 24, was charged with murder over the "
         "shooting, police said.\n")
LATER = ("Police arrest second suspect in Quill Street killing\n\nHarlow police have arrested a second man in the "
         "killing of Rob Pell, 19, a cook shot dead on Quill Street, a captain said. The suspect, Emil Rusk, 22, "
         "was charged with murder on Friday. Last week officers arrested Dorian Vance, 24, and charged him with "
         "murder.\n")


def _arrested(rep: dict) -> dict:
    return next(f for f in findings_of(rep, kind="quantity", measure="arrested") if f["subject"] == "arrested · toll")


def test_a_second_man_arrested_against_one_arrest_is_an_update(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": LATER})
    # the first page's one arrest, closed since session 77 ('made an arrest', the one man named charged)
    assert account_tolls(rep, "a")["arrested"] == (1, 1)
    # both men named held and the ordinal up to them: two (session 78; at least two before)
    assert account_tolls(rep, "b")["arrested"] == (2, 2)
    row = _arrested(rep)
    assert row["status"] == "differ"
    assert row["reason"].startswith("Update:") and "Emil Rusk" in row["reason"]


def test_a_page_that_also_tells_the_second_arrest_agrees(tmp_path):
    # the first page tells the other arrest without a name the reader counts: no update
    first = FIRST.replace("police said.\n", "police said. A second man was also taken into custody.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": LATER})
    assert _arrested(rep)["status"] == "agree"


def test_a_page_that_names_the_new_suspect_agrees(tmp_path):
    # the first page mentions the man the later page tells arrested (still sought, say): the
    # arrest is not one it never heard of, and the custody rows speak of it
    first = FIRST.replace("police said.\n", "police said. Officers are still looking for Emil Rusk.\n")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": LATER})
    assert _arrested(rep)["status"] == "agree"


def test_two_pages_naming_other_suspects_are_left_alone(tmp_path):
    # the first page's man is not among the later page's: other arrests, perhaps another case
    first = FIRST.replace("Dorian Vance", "Toby Lark")
    rep = report_of(tmp_path, {"a.txt": first, "b.txt": LATER})
    assert _arrested(rep)["status"] == "agree"


def test_a_page_naming_fewer_published_later_is_no_update(tmp_path):
    # dated the other way round, the page naming one man is the later: no arrest it had yet to hear of
    def dated(text: str, day: str) -> str:
        head, body = text.split("\n\n", 1)
        return f"{head}\n\nPublished: {day}\n\n{body}"
    rep = report_of(tmp_path, {"a.txt": dated(FIRST, "Oct 9, 2025"), "b.txt": dated(LATER, "Oct 4, 2025")})
    assert _arrested(rep)["status"] == "agree"
    rep = report_of(tmp_path / "b", {"a.txt": dated(FIRST, "Oct 4, 2025"), "b.txt": dated(LATER, "Oct 9, 2025")})
    assert _arrested(rep)["status"] == "differ"
