"""People matched across sources when one source drops a first name or spells it another
way (session 32, match48; issue 13, careful readings 45-46). Invented names and places."""
from dataclasses import replace

from reconcile.compare import match_people, people_table, person_findings
from reconcile.data import load
from reconcile.records import Claim

NAMES = {"a": "a.txt", "b": "b.txt", "c": "c.txt"}


def person(src, n, name, age=None, role="victim", outcome="injured"):
    return Claim(id=f"{src}:person{n}", source=src, path=f"{src}.txt", kind="person", start=n, end=n + 1,
                 text=name, sentence=f"{name} was hurt in Pell Harbor.", line=1, name=name, age=age,
                 role=role, outcome=outcome)


def groups(people):
    return sorted(sorted(c.id for c in g) for g in match_people(people))


def test_a_given_name_dropped_is_one_person():
    # 'Mara Quill', 44, dead in one source and 'Ines Mara Quill', 44, dead in another: the
    # second's middle name is the first's first name
    people = {"a": [person("a", 1, "Ines Mara Quill", 44, outcome="killed")],
              "b": [person("b", 1, "Mara Quill", 44, outcome="killed")]}
    assert groups(people) == [["a:person1", "b:person1"]]
    # and no name finding: one name holds the other
    assert [f for f in person_findings([*people["a"], *people["b"]], [], NAMES) if f.measure == "name"] == []


def test_a_given_name_dropped_joins_a_group_whatever_name_came_first():
    # the group's first claim gives the first name alone ('Ines Quill'), a later one the whole name;
    # 'Mara Quill' joins by the whole name, and the three are parts of one name (no name finding)
    people = {"a": [person("a", 1, "Ines Quill", outcome="killed")],
              "b": [person("b", 1, "Ines Mara Quill", 44, outcome="killed")],
              "c": [person("c", 1, "Mara Quill", 44, outcome="killed")]}
    assert groups(people) == [["a:person1", "b:person1", "c:person1"]]
    claims = [c for cs in people.values() for c in cs]
    assert [f for f in person_findings(claims, [], NAMES) if f.measure == "name"] == []
    assert len(people_table(claims, [])) == 1


def test_relatives_who_share_a_surname_stay_apart():
    # a father and son: 'Otto Bram Fenn', 61, and 'Bram Fenn', 30 (ages apart)
    father = person("a", 1, "Otto Bram Fenn", 61, outcome="killed")
    assert groups({"a": [father], "b": [person("b", 1, "Bram Fenn", 30, outcome="killed")]}) == []
    # no ages: another outcome or another role keeps them two
    father = person("a", 1, "Otto Bram Fenn", outcome="killed")
    assert groups({"a": [father], "b": [person("b", 1, "Bram Fenn", outcome="injured")]}) == []
    assert groups({"a": [father], "b": [person("b", 1, "Bram Fenn", role="suspect", outcome="killed")]}) == []
    # two brothers, first names no spelling of one another
    assert groups({"a": [person("a", 1, "Tobias Fenn")], "b": [person("b", 1, "Anton Fenn")]}) == []


def test_a_first_name_spelled_two_ways_is_one_person_and_a_name_finding():
    # an officer 'Shaun Pell' in one source and 'Sean Pell' in two others, no ages: one person
    # of one role and outcome, the first name spelled two ways (data/compare.json first_name_spellings)
    people = {"a": [person("a", 1, "Shaun Pell")], "b": [person("b", 1, "Sean Pell")],
              "c": [person("c", 1, "Sean Pell")]}
    assert groups(people) == [["a:person1", "b:person1", "c:person1"]]
    claims = [c for cs in people.values() for c in cs]
    assert [f.status for f in person_findings(claims, [], NAMES) if f.measure == "name"] == ["differ"]
    # not when the outcomes differ (a wounded and a dead man of one surname may be kin)
    other = {"a": people["a"], "b": [person("b", 1, "Sean Pell", outcome="killed")]}
    assert groups(other) == []


def test_spellings_of_a_group_are_data_with_an_example():
    entry = load("compare")["first_name_spellings"]
    assert entry["_about"] and entry["example"]
    assert all(len(g) >= 2 and g == [w.lower() for w in g] for g in entry["groups"])
    # the example's two spellings are one group
    assert any({"shaun", "sean"} <= set(g) for g in entry["groups"])


def test_two_first_names_one_source_writes_together_stay_two_people():
    # a source names 'Otto Fenn' and 'Bram Fenn' apart: 'Otto Bram Fenn' elsewhere cannot tell which
    people = {"a": [person("a", 1, "Otto Bram Fenn", outcome="killed")],
              "b": [person("b", 1, "Bram Fenn", outcome="killed"), person("b", 2, "Otto Fenn", outcome="killed")]}
    assert [g for g in groups(people) if "b:person1" in g] == []


def test_a_nickname_in_quotes_is_one_of_the_given_names():
    # one source writes 'Teodoro "Theo" Vance', 15, dead; another 'Theo Vance', 15, dead: one person,
    # and no name finding (the first source gives both names itself)
    a = person("a", 1, "Teodoro Vance", 15, outcome="killed")
    a = replace(a, text="Teodoro \u201cTheo\u201d Vance")
    b = person("b", 1, "Theo Vance", 15, outcome="killed")
    assert groups({"a": [a], "b": [b]}) == [["a:person1", "b:person1"]]
    assert [f for f in person_findings([a, b], [], NAMES) if f.measure == "name"] == []
    # without the quoted nickname the two first names are two people
    plain = person("a", 1, "Teodoro Vance", 15, outcome="killed")
    assert groups({"a": [plain], "b": [b]}) == []
