"""What careful reading round 30 found the report missing and session 23 asked for: one
house or block number on a street name that two outlets give different street words,
whatever moment each tells it of; and the one wounded person's condition told grave by
one outlet and mild by another, where a page says 'stable' beside its mild word, or counts
dead besides the one wounded; and the wounded listed by sex one kind a sentence. Sentences
of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

DRIVE_OFF = ("Driver wounded leaving Corliss Park complex\n\n"
             "Four friends were pulling out of the Corliss Park complex at 4300 {first} around 1 a.m. Sunday. "
             "Someone in a passing sedan opened fire, deputies said. The driver, 33, was hit in the arm.\n")
CALL_IN = ("Man shot in Harlow overnight\n\n"
           "Deputies were sent around 1:10 a.m. Sunday to a shooting in the 4300 block of {second}. "
           "The driver, 33, took a bullet in his forearm and should recover.\n")


def _places(tmp_path, first: str, second: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": DRIVE_OFF.format(first=first),
                               "b.txt": CALL_IN.format(second=second)})
    return findings_of(rep, measure="place", status="differ")


def test_one_number_on_a_street_name_with_two_street_words_differs_whatever_the_moment(tmp_path):
    (f,) = _places(tmp_path, "Marlowe Square", "Marlowe Drive")
    assert f["subject"] == "place · street word · marlowe"
    assert "Marlowe Square (a.txt) vs Marlowe Drive (b.txt)" in f["reason"]
    # the same street word, or another hundred of numbers: nothing
    assert not _places(tmp_path / "same", "Marlowe Drive", "Marlowe Drive")
    rep = report_of(tmp_path / "apart", {"a.txt": DRIVE_OFF.format(first="Marlowe Square"),
                                         "b.txt": CALL_IN.replace("4300", "9100").format(second="Marlowe Drive")})
    assert not findings_of(rep, measure="place")


GRAVE = ("Mother wounded in Harlow home\n\n"
         "{dead}their mother was shot inside a Harlow home early Wednesday, "
         "police said. The woman is in critical condition at Harlow General.\n")
MILD = ("Police: Harlow father wounded the mother of his children\n\n"
        "{dead}their mother was shot inside a Harlow home early Wednesday, "
        "police said. {stable}Police said her wounds {mild} life-threatening.\n")
DEAD = "Four children were killed and "
STABLE = "She was taken to Harlow General in stable condition. "


def _conditions(tmp_path, dead: str, stable: str, mild: str = "do not appear") -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": GRAVE.format(dead=dead),
                               "b.txt": MILD.format(dead=dead, stable=stable, mild=mild)})
    return findings_of(rep, measure="condition", status="differ")


def test_grave_against_stable_beside_mild_differs(tmp_path):
    (f,) = _conditions(tmp_path, "Police found ", STABLE)
    assert f["subject"] == "condition · wounded"
    assert "grave (a.txt: 'critical condition') against mild (b.txt: 'not appear life-threatening')" in f["reason"]
    # stable beside a grave word is a change the page tells itself: no finding
    assert not _conditions(tmp_path / "both", "Police found ", STABLE, "appear")


def test_the_one_wounded_beside_the_dead_is_the_one_the_condition_is_of(tmp_path):
    (f,) = _conditions(tmp_path, DEAD, "")
    assert "grave (a.txt: 'critical condition') against mild" in f["reason"]


SPLIT = ("Five hurt outside Corliss Park lounge\n\n"
         "Five people were wounded when a man fired at a line outside a Corliss Park lounge early Sunday. "
         "{first} women were wounded in the legs. {second} men were hurt as well, one in the back.\n")
LISTED = ("Five wounded at Corliss Park lounge\n\n"
          "Deputies said gunfire outside a Corliss Park lounge early Sunday hit one woman and four men; "
          "all five are expected to live.\n")


def _makeups(tmp_path, first: str, second: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": SPLIT.format(first=first, second=second), "b.txt": LISTED})
    return [f for f in rep["findings"] if f["subject"].endswith("among them")]


def test_a_make_up_told_one_kind_a_sentence_counts_against_a_list(tmp_path):
    (f,) = _makeups(tmp_path, "Two", "Three")
    assert (f["status"], f["subject"]) == ("differ", "injured · men and women among them")
    assert "Two women ... Three men (a.txt) vs one woman and four men (b.txt)" in f["reason"]
    # the same make-up, or counts that are not the whole toll: nothing
    assert not _makeups(tmp_path / "alike", "One", "Four")
    assert not _makeups(tmp_path / "part", "Two", "Two")


def test_one_page_writing_a_street_with_two_street_words_beside_one_number_contradicts_itself(tmp_path):
    text = ("Boy, 14, killed on Elmhurst Street\n\n"
            "Gunfire in the 700 block of Elmhurst Street killed a ninth-grader on Tuesday night. "
            "Officers found him on the 700 block of Elmhurst {word} shortly after 9 p.m.\n")
    rep = report_of(tmp_path, {"a.txt": text.format(word="Road")})
    (f,) = findings_of(rep, measure="place", status="inconsistent")
    assert f["subject"] == "place · street word · elmhurst"
    assert "700 block of Elmhurst Street against 700 block of Elmhurst Road" in f["reason"]
    rep = report_of(tmp_path / "same", {"a.txt": text.format(word="Street")})
    assert not findings_of(rep, measure="place")
