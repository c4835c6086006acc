"""Property tests of extraction (issue 9, part 4).

`claims.extract(text)` on random text made of Unicode, quotation marks of every kind, digits,
number words, names, cue verbs and punctuation: it never raises, every offset lies inside the
text, `text[start:end]` is exactly the quote's text or the claim's number_text, bounds hold
(`lower <= value <= upper` when set) and the same input gives the same output.

CLAIMS_FUZZ_EXAMPLES sets the number of examples (benchmarks/fuzz.py runs 100,000).
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims
import claims.extract

EXAMPLES = int(os.environ.get("CLAIMS_FUZZ_EXAMPLES", "300"))

QUOTE_MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "``", "''", "‟", "❝", "❞"]
NAMES = ["Ana Ruiz", "Mayor Ana Ruiz", "Dmitry Peskov", "Peskov", "he", "she", "they", "the ministry", "O'Neill",
         "Jean-Luc Picard", "Zoë Ślęzak", "Mr. Smith", "Dr. Li Wei", "the Kremlin", "van der Berg", "UN", "IMF",
         "Governor", "a spokesperson", "Ana" + "a" * 300]
CUES = ["said", "says", "told reporters", "according to", "added", "claimed", "warned", "denied", "insisted that",
        "said on Tuesday", "wrote", "tweeted", "argued", ", who", "—", "stated that"]
NUMBERS = ["12", "1,200", "3.5", "1.2 million", "$4bn", "€5", "40%", "forty", "two-thirds", "half", "10^400",
           "1e999", "-7", "0", "0.0001", "1/3", "12-15", "between 3 and 5", "more than 200", "at least 14",
           "nearly 1,000", "up to 50", "2026", "March 3", "Tuesday", "1st", "III", "٣٤", "१२", "１２", "½", "²",
           "9" * 400, "1.5e10", "12 000", "12'000", "1.234,5"]
WORDS = ["the", "people", "died", "homes", "dam", "flood", "million", "dollars", "percent", "per cent", "evacuated",
         "rose", "fell", "by", "to", "from", "in", "not", "and", "was", "were", "would", "will"]
PUNCT = [".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]", "-", "–", "—", "\n", "\n\n", " ", "  ", "\t", "\r\n",
         "\u00a0", "\u200b", "\u2028", "\ufeff", "\x00", "\u0301", "\ud83d\ude00"[:1], "👩🏽‍🚒"]

fragment = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(NUMBERS),
    st.sampled_from(WORDS),
    st.sampled_from(PUNCT),
    st.text(max_size=8),  # any Unicode, surrogates and controls included
    st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
article = st.lists(fragment, max_size=80).map(" ".join) | st.lists(fragment, max_size=80).map("".join)
published = st.none() | st.dates().map(lambda d: d.isoformat())


def check_extraction(text: str, published: str | None = None) -> None:
    """The properties every extraction must have (raises AssertionError naming the broken one)."""
    result = claims.extract(text, published)
    n = len(text)
    for q in result.quotes:
        assert 0 <= q.start <= q.end <= n, ("quote offsets outside the text", q)
        assert text[q.start:q.end] == q.text, ("quote text is not text[start:end]", q)
        if q.speaker_start is not None or q.speaker_end is not None:
            assert q.speaker_start is not None and q.speaker_end is not None, ("half a speaker span", q)
            assert 0 <= q.speaker_start <= q.speaker_end <= n, ("speaker offsets outside the text", q)
        assert q.kind in ("direct", "indirect"), q
        assert 0 <= q.confidence <= 1, q
    for c in result.claims:
        assert 0 <= c.start <= c.end <= n, ("claim offsets outside the text", c)
        assert text[c.start:c.end] == c.number_text, ("number_text is not text[start:end]", c)
        for bound in (c.value, c.lower, c.upper):
            assert bound is None or not math.isnan(bound), ("NaN in a claim", c)
        if c.value is not None:
            if c.lower is not None:
                assert c.lower <= c.value, ("lower > value", c)
            if c.upper is not None:
                assert c.value <= c.upper, ("value > upper", c)
        if c.lower is not None and c.upper is not None:
            assert c.lower <= c.upper, ("lower > upper", c)
        assert c.quote_index is None or 0 <= c.quote_index < len(result.quotes), ("quote_index dangles", c)
        assert 0 <= c.confidence <= 1, c
    again = claims.extract(text, published)
    assert asdict(again) == asdict(result), "not deterministic: the same input gave another output"


def test_claims_extract_is_the_extraction_function():
    assert callable(claims.extract) and claims.extract is claims.extract


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=article, published=published)
def test_extraction_properties_on_random_articles(text, published):
    check_extraction(text, published)


@settings(max_examples=max(50, EXAMPLES // 3), deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(text=st.text(max_size=400))
def test_extraction_properties_on_arbitrary_unicode(text):
    check_extraction(text)


def test_known_hard_inputs():
    for text in ["", " ", "\x00", "“", "”“", '"' * 10_001, "“" * 5_000 + "said Ana Ruiz.", "1e999 and 10^400",
                 "«»" * 2_000, "Ana said “" + "x" * 10_000, "12" * 5_000, "\ud800 said 12", "said " * 3_000,
                 "".join(QUOTE_MARKS) * 100, "$" + "9" * 5_000 + " million, Ana Ruiz said."]:
        check_extraction(text)
