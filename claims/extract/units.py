"""The words of figures in news English: number words, magnitudes, currencies and units.

Plain tables, turned into regexes once by `claims.extract.numbers`. Units are normalised to
singular British-spelled names ("kilometre", "mile per hour"); currencies to ISO 4217 codes.
"""

from __future__ import annotations

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# Written after digits: "7.5 million", "$3bn", "4.6m tonnes", "$20k".
MAGNITUDES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "dozen": 12,
}

# "tens of thousands": an order of magnitude, kept as the range [10^k, 10^(k+1)).
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
         "billions": 1e9, "trillions": 1e12}

FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
             "quarters": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}

# Multipliers: "double", "twice the size", "tripled". A quantity with no unit ("twice" alone counts times).
# "once" and "twice" count times when they say how often; "halved" is a change by a factor of a half.
MULTIPLIERS = {"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "triple": 3, "tripled": 3,
               "triples": 3, "tripling": 3, "treble": 3, "trebled": 3, "thrice": 3, "quadruple": 4,
               "quadrupled": 4, "quadrupling": 4, "halve": 0.5, "halved": 0.5, "halving": 0.5, "once": 1,
               # "exploded by fivefold", "a tenfold rise"
               "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
               "eightfold": 8, "ninefold": 9, "tenfold": 10, "twentyfold": 20, "hundredfold": 100}

# Currency written before the figure. Order matters only for the regex (longest first).
CURRENCY_PREFIX = {
    "US$": "USD", "US $": "USD", "$US": "USD", "USD": "USD", "U.S.$": "USD",
    "A$": "AUD", "AU$": "AUD", "AS$": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD", "CDN$": "CAD", "Cdn$": "CAD", "CAD": "CAD",
    "NZ$": "NZD", "NZD": "NZD", "HK$": "HKD", "HK $": "HKD", "HKD": "HKD", "S$": "SGD",
    "R$": "BRL", "$": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    # "PS" and "Y=" are how £ and ¥ come out of ASCII-folded wire copy.
    "PS": "GBP", "¥": "JPY", "Y=": "JPY", "JPY": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
    "INR": "INR", "RM": "MYR", "CHF": "CHF", "₽": "RUB", "₩": "KRW", "CNY": "CNY", "RMB": "CNY",
    "SEK": "SEK", "NOK": "NOK", "DKK": "DKK",
    # Other ISO 4217 codes written before an amount, as regional news gives local money: "MGA 3,200".
    **{code: code for code in ("MGA", "ZAR", "NGN", "KES", "UGX", "TZS", "GHS", "EGP", "PKR", "BDT", "IDR", "PHP",
                               "THB", "VND", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "ILS", "AED", "SAR", "QAR",
                               "PLN", "CZK", "HUF", "UAH", "RUB", "KZT", "MMK", "LKR", "NPR", "ZMW", "XOF", "XAF")},
}

# Currency written after the figure: "15 euros", "92 million yuan".
CURRENCY_SUFFIX = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "shekels": "ILS", "shekel": "ILS",
    "rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "ringgit": "MYR",
    "pesos": "MXN", "hryvnias": "UAH", "hryvnia": "UAH", "naira": "NGN", "rand": "ZAR",
    "francs": "CHF", "swiss francs": "CHF", "won": "KRW", "kronor": "SEK", "krona": "SEK", "swedish kronor": "SEK",
    "swedish krona": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK", "zloty": "PLN", "zlotys": "PLN",
    "cents": "cent", "cent": "cent", "pence": "pence", "sen": "sen",
}

