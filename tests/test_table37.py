"""Session 27 (table37, issue 13): a list of single relatives and a counted group of them is one
list of the dead (1 + 1 + 3); a headline's toll the body gives as a family's size or as 'all
four were hit' is no self-contradiction. Sentences of our own, about invented shootings."""

from __future__ import annotations

from conftest import findings_of, quantities_of, report_of

from reconcile.compare import _self_contradiction
from reconcile.records import Claim, Interval


def _killed(nlp, text):
    return [(v[1], v[2]) for _w, v, m in quantities_of(nlp, text) if m == "killed"]


def test_single_relatives_then_a_counted_group_are_summed(nlp):
    assert _killed(nlp, "In the cabin, a neighbor found the bodies of his sister, brother-in-law and two nephews.") \
        == [(4, 4)]
    assert _killed(nlp, "Inside the barn, deputies found the bodies of her uncle and three cousins.") == [(4, 4)]
    # the one the possessive is of, named before it, leads the list
    assert _killed(nlp, "Marla Quinn, her husband and four children were shot and killed in their home.") == [(6, 6)]


def test_a_described_member_is_not_summed_as_another_person(nlp):
    # 'a nurse' with a determiner of its own may be the wife described: no sum of five
    got = [(v[1], m) for _w, v, m in quantities_of(nlp, "Police said he shot his wife, a nurse, and three children.")]
    assert (5, "shot") not in got and (5, "killed") not in got


def _q(i: str, line: int, n: int, measure: str | None, text: str, sentence: str, noun: str | None = None) -> Claim:
    start = line * 100 + sentence.find(text)
    return Claim(id=i, source="s", path="p", kind="quantity", start=start, end=start + len(text), text=text,
                 sentence=sentence, line=line, value=Interval(n, n, n), measure=measure, noun=noun)


HEAD = _q("h", 1, 4, "killed", "Four", "Family of Four Found Dead in Marlow Home")
BODY = _q("b", 9, 2, "killed", "two", "Inside, he found the bodies of two grandsons.", "grandsons")


def test_a_family_of_the_headlines_size_is_the_body_giving_its_figure():
    family = _q("f", 3, 4, None, "four", "Police believe a family of four was targeted by a relative.")
    assert _self_contradiction([HEAD, BODY], [family]) is None
    # a bare 'four' of nothing said gives no one
    bare = _q("f", 3, 4, None, "four", "Deputies searched four homes on Sunday.")
    assert _self_contradiction([HEAD, BODY], [bare]) is not None


def test_all_of_a_group_shot_gives_the_headlines_dead():
    shot = _q("s", 3, 4, "shot", "four", "Deputies said all four were hit by rifle fire.")
    assert _self_contradiction([HEAD, BODY], [shot]) is None
    # a count of the shot with no 'all' says nothing of the dead
    other = _q("s", 3, 4, "shot", "four", "Deputies said four were hit by rifle fire.")
    assert _self_contradiction([HEAD, BODY], [other]) is not None


FAMILY = ("Family of Four Found Dead in Marlow Home\n\nPolice believe a family of four was targeted by a relative "
          "in their Marlow home on Sunday. Deputies said all four were hit by rifle fire.\n\nBy Sunday night "
          "relatives had grown worried, and a neighbor drove out to the farm.\n\nIn the kitchen, the neighbor "
          "found the bodies of his sister, brother-in-law and two nephews.\n")


def test_a_headline_toll_the_body_gives_three_ways_is_no_self_contradiction(tmp_path):
    rep = report_of(tmp_path, {"a.txt": FAMILY})
    assert not findings_of(rep, status="inconsistent", measure="killed")
