"""A page whose caption or embedded post contradicts its own prose (issue 13: a source
that contradicts itself is a finding of its own): a video caption's or an embedded post's
casualty figure against the page's toll. Sentences of our own, end to end on the real model."""

from __future__ import annotations

from reconcile.compare import _marked_contradiction
from reconcile.records import Claim, Interval, Toll
from conftest import findings_of, report_of

HEAD = "Gunman kills nine at Lakeview warehouse\n\n"
PROSE = ("A gunman killed nine people and wounded three others at a Lakeview warehouse on Monday, "
         "police said.\n\nThe gunman was later arrested by deputies outside the building.\n\n")
CAPTION = ("Lakeview Warehouse Shooting: First Report\n\n"
           "Two people were killed at a Lakeview warehouse Monday morning, officials confirmed. "
           "Our reporter has the latest. (Published Monday, May 6, 2019)\n\n")


def _selfs(rep: dict, kind: str = "quantity") -> list[dict]:
    return findings_of(rep, status="inconsistent", kind=kind)


def test_a_video_caption_against_the_page_is_a_self_contradiction(tmp_path):
    rep = report_of(tmp_path, {"a.txt": HEAD + PROSE + CAPTION})
    (f,) = _selfs(rep)
    assert f["measure"] == "killed" and "video caption" in f["reason"]
    # the same caption's words without the player's stamp are prose, an update the toll reads
    (tmp_path / "plain").mkdir()
    plain = CAPTION.replace(" (Published Monday, May 6, 2019)", "")
    assert not [f for f in _selfs(report_of(tmp_path / "plain", {"a.txt": HEAD + PROSE + plain}))
                if "caption" in f["reason"]]


def test_a_caption_figure_the_page_gives_as_earlier_is_none(tmp_path):
    earlier = "Officials had earlier said that two people were killed.\n\n"
    rep = report_of(tmp_path, {"a.txt": HEAD + PROSE + earlier + CAPTION})
    assert not [f for f in _selfs(rep) if "caption" in f["reason"]]


def test_a_caption_that_gives_the_page_figure_is_none(tmp_path):
    same = CAPTION.replace("Two people were killed", "Nine people were killed")
    assert not _selfs(report_of(tmp_path, {"a.txt": HEAD + PROSE + same}))


POST_PAGE = ("Six shot outside Maple Grove recreation center\n\n"
             "Six people were shot outside the Maple Grove recreation center on Friday night, the sheriff's office "
             "reported. One teenager, 19, died there, and five others went to hospitals.\n\n")
POST = "BREAKING: 4 people shot near the Maple Grove rec center \u2014 Dana Reyes (@danareyes) May 3, 2019\n\n"


def test_an_embedded_post_against_the_page_is_a_self_contradiction(tmp_path):
    rep = report_of(tmp_path, {"a.txt": POST_PAGE + POST + "Anyone with information should call police.\n"})
    (f,) = _selfs(rep)
    assert f["measure"] == "shot" and "embedded post" in f["reason"]
    (tmp_path / "same").mkdir()
    rep = report_of(tmp_path / "same", {"a.txt": POST_PAGE + POST.replace("4 people", "6 people")
                                        + "Anyone with information should call police.\n"})
    assert not _selfs(rep)



PHOTO_PAGE = ("One man killed in Birch Road shooting\n\n"
              "A man was shot and killed on Birch Road late Saturday, deputies reported. Nobody else was struck.\n\n")


def test_a_photo_caption_figure_before_its_credit_is_the_caption_s(tmp_path):
    caption = "Mourners gather where three people were killed on Birch Road. (Photo: Dana Reyes)\n\n"
    rep = report_of(tmp_path, {"a.txt": PHOTO_PAGE + caption})
    (f,) = _selfs(rep)
    assert f["measure"] == "killed" and "photo caption" in f["reason"]
    # figures after the credit on its line are the page's highlights, not the caption's
    (tmp_path / "after").mkdir()
    after = "A patrol car on Birch Road. (Photo: Dana Reyes) Highlights: three people were killed on Birch Road.\n\n"
    assert not [f for f in _selfs(report_of(tmp_path / "after", {"a.txt": PHOTO_PAGE + after})) if "caption" in f["reason"]]


def _figure(i: str, line: int, start: int, text: str, sentence: str, n: int) -> Claim:
    return Claim(id=i, source="s", path="p", kind="quantity", start=start, end=start + len(text), text=text,
                 sentence=sentence, line=line, value=Interval(n, n, n), measure="injured", group="victims")


def test_a_caption_listing_groups_is_no_figure_of_its_own():
    # 'Three girls and two boys were hurt.' in a caption, split by the parser after its first word
    prose = _figure("p", 3, 10, "Five", "Five people were wounded on Oakdale Avenue.", 5)
    three = _figure("a", 5, 100, "Three", "Three", 3)
    two = _figure("b", 5, 116, "two", "girls and two boys were hurt.", 2)
    toll = Toll("injured", Interval(5, 5, 5), "stated", ("p",), "Five")
    marked = {5: ("caption", 200)}
    assert _marked_contradiction(toll, [prose, three, two], marked, listed=[three, two]) is None
    assert _marked_contradiction(toll, [prose, three], marked, listed=[three]) == (three, prose)
