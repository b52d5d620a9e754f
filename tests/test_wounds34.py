"""Where one person was hit, compared between sources (careful reading rounds 22, 28, 29 and 33
listed wounds in one place against another among the misses): data/compare.json
``wound_places``. Sentences of our own."""

from __future__ import annotations

from conftest import findings_of, report_of

from reconcile.data import load
from reconcile.facts import _wound_regions

PLACE = "condition · wound place"


def test_the_regions_a_sentence_names():
    d = load("compare")["wound_places"]
    one, other = d["example"].split(" (one outlet) ")
    assert _wound_regions(one) == ("leg",) and _wound_regions(other) == ("arm",)
    assert _wound_regions(d["example_several"]) is None  # more wounds than it places
    assert _wound_regions("Officers said the cashier was hit in the back of her skull.") == ("head",)
    assert _wound_regions("The courier had gunshot wounds to the neck and the left forearm.") == ("neck", "arm")
    assert _wound_regions("She was struck in her lower back, a deputy said.") == ("torso",)
    # no wound word, a place rather than a part, a vague part, a year, more than one hit
    assert _wound_regions("The pistol was found in the back of the van.") == ()
    assert _wound_regions("The teen was shot in the back seat of a sedan.") == ()
    assert _wound_regions("He was hit in the back of a delivery van on Pine Road.") == ()
    assert _wound_regions("The driver was shot in the upper body.") is None
    assert _wound_regions("The body of the driver was found with a wound to the head.") == ("head",)
    assert _wound_regions("Her uncle was shot in the leg in 2011 on the same corner.") is None
    assert _wound_regions("The courier was shot three times in the chest.") is None
    assert _wound_regions("He suffered multiple gunshot wounds to his torso.") is None


LONE = ("{head}\n\nA woman, 31, was shot outside a bakery on Larch Avenue in Dunmore on Tuesday night. "
        "She {where}, a police spokesman said, and was taken to a hospital in stable condition.\n")


def _places(tmp_path, a_where: str, b_where: str, b_text: str = LONE) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": LONE.format(head="Woman shot outside Dunmore bakery", where=a_where),
                               "b.txt": b_text.format(head="Larch Avenue shooting wounds baker", where=b_where)})
    return findings_of(rep, subject=PLACE)


def test_one_person_hit_in_two_places_far_apart_differs(tmp_path):
    (f,) = _places(tmp_path, "was shot in the thigh", "suffered a gunshot wound to her shoulder")
    assert f["status"] == "differ" and "leg (a.txt) vs arm (b.txt)" in f["reason"]


def test_the_regions_are_named_in_the_order_of_the_text(tmp_path):
    # a set's order changed with the hash seed from one run to the next (found on saved claims)
    (f,) = _places(tmp_path / "1", "was shot in the thigh", "was hit in the neck and the right forearm")
    (g,) = _places(tmp_path / "2", "was shot in the thigh", "was hit in the right forearm and the neck")
    assert "leg (a.txt) vs neck and arm (b.txt)" in f["reason"]
    assert "leg (a.txt) vs arm and neck (b.txt)" in g["reason"]


def test_one_region_several_hits_or_two_people_hit_raise_nothing(tmp_path):
    # the chest and the back are one region (the torso)
    assert not _places(tmp_path / "1", "was shot in the chest", "was struck in the back")
    # one source says she was hit twice: the other wound may be the other source's
    assert not _places(tmp_path / "2", "was shot in the thigh", "was shot twice, once in the shoulder")
    # the second source counts two people hit: whose wound is which is not known
    two = LONE.replace("A woman, 31, was shot", "A woman, 31, and her brother, 35, were shot")
    assert not _places(tmp_path / "3", "was shot in the thigh", "was shot in the shoulder", two)


def _hits(tmp_path, a_where: str, b_where: str) -> list[dict]:
    rep = report_of(tmp_path, {"a.txt": LONE.format(head="Woman shot outside Dunmore bakery", where=a_where),
                               "b.txt": LONE.format(head="Larch Avenue shooting wounds baker", where=b_where)})
    return findings_of(rep, subject="condition · times hit")


def test_the_times_one_person_was_hit(tmp_path):
    from reconcile.facts import _counts_hits, _hit_count, _times_hit

    pattern = _times_hit()[0]
    d = load("compare")["times_hit"]
    one, other = d["example"].split(" (one outlet) ")
    assert [_hit_count(m) for m in pattern.finditer(one)] == [(2, 2)]
    assert [_hit_count(m) for m in pattern.finditer(other)] == [(1, 1)]
    assert [_hit_count(m) for m in pattern.finditer("The driver was hit at least four times.")] == [(4, float("inf"))]
    assert [_hit_count(m) for m in pattern.finditer("He died of multiple gunshot wounds.")] == [(2, float("inf"))]
    assert not list(pattern.finditer("The neighbour said the robber fired four times."))  # shots, not hits
    assert not list(pattern.finditer("Then the robber shot him twice."))  # often a witness's words inside a quote
    assert not _counts_hits("The baker was shot once in the knee and once in the wrist.")  # two hits
    assert not _counts_hits("“She was hit twice,” her cousin said.")
    (f,) = _hits(tmp_path / "1", "was shot once in the thigh", "was struck three times")
    assert f["status"] == "differ" and "once (a.txt) vs 3 times (b.txt)" in f["reason"]
    assert not _hits(tmp_path / "2", "was shot three times", "was shot multiple times")


def test_a_source_that_tells_people_hurt_on_two_days_is_not_counted(tmp_path):
    # the second source recalls an earlier shooting (its uncle hit once): its 'once' may be his
    a = LONE.format(head="Woman shot outside Dunmore bakery", where="was struck three times")
    b = ("Larch Avenue shooting wounds baker\n\nA woman, 31, was shot outside a bakery on Larch Avenue in Dunmore "
         "on March 3, a police spokesman said.\n\nDoctors at Dunmore General call her condition stable.\n\n"
         "Her uncle, 58, was shot on Feb. 10 on the same corner, police said.\n\n"
         "Her uncle had been struck once, near his knee, and recovered.\n")
    rep = report_of(tmp_path, {"a.txt": a, "b.txt": b})
    assert not findings_of(rep, subject="condition · times hit")
    from reconcile.facts import _hurt_on_two_days
    from reconcile.records import Claim
    assert _hurt_on_two_days({c["id"]: Claim.from_dict(c) for c in rep["claims"]}) == {"b"}
