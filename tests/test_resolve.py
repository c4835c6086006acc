"""Who said it, within one article: each class of mention, tested on several sentences written for
these tests. Every test checks the whole output of its text: every quote, its speaker as resolved,
the mention as written and the role, and nothing more. A mention no single person fits has no speaker."""

import pytest

from claims.clean import paragraphs_of
from claims.extract.quotes import find_quotes


def said(text):
    """(content, speaker, mention as written, role) of every quote of text, one paragraph a line."""
    quotes, _ = find_quotes(text, paragraphs_of(text), "2025-03-12")
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert q.speaker_text is None or text[q.speaker_start:q.speaker_end] == q.speaker_text
    return [(q.text, q.speaker, q.speaker_text, q.role) for q in quotes]


def speakers(text):
    return [(s.name, s.kind, s.role) for s in find_quotes(text, paragraphs_of(text), None)[1]]


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Ana Ruiz met the unions on Monday.\nMs Ruiz said the talks had failed.",
     [("the talks had failed", "Ana Ruiz", "Ms Ruiz", "Chancellor")]),
    ("The shadow health secretary, Owen Pike, visited the ward.\nMr Pike said the waiting lists were too long.",
     [("the waiting lists were too long", "Owen Pike", "Mr Pike", "shadow health secretary")]),
    ("Dr Helen Marsh led the study at Leeds.\nDr Marsh said the results were clear.",
     [("the results were clear", "Helen Marsh", "Dr Marsh", None)]),
    ("Sir Alan Dorsey opened the new wing.\nSir Alan said the hospital would take its first patients in May.",
     [("the hospital would take its first patients in May", "Alan Dorsey", "Sir Alan", None)]),
    ("Ana Ruiz, the chancellor, spoke first.\n\"No deal,\" Ms. Ruiz said.",
     [("\"No deal,\"", "Ana Ruiz", "Ms. Ruiz", "chancellor")]),
])
def test_an_honorific_and_surname_resolve_to_the_full_name_with_or_without_a_stop(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The only Ruiz is a woman: "Mr Ruiz" is someone else, whom the article never names.
    ("Ana Ruiz met the unions.\nMr Ruiz said the talks had failed.",
     [("the talks had failed", None, "Mr Ruiz", None)]),
    # Two Bradys, both men: which one is not guessed.
    ("John Brady and Peter Brady run the farm.\nMr Brady said the harvest was late.",
     [("the harvest was late", None, "Mr Brady", None)]),
    # The article never names him in full.
    ("Mr Khatami said the talks would resume.", [("the talks would resume", None, "Mr Khatami", None)]),
    ("Khatami said the talks would resume.", [("the talks would resume", None, "Khatami", None)]),
])
def test_a_partial_name_no_single_person_fits_has_no_speaker(text, expected):
    assert said(text) == expected


def test_gender_tells_two_bradys_apart():
    text = "John Brady and his wife, Mary Brady, run the farm.\nMrs Brady said the harvest was late."
    assert said(text) == [("the harvest was late", "Mary Brady", "Mrs Brady", "wife")]


@pytest.mark.parametrize("text, expected", [
    ("John Smith met Mary Jones on Friday.\nShe said the deal was off.",
     [("the deal was off", "Mary Jones", "She", None)]),
    ("Mary Jones met John Smith on Friday.\nHe said the deal was off.",
     [("the deal was off", "John Smith", "He", None)]),
    ("Chancellor Ana Ruiz said the talks had failed. \"We tried,\" she said.",
     [("the talks had failed", "Ana Ruiz", "Chancellor Ana Ruiz", "Chancellor"),
      ("\"We tried,\"", "Ana Ruiz", "she", "Chancellor")]),
    # Nobody the sentences before name is a woman.
    ("Peter Cole met the board.\nShe said the deal was off.", [("the deal was off", None, "She", None)]),
])
def test_a_pronoun_takes_the_person_whose_gender_agrees(text, expected):
    assert said(text) == expected


