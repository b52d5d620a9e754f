"""Session 76: people read from sentences of our own (end to end on the real model)."""

from __future__ import annotations

from conftest import account_tolls, report_of


def _outcomes(rep: dict, surname: str) -> set[str | None]:
    return {c["outcome"] for c in rep["claims"] if c["kind"] == "person" and (c.get("name") or "").endswith(surname)}


def test_a_suspect_held_and_wounded_is_not_read_dead_beside_an_officers_death(tmp_path):
    # careful reading round 393 (616102): a gunman the page tells held, who had a gunshot wound, read
    # as killed because the page tells an officer's death; with him dead, the page's later 'no
    # arrests were made' (of a second search) became its arrested toll, 0
    rep = report_of(tmp_path, {"a.txt": (
        "Deputy slain at Riverton traffic stop\n\nOne deputy was killed and a second deputy was hurt when "
        "a driver opened fire at a traffic stop on Friday night. The sheriff said the driver, Dale Rook, 47, "
        "is being held at the county jail.\n\nRook was treated for a bullet wound, the sheriff said.\n\n"
        "Deputies searched a house nearby for anyone else involved on Saturday; no arrests were made.\n")})
    assert _outcomes(rep, "Rook") == {"injured"}
    assert account_tolls(rep, "a").get("arrested") == (1, 1)  # the one named held (session 77: closed)


def test_a_suspect_shot_and_not_held_beside_a_death_is_still_read_dead(tmp_path):
    # the death concluded for someone only told shot stands where nothing tells them held
    rep = report_of(tmp_path, {"a.txt": (
        "Two dead after gunfight in Riverton\n\nTwo men died after a gunfight outside a bar on Elm Street "
        "on Sunday, police said. Police named Dale Rook, 47, as the gunman. Rook was shot by an officer.\n")})
    assert _outcomes(rep, "Rook") == {"killed"}
