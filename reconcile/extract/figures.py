"""The casualty reader's record of one figure, as it travels between its passes.

``quantities.py`` finds figures and decides what they count, ``victims.py`` reads the
people named without a numeral and the arithmetic between figures; both pass
:class:`Figure` records, never dicts with hidden keys. Only the component turns them into
the public dicts of ``doc._.quantities`` (:meth:`Figure.public`), the shape other
components and ``extract.claims`` read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: the keys of a quantity dict on ``doc._.quantities``, in the order they are written
PUBLIC = ("start", "end", "value", "hedge", "measure", "noun", "group", "place", "time",
          "place_inherited", "time_inherited")


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
    stand: int
    last: int
    start_tok: int = -1
    end_tok: int = -1
    #: the figure names some of the people a total counts ('one critical', 'one is in hospital')
    subset: bool = False
    #: a bare figure breaking down the one before ('66 times - 32 in Iraq')
    breakdown: bool = False
    #: the one who did it, dead by their own hand ('turned the gun on himself')
    suicide: bool = False
    #: a death read from an event noun alone ('charged in the killing')
    event_only: bool = False
    sent: int = -1
    place: str | None = None
    time: str | None = None
    place_inherited: bool = False
    time_inherited: bool = False

    def public(self) -> dict[str, Any]:
        """The quantity dict ``doc._.quantities`` holds."""
        return {k: getattr(self, k) for k in PUBLIC}