def test_a_pronoun_does_not_reach_past_someone_named_only_in_part():
    text = "Peter Cole chaired the meeting.\nMr Khatami said the vote was unfair. He added he would appeal."
    assert said(text) == [("the vote was unfair", None, "Mr Khatami", None),
                          ("he would appeal", None, "He", None)]


def test_two_men_in_the_sentence_before_leave_he_to_the_subject():
    text = "Mr Tom Hale met Mr Ian Lowe over the plan.\nHe said it would fail."
    assert said(text) == [("it would fail", "Tom Hale", "He", None)]


@pytest.mark.parametrize("text, expected", [
    ("The Archbishop of Canterbury, Rowan Williams, spoke in Lambeth.\n"
     "\"We must act,\" the Archbishop of Canterbury said.",
     [("\"We must act,\"", "Rowan Williams", "the Archbishop of Canterbury", "Archbishop of Canterbury")]),
    ("\"It is a disgrace,\" said the MP for Ealing North.",
     [("\"It is a disgrace,\"", None, "the MP for Ealing North", "MP for Ealing North")]),
    ("Michael Howard, the Conservative leader, spoke first.\nThe Conservative leader said taxes would fall.",
     [("taxes would fall", "Michael Howard", "The Conservative leader", "Conservative leader")]),
    # The presenter named before is not the Tory leader.
    ("The presenter Jon Sopel chaired the debate.\nThe Tory leader said they would fall.",
     [("they would fall", None, "The Tory leader", "The Tory leader")]),
])
def test_a_role_description_resolves_to_the_one_person_holding_it(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, name, role", [
    ("East Midlands MEP Robert Kilroy said he would stand.", "Robert Kilroy", "East Midlands MEP"),
    ("MP Robert Kilroy said he would stand.", "Robert Kilroy", "MP"),
    ("Tory MP Ann Widdow said she would stand.", "Ann Widdow", "Tory MP"),
    ("Mr Robert Kilroy said he would stand.", "Robert Kilroy", None),
    ("Baroness Ann Hale said she would stand.", "Ann Hale", "Baroness"),
    ("The Rt Hon Chris Dalton MP said he would stand.", "Chris Dalton", "MP"),
    ("Doug Reilly MC MLA said he would stand.", "Doug Reilly", "MC MLA"),
])
def test_titles_go_to_the_role_and_never_stay_in_the_name(text, name, role):
    assert speakers(text) == [(name, "person", role)]


@pytest.mark.parametrize("text, expected_speakers", [
    ("The PM said the plan was wrong.", []),
    ("The Tories said the plan was wrong.", [("Tories", "organization", None)]),
    ("Labour said the plan was wrong.", [("Labour", "organization", None)]),
    ("Analysts said the shares would fall.", []),
    ("MPs said the shares would fall.", []),
    ("The company said profits rose.", []),
    ("The Government said profits rose.", []),
    ("Americans said the shares would fall.", []),
    ("The Bank of England said rates would rise.", [("Bank of England", "organization", None)]),
])
def test_kinds_and_descriptions(text, expected_speakers):
    assert speakers(text) == expected_speakers
    assert len(said(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("The plant closed on Monday.\nAccording to Wayne Lister, the agreement will change nothing for the region.",
     [("the agreement will change nothing for the region", "Wayne Lister", "Wayne Lister", None)]),
    ("The plant closed on Monday.\nAccording to Wayne Lister, the agreement “will change nothing” for the region.",
     [("the agreement “will change nothing” for the region", "Wayne Lister", "Wayne Lister", None)]),
    ("The plant closed on Monday.\nBut according to Wayne Lister, the site manager, jobs will go.",
     [("jobs will go", "Wayne Lister", "Wayne Lister, the site manager", "site manager")]),
    ("Jobs will go, according to Wayne Lister, the site manager.",
     [("Jobs will go", "Wayne Lister", "Wayne Lister, the site manager", "site manager")]),
])
def test_according_to_in_every_position(text, expected):
    assert said(text) == expected
