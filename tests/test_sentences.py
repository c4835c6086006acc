"""Sentence splitting: where a full stop ends a sentence and where it belongs to a word."""

import pytest

from claims.extract.sentences import split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    # A possessive or a decade before the stop is a word, not an initial.
    ("They fled in the 1990's. She says they are safe.", ["They fled in the 1990's.", "She says they are safe."]),
    ("The house was Jones's. Then it burned.", ["The house was Jones's.", "Then it burned."]),
    ("The idea was Ruiz’s. Nobody objected.", ["The idea was Ruiz’s.", "Nobody objected."]),
    # Initials and abbreviations keep the sentence going.
    ("He met John F. Kennedy in Dallas. It rained.", ["He met John F. Kennedy in Dallas.", "It rained."]),
    ("Lance Cpl. Owen Hart said it was quiet. Det. Supt. Ruth Cole agreed.",
     ["Lance Cpl. Owen Hart said it was quiet.", "Det. Supt. Ruth Cole agreed."]),
])
def test_where_sentences_end(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An abbreviation that can close a sentence closes it when a pronoun, an article or an honorific
    # opens the next; before a name or a title it is the name's ("U.S. Sen. Ann Ober").
    ("Most home loans are made in the U.S. Mr. Brown says prices will rise.",
     ["Most home loans are made in the U.S.", "Mr. Brown says prices will rise."]),
    ("The shop opens at 9 a.m. The owner said it was busy.", ["The shop opens at 9 a.m.", "The owner said it was busy."]),
    ("She joined Acme Inc. She said the pay was good.", ["She joined Acme Inc.", "She said the pay was good."]),
    ("He sold the flat to Hale Bros. Mrs. Hale said it was a bargain.",
     ["He sold the flat to Hale Bros.", "Mrs. Hale said it was a bargain."]),
    ("U.S. Sen. Ann Ober said the U.S. Senate would vote.", ["U.S. Sen. Ann Ober said the U.S. Senate would vote."]),
])
def test_a_closing_abbreviation_ends_a_sentence_before_a_plain_opening(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation opening with the writer's bracketed change to its first letter starts a sentence.
    ('Ruiz called it a "disgrace." "[T]he council is moving on," she said.',
     ['Ruiz called it a "disgrace."', '"[T]he council is moving on," she said.']),
    ("Hale met the unions. “[W]e will not give in,” he said.", ["Hale met the unions.", "“[W]e will not give in,” he said."]),
    ("The vote was close. [Ruiz] won by two votes.", ["The vote was close.", "[Ruiz] won by two votes."]),
])
def test_a_sentence_opening_with_a_bracketed_letter(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quoted question or exclamation and its attribution are one sentence.
    ('"Why now?" Ana Ruiz asked. It rained.', ['"Why now?" Ana Ruiz asked.', "It rained."]),
    ('“We won!” Mr. Hale told reporters on Monday. It rained.', ['“We won!” Mr. Hale told reporters on Monday.', "It rained."]),
    # A new sentence with its own reported speech after the question is not an attribution.
    ('He asked "why?" Ana Ruiz said the answer was no.', ['He asked "why?"', "Ana Ruiz said the answer was no."]),
    ('"Why now?" Ana Ruiz is the mayor.', ['"Why now?"', "Ana Ruiz is the mayor."]),
])
def test_a_quoted_question_and_its_attribution_are_one_sentence(text, expected):
    assert sentences(text) == expected
