"""Units of measure and money: spellings to one name, and figures in comparable form.

No spaCy. The spellings are ``data/units.json``; conversions are pint's (its default
registry, loaded once, on first use). A unit's name is pint's for units of measure
('mile_per_hour', 'degree_Celsius'), an ISO 4217 code for money ('USD'), 'cent', 'sen',
'penny' for money's subunits, 'percent', 'percentage_point', 'basis_point', 'point';
a count of people or things has the unit ``""``.

:func:`kind` says what a unit measures ('[length] / [time]', 'money:USD', 'percent',
'count'): figures meet only within one kind, so a percentage never meets a count and
money in two currencies never meets. :func:`to_base` puts a figure in the base unit of
its kind (87 mph and 140 km/h both in metres per second; 23 cents in dollars).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..data import load

COUNT = ""


@dataclass(frozen=True, slots=True)
class UnitInfo:
    name: str
    #: 'money' (code or subunit), 'special' (percent, points), 'measure' (pint)
    family: str
    #: for money: the ISO code; for a subunit, how many make one of it
    currency: str | None = None
    per: float = 1.0
    #: the pint expression to convert with (the name itself unless the data says)
    pint: str | None = None


@cache
def table() -> dict[str, UnitInfo]:
    """Every unit by name."""
    d = load("units")
    out: dict[str, UnitInfo] = {}
    for u in d["units"]:
        out[u["name"]] = UnitInfo(u["name"], "measure", pint=u.get("pint", u["name"]))
    for u in d["special"]:
        out[u["name"]] = UnitInfo(u["name"], "special")
    for c in d["currencies"]:
        out[c["code"]] = UnitInfo(c["code"], "money", currency=c["code"])
    for s in d["subunits"]:
        out[s["name"]] = UnitInfo(s["name"], "money", currency=s["of"], per=float(s["per"]))
    return out


@cache
def spellings() -> dict[str, str]:
    """Lower-case spelling -> unit name: 'miles' -> 'mile', 'km/h' -> 'kilometer_per_hour',
    'dollars' -> 'USD', 'cents' -> 'cent', '%' -> 'percent'. A spelling two units share
    goes to the first listed."""
    d = load("units")
    out: dict[str, str] = {}

    def put(word: str, name: str) -> None:
        out.setdefault(word.lower(), name)

    # in this order: a spelling two sections share keeps the first one's name
    for section, field in (("special", "name"), ("currencies", "code"), ("subunits", "name"), ("units", "name")):
        for entry in d[section]:
            for w in entry["words"]:
                put(w, entry[field])
    return out


@cache
def signs() -> dict[str, str]:
    """Currency signs and codes written before a figure ('$', 'US$', 'RM', 'Rs.') -> code."""
    return {s: c["code"] for c in load("units")["currencies"] for s in c["signs"]}


@cache
def scales() -> dict[str, float]:
    return {k: float(v) for k, v in load("units")["scales"]["words"].items()}


@cache
def glued_units() -> dict[str, str]:
    """Spellings that may be glued to a figure ('64GB', '118.5p', '24pc', '1.0l'): the
    one-word spellings of units and subunits, without the ones that read as something
    else glued ('m' and 'k' are scales: '£2m')."""
    out = {w: n for w, n in spellings().items() if " " not in w and w not in scales() and not w.isdigit()}
    for s in load("units")["subunits"]:
        for g in s["glued"]:
            out[g] = s["name"]
    return out


_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


@cache
def _glued_re(scaled: bool) -> re.Pattern[str]:
    """A sign or code, a number, a scale ('bn') when ``scaled``, a unit: tried without a
    scale first, so '5kg' is 5 kilogram, not 5 thousand gram."""
    sig = "|".join(re.escape(s) for s in sorted(signs(), key=len, reverse=True))
    sc = "|".join(re.escape(s) for s in sorted(scales(), key=len, reverse=True) if len(s) <= 3)
    un = "|".join(re.escape(u) for u in sorted(glued_units(), key=len, reverse=True))
    scale = rf"(?P<scale>{sc})" if scaled else "(?P<scale>)"
    return re.compile(rf"^(?P<sign>{sig})?(?P<num>{_NUM}){scale}(?P<unit>{un})?$", re.I)


def glued(token: str) -> tuple[float, str] | None:
    """A figure written with its unit in one token: 'RM23.50' -> (23.5, 'MYR'),
    '118.5p' -> (118.5, 'penny'), '24pc' -> (24, 'percent'), '1.0l' -> (1.0, 'liter'),
    '$5.4bn' -> (5.4e9, 'USD'), '64GB' -> (64, 'gigabyte'). None for a plain number or
    a figure with a scale and no unit ('12k')."""
    m = _glued_re(False).match(token) or _glued_re(True).match(token)
    if not m or not (m.group("sign") or m.group("unit")):
        return None
    if m.group("sign") and m.group("unit"):
        return None
    x = float(m.group("num").replace(",", ""))
    if m.group("scale"):
        x *= scales()[m.group("scale").lower()]
    if m.group("sign"):
        sign = m.group("sign")
        code = signs().get(sign) or next(v for k, v in signs().items() if k.lower() == sign.lower())
        if sign.isalpha() and not sign[:1].isupper():
            return None  # 'rm23' in lower case is no ringgit
        return x, code
    word = m.group("unit")
    name = glued_units().get(word.lower())
    if name is None or len(word) == 1 and word.isupper() and word != "L":
        return None  # '5G' is a network, '3D' a kind of film; '1.0L' is a litre
    return x, name


@cache
def registry() -> Any:
    """pint's default registry (about a second to build: only on first use)."""
    import pint

    return pint.UnitRegistry(cache_folder=None)


