"""Session 43, died61 (issue 13): a death toll of people mentioned one by one ('A man died', read
as at least one) below another page's count, where the two pages count the same people hurt with
more of them dead in one: wounded who died later, a difference told as an update, not a compatible
part (written from gva-dev's odd half; fires on three odd folders). Sentences of our own."""

from __future__ import annotations

from conftest import report_of, toll_findings

FIRST = ("Man killed, three hurt in park shooting\n\n"
         "A man died and three more people were hurt Tuesday afternoon when gunfire broke out at Linden Park in "
         "Marlow, police said.\n\n"
         "The dead man, 24, was hit in the chest and died at Mercy Hospital. Another man, 19, took a bullet to the "
         "stomach and is in critical condition. Two other men were treated for leg wounds.\n")
LATER = ("Second man charged in Linden Park shooting\n\n"
         "Prosecutors charged a second man on Monday in last spring's Linden Park gunfire, in which two people "
         "died and two others were hurt.\n\n"
         "Dale Voss, 22, faces two counts of murder, prosecutors said.\n")


def _killed(tmp_path, first: str = FIRST, later: str = LATER) -> dict:
    (f,) = toll_findings(report_of(tmp_path, {"a.txt": first, "b.txt": later}), "killed")
    return f


def test_a_person_mentioned_below_a_count_of_the_same_people_hurt_is_an_update(tmp_path):
    f = _killed(tmp_path)
    assert f["status"] == "differ"
    assert "a.txt gives 'Man' (1) and b.txt gives 'two' (2): both count 4 people hurt" in f["reason"]
    assert "wounded who died later, an update" in f["reason"]


def test_a_person_mentioned_below_a_count_of_more_people_hurt_stays_a_part(tmp_path):
    more = LATER.replace("and two others were hurt", "and five others were hurt")
    f = _killed(tmp_path, later=more)
    assert f["status"] == "agree" and f["reason"].startswith("Compatible")


def test_the_gunman_counted_by_the_higher_page_stays_an_agreement(tmp_path):
    # one dead and three hurt against two dead, the gunman who shot himself among them, and two
    # hurt: the gap is the gunman the higher page reports dead, which explains it first
    later = LATER.replace("gunfire, in which two people died and two others were hurt.",
                          "gunfire. The gunman killed a man and then himself. Two more people were wounded.")
    f = _killed(tmp_path, later=later)  # one killed finding (all() held over none as well)
    assert f["status"] == "agree" and f["reason"].startswith("Compatible")
