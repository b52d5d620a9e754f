"""Another story in the folder is told apart (session 53; the review of session 53: a warehouse
fire and a shooting in another town of the same state, on the same day, were compared with a bar
shooting, a wrong conflict on the injured)."""

from __future__ import annotations

from conftest import check_json, findings_of, news_folder

BAR = ("Two dead, five hurt in Alder Falls bar shooting\n\nPublished: March 14, 2025\n\n"
       "ALDER FALLS, Ind. - Two people were killed and five others were wounded when gunfire erupted outside "
       "a bar on Kestrel Avenue late Thursday, police said.\n\n"
       "Tomas Vey, 22, died at the scene, said police spokeswoman Sgt. Ines Harlow. The wounded were taken to "
       "St. Brigid Hospital. No arrests have been made.\n")
BAR2 = BAR.replace("Two dead, five hurt", "Shooting outside Kestrel Avenue bar leaves two dead").replace(
    "late Thursday, police said.", "late Thursday night, according to police.")
FIRE = ("Firefighter hurt as blaze destroys Marlow warehouse\n\nPublished: March 14, 2025\n\n"
        "MARLOW, Ind. - One firefighter was injured Friday afternoon as a fire tore through a vacant warehouse "
        "on Quarry Road, the Marlow Fire Department said.\n\n"
        "The injured firefighter, a 29-year-old man, was treated at Marlow Memorial Hospital and released, "
        "Fire Chief Ada Lund said. The cause of the fire is under investigation.\n")
OTHER = ("Man killed in Marlow shooting\n\nPublished: March 14, 2025\n\n"
         "MARLOW, Ind. - A 40-year-old man was shot and killed outside a home on Birch Lane early Friday, police "
         "said. Police identified him as Ruben Sorel. No arrests have been made.\n")


def _wrong_tolls(rep: dict) -> list[dict]:
    return [f for f in findings_of(rep, kind="quantity") if f["status"] in ("conflict", "differ")]


def test_a_fire_beside_one_shooting_is_off_topic(tmp_path):
    rep = check_json(news_folder(tmp_path, {"bar.txt": BAR, "fire.txt": FIRE}))
    assert rep["off_topic"] == ["fire"] and _wrong_tolls(rep) == []


def test_a_fire_beside_two_pages_of_one_shooting_is_off_topic(tmp_path):
    rep = check_json(news_folder(tmp_path, {"bar.txt": BAR, "bar2.txt": BAR2, "fire.txt": FIRE}))
    assert rep["off_topic"] == ["fire"] and _wrong_tolls(rep) == []


def test_another_towns_shooting_is_off_topic(tmp_path):
    rep = check_json(news_folder(tmp_path, {"bar.txt": BAR, "bar2.txt": BAR2, "other.txt": OTHER}))
    assert rep["off_topic"] == ["other"] and _wrong_tolls(rep) == []


def test_a_building_fire_is_no_gunfire():
    import re

    from reconcile.data import load
    gunfire = re.compile(load("accounts")["gunfire"]["pattern"], re.I)
    assert not gunfire.search("a fire tore through a vacant warehouse; the Fire Department said")
    assert gunfire.search("the gunman opened fire") and gunfire.search("officers returned fire")
