"""A father and son of one name (jr54): a generational suffix ('Jr.', 'Sr.', 'III') keeps
two people of one name apart, in one article and across outlets; a suffix written once and
left out later, or written by one outlet and not another, is still one person."""

from __future__ import annotations

from reconcile.align import same_person


def people(nlp, text):
    return [(p["name"], p["age"]) for p in nlp(text)._.persons]


def test_a_son_with_a_suffix_and_his_father_of_one_name_in_a_list_are_two(nlp):
    got = people(nlp, "The dead were named as Lena Marsh, 8; Corbin Marsh Jr., 12; Ida Marsh, 15; "
                      "and Corbin Marsh, 47.")
    assert ("Corbin Marsh Jr.", 12) in got and ("Corbin Marsh", 47) in got


def test_a_son_and_father_with_two_suffixes_are_two(nlp):
    got = people(nlp, "Corbin Marsh Sr., 52, was killed and his son, Corbin Marsh Jr., 19, was wounded.")
    assert ("Corbin Marsh Jr.", 19) in got and ("Corbin Marsh Sr.", 52) in got
    got = people(nlp, "Police said Wade Tilley Jr., 19, was wounded. Wade Tilley Sr., 52, died at the scene.")
    assert ("Wade Tilley Jr.", 19) in got and ("Wade Tilley Sr.", 52) in got


def test_a_suffix_written_once_and_left_out_later_is_one_person(nlp):
    got = people(nlp, "Corbin Marsh Jr., 19, was shot on Friday. Corbin Marsh died of his wounds "
                      "late that night.")
    assert got == [("Corbin Marsh", 19)]
    got = people(nlp, "Corbin Marsh Jr., 19, was shot on Friday. Corbin Marsh, 19, died at a hospital.")
    assert got == [("Corbin Marsh", 19)]


def test_names_with_two_suffixes_are_two_people_across_outlets_and_one_suffix_is_not():
    assert not same_person("Corbin Marsh Jr.", "Corbin Marsh Sr.")
    assert not same_person("Milo Varga II", "Milo Varga III")
    assert same_person("Corbin Marsh Jr.", "Corbin Marsh")
    assert same_person("Corbin Marsh Sr.", "Corbin Marsh Sr")


def test_outlets_match_a_son_to_the_son_not_to_his_father_of_one_name():
    from reconcile.compare import match_people
    from reconcile.records import Claim

    def person(src, n, name):
        return Claim(id=f"{src}:person{n}", source=src, path=f"{src}.txt", kind="person", start=n, end=n + 1,
                     text=name, sentence=name, line=1, name=name, age=None, role="victim", outcome="injured")

    # no ages to tell them apart: the suffixes do
    ids = [[c.id for c in g] for g in match_people({"a": [person("a", 1, "Corbin Marsh Sr.")],
                                                    "b": [person("b", 1, "Corbin Marsh Jr.")]})]
    assert ids == []
    # a suffix one outlet leaves out is one person
    ids = [[c.id for c in g] for g in match_people({"a": [person("a", 1, "Corbin Marsh")],
                                                    "b": [person("b", 1, "Corbin Marsh Jr.")]})]
    assert ids == [["a:person1", "b:person1"]]
