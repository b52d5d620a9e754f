"""A kin noun's gender is not the name it is 'of' (persons; session 39, death57's first rule
taken alone, issue 13): 'the mother of X ... she' is the mother, and X's own 'his death' stays X's.
Sentences of our own, about an invented shooting."""

from __future__ import annotations

from conftest import persons_by_name


MOTHER_OF = ("Man charged in death of friend\n\n"
             "Ray Dunn, 19, told the mother of Ivo Brandt, 18, that she could have his car.\n\n"
             "Police charged Dunn with homicide on Thursday.\n\n"
             "Ivo was taken to Mercy Hospital, where he was treated for a wound to the head. "
             "The county coroner ruled his death a homicide.\n")


def test_the_mother_of_a_name_gives_the_name_no_gender(nlp):
    # 'the mother of Ivo Brandt ... she' is the mother; 'his death' is Ivo's, not the man charged
    people = persons_by_name(nlp, MOTHER_OF)
    assert people["Ivo Brandt"]["outcome"] == "killed"
    assert people["Ray Dunn"]["outcome"] != "killed"

