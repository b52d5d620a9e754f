"""The casualty reader's record of one figure, as it travels between its passes.

``quantities.py`` finds figures and decides what they count, ``victims.py`` reads the
people named without a numeral and the arithmetic between figures; both pass
:class:`Figure` records, never dicts with hidden keys. Only the component turns them into
the public dicts of ``doc._.quantities`` (:meth:`Figure.public`), the shape other
components and ``extract.claims`` read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

#: marks the fields that are the reader's own and stay out of ``doc._.quantities``
_OWN = {"own": True}


@dataclass(slots=True)
class Figure:
    """One figure of a sentence: where it is, the interval it allows, what it counts.

    ``start``/``end`` are character offsets; ``value`` is (nominal, low, high) with None
    for an open end. The fields after ``group`` are the reader's own: ``stand`` is the
    token that stands for the counted things and ``last`` the figure's last token;
    ``start_tok``/``end_tok`` the token span the figure takes in its sentence (-1 when it
    takes none: implicit singulars, negations, sums); ``sent`` where its sentence starts.
    """

    start: int
    end: int
    value: tuple[float | None, float | None, float | None]
    hedge: str | None
    measure: str | None
    noun: str | None
    group: str | None
    stand: int = field(metadata=_OWN)
    last: int = field(metadata=_OWN)
    start_tok: int = field(default=-1, metadata=_OWN)
    end_tok: int = field(default=-1, metadata=_OWN)
    #: the figure names some of the people a total counts ('one critical', 'one is in hospital')
    subset: bool = field(default=False, metadata=_OWN)
    #: a bare figure breaking down the one before ('66 times - 32 in Iraq')
    breakdown: bool = field(default=False, metadata=_OWN)
    #: the one who did it, dead by their own hand ('turned the gun on himself')
    suicide: bool = field(default=False, metadata=_OWN)
    #: a death read from an event noun alone ('charged in the killing')
    event_only: bool = field(default=False, metadata=_OWN)
    #: a zero of others only ('no one else was hurt'): none wounded where the article
    #: told only the dead before it (:func:`quantities._others_none`)
    others_none: bool = field(default=False, metadata=_OWN)
    sent: int = field(default=-1, metadata=_OWN)
    place: str | None = None
    time: str | None = None
    place_inherited: bool = False
    time_inherited: bool = False

    def public(self) -> dict[str, Any]:
        """The quantity dict ``doc._.quantities`` holds: the fields but the reader's own,
        in their order (start, end, value, hedge, measure, noun, group, place, time,
        place_inherited, time_inherited)."""
        return {k: getattr(self, k) for k in PUBLIC}


#: the keys of a quantity dict on ``doc._.quantities``, in the order they are written
PUBLIC = tuple(f.name for f in fields(Figure) if not f.metadata.get("own"))
