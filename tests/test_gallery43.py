"""A photo gallery's counter written with a slash ('1 / 12 Back to Gallery') counts pictures, not
people (quantities._gallery_counter; session 30, fix43, after careful reading round 40). Sentences
of our own."""

from __future__ import annotations

from conftest import quantities_of


GALLERY = ("Photo: Lena Ortiz / Gazette Image 12 of 12 Boy shot, father hurt in North End shooting 1 / 12 "
           "Back to Gallery\n\nA 9-year-old boy and his father were shot Tuesday night on the North End.\n")


def test_a_gallery_counter_with_a_slash_counts_no_one(nlp):
    qs = quantities_of(nlp, GALLERY)
    assert not [q for q in qs if q[0] == "12" and q[2] in ("shot", "injured", "killed")]
    assert any(q[2] == "shot" and q[1][0] == 2 for q in qs)

