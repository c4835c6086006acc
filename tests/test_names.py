"""Speaker mentions read next to a cue, and their resolution within an article (sentences written for these tests)."""

import dataclasses

import pytest

from claims.extract.names import SpeakerMention, read_speaker_after, read_speaker_before


def before(sentence, cue="said"):
    """The mention read backwards from the cue word of sentence."""
    return read_speaker_before(sentence, 0, sentence.index(" " + cue) + 1)


def after(sentence, cue="said"):
    i = sentence.index(cue) + len(cue)
    return read_speaker_after(sentence, i, len(sentence))


@pytest.mark.parametrize("sentence, text, name, role, kind", [
    ("Kremlin spokesperson Dmitry Orlov said", "Kremlin spokesperson Dmitry Orlov", "Dmitry Orlov",
     "Kremlin spokesperson", "person"),
    ("Dmitry Orlov, the Kremlin spokesperson, said", "Dmitry Orlov, the Kremlin spokesperson,", "Dmitry Orlov",
     "Kremlin spokesperson", "person"),
    ("President Ana Ruiz of Norland said", "President Ana Ruiz of Norland", "Ana Ruiz", "President of Norland",
     "person"),
    ("Sen. Paul Ober (R-Ohio) said", "Sen. Paul Ober (R-Ohio)", "Paul Ober", "Sen.", "person"),
    ("Mrs. Ober said", "Mrs. Ober", "Ober", None, "person"),
    ("the White House said", "the White House", "White House", None, "organization"),
    ("Norland said", "Norland", "Norland", None, "person"),
    ("Turkey said", "Turkey", "Turkey", None, "organization"),
    ("Officials said", "Officials", "Officials", None, "group"),
    ("two senior officials said", "two senior officials", "two senior officials", None, "group"),
    ("a spokeswoman for the mayor said", "a spokeswoman for the mayor", None, None, "person"),
])
def test_mentions_before_the_cue(sentence, text, name, role, kind):
    m = before(sentence)
    assert m is not None
    assert (m.text, m.name, m.kind) == (text, name, kind)
    if role is not None:
        assert m.role == role


def test_auxiliaries_adverbs_and_time_between_speaker_and_cue_are_skipped():
    assert before("Orlov has repeatedly said").text == "Orlov"
    assert before("Orlov on Tuesday said").text == "Orlov"
    assert before("she also said").text == "she"


def test_no_speaker_where_there_is_none():
    assert before("It was later said") is None or before("It was later said").pronoun
    assert before("Orlov’s claims", cue="claims") is None or before("Orlov’s claims", cue="claims").text.endswith("’s")
    assert before("But said") is None


def test_pronoun_and_who():
    assert before("he said").pronoun
    m = before("Orlov, who said")
    assert m.pronoun and m.text == "who" and m.antecedent.name == "Orlov"


def test_inverted_speaker():
    assert after('"No," said Dmitry Orlov.').name == "Dmitry Orlov"
    assert after('"No," said the spokesman.').text == "the spokesman"
    assert after('"No," said Sen. Paul Ober (R-Ohio), laughing.').text == "Sen. Paul Ober (R-Ohio)"


@pytest.mark.parametrize("sentence, text", [
    ("Officials in the two counties — Alder and Birch — said", "Officials in the two counties"),
    ("Several said", "Several"),
    ("A spokeswoman for the river authority said", "A spokeswoman for the river authority"),
])
def test_speaker_before_an_aside_a_quantity_or_a_place(sentence, text):
    m = before(sentence)
    assert m is not None and m.text == text


def test_a_reading_placed_in_the_text_keeps_every_field():
    """`placed` copies a reading field by field; a field added later and not copied would be lost."""
    inner = SpeakerMention(1, 2, "x", "X")
    reading = SpeakerMention(0, 0, "", "Tom Hale", role="mayor", kind="organization", pronoun=True, head="mayor",
                             antecedent=inner, common=True)
    assert reading.placed(5, 9, "Hale") == dataclasses.replace(reading, start=5, end=9, text="Hale")
    assert {f.name for f in dataclasses.fields(SpeakerMention)} == {
        "start", "end", "text", "name", "role", "kind", "pronoun", "head", "antecedent", "common"}