@cache
def kind(unit: str | None) -> str:
    """What a unit measures: 'count' for no unit, 'money:USD' (cents too), 'percent',
    'percentage_point', 'point', or pint's dimensionality ('[length] / [time]', as
    ``data/units.json`` records it: :func:`pint_kind`)."""
    if not unit:
        return "count"
    info = table().get(unit)
    if info is None:
        return f"unit:{unit}"
    if info.family == "money":
        return f"money:{info.currency}"
    if info.family == "special":
        return "percentage_point" if unit == "basis_point" else unit
    recorded = load("units")["kinds"]["of"].get(unit)
    return recorded if recorded is not None else pint_kind(unit)


@cache
def pint_kind(unit: str) -> str:
    """What pint says a unit of measure measures: its dimensionality ('[length] / [time]'),
    or 'unit:<name>' for one pint does not parse. ``data/units.json``'s ``kinds`` records
    it for every unit there (a test holds the two equal), so :func:`kind` imports pint
    only for a unit it does not list."""
    info = table()[unit]
    try:
        return str(_one(info.pint).dimensionality)
    except Exception:  # noqa: BLE001 - a unit pint does not hold is its own kind
        return f"unit:{unit}"


def to_base(x: float, unit: str | None) -> float:
    """``x`` of ``unit`` in the base unit of its kind: 87 mph -> 38.89 (m/s), 140 km/h
    -> 38.89, 23 cent -> 0.23 (USD), 2 decade -> 631152000 (s), 25 basis_point -> 0.25
    (percentage points). A count, a percentage and money in its own currency stay."""
    if not unit:
        return x
    info = table().get(unit)
    if info is None:
        return x
    if info.family == "money":
        return x / info.per
    if info.family == "special":
        return x / 100 if unit == "basis_point" else x
    if kind(unit) == "[temperature]":  # an offset scale: 0 °C is 273.15 K
        return float(registry().Quantity(x, info.pint).to_base_units().magnitude)
    return x * _base_factor(info.pint)


@cache
def _one(expr: str) -> Any:
    """One of a unit, as pint parses its expression ('mile_per_hour', '10 * year')."""
    return registry().parse_expression(expr)


@cache
def _base_factor(expr: str) -> float:
    return float(_one(expr).to_base_units().magnitude)


def agree(a: float, unit_a: str | None, b: float, unit_b: str | None, rel: float = 0.02) -> bool:
    """Two figures say the same: one kind, and equal once converted, within ``rel``
    (a conversion printed in the text is rounded: '87 mph (140 km/h)')."""
    if kind(unit_a) != kind(unit_b):
        return False
    x, y = to_base(a, unit_a), to_base(b, unit_b)
    return abs(x - y) <= rel * max(abs(x), abs(y)) or x == y
