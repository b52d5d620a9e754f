"""Rows read wrong in session 59, from gva-dev people rows and the careful readings of rounds 90
and 91. Sentences and people are invented; end to end on the real model."""

from __future__ import annotations

import pytest

from conftest import persons_by_name


CAPTION = ("Officers in unmarked cars swarmed the van and surrounded the county clerk with guns drawn.\n\n"
           "{label} Ray Dunn.\n\n\n\nEarlier Friday, two people were killed and two others were hurt in "
           "shootings at a mall and a school. Dunn was arrested Friday afternoon.")


@pytest.mark.parametrize("label,role,outcome", [
    # a caption naming the gunman: not someone shot by 'Ohio'
    ("Ohio shooting suspect", "suspect", "arrested"),
    ("Ohio shooting gunman", "suspect", "arrested"),
])
def test_shooting_suspect_caption_is_no_one_shot(nlp, label, role, outcome):
    got = persons_by_name(nlp, CAPTION.format(label=label))["Ray Dunn"]
    assert (got["role"], got["outcome"]) == (role, outcome)
