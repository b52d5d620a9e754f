"""Session 43, died61 (issue 13): a death toll of people mentioned one by one ('A man died', read
as at least one) below another page's count, where the two pages count the same people hurt with
more of them dead in one: wounded who died later, a difference told as an update, not a compatible
part (written from gva-dev's odd half; fires on three odd folders). Sentences of our own."""

from __future__ import annotations

from conftest import persons_by_name, report_of, toll_findings

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
    rep = report_of(tmp_path, {"a.txt": FIRST, "b.txt": later})
    assert all(f["status"] == "agree" for f in toll_findings(rep, "killed"))


# the people reader: a shooter told in the lead, by a relative clause, to have harmed others and
# then himself, named later beside another suspect who is arrested

SHOOTER = ("Mother of Millbrook gym shooter charged\n\n"
           "MILLBROOK — The mother of a Millbrook boy who killed two classmates and himself in May was charged on "
           "Monday with leaving a loaded pistol where her son could reach it.\n\n"
           "Ana Dunn, 44, was arrested at her home and appeared in court on Tuesday.\n\n"
           "Police said Ray Dunn, 16, fired the pistol in the school gym during a basketball practice.\n")


def test_the_one_suspect_not_held_is_the_shooter_who_killed_himself(nlp):
    people = persons_by_name(nlp, SHOOTER)
    assert people["Ray Dunn"]["role"] == "suspect" and people["Ray Dunn"]["outcome"] == "killed"
    assert people["Ana Dunn"]["outcome"] == "arrested"


def test_no_self_harm_in_the_lead_leaves_the_suspect_unharmed(nlp):
    people = persons_by_name(nlp, SHOOTER.replace("killed two classmates and himself", "killed two classmates"))
    assert people["Ray Dunn"]["outcome"] != "killed"


def test_two_suspects_not_held_give_the_death_to_neither(nlp):
    text = SHOOTER.replace("Ana Dunn, 44, was arrested at her home and appeared in court on Tuesday.",
                           "Police said Ana Dunn, 44, also fired at the students.")
    people = persons_by_name(nlp, text)
    assert all(p["outcome"] != "killed" for p in people.values() if p["role"] == "suspect")
