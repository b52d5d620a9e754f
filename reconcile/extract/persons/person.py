"""One person of an article (:class:`_Person`) with the facts read of their mentions,
and the role and outcome those facts give (:func:`_role`, :func:`_outcome`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...text.names import surname_slip
from .evidence import Fact


@dataclass
class _Person:
    name: str | None
    first: str | None
    last: str | None
    mention: tuple[int, int]  # characters of the mention it is read from
    tokens: list[int] = field(default_factory=list)  # head tokens of its mentions
    facts: list[Fact] = field(default_factory=list)
    descs: list[str] = field(default_factory=list)
    age: tuple[int, int, int] | None = None
    gender: tuple[str, int, int] | None = None
    condition: tuple[str, int, int] | None = None
    weak: list[Fact] = field(default_factory=list)  # roles kept for when nothing else gives one
    credit: bool = False  # named in a credit line ('— Mel Dorow (@MelDorow)'): the press
    titled: bool = False  # named once after a title of an office ('Police Supt. Lou Brandt'): an official
    suffix: str | None = None  # the generational suffix a full-name mention gives, as written ('Jr.')
    named_age: int | None = None  # the age written right after its first full-name mention with one


def _role(p: _Person) -> str | None:
    if p.credit:
        return "press"
    roles = [f.role for f in p.facts if f.role]
    if not roles:
        return None
    # one word read more than once (a name and the noun it is identified as both reading 'the man
    # killed') is one statement: the suspect a guard shot after they tried to rob him is not
    # outvoted by one 'the man killed was identified as' read three times (session 40, pkill58,
    # issue 13, from the even half)
    said = [r for r, _, _ in {(f.role, f.start, f.end) for f in p.facts if f.role}]
    sus = said.count("suspect")
    vic = said.count("victim")
    official = roles.count("other:official")
    if sus and not vic and official >= sus and not any(f.outcome for f in p.facts if f.role == "suspect"):
        # 'Officer Lee Moss fired ... Officer Lee Moss, a ten-year veteran': named with a title of
        # office at least as often as a clause makes the suspect of them, and not held or hurt,
        # an officer who fired at the suspect or an official whose name a clause took in
        return "official"
    if p.titled and sus and not vic:
        # 'Police Supt. Lou Brandt said ...' then 'a third man is in custody, and Brandt said':
        # one the article names with a title of office is not the suspect a later clause
        # seems to make of the surname (careful reading round 41: a superintendent read as arrested)
        return "official"
    if sus or vic:
        if sus and vic:
            # what the name's own mentions say outweighs what a he/she does ('Ray Holt died
            # of his wounds ... In May he admitted a burglary': the victim)
            named = {f.role for f in p.facts if f.role in ("suspect", "victim") and not f.told}
            if len(named) == 1:
                return named.pop()
            # a suspect who was also shot ('the gunman was killed by police') stays the suspect
            # unless the article says more often that they were hurt than that they did it
            first_noun = next((f.role for f in p.facts if f.role in ("suspect", "victim") and f.outcome is None), None)
            if first_noun == "suspect" or sus >= vic:
                return "suspect"
            return "victim"
        return "suspect" if sus else "victim"
    return roles[0].split(":", 1)[1]


def _outcome(p: _Person, role: str | None, article_killed: bool) -> tuple[str | None, Fact | None]:
    if p.titled and role == "official":
        return None, None  # the official's surname in a suspect's clause (:func:`_role`)
    outs = [f for f in p.facts if f.outcome]
    killed = [f for f in outs if f.outcome == "killed"]
    if killed and all(f.presumed for f in killed) and any(f.outcome == "injured" and not f.told for f in outs):
        # 'shot his wife before turning the gun on herself ... Ana Holt was treated for a shoulder
        # wound': what the name's own clauses tell (hurt) outweighs the death concluded
        killed = []
    if killed:
        return "killed", killed[0]
    hurt = [f for f in outs if f.outcome == "injured"]
    if hurt:
        return "injured", hurt[0]
    shot = [f for f in outs if f.outcome == "shot"]
    arrested = [f for f in outs if f.outcome == "arrested"]
    if shot:
        # shot, in a page that tells a death: the dead as often, but not someone the page tells held
        # ('Rook is being held' ... 'Rook was treated for a bullet wound', beside an officer killed:
        # session 76, careful reading round 393, 616102, a wounded gunman read dead)
        return ("killed" if article_killed and not arrested else "injured"), shot[0]
    if arrested:
        return "arrested", arrested[0]
    if role == "victim" or role == "suspect" and any(f.role == "victim" for f in p.facts):
        # (a gunman the page also counts among its victims, 'the victims are: A, B and C, who
        # neighbors say was the shooter', is harmed as a victim so told would be: session 61,
        # careful reading round 110)
        return ("killed" if article_killed else "injured"), None
    if role == "suspect":
        return "unharmed", None
    return None, None


def _slip_of_another(p: _Person, claimed: list[_Person]) -> bool:
    """Whether ``p``'s full name is another claimed person's with the surname one letter off
    ('Lina Kessell's family said' beside 'Lina Kessel, 14, was shot'; :func:`~reconcile.text.names.surname_slip`):
    the same person spelled another way, given no weak role of a second person. (Session 40,
    poss58, issue 13, even half: a victim's misspelt name made a second victim by kin_of_speaks.)"""
    last = p.last
    return bool(p.first and last) and any(
        q is not p and q.first == p.first and surname_slip(last or "", q.last) for q in claimed)
