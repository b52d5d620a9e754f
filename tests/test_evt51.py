"""A video clip's caption that ends with its posting date tells of other cases, and a second
arrest told by 'also' after a first is one more held (session 34, evt51, careful reading
round 51: a killing read from a clip's summary beside a story of wounded people, and a page's
two arrests read as one). Sentences of our own, about invented shootings."""

from __future__ import annotations

from reconcile.data import load
from conftest import account_tolls, report_of

LEAD = ("Man wounded on Tansy Road\n\nA man was shot and wounded on Tansy Road in Orlow late Friday, "
        "police said. ")


def _tolls(tmp_path, text: str) -> dict:
    return account_tolls(report_of(tmp_path, {"a.txt": LEAD + text + "\n"}), "a")


def test_a_video_caption_with_its_posting_date_is_furniture(tmp_path):
    caption = ("\n\nA reporter sums up the night's crime, including the Tansy Road shooting and a "
               "teenager killed when shots were fired from a passing car. (Posted on: March 4, 2016)\n\n")
    tolls = _tolls(tmp_path, caption + "Three other people were wounded in the gunfire, police said.")
    assert "killed" not in tolls
    # the same words in the body, without the posting date, are read
    tolls = _tolls(tmp_path / "b", caption.replace(" (Posted on: March 4, 2016)", ""))
    assert tolls.get("killed") == (1, 1)


def test_a_second_person_also_arrested_is_one_more_held(tmp_path):
    text = ("A 20-year-old man was arrested Sunday in the shooting, deputies said.\n\n"
            "A 16-year-old has also been arrested over the Tansy Road gunfire.")
    assert _tolls(tmp_path, text)["arrested"] == (2, None)
    # the example of data/accounts.json ``also_held``
    example = load("accounts")["also_held"]["example"]
    assert _tolls(tmp_path / "b", "A man was arrested Sunday in the shooting. " + example)["arrested"] == (2, None)


def test_the_same_person_also_arrested_is_not_one_more(tmp_path):
    text = ("A 20-year-old man was arrested Sunday in the shooting, deputies said. "
            "He was also arrested on an unrelated warrant.")
    assert _tolls(tmp_path, text)["arrested"] == (1, 1)  # one, no more (session 78: closed)


def test_one_told_shot_yields_to_a_later_count_of_wounded(tmp_path):
    text = ("Bar owner hit in Orlow\n\nNobody expected gunfire at the Lantern Bar on Friday night. "
            "\"A stranger walked up and shot him in the leg,\" a waitress said of the owner.\n\n"
            "All four were taken to Orlow General Hospital with wounds, police said.\n")
    tolls = account_tolls(report_of(tmp_path, {"a.txt": text}), "a")
    assert tolls["injured"][0] == 4
    assert "killed" not in tolls


def test_a_bare_later_count_is_a_part_beside_the_one(tmp_path):
    text = ("Gunfire outside Orlow bar\n\nAn older man was shot in the hip while he smoked outside the "
            "Lantern Bar on Friday, police said.\n\nTwo teenagers who were shot and wounded were thought to be "
            "the targets, a detective said.\n")
    tolls = account_tolls(report_of(tmp_path, {"a.txt": text}), "a")
    assert tolls.get("injured") != (2, 2)
    # the example of data/accounts.json ``shot_one_total``
    example = load("accounts")["shot_one_total"]["example"]
    assert account_tolls(report_of(tmp_path / "b", {"a.txt": "Cook shot at Orlow diner\n\n" + example + "\n"}),
                         "a")["injured"][0] == 4