# Units of measure, by how they are written after a figure. Matched case-insensitively
# (UNITS) or exactly (SYMBOLS, where case tells "mm" from "Mm" and "GB" from "gb").
UNITS = {
    "per cent": "percent", "percent": "percent", "per-cent": "percent", "pct": "percent",
    "percentage points": "percentage point", "percentage point": "percentage point",
    "pct points": "percentage point", "basis points": "basis point", "basis point": "basis point",
    "points": "point", "point": "point", "pts": "point",
    "kilometres": "kilometre", "kilometers": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre",
    "metres": "metre", "meters": "metre", "metre": "metre", "meter": "metre",
    "centimetres": "centimetre", "centimeters": "centimetre", "centimetre": "centimetre", "centimeter": "centimetre",
    "millimetres": "millimetre", "millimeters": "millimetre", "millimetre": "millimetre", "millimeter": "millimetre",
    "micrometres": "micrometre", "micrometers": "micrometre", "microns": "micron", "micron": "micron",
    "nanometres": "nanometre", "nanometers": "nanometre", "nanometre": "nanometre", "nanometer": "nanometre",
    "miles per hour": "mile per hour", "mile per hour": "mile per hour", "m.p.h.": "mile per hour",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "miles per gallon": "mile per gallon", "miles": "mile", "mile": "mile", "yards": "yard", "yard": "yard",
    "feet": "foot", "foot": "foot", "inches": "inch", "inch": "inch", "knots": "knot",
    "square feet": "square foot", "square foot": "square foot", "square metres": "square metre",
    "sq ft": "square foot", "sq. ft.": "square foot", "sq m": "square metre", "sq km": "square kilometre",
    "sq mi": "square mile",
    "square meters": "square metre", "square meter": "square metre", "square kilometres": "square kilometre",
    "square kilometre": "square kilometre", "square kilometer": "square kilometre", "square mile": "square mile",
    "square kilometers": "square kilometre", "square miles": "square mile", "acres": "acre",
    "hectares": "hectare",
    "kilograms": "kilogram", "kilogram": "kilogram", "kilos": "kilogram", "grams": "gram",
    "milligrams": "milligram", "metric tons": "tonne", "tonnes": "tonne", "tonne": "tonne",
    "tons": "ton", "ton": "ton", "pounds": "pound", "pound": "pound", "ounces": "ounce", "ounce": "ounce",
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre", "gallons": "gallon",
    "gallon": "gallon", "barrels of oil": "barrel of oil", "barrels": "barrel", "barrel": "barrel",
    "cubic metres": "cubic metre", "cubic meters": "cubic metre", "cubic feet": "cubic foot",
    "pints": "pint", "pint": "pint", "quarts": "quart", "quart": "quart",
    "watts": "watt", "kilowatts": "kilowatt", "megawatts": "megawatt", "gigawatts": "gigawatt",
    "kilowatt-hours": "kilowatt hour", "kilowatt hours": "kilowatt hour",
    "megawatt hours": "megawatt hour", "gigawatt hours": "gigawatt hour", "horsepower": "horsepower",
    "volts": "volt", "hertz": "hertz", "gigabytes": "gigabyte", "megabytes": "megabyte",
    "terabytes": "terabyte", "gigapascals": "gigapascal", "calories": "calorie",
    "degrees celsius": "celsius", "degrees centigrade": "celsius", "degrees fahrenheit": "fahrenheit",
    "degrees celcius": "celsius", "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "degrees c": "celsius", "degrees f": "fahrenheit", "celsius": "celsius", "centigrade": "celsius",
    "fahrenheit": "fahrenheit",
    "degrees": "degree", "degree": "degree",
    "seconds": "second", "second": "second", "minutes": "minute", "minute": "minute",
    "hours": "hour", "hour": "hour", "days": "day", "day": "day", "weeks": "week", "week": "week",
    "months": "month", "month": "month", "years": "year", "year": "year", "decades": "decade",
    "centuries": "century",
    "ppm": "parts-per-million", "ppb": "parts-per-billion", "mph": "mile per hour",
    "mpg": "mile per gallon", "kph": "kilometre per hour",
    "ppg": "point per game", "rpg": "rebound per game", "apg": "assist per game",
}
SYMBOLS = {
    "%": "percent", "bps": "basis point", "bp": "basis point",
    "km/h": "kilometre per hour", "km/hr": "kilometre per hour", "km": "kilometre", "kms": "kilometre", "cm": "centimetre",
    "mm": "millimetre", "μm": "micrometre", "µm": "micrometre", "nm": "nanometre", "mi": "mile",
    "m": "metre", "p": "pence", "pc": "percent", "ft": "foot", "yd": "yard", "″": "inch", "kg": "kilogram", "mg": "milligram",
    "lb": "pound",    "lbs": "pound", "oz": "ounce", "ml": "millilitre", "l": "litre", "L": "litre",
    "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour", "hp": "horsepower",
    "bhp": "horsepower", "mAh": "milliampere-hour", "kV/cm": "kilovolt per centimetre", "kbps": "kilobit per second",
    "Kbps": "kilobit per second", "kb/s": "kilobit per second", "Mb/s": "megabit per second", "kV": "kilovolt",
    "V": "volt", "Hz": "hertz", "HZ": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "GB": "gigabyte", "MB": "megabyte", "TB": "terabyte", "KB": "kilobyte", "Gbps": "gigabit per second",
    "Mbps": "megabit per second", "GPa": "gigapascal", "psi": "pound per square inch",
    "°C": "celsius", "°F": "fahrenheit", "º C": "celsius", "° C": "celsius", "° F": "fahrenheit",
    "° Celsius": "celsius", "° Fahrenheit": "fahrenheit", "°": "degree", "M☉": "solar mass",
    # ASCII-folded degree signs.
    "degC": "celsius", "degF": "fahrenheit", "deg C": "celsius", "deg F": "fahrenheit", "C": "celsius",
    "F": "fahrenheit", "WAR": "win above replacement",
}

# "$3,500 a month", "$2.11 per gallon", "40 hours a week".
PER = {
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour", "minute": "minute",
    "second": "second", "night": "night", "gallon": "gallon", "litre": "litre", "liter": "litre",
    "barrel": "barrel", "share": "share", "person": "person", "head": "head", "capita": "person",
    "game": "game", "square foot": "square foot", "sq ft": "square foot", "square metre": "square metre",
    "kilogram": "kilogram", "kg": "kilogram", "tonne": "tonne", "ton": "ton", "pound": "pound",
    "ounce": "ounce", "unit": "unit", "mile": "mile", "kilometre": "kilometre", "student": "student",
    "cubic metre": "cubic metre", "cubic meter": "cubic metre", "square meter": "square metre",
}

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# Words before a number that make it a label, not a quantity: "page 4", "Section 427".
LABEL_WORDS = {
    "page", "pages", "p.", "pp.", "section", "sections", "chapter", "article", "articles",
    "paragraph", "para", "clause", "rule", "row", "seat", "gate", "room", "flight", "route",
    "highway", "interstate", "platform", "exit", "no.", "nos.", "number", "version", "episode",
    "season", "week", "game", "level", "grade", "box", "suite", "apt.", "unit", "lot", "bus",
    "tier", "phase", "stage", "vol.", "volume", "issue", "item", "figure", "fig.", "table", "line",
    "category", "channel", "district", "ward", "precinct", "act", "title", "bill", "resolution",
    "model", "type", "class", "division", "floor", "track", "lane", "pier", "terminal",
    "round", "heat", "lap", "hole", "matchday", "gameweek", "region", "priority",
    "junction", "junctions", "j", "berth", "bay", "stand", "zone", "sector", "block", "carriage", "coach",
}

STREET_SUFFIXES = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
    "way", "place", "pl", "court", "ct", "square", "sq", "terrace", "parkway", "pkwy", "highway",
    "crescent", "close", "row",
}
