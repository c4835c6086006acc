"""How result cells read: a figure as "$2.7 billion", "12.5%", "1,200 homes", not 2700000000.0;
and which columns of a table page are empty in every row shown (they are left out).

The stored value stays a plain number (JSON and CSV give it as such, sorting and the `min` and
`max` of the forms compare numbers); only the HTML cell is written as a reader writes a figure,
with the unit of its row.
"""

from __future__ import annotations

# Currencies written with their sign before the amount; other ISO codes follow it ("3 million INR").
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "UAH": "₴", "KRW": "₩",
                  "ILS": "₪", "RUB": "₽"}
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# Units already plural, or with no plural, as the extractor writes them.
NO_PLURAL = {"people", "percent", "staff", "police", "personnel", "cattle", "livestock", "aircraft", "sheep", "fish"}


def amount(value: float) -> str:
    """2700000000.0 -> '2.7 billion', 1200.0 -> '1,200', 0.25 -> '0.25': a number as written in news."""
    for size, word in SCALES:
        if abs(value) >= size:
            scaled = value / size
            if round(scaled, 2) == scaled:
                return f"{scaled:,.2f}".rstrip("0").rstrip(".") + " " + word
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def plural(unit: str, value: float) -> str:
    """'home' -> 'homes' for any value but 1; a unit of several words pluralises its first ('tonne of grain')."""
    if value == 1 or not unit:
        return unit
    word, _, rest = unit.partition(" ")
    if not word.isalpha() or not word.islower() or word in NO_PLURAL or word.endswith("s"):
        return unit
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        word = word[:-1] + "ies"
    elif word.endswith(("ch", "sh", "x")):
        word += "es"
    else:
        word += "s"
    return f"{word} {rest}".strip()


def figure(value, unit: str | None) -> str | None:
    """`value` with `unit` as a reader writes it, or None when `value` is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = amount(float(value))
    if not unit:
        return number
    code, _, per = unit.partition(" per ")
    per = f" per {per}" if per else ""
    if code in CURRENCY_SIGNS:
        sign = CURRENCY_SIGNS[code]
        return f"−{sign}{number[1:]}{per}" if number.startswith("-") else f"{sign}{number}{per}"
    if code == "percent":
        return f"{number}%{per}"
    if code.isupper() and code.isalpha():
        return f"{number} {code}{per}"
    return f"{number} {plural(unit, float(value))}"


def empty_columns(display_rows) -> list[str]:
    """The columns of a table page empty in every row shown (Datasette's cells: column, raw)."""
    empty: dict[str, bool] = {}
    for row in display_rows or []:
        for cell in row:
            blank = cell["raw"] is None or cell["raw"] == ""
            empty[cell["column"]] = empty.get(cell["column"], True) and blank
    return [column for column, blank in empty.items() if blank]
