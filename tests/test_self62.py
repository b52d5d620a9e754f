"""A page that names one person two ways where no claim is read (self62, careful reading
round 61): a surname written once a letter short in a sentence that holds no claim, or in a
photo caption. Sentences of our own, about an invented shooting."""

from __future__ import annotations

from pathlib import Path

from conftest import report_of

HEAD = "Deputy killed on her first shift\n\n"
LEAD = ("Deputy Lena Marchetti, 27, was shot and killed Saturday while "
        "answering a call on Alder Lane in Fairhaven, the sheriff said.\n\n")


def _self_names(tmp_path: Path, sub: str, text: str) -> list[str]:
    (tmp_path / sub).mkdir()
    return [f["reason"] for f in report_of(tmp_path / sub, {"a.txt": text})["findings"]
            if f["status"] == "inconsistent" and f["kind"] == "name"]


def test_a_surname_a_letter_short_where_no_claim_is_read_is_a_self_contradiction(tmp_path):
    # the page names two people of the surname (the deputy and her uncle); the slip stands in a
    # sentence of a photo that no claim is read from
    uncle = "Her uncle, Paul Marchetti, said she had always wanted to serve.\n\n"
    photo = "On Sunday the office posted a photo of Marcheti's patrol car covered in flowers.\n"
    assert _self_names(tmp_path, "a", HEAD + LEAD + uncle + photo) == [
        "a.txt spells one person's name two ways: 'Lena Marchetti' and 'Marcheti'."]
    # a photo caption the recogniser reads no one in: the first name, then the surname a letter
    # short, among the text's capitalised words
    from types import SimpleNamespace
    from reconcile.compare import _lone_written, _written_slips
    said = {"Lena Marchetti": [SimpleNamespace(kind="person")], "Paul Marchetti": [SimpleNamespace(kind="person")]}
    written = _lone_written({"Lena Marcheti", "Photo", "Fairhaven"})
    assert [r[1:3] for r in _written_slips("a", said, written, [])] == [("Lena Marchetti", "Lena Marcheti")]
    # not after another first name, nor two letters short
    assert _written_slips("a", said, _lone_written({"Ruth Marcheti", "Marchet"}), []) == []


def test_a_lone_word_that_is_another_persons_surname_or_part_of_a_longer_name_is_no_slip(tmp_path):
    from types import SimpleNamespace
    from reconcile.compare import _lone_written, _written_slips
    # another person the page names in full has that surname ('Ruth Marchettii'), a letter longer
    other = "A neighbour, Ruth Marchettii, called 911.\n\nOn Sunday the office posted a photo of Marchettii's porch.\n"
    assert _self_names(tmp_path, "c", HEAD + LEAD + other) == []
    # the same where that person's given name is too short to be read among the capitalised words
    said = {"Lena Marchetti": [SimpleNamespace(kind="person")], "Bo Marchettii": [SimpleNamespace(kind="person")]}
    assert _written_slips("a", said, _lone_written({"Marchettii"}), []) == []
    # a word of a capitalised run (a road) or after another capitalised word (a hospital)
    assert _self_names(tmp_path, "d", HEAD + LEAD + "Flowers were left on Marcheti Road and at Saint Marcheti on Sunday.\n") == []
