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
    ("Klaus Weber runs the plant in Ulm.\nHerr Weber said the plant would close.",
     [("the plant would close", "Klaus Weber", "Herr Weber", None)]),
    ("Ana Ruiz and her husband Tom Ruiz ran the bakery.\nSeñora Ruiz said the bakery would close.",
     [("the bakery would close", "Ana Ruiz", "Señora Ruiz", None)]),
    # The honorific is no given name: "Mme Morel" is the Claire Morel named before, so "she" is hers.
    ("Claire Morel, 39, met the officers at a bar.\nThey drove Morel to the station. She told the court she had been afraid.\n"
     "\"Mme Morel did not lie,\" her lawyer said.",
     [("she had been afraid", "Claire Morel", "She", None),
      ("\"Mme Morel did not lie,\"", None, "her lawyer", "her lawyer")]),
])
def test_other_languages_honorifics_resolve_like_mr_and_ms(text, expected):
    assert said(text) == expected


# A role set off by dashes around the name ("The Chancellor of the Exchequer – Gordon Brown – said")
# is the name's, as one set off by commas is; a dash that ends a clause gives none.
@pytest.mark.parametrize("text, expected", [
    ("The Chancellor of the Exchequer – Ana Ruiz – today opened the summit.\n“We will act,” the Chancellor said.",
     [("“We will act,”", "Ana Ruiz", "the Chancellor", "Chancellor of the Exchequer")]),
    ("The health secretary — Owen Pike — visited the ward.\n“It is full,” the health secretary said.",
     [("“It is full,”", "Owen Pike", "the health secretary", "health secretary")]),
    ("He met the chancellor – Tom Hale was absent.\n“Nothing has changed,” the chancellor said.",
     [("“Nothing has changed,”", None, "the chancellor", "the chancellor")]),
])
def test_a_role_set_off_by_dashes_around_the_name(text, expected):
    assert said(text) == expected


# A minister's portfolios listed before the name with no comma after the last: the name starts at
# the given name, the portfolios are the role, and "Minister Robert" or "Mr McCormack" is them.
@pytest.mark.parametrize("text, expected", [
    ("Minister for Employment, Workforce, Skills, Small and Family Business Stuart Robert said the "
     "measures would help.\n“It has paid off,” Minister Robert said.",
     [("the measures would help", "Stuart Robert", "Small and Family Business Stuart Robert",
       "Minister for Employment, Workforce, Skills, Small and Family Business"),
      ("“It has paid off,”", "Stuart Robert", "Minister Robert", "Minister")]),
    ("Minister for Infrastructure, Transport and Regional Development Michael McCormack said the works "
     "would start.\n“It is safer,” Mr McCormack said.",
     [("the works would start", "Michael McCormack", "Transport and Regional Development Michael McCormack",
       "Minister for Infrastructure, Transport and Regional Development"),
      ("“It is safer,”", "Michael McCormack", "Mr McCormack",
       "Minister for Infrastructure, Transport and Regional Development")]),
    ('Minister for Work Jane Kennedy said: "Fewer parents claim benefits."\n'
     "Childcare help would help further, said the Minister.",
     [('"Fewer parents claim benefits."', "Jane Kennedy", "Minister for Work Jane Kennedy", "Minister for Work"),
      ("Childcare help would help further", "Jane Kennedy", "the Minister", "Minister for Work")]),
])
def test_a_name_after_a_list_of_portfolios(text, expected):
    assert said(text) == expected


# A portfolio with "of" or "for" before a name whose given name is not a known one: the name is the
# last two words when the surname has a particle or the article writes it again; else nobody.
@pytest.mark.parametrize("text, expected", [
    ("The bomb was placed in a market, said Minister of Information Moammar al-Eryani.",
     [("The bomb was placed in a market", "Moammar al-Eryani", "Minister of Information Moammar al-Eryani",
       "Minister of Information")]),
    ("A Dallas man was jailed, announced U.S. Attorney for the Northern District of Texas Leigha Simonton.\n"
     "The case was brought by Simonton.",
     [("A Dallas man was jailed", "Leigha Simonton",
       "U.S. Attorney for the Northern District of Texas Leigha Simonton",
       "U.S. Attorney for the Northern District of Texas")]),
    # An Irish TD: "TD" after the name is no part of it.
    ("The Minister for Business and Employment Ged Nash TD has welcomed the figures.\n"
     "Minister Nash said, “These figures are very welcome.”",
     [("“These figures are very welcome.”", "Ged Nash", "Minister Nash", "Minister")]),
    ("A Dallas man was jailed, announced U.S. Attorney for the Northern District of Texas Leigha Simonton.",
     [("A Dallas man was jailed", None, "U.S. Attorney for the Northern District of Texas Leigha Simonton",
       "U.S. Attorney for the Northern District")]),
])
def test_a_name_after_a_portfolio_without_a_known_given_name(text, expected):
    assert said(text) == expected


# "The force" is a police force (British news): the one the article names.
@pytest.mark.parametrize("text, expected", [
    ("Thames Valley Police arrested two men. The force said the men were released on bail.",
     [("the men were released on bail", "Thames Valley Police", "The force", None)]),
    ("West Midlands Police raided the depot. Detective Sergeant Carl Russell of West Midlands Police’s Force CID led"
     " the raid.\n“The drugs were hidden,” the force said.",
     [("“The drugs were hidden,”", "West Midlands Police", "the force", None)]),
    ("Thames Valley Police and Kent Police worked together. The force said the men were released.",
     [("the men were released", None, "The force", None)]),
])
def test_the_force_is_the_police_force_named(text, expected):
    assert said(text) == expected


# A body named with the body that owns it ("NASA’s Jet Propulsion Laboratory") is the body itself;
# a possessive that is part of a name ("Lloyd’s Banking Group") stays.
@pytest.mark.parametrize("text, expected", [
    ("NASA’s Jet Propulsion Laboratory said the probe was safe.",
     [("the probe was safe", "Jet Propulsion Laboratory", "NASA’s Jet Propulsion Laboratory", None)]),
    ("Britain’s Ministry of Defence said the jets were safe.",
     [("the jets were safe", "Ministry of Defence", "Britain’s Ministry of Defence", None)]),
    ("Lloyd’s Banking Group said profits rose.",
     [("profits rose", "Lloyd’s Banking Group", "Lloyd’s Banking Group", None)]),
])
def test_a_body_named_with_its_owner_is_the_body(text, expected):
    assert said(text) == expected


# A description of a body, then its one-word name in apposition: the name is the body's.
@pytest.mark.parametrize("text, expected", [
    ("The country’s largest airline, Qantas, said flights would resume.",
     [("flights would resume", "Qantas", "The country’s largest airline, Qantas,", "country’s largest airline")]),
    ("Afghanistan’s largest private broadcaster, TOLOnews, said the outposts fell.",
     [("the outposts fell", "TOLOnews", "Afghanistan’s largest private broadcaster, TOLOnews,",
       "Afghanistan’s largest private broadcaster")]),
    ("The ministry, Monday, said sales fell.", [("sales fell", None, "The ministry, Monday,", "Monday")]),
])
def test_a_body_described_then_named_in_apposition(text, expected):
    assert said(text) == expected


# A kind of body described by where it is from ("the U.S.-based monitoring group", "the British
# charity") is a description, with no speaker; a nation's body of state ("the Italian government")
# and a body's own name before its kind ("the Bild newspaper") keep theirs.
@pytest.mark.parametrize("text, expected", [
    ("The U.S.-based monitoring group said the count was fair.",
     [("the count was fair", None, "The U.S.-based monitoring group", None)]),
    ("The British charity said the figures were wrong.",
     [("the figures were wrong", None, "The British charity", None)]),
    ("The Italian government said the figures were wrong.",
     [("the figures were wrong", "Italian government", "The Italian government", None)]),
    ("According to the Bild newspaper, the owners were told.",
     [("the owners were told", "Bild", "the Bild newspaper", None)]),
])
def test_a_body_described_by_where_it_is_from_is_a_description(text, expected):
    assert said(text) == expected


# A body's name before the lower-case noun of its kind ("the China Daily newspaper", "the Interfax
# news agency", "the opposition Renamo party"): the name without the kind is the speaker; a kind
# described by a nation ("the Chinese state news agency") or by a place ("Yemen-based") names none.
@pytest.mark.parametrize("text, expected", [
    ("The China Daily newspaper reported that the deal was waiting for approval.",
     [("that the deal was waiting for approval", "China Daily", "The China Daily newspaper", None)]),
    ("The opposition Renamo party said the vote was rigged.",
     [("the vote was rigged", "Renamo", "The opposition Renamo party", None)]),
    ("The Interfax news agency said the deal was done.",
     [("the deal was done", "Interfax", "The Interfax news agency", None)]),
    ("The Chinese state news agency said the vote was rigged.",
     [("the vote was rigged", None, "The Chinese state news agency", None)]),
    ("The Yemen-based Houthi movement said the vote was rigged.",
     [("the vote was rigged", "Yemen-based Houthi movement", "The Yemen-based Houthi movement", None)]),
])
def test_a_name_before_its_kind_of_body_is_the_name_alone(text, expected):
    assert said(text) == expected


# British government releases put a comma between the whole subject and the verb that introduces a
# quotation ("Health Secretary Ann Lee, said:"): the name speaks. Words that are no name ("In
# Cardiff,", "The minister,") give no speaker.
@pytest.mark.parametrize("text, expected", [
    ("Health Secretary Ann Lee, said: “We are pleased to see the waits fall.”",
     [("“We are pleased to see the waits fall.”", "Ann Lee", "Health Secretary Ann Lee", "Health Secretary")]),
    ("The figures were out.\n\nCabinet Secretary for Health and Social Care Ann Lee, said:\n\n"
     "“We are pleased to see the waits fall.”",
     [("“We are pleased to see the waits fall.”", "Ann Lee", "Cabinet Secretary for Health and Social Care Ann Lee",
       "Cabinet Secretary for Health and Social Care")]),
    ("Tom Hale, said today: “We are glad.”", [("“We are glad.”", "Tom Hale", "Tom Hale", None)]),
    ("In Cardiff, said: “We are glad.”", [("“We are glad.”", None, None, None)]),
    ("The minister, said: “We are glad.”", [("“We are glad.”", None, None, None)]),
])
def test_a_stray_comma_before_said_and_a_colon_keeps_the_speaker(text, expected):
    assert said(text) == expected


# "announced by Infrastructure Minister, John Hale": a title, a comma, then the holder's name, after
# "by", "from" or "with" as at a sentence's start; "the Minister" and "she" later are that holder.
@pytest.mark.parametrize("text, expected", [
    ("Funding has been announced by Infrastructure Minister, John Hale.\nThe Minister said the roads were safe.",
     [("the roads were safe", "John Hale", "The Minister", "Infrastructure Minister")]),
    ("The plan was welcomed by Health Secretary, Ann Lee.\nThe Secretary said it would help.",
     [("it would help", "Ann Lee", "The Secretary", "Health Secretary")]),
    ("The plan was welcomed by Justice Minister, Ann Lee.\nShe said it would help.",
     [("it would help", "Ann Lee", "She", "Justice Minister")]),
    ("The plan was praised in a letter from Paris, John Hale, on Monday.\nThe Minister said the roads were safe.",
     [("the roads were safe", None, "The Minister", "Minister")]),
])
def test_a_title_a_comma_and_a_name_after_by_give_the_holder_the_title(text, expected):
    assert said(text) == expected


# "Honourable" and "Hon" are honorifics: kept out of the name, "Hon Benson-Pope" is the one named.
@pytest.mark.parametrize("text, expected", [
    ('The Environment minister, Honourable David Benson-Pope, said: "It aims to protect teenagers."\n'
     'Hon Benson-Pope said: "I have listened."',
     [('"It aims to protect teenagers."', "David Benson-Pope", "The Environment minister, Honourable David Benson-Pope,",
       "The Environment minister"),
      ('"I have listened."', "David Benson-Pope", "Hon Benson-Pope", "Environment minister")]),
])
def test_honourable_is_an_honorific(text, expected):
    assert said(text) == expected


# A role before a preposition whose object is a name is someone else's: "an aide to Senator Ann
# Ober" is no aide, so "an aide" (or "the aide") does not resolve to her.
@pytest.mark.parametrize("text, expected", [
    ('"We are ready," said an aide to Senator Ann Ober.',
     [('"We are ready,"', None, "an aide", "an aide")]),
    ('The wife of Tom Hale spoke to reporters.\n"He is innocent," said the wife.',
     [('"He is innocent,"', None, "the wife", "the wife")]),
    ('A spokesman for Mayor Ana Ruiz met reporters.\nThe spokesman said the bridge would reopen.',
     [("the bridge would reopen", None, "The spokesman", "The spokesman")]),
    ('Tribunal spokesman Reach Sambath met reporters.\nThe spokesman said the trial would start in May.',
     [("the trial would start in May", "Reach Sambath", "The spokesman", "spokesman")]),
])
def test_a_role_tied_to_a_name_by_a_preposition_is_someone_elses(text, expected):
    assert said(text) == expected


# A name right after "who" and a verb is the object of a relative clause ("voters who backed Ana
# Ruiz"): the noun the clause hangs on speaks, or nobody does; never the name.
@pytest.mark.parametrize("text, expected", [
    ("Voters who back Ana Ruiz say the count was wrong.", [("the count was wrong", None, "Voters", None)]),
    ("Fans who love Ana Ruiz said the concert was too short.",
     [("the concert was too short", None, "Fans", None)]),
    ("Voters who backed Ana Ruiz in May said the count was wrong.", [("the count was wrong", None, "Voters", None)]),
    ("Officials who spoke to Tom Hale said he was calm.", [("he was calm", None, "Officials", None)]),
    ("Activists who want Tom Hale to resign said the vote was rigged.",
     [("the vote was rigged", None, "Activists", None)]),
    ("Republicans who support Donald Trump say the party is united.", []),
    ("Ana Ruiz, who met Tom Hale on Monday, said the talks were useful.",
     [("the talks were useful", "Ana Ruiz", "Ana Ruiz, who met Tom Hale on Monday,", None)]),
])
def test_a_name_in_a_relative_clause_before_the_cue_does_not_speak(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The only Ruiz is a woman: "Mr Ruiz" is someone else, whom the article never names.
    ("Ana Ruiz met the unions.\nMr Ruiz said the talks had failed.",
     [("the talks had failed", None, "Mr Ruiz", None)]),
    # Two Bradys, both men: which one is not guessed.
    ("John Brady and Peter Brady run the farm.\nMr Brady said the harvest was late.",
     [("the harvest was late", None, "Mr Brady", None)]),
    # A lone capitalised word that only ever opens a sentence may be a common word ("Backlash").
    ("Khatami said the talks would resume.", [("the talks would resume", None, "Khatami", None)]),
])
def test_a_partial_name_no_single_person_fits_has_no_speaker(text, expected):
    assert said(text) == expected


# A surname the article never gives in full is the whole name it gives: the speaker, with any title
# as the role. Not when it may be a common word, a typo of someone else's name, the tail of a longer
# name (a byline's, a headline's), a body, or one of two people.
@pytest.mark.parametrize("text, expected", [
    ("Talks resumed in Tehran on Monday.\nMr Khatami said the talks would resume.",
     [("the talks would resume", "Khatami", "Mr Khatami", None)]),
    ("The summit opened on Monday. “We will not stop,” Biden said.",
     [("“We will not stop,”", "Biden", "Biden", None)]),
    ("Turkish president Erdoğan said on Friday that the border would stay closed.",
     [("that the border would stay closed", "Erdoğan", "Turkish president Erdoğan", "Turkish president")]),
    ("The treaty was signed in Lisbon. Lord Mandelson said it was a good day for trade.",
     [("it was a good day for trade", "Mandelson", "Lord Mandelson", "Lord")]),
    ("The new line opened on Monday.\nTransport Minister Baroness Kramer said: “It is a huge pleasure.”",
     [("“It is a huge pleasure.”", "Kramer", "Transport Minister Baroness Kramer", "Transport Minister Baroness")]),
    # A lower-case use makes it a word; one close to a name given in full is a typo or someone else.
    ("The crop failed in May. The frost killed it, Mr Frost said.",
     [("The frost killed it", None, "Mr Frost", None)]),
    ("Kay Maurer runs the bakery. Sales fell, Mauer said.", [("Sales fell", None, "Mauer", None)]),
    # A word the article shows is a body is one ("which"); a publication after "the" and two people are
    # no surname. (Part of a longer name elsewhere: test_a_byline_or_photo_credit_names_no_one_the_article_quotes.)
    ("Orbix, which runs the buses, cut routes. The routes lost money, Orbix said.",
     [("The routes lost money", "Orbix", "Orbix", None)]),
    ("The story ran on Monday. The deal was dead, the Verge reported.",
     [("The deal was dead", None, "the Verge", None)]),
    ("The deal was good, President Biden and Prime Minister Kishida said.",
     [("The deal was good", None, "President Biden and Prime Minister Kishida", "President Biden and Prime Minister")]),
])
def test_a_surname_the_article_never_gives_in_full_is_the_name_it_gives(text, expected):
    assert said(text) == expected


def test_a_brand_named_alone_is_an_organisation():
    text = "Traffic rose in March, BuzzFeed said."
    assert said(text) == [("Traffic rose in March", "BuzzFeed", "BuzzFeed", None)]
    assert speakers(text) == [("BuzzFeed", "organization", None)]


def test_a_lower_case_role_before_a_name_leaves_out_the_words_joining_it():
    text = "Tom Hale, the mayor, and his deputy Sara Pike visited the site.\n\n\"It is a disaster,\" Ms Pike said."
    assert said(text) == [("\"It is a disaster,\"", "Sara Pike", "Ms Pike", "deputy")]


@pytest.mark.parametrize("text, expected", [
    ("Tom Hale met nurses' leader Pat Cullen on Tuesday.\n\"Nurses deserve better,\" Ms Cullen said.",
     [("\"Nurses deserve better,\"", "Pat Cullen", "Ms Cullen", "nurses' leader")]),
    ("The minister visited union official Pat Cullen on Tuesday.\n\"We are grateful,\" Ms Cullen said.",
     [("\"We are grateful,\"", "Pat Cullen", "Ms Cullen", "union official")]),
])
def test_a_verb_before_a_role_and_name_is_no_part_of_the_role(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Someone close to a person the article names speaks, unnamed; never the person.
    ("Tom Hale, 45, was arrested on Monday.\n\nHale's brother said the family was shocked.",
     [("the family was shocked", None, "Hale's brother", "Hale's brother")]),
    ("Ruth Cole visited Leeds.\n\nMs Cole's solicitor said the claims were false.",
     [("the claims were false", None, "Ms Cole's solicitor", "Ms Cole's solicitor")]),
    ("Ruth Cole visited Leeds.\n\nA spokesman for Ms Cole said the visit went well.",
     [("the visit went well", None, "A spokesman for Ms Cole", "A spokesman for Ms Cole")]),
    ("Ruth Cole visited Leeds.\n\nFriends of Ruth Cole said she was tired.",
     [("she was tired", None, "Friends of Ruth Cole", "Friends of Ruth Cole")]),
])
def test_someone_close_to_a_named_person_is_not_that_person(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The 56-year-old" is the one person the article gave that age, before or after the name.
    ("Ruth Cole, 56, chaired the meeting.\n\nThe 56-year-old said the vote was close.",
     [("the vote was close", "Ruth Cole", "The 56-year-old", None)]),
    ("56-year-old Ruth Cole chaired the meeting.\n\n\"It was close,\" said the 56-year-old.",
     [("\"It was close,\"", "Ruth Cole", "the 56-year-old", None)]),
    # Two people of that age, or nobody of it: no one.
    ("Ruth Cole, 56, and Tom Hale, 56, chaired the meeting.\n\nThe 56-year-old said the vote was close.",
     [("the vote was close", None, "The 56-year-old", "The 56-year-old")]),
    ("Ruth Cole, 56, chaired the meeting.\n\nThe 34-year-old said the vote was close.",
     [("the vote was close", None, "The 34-year-old", "The 34-year-old")]),
])
def test_an_age_described_refers_to_the_one_person_of_that_age(text, expected):
    assert said(text) == expected


def test_gender_tells_two_bradys_apart():
    text = "John Brady and his wife, Mary Brady, run the farm.\nMrs Brady said the harvest was late."
    assert said(text) == [("the harvest was late", "Mary Brady", "Mrs Brady", "wife")]


# A relative named in full by way of someone of the same surname ("Hale's niece Ana Hale") is not
# the one the surname alone names: that is the other Hale, whom the article does not name further.
@pytest.mark.parametrize("text, expected", [
    ("Hale's niece Ana Hale released a book.\nHale called it \"a betrayal\".",
     [('it "a betrayal"', None, "Hale", None)]),
    ("His son Tom Ruiz was at the rally.\nRuiz said the plan would work.",
     [("the plan would work", None, "Ruiz", None)]),
    ("Ana Hale released a book.\nHale called it \"a warning\".",
     [('it "a warning"', "Ana Hale", "Hale", None)]),
])
def test_a_namesakes_relative_is_not_the_surname_alone(text, expected):
    assert said(text) == expected


# Given names that say a gender tell a pronoun's antecedent from the men or women named beside it.
@pytest.mark.parametrize("text, expected", [
    ("Gloria Vane married Wyatt Cole and later met Errol Flynn and Marlon Brando.\nShe said the marriage was happy.",
     [("the marriage was happy", "Gloria Vane", "She", None)]),
    ("Kyle Dunn met Imogen Hart.\nHe said the talks went well.", [("the talks went well", "Kyle Dunn", "He", None)]),
])
def test_more_given_names_tell_gender(text, expected):
    assert said(text) == expected


# A common noun opening the sentence that names the antecedent is no rival of it: the article writes
# it in lower case too, or it ends as abstract nouns do; a name nobody is tied to still is one.
@pytest.mark.parametrize("text, expected", [
    ('Coach Tom Hale spoke first.\nHalf back Ian Ruiz enjoyed the win.\nFitness was a big factor according to '
     'Ruiz. "We have been working hard", he said.',
     [("Fitness was a big factor", "Ian Ruiz", "Ruiz", None), ('"We have been working hard"', "Ian Ruiz", "he", None)]),
    ('Ian Ruiz spoke first.\nMorale was high, according to Ruiz. "The morale is good", he said.',
     [("Morale was high", "Ian Ruiz", "Ruiz", None), ('"The morale is good"', "Ian Ruiz", "he", None)]),
    ('Kestrel endorsed his rival, Ian Ruiz. "We will win", he said.',
     [('"We will win"', None, "he", None)]),
])
def test_a_common_noun_opening_the_sentence_is_no_rival(text, expected):
    assert said(text) == expected


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
    # A given name borne by men and women alike says nothing: "he" and "she" both may be them.
    ("The agency's director, Kelly Hart, spoke today.\nThe teams hire local people, he said.",
     [("The teams hire local people", "Kelly Hart", "he", "agency's director")]),
    ("The agency's director, Robin Hart, spoke today.\nThe teams hire local people, she said.",
     [("The teams hire local people", "Robin Hart", "she", "agency's director")]),
    # "Rod" is a man's name as "Rodney" is
    ("Rod Hansen, from the police force, spoke today.\n“It was a large operation,” he said.",
     [("“It was a large operation,”", "Rod Hansen", "he", None)]),
])
def test_a_pronoun_takes_the_person_whose_gender_agrees(text, expected):
    assert said(text) == expected


# A pronoun's own sentence describing someone before it ("the new president gave a speech where
# he said") keeps it from a person named before whose role is another ("a spokesman"); a person
# whose role nobody gave, or a description inside what was said, lets it through.
@pytest.mark.parametrize("text, expected", [
    ("Ruwan Perera, a spokesman for the army, said the city was calm.\nFollowing his win, the new president "
     "gave a speech where he said he would protect minorities.",
     [("the city was calm", "Ruwan Perera", "Ruwan Perera, a spokesman for the army,", "spokesman for the army"),
      ("he would protect minorities", None, "he", None)]),
    ("Donald Trump called for more ships.\nThe GOP candidate gave no cost, though he said reforms would pay.",
     [("for more ships", "Donald Trump", "Donald Trump", None),
      ("reforms would pay", "Donald Trump", "he", None)]),
    ("Gary Johnson, the Libertarian nominee, spoke in Utah.\nThe Republican nominee, he said, watched the Olympics.",
     [("The Republican nominee, he said, watched the Olympics", "Gary Johnson", "he", "Libertarian nominee")]),
])
def test_a_pronoun_after_someone_described_in_its_own_sentence(text, expected):
    assert said(text) == expected


def test_a_pronoun_after_one_who_answered_anothers_claim_is_the_subject():
    text = ("Mark Vaile led the party.\nMr Vaile dismissed Tom Hale’s suggestion that the parties should merge. "
            "He said he opposed the idea.")
    assert said(text) == [("the parties should merge", "Tom Hale", "Tom Hale", None),
                          ("he opposed the idea", "Mark Vaile", "He", None)]
    # A subject of the other gender: the one man the sentence names.
    text = ("Ana Ruiz led the party.\nMs Ruiz dismissed Tom Hale’s suggestion that the parties should merge. "
            "He said he opposed the idea.")
    assert said(text) == [("the parties should merge", "Tom Hale", "Tom Hale", None),
                          ("he opposed the idea", "Tom Hale", "He", None)]


def test_a_pronoun_does_not_reach_past_someone_named_only_in_part():
    text = "Peter Cole chaired the meeting.\nMr Khatami said the vote was unfair. He added he would appeal."
    assert said(text) == [("the vote was unfair", "Khatami", "Mr Khatami", None),
                          ("he would appeal", None, "He", None)]


@pytest.mark.parametrize("text, expected", [
    # Someone named only in part after the subject named in full: the subject, as with two full names.
    ("Columnist Rita Oduya wrote about the row.\n"
     "She compared it to the quarrel Mr Hendry began in 2019, calling it \"another small skirmish\".",
     [("\"another small skirmish\"", "Rita Oduya", "She", "Columnist")]),
    ("Peter Berg met Mr Tarrant at the port. He said the ferry would run.",
     [("the ferry would run", "Peter Berg", "He", None)]),
    # The one named in part is the subject: nobody.
    ("Peter Berg chaired the meeting. Mr Tarrant spoke to Peter Berg. He said the ferry would run.",
     [("the ferry would run", None, "He", None)]),
])
def test_a_pronoun_after_a_subject_and_someone_named_in_part(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A sentence whose subject is "he" continues about him: the sentences before it decide.
    ("Union leader Tomas Rek says the talks have stalled.\n\n"
     "He flatly contradicted Premier Anholt, who has said a deal is close.\n\n"
     "But he said the premier's help would be welcome.",
     [("the talks have stalled", "Tomas Rek", "Union leader Tomas Rek", "Union leader"),
      ("a deal is close", "Anholt", "who", "Premier"),
      ("the premier's help would be welcome", "Tomas Rek", "he", "leader")]),
    # ...but not for "she": the man named there in part stands between.
    ("Union leader Tomas Rek says the talks have stalled.\n\n"
     "She met Mr Anholt on Monday.\n\n"
     "But he said the premier's help would be welcome.",
     [("the talks have stalled", "Tomas Rek", "Union leader Tomas Rek", "Union leader"),
      ("the premier's help would be welcome", None, "he", None)]),
])
def test_a_sentence_opening_with_the_same_pronoun_carries_the_chain(text, expected):
    assert said(text) == expected


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
    # Someone else described by the same head noun: "the minister" may be either of them.
    ("Foreign Minister Ivan Petrov met the defence minister on Monday.\nThe minister said the talks went well.",
     [("the talks went well", None, "The minister", "The minister")]),
    ("Police Chief Ian Rowe met the fire chief.\nThe chief said the fire was out.",
     [("the fire was out", None, "The chief", "The chief")]),
    ("Foreign Minister Ivan Petrov met reporters on Monday.\nThe minister said the talks went well.",
     [("the talks went well", "Ivan Petrov", "The minister", "Foreign Minister")]),
    ("Sen. Tom Hale met the senator from Ohio.\nThe senator said the bill was dead.",
     [("the bill was dead", None, "The senator", "The senator")]),
    # An abbreviated title is the role a later description names in full.
    ("Sen. Tom Hale, R-Texas, said the bill was dead.\nThe senator added that he would vote no.",
     [("the bill was dead", "Tom Hale", "Sen. Tom Hale, R-Texas,", "Sen."),
      ("that he would vote no", "Tom Hale", "The senator", "Sen.")]),
    ("Det. Insp. Ruth Cole led the inquiry.\nThe inspector said two men were arrested.",
     [("two men were arrested", "Ruth Cole", "The inspector", "Det. Insp.")]),
    # Describing the same holder anew is no other holder.
    ("Chancellor Ana Ruiz met donors.\nKestria's new chancellor wants lower taxes.\n"
     "The chancellor said the talks went well.",
     [("the talks went well", "Ana Ruiz", "The chancellor", "Chancellor")]),
    # A former holder of the role is not "the prime minister", only "the former prime minister".
    ("Former prime minister Tony Abel said the law was wrong.\n\nThe prime minister said the law would stay.\n\n"
     "The former prime minister said it would not.",
     [("the law was wrong", "Tony Abel", "Former prime minister Tony Abel", "Former prime minister"),
      ("the law would stay", None, "The prime minister", "The prime minister"),
      ("it would not", "Tony Abel", "The former prime minister", "Former prime minister")]),
    ("Tony Abel, the former chancellor, spoke first.\nThe chancellor said the law would stay.",
     [("the law would stay", None, "The chancellor", "The chancellor")]),
    # The presenter named before is not the Tory leader.
    ("The presenter Jon Sopel chaired the debate.\nThe Tory leader said they would fall.",
     [("they would fall", None, "The Tory leader", "The Tory leader")]),
    # The shadow chancellor is not the chancellor, nor the deputy mayor the mayor; each is themself.
    ("Shadow chancellor Ruth Cole set out her plans.\nThe chancellor said the plans were reckless.",
     [("the plans were reckless", None, "The chancellor", "The chancellor")]),
    ("The shadow chancellor, Ruth Cole, set out her plans.\nThe chancellor said the plans were reckless.",
     [("the plans were reckless", None, "The chancellor", "The chancellor")]),
    ("Shadow chancellor Ruth Cole set out her plans.\nThe shadow chancellor said the plans were costed.",
     [("the plans were costed", "Ruth Cole", "The shadow chancellor", "Shadow chancellor")]),
    ("Deputy mayor Tom Hale spoke first.\nThe mayor said the road would close.",
     [("the road would close", None, "The mayor", "The mayor")]),
])
def test_a_role_description_resolves_to_the_one_person_holding_it(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("U.N. Secretary-General Ann Ober said on Wednesday that 16 staff had died.\n\n"
     "The U.N. chief said rescue teams were needed.",
     [("that 16 staff had died", "Ann Ober", "U.N. Secretary-General Ann Ober", "U.N. Secretary-General"),
      ("rescue teams were needed", "Ann Ober", "The U.N. chief", "U.N. Secretary-General")]),
    ("IMF Managing Director Tom Hale visited Kyiv.\nThe IMF head said the loan would be paid in June.",
     [("the loan would be paid in June", "Tom Hale", "The IMF head", "IMF Managing Director")]),
    ("BBC Director-General Ruth Cole met the minister on Monday.\nThe BBC boss said the licence fee would stay.",
     [("the licence fee would stay", "Ruth Cole", "The BBC boss", "BBC Director-General")]),
    # Someone else there holds a post called "chief": either may be meant.
    ("U.N. Secretary-General Ann Ober met U.N. aid chief Tom Hale.\nThe U.N. chief said aid was coming.",
     [("aid was coming", None, "The U.N. chief", "The U.N. chief")]),
    # A post in another body, or none named: no one.
    ("IMF Managing Director Tom Hale visited Kyiv.\nThe World Bank chief said the loan would be paid.",
     [("the loan would be paid", None, "The World Bank chief", "The World Bank chief")]),
    ("Former IMF Managing Director Tom Hale visited Kyiv.\nThe IMF chief said the loan would be paid.",
     [("the loan would be paid", None, "The IMF chief", "The IMF chief")]),
])
def test_the_chief_or_head_of_a_body_is_whoever_holds_its_top_post(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, name, role", [
    ("East Midlands MEP Robert Kilroy said he would stand.", "Robert Kilroy", "East Midlands MEP"),
    ("MP Robert Kilroy said he would stand.", "Robert Kilroy", "MP"),
    ("Tory MP Ann Widdow said she would stand.", "Ann Widdow", "Tory MP"),
    ("Mr Robert Kilroy said he would stand.", "Robert Kilroy", None),
    ("Baroness Ann Hale said she would stand.", "Ann Hale", "Baroness"),
    ("The Rt Hon Chris Dalton MP said he would stand.", "Chris Dalton", "MP"),
    ("Doug Reilly MC MLA said he would stand.", "Doug Reilly", "MC MLA"),
    # A noun for a person, capitalised only because it opens the sentence.
    ("Neighbour Peter Evans, 62, said he heard shouting.", "Peter Evans", "Neighbour"),
    ("Campaigner Anna Cole said she would stand.", "Anna Cole", "Campaigner"),
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
    # A singular noun ending in "s" is one person described, not a group: no speaker row.
    ("The BBC boss said the licence fee would stay.", []),
    ("A witness said the driver ran away.", []),
    ("Witnesses said the driver ran away.", []),
    ("Deputies said the suspect fled.", []),
])
def test_kinds_and_descriptions(text, expected_speakers):
    assert speakers(text) == expected_speakers
    assert len(said(text)) == 1


@pytest.mark.parametrize("text, expected", [
    # Two named together speak together: neither is the speaker alone, and neither takes the other as a role.
    ("Tom Hale and Ana Ruiz met on Monday.\nHale and Ruiz said the talks had gone well.",
     [("the talks had gone well", None, "Hale and Ruiz", None)]),
    ("Tom Hale and Ana Ruiz said in a joint statement that a deal was close.",
     [("that a deal was close", None, "Tom Hale and Ana Ruiz", None)]),
    ("Tom Hale and Ana Ruiz met on Monday.\nBoth Hale and Ruiz said the talks had gone well.\nRuiz said she agreed.",
     [("the talks had gone well", None, "Hale and Ruiz", None), ("she agreed", "Ana Ruiz", "Ruiz", None)]),
])
def test_names_joined_by_and_speak_together(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected_speakers", [
    # A word that is a title before a name ("Treasury Secretary Ann Lee") names a body when alone.
    ("The Treasury said inflation had fallen.", [("Treasury", "organization", None)]),
    ("NASA said the launch would go ahead.", [("NASA", "organization", None)]),
    ("The Vatican said the visit would go ahead.", [("Vatican", "organization", None)]),
    # A person's title alone stays a role reference.
    ("The PM said the launch would go ahead.", []),
    ("The CEO said the launch would go ahead.", []),
])
def test_a_body_named_by_a_title_word_alone(text, expected_speakers):
    assert speakers(text) == expected_speakers


@pytest.mark.parametrize("text, expected", [
    # Initials in capitals are no pronoun ("WHO", "US", "IT"); a site's address is a body's name.
    ("The WHO said cases rose.", [("cases rose", "WHO", "The WHO", None)]),
    ("Cases rose, according to the WHO.", [("Cases rose", "WHO", "the WHO", None)]),
    ("The US said the talks failed.", [("the talks failed", "United States", "The US", None)]),
    ("Znak.com claims an explosion caused the collapse.",
     [("an explosion caused the collapse", "Znak.com", "Znak.com", None)]),
    ("One news site, Znak.com, claims an explosion caused the collapse.",
     [("an explosion caused the collapse", "Znak.com", "One news site, Znak.com,", None)]),
    # The pronoun itself still is one.
    ("Tom Hale met Ana Ruiz, who said the talks failed.", [("the talks failed", "Ana Ruiz", "who", None)]),
])
def test_initials_and_web_addresses_name_bodies(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A place's or body's post, then the name in commas: the person; a possessive alone is no speaker.
    ("According to Windsor Locks' first selectman, Chris Kervick, ten people were aboard.",
     [("ten people were aboard", "Chris Kervick", "Windsor Locks' first selectman, Chris Kervick",
       "Windsor Locks' first selectman")]),
    ("The coroner, Jane Doe, said the death was an accident.",
     [("the death was an accident", "Jane Doe", "The coroner, Jane Doe,", "The coroner")]),
])
def test_a_post_then_the_name_in_commas(text, expected):
    assert said(text) == expected


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


@pytest.mark.parametrize("text, expected", [
    # A description, then the name between commas: the name speaks, the description is the role.
    ("According to the council's leader, Ruth Cole, the plan will fail.",
     [("the plan will fail", "Ruth Cole", "the council's leader, Ruth Cole", "council's leader")]),
    ("The plan will fail, according to a spokesman, Tom Hale.",
     [("The plan will fail", "Tom Hale", "a spokesman, Tom Hale", "spokesman")]),
    # a description of several words before the name, a body's word among them
    ("According to a government weather forecaster, Manny Mendoza, the storm will weaken.",
     [("the storm will weaken", "Manny Mendoza", "a government weather forecaster, Manny Mendoza",
       "government weather forecaster")]),
    # A relative clause after the source belongs to it, not to what was said.
    ("According to Ruth Cole, who leads the council, the plan will fail.",
     [("the plan will fail", "Ruth Cole", "Ruth Cole", None)]),
])
def test_according_to_with_a_description_or_clause_around_the_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Ranks of armed forces and police, whole, abbreviated or of several words.
    ("A military spokesman, Lieutenant Colonel Mark Tobin, said the convoy was attacked.\n"
     "Lieutenant Colonel Tobin said two soldiers were hurt.",
     [("the convoy was attacked", "Mark Tobin", "A military spokesman, Lieutenant Colonel Mark Tobin,",
       "A military spokesman"),
      ("two soldiers were hurt", "Mark Tobin", "Lieutenant Colonel Tobin", "Lieutenant Colonel")]),
    ("Sergeant Major Ian Pell said the men were tired.",
     [("the men were tired", "Ian Pell", "Sergeant Major Ian Pell", "Sergeant Major")]),
    ("Lance Cpl. Owen Hart said the patrol had been quiet.",
     [("the patrol had been quiet", "Owen Hart", "Lance Cpl. Owen Hart", "Lance Cpl.")]),
    ("Det. Supt. Ruth Cole said the inquiry was continuing.\nDet. Supt. Cole said two men had been arrested.",
     [("the inquiry was continuing", "Ruth Cole", "Det. Supt. Ruth Cole", "Det. Supt."),
      ("two men had been arrested", "Ruth Cole", "Det. Supt. Cole", "Det. Supt.")]),
    # Occupations capitalised where the sentence begins, and hyphenated titles.
    ("Broadcaster Alan Reed said the show would end.",
     [("the show would end", "Alan Reed", "Broadcaster Alan Reed", "Broadcaster")]),
    ("Novelist Clara Penn said the prize was deserved.",
     [("the prize was deserved", "Clara Penn", "Novelist Clara Penn", "Novelist")]),
    ("U.N. Secretary-General Kim Sun-ho said the mission would stay.",
     [("the mission would stay", "Kim Sun-ho", "U.N. Secretary-General Kim Sun-ho", "U.N. Secretary-General")]),
    # A surname that is also a title stays in the name after a given name.
    ("Former prime minister John Major said the treaty was fair.",
     [("the treaty was fair", "John Major", "Former prime minister John Major", "Former prime minister")]),
    # Offices and posts capitalised before a name, with letters after it.
    ("Prosecutor Lina Ferro QC said the witnesses were frightened.",
     [("the witnesses were frightened", "Lina Ferro", "Prosecutor Lina Ferro QC", "Prosecutor QC")]),
    ("Space Agency Administrator Colin Mabry opened the hall.\n"
     "\"We thank every city that applied,\" said Mabry to the crowd.",
     [("\"We thank every city that applied,\"", "Colin Mabry", "Mabry", "Space Agency Administrator")]),
    ("County Coroner Ruth Abels said the death was an accident.",
     [("the death was an accident", "Ruth Abels", "County Coroner Ruth Abels", "County Coroner")]),
    ("Principal Dana Moor said the school would reopen.",
     [("the school would reopen", "Dana Moor", "Principal Dana Moor", "Principal")]),
])
def test_ranks_titles_and_occupations_are_roles_not_names(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A title of a place or an office, then the name.
    ("Mayor of Bristol Tom Hale said the budget was tight.",
     [("the budget was tight", "Tom Hale", "Mayor of Bristol Tom Hale", "Mayor of Bristol")]),
    ("Minister of Finance Abebe Tadesse told reporters the plan would work.",
     [("the plan would work", "Abebe Tadesse", "Minister of Finance Abebe Tadesse", "Minister of Finance")]),
    ("Secretary of State Jane Kirby said the talks would resume.",
     [("the talks would resume", "Jane Kirby", "Secretary of State Jane Kirby", "Secretary of State")]),
    ("Labour MP for Leeds North Ruth Cole said the ward was full.",
     [("the ward was full", "Ruth Cole", "Labour MP for Leeds North Ruth Cole", "Labour MP for Leeds North")]),
    ("Secretary of State for Health Ann Lowe said the ward was full.",
     [("the ward was full", "Ann Lowe", "Secretary of State for Health Ann Lowe", "Secretary of State for Health")]),
    # A role with an organisation word in it, a name, then where the person is from.
    ("Republican committee member Dave Colley of Georgia said the inquiry was a sham.",
     [("the inquiry was a sham", "Dave Colley", "Republican committee member Dave Colley of Georgia",
       "Republican committee member of Georgia")]),
    ("Supreme Court Justice Ann Lowe of Ohio said the law stood.",
     [("the law stood", "Ann Lowe", "Supreme Court Justice Ann Lowe of Ohio", "Supreme Court Justice of Ohio")]),
    # A name, then where the person is from or works.
    ("Tara Gold of The Guardian said the report was leaked.",
     [("the report was leaked", "Tara Gold", "Tara Gold of The Guardian", "The Guardian")]),
    ("Tara Gold of Leeds said the report was leaked.",
     [("the report was leaked", "Tara Gold", "Tara Gold of Leeds", "Leeds")]),
    ("President Ivan Petrov of Kestria said the border was open.",
     [("the border was open", "Ivan Petrov", "President Ivan Petrov of Kestria", "President of Kestria")]),
    # A name, then the body the person is of, whatever describes or owns it: the person speaks.
    ("Tom Hale of the army's Western Command said the group were the suspected attackers.",
     [("the group were the suspected attackers", "Tom Hale", "Tom Hale of the army's Western Command", None)]),
    ("Peter Iseley of worldwide victim group Ending Clergy Abuse said the church had failed.",
     [("the church had failed", "Peter Iseley", "Peter Iseley of worldwide victim group Ending Clergy Abuse", None)]),
    ("Ann Lowe of victims' group Clean Hands said the church had failed.",
     [("the church had failed", "Ann Lowe", "Ann Lowe of victims' group Clean Hands", None)]),
    # Family names with particles: "dela", "delos", "de".
    ("Arnel dela Vega of the army's Western Mindanao Command said the group were the suspected attackers.",
     [("the group were the suspected attackers", "Arnel dela Vega",
       "Arnel dela Vega of the army's Western Mindanao Command", None)]),
    ("Maria delos Santos of Manila's Northern Police District said the road was closed.",
     [("the road was closed", "Maria delos Santos", "Maria delos Santos of Manila's Northern Police District",
       "Manila's Northern Police District")]),
    ("Maria de Santos of Kestria's Water Board said the pipes were old.",
     [("the pipes were old", "Maria de Santos", "Maria de Santos of Kestria's Water Board", "Kestria's Water Board")]),
    # A post of a body, then a name a given name opens: the name speaks. Without a given name to
    # show where the body's name ends, nobody does.
    ("UK director of Amnesty International Kate Allen said the law was unjust.",
     [("the law was unjust", "Kate Allen", "UK director of Amnesty International Kate Allen",
       "UK director of Amnesty International")]),
    ("The head of Kestria Grid Energy said prices would rise.",
     [("prices would rise", None, "The head of Kestria Grid Energy", "The head")]),
    # Roles held in a place, and organisations, stay whole.
    ("The Archbishop of Canterbury said the church would help.",
     [("the church would help", None, "The Archbishop of Canterbury", "Archbishop of Canterbury")]),
    ("In an email, the Movement for the Emancipation of the Niger Delta (MEND) said the raid failed.",
     [("the raid failed", "Movement for the Emancipation of the Niger Delta",
       "the Movement for the Emancipation of the Niger Delta (MEND)", None)]),
])
def test_of_phrases_around_a_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Transit for Kestria (TfK) told passengers to take a longer way around.",
     [("passengers to take a longer way around", "Transit for Kestria", "Transit for Kestria (TfK)", None)]),
    ("Fares will rise in May, according to Harbour Rail Services (HRS).",
     [("Fares will rise in May", "Harbour Rail Services", "Harbour Rail Services (HRS)", None)]),
    # The initials alone, later, name the same body.
    ("The Kestrian Tourism Board (KTB) met on Monday.\nThe KTB said visitors should stay away.\n"
     "\"The roads are closed,\" KTB said.",
     [("visitors should stay away", "Kestrian Tourism Board", "The KTB", None),
      ("\"The roads are closed,\"", "Kestrian Tourism Board", "KTB", None)]),
    # Letters in brackets that are not the initials of the words before: a party tag, a place.
    ("Sen. Tom Hale (R-Texas) said the bill was dead.",
     [("the bill was dead", "Tom Hale", "Sen. Tom Hale (R-Texas)", "Sen.")]),
    ("Ana Ruiz (SNP) said the vote was close.",
     [("the vote was close", "Ana Ruiz", "Ana Ruiz (SNP)", None)]),
    # Initials of the name in its own language, after a body's name: the body all the same.
    ("Officers of the Kestrian Security Service (KSB) searched the flat.\nThe KSB said the blast was caused by gas.",
     [("the blast was caused by gas", "Kestrian Security Service", "The KSB", None)]),
    ("The National Liberation Front (FLN) won the vote.\n\"We will govern for all,\" the FLN said.",
     [("\"We will govern for all,\"", "National Liberation Front", "the FLN", None)]),
    ("Police and the Border Guard Service (SGB) stopped the lorry.\nThe SGB said it carried 40 people.",
     [("it carried 40 people", "Border Guard Service", "The SGB", None)]),
])
def test_an_organisation_written_with_its_initials_in_brackets(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A body for a purpose: an organisation word, "for" or "of", capitalised words.
    ("The Office for Budget Responsibility said growth would slow.",
     [("growth would slow", "Office for Budget Responsibility", "The Office for Budget Responsibility", None)]),
    ("Rents rose by a fifth, according to the Institute for Housing Studies.",
     [("Rents rose by a fifth", "Institute for Housing Studies", "the Institute for Housing Studies", None)]),
    # ...but a post held in it goes with the person.
    ("Office for Budget Responsibility Chairman Ray Hull said growth would slow.",
     [("growth would slow", "Ray Hull", "Office for Budget Responsibility Chairman Ray Hull",
       "Office for Budget Responsibility Chairman")]),
    # The country owning a body is no part of its name; other possessives are.
    ("A storm killed 40 people, according to Norway's Civil Defence Authority.",
     [("A storm killed 40 people", "Civil Defence Authority", "Norway's Civil Defence Authority", None)]),
    ("Britain's Office for Rail Standards said fares would rise.",
     [("fares would rise", "Office for Rail Standards", "Britain's Office for Rail Standards", None)]),
    ("Hamlin's Bank said profits rose.", [("profits rose", "Hamlin's Bank", "Hamlin's Bank", None)]),
    # A body owned by someone, after "of": its head speaks, unnamed.
    ("The founding president of Kestria's opposition Movement for Renewal promised to resist the plan.",
     [("to resist the plan", None, "The founding president of Kestria's opposition Movement for Renewal",
       "The founding president")]),
])
def test_names_of_bodies(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A state of more than one word, with or without "the", speaks as "Russia" does.
    ("The United States called its actions defensive in nature.",
     [("its actions defensive in nature", "United States", "The United States", None)]),
    ("South Korea said the launch broke the agreement.",
     [("the launch broke the agreement", "South Korea", "South Korea", None)]),
    ("The UK said it would send more aid.", [("it would send more aid", "United Kingdom", "The UK", None)]),
    ("The U.S. warned that the deadline would not move.",
     [("that the deadline would not move", "United States", "The U.S.", None)]),
    ("Saudi Arabia denied that it had cut production.",
     [("that it had cut production", "Saudi Arabia", "Saudi Arabia", None)]),
])
def test_a_state_named_in_more_than_one_word_speaks_as_an_organisation(text, expected):
    assert said(text) == expected
    assert [kind for _, kind, _ in speakers(text)] == ["organization"]


@pytest.mark.parametrize("text, expected", [
    # The article itself says the one word names an organisation: a company noun before it...
    ("UK-based retailer Tesco agreed the sale on Thursday.\nTesco said its Polish stores had lost money.",
     [("its Polish stores had lost money", "Tesco", "Tesco", None)]),
    ("The carmaker Veltra recalled 40,000 vehicles.\nVeltra said no one had been hurt.",
     [("no one had been hurt", "Veltra", "Veltra", None)]),
    # ...or "which" after it, never said of a person.
    ("Orbix, which runs the town's buses, cut six routes.\nOrbix said the routes had too few passengers.",
     [("the routes had too few passengers", "Orbix", "Orbix", None)]),
    # Without such evidence a lone capitalised word may be anyone's surname: no speaker.
    ("Kellogg said it would appeal the ruling.", [("it would appeal the ruling", None, "Kellogg", None)]),
    # A person the article names keeps the word, whatever else is said.
    ("Investor Ann Veltra bought the carmaker Halden.\nVeltra said the deal was done.",
     [("the deal was done", "Ann Veltra", "Veltra", "Investor")]),
    ("Mr Orbix, which is to say the owner, cut the routes.\nOrbix said the routes lost money.",
     [("the routes lost money", None, "Orbix", None)]),
    # The tail of a longer name is not the name: "which" says a body, not which one.
    ("The Atlas of Presidential Elections, which ranks counties, named Vigo. Presidential Elections said "
     "the county was a bellwether.",
     [("the county was a bellwether", None, "Presidential Elections", "Presidential")]),
])
def test_one_word_the_article_shows_is_an_organisation(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A place name after a post someone holds is a surname, not the country or a branch of a body.
    ("Senate committee chairman Jordan said the hearing would go ahead.",
     [("the hearing would go ahead", None, "Senate committee chairman Jordan", "Senate committee chairman")]),
    ("Senate Committee Chairman Jordan said the hearing would go ahead.",
     [("the hearing would go ahead", None, "Senate Committee Chairman Jordan", "Senate Committee Chairman")]),
    # A country alone speaks as a state.
    ("Jordan said the border would stay closed.", [("the border would stay closed", "Jordan", "Jordan", None)]),
])
def test_a_place_name_after_a_post_is_a_surname(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nadia Kerr, who heads one wing of the union, split since 2019, said the strike would go ahead.",
     [("the strike would go ahead", "Nadia Kerr",
       "Nadia Kerr, who heads one wing of the union, split since 2019,", None)]),
    ("Piet Vos, who chairs the board of Kestria Rail, said fares would rise.",
     [("fares would rise", "Piet Vos", "Piet Vos, who chairs the board of Kestria Rail,", None)]),
    ("Nadia Kerr, 56, who has led the union since 2019, said the strike would go ahead.",
     [("the strike would go ahead", "Nadia Kerr", "Nadia Kerr, 56, who has led the union since 2019,", None)]),
    ("The head of Kestria's main opposition party, Ilse Brandt, has denied the report.",
     [("the report", "Ilse Brandt", "The head of Kestria's main opposition party, Ilse Brandt,",
       "The head of Kestria's main opposition party")]),
    ("The company's founder, Ann Lee, said sales had doubled.",
     [("sales had doubled", "Ann Lee", "The company's founder, Ann Lee,", "The company's founder")]),
    ('Another was tour manager Tom Grey, 24, who said: "I did what anyone would do."',
     [('"I did what anyone would do."', "Tom Grey", "who", "tour manager")]),
    # ... or after a name and a description of them between commas; not after a list of names.
    ("The complaint came from someone called Hafiz Ahmed, a resident of the city, who claimed that the "
     "journalist had lied.",
     [("that the journalist had lied", "Hafiz Ahmed", "who", "resident of the city")]),
    ("It drew celebrities like Oprah Winfrey, Will Smith, Patti LaBelle and Stevie Wonder, who joked that "
     "he had not seen it.",
     [("that he had not seen it", None, "who", None)]),
    # A relative "who" right after a name, with no comma, hangs on that name...
    ('The bill was drafted by Alex Greaves who said in the chamber, "It ends decades of waiting."',
     [('"It ends decades of waiting."', "Alex Greaves", "who", None)]),
    ("The minister met Governor Ellen Park who has said the budget will balance.",
     [("the budget will balance", "Ellen Park", "who", "Governor")]),
    # ...but after "of" or "for" it may hang on the noun before: nobody is guessed.
    ("They met a spokesman for the office of Governor Ellen Park who said the budget will balance.",
     [("the budget will balance", None, "who", None)]),
    # "Said" as a surname is no cue.
    ("A former chief of the tribal police, Omar Said, says the raids must stop.",
     [("the raids must stop", "Omar Said", "A former chief of the tribal police, Omar Said,",
       "A former chief of the tribal police")]),
])
def test_the_speaker_before_relative_clauses_ages_and_descriptions(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Minister of Finance Abebe Tadesse met donors on Monday.\nMr. Abebe said inflation would fall.",
     [("inflation would fall", "Abebe Tadesse", "Mr. Abebe", "Minister of Finance")]),
    ("U.N. Secretary-General Kim Sun-ho visited the camp.\nMr. Kim said peacekeepers were safe.",
     [("peacekeepers were safe", "Kim Sun-ho", "Mr. Kim", "U.N. Secretary-General")]),
    ("Chen Wei-lin, the mayor, opened the bridge.\nMr. Chen said traffic would ease.",
     [("traffic would ease", "Chen Wei-lin", "Mr. Chen", "mayor")]),
    # Two people of that given name: nobody.
    ("Kim Sun-ho and Kim Dae-sung met.\nMr. Kim said the talks went well.",
     [("the talks went well", None, "Mr. Kim", None)]),
])
def test_an_honorific_with_the_family_name_written_first(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A family-name particle in lower case, joined by a hyphen, is part of the name.
    ("Civil defence chief Faisal al-Harbi said the wounded were in hospital.",
     [("the wounded were in hospital", "Faisal al-Harbi", "Civil defence chief Faisal al-Harbi",
       "Civil defence chief")]),
    ("Omar el-Fayed told reporters the count was fair.\nMr el-Fayed said the vote was over. He added that he was glad.",
     [("the count was fair", "Omar el-Fayed", "Omar el-Fayed", None),
      ("the vote was over", "Omar el-Fayed", "Mr el-Fayed", None),
      ("that he was glad", "Omar el-Fayed", "He", None)]),
    # An aside saying where or how it was said is no role.
    ('Authority director Faisal al-Harbi, in remarks to al-Sahra television, said "All were taken to hospital."',
     [('"All were taken to hospital."', "Faisal al-Harbi",
       "Authority director Faisal al-Harbi, in remarks to al-Sahra television,", "Authority director")]),
    ("Ruth Cole, speaking on Monday, said the plan would fail.",
     [("the plan would fail", "Ruth Cole", "Ruth Cole, speaking on Monday,", None)]),
])
def test_name_particles_and_asides_of_where_it_was_said(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Family names with lower-case particles, written with or without the given name.
    ("Pieter van der Molen chaired the meeting. Mr van der Molen said the vote was close.\n"
     "Van der Molen added that it was fair.",
     [("the vote was close", "Pieter van der Molen", "Mr van der Molen", None),
      ("that it was fair", "Pieter van der Molen", "Van der Molen", None)]),
    ("Ana de la Fuente told reporters the vote was close.",
     [("the vote was close", "Ana de la Fuente", "Ana de la Fuente", None)]),
    # Never named with a given name: a family name alone, nobody.
    ("Mr van der Molen said the vote was close.", [("the vote was close", None, "Mr van der Molen", None)]),
    # Accented capitals begin names as any capital does.
    ("Joaquín Álvaro chaired the meeting. Mr Álvaro said the vote was close.",
     [("the vote was close", "Joaquín Álvaro", "Mr Álvaro", None)]),
    ("Łucja Żelazna chaired the meeting. Żelazna said the vote was close.",
     [("the vote was close", "Łucja Żelazna", "Żelazna", None)]),
])
def test_family_name_particles_and_accented_names(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A surname that is also a common word ("may", "still") after an honorific is the name.
    ("Theresa May met the cabinet.\nMrs May said the deal was done.",
     [("the deal was done", "Theresa May", "Mrs May", None)]),
    ("Theresa May met the cabinet.\n\"It is done,\" said Mrs May.",
     [("\"It is done,\"", "Theresa May", "Mrs May", None)]),
    ("\"It is done,\" said Ms Still.", [("\"It is done,\"", None, "Ms Still", None)]),
    # Without an honorific, "may" is the verb.
    ("Ruth Cole may say the deal is done.", [("the deal is done", "Ruth Cole", "Ruth Cole", None)]),
])
def test_a_surname_that_is_also_a_common_word(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The sentences of a long quotation lie between the pronoun and who said them.
    ('Lt. Colonel Ade Musa, spokesman for the task force, spoke to reporters.\n'
     '"We did not attack the camp. We attacked militants. We will go on," he said.',
     [('"We did not attack the camp. We attacked militants. We will go on,"', "Ade Musa", "he", "Lt. Colonel")]),
    ("Tribunal spokesman Neth Sok said the court was busy.\n"
     "“The chamber has set plans. It will sit in May. There is no delay,” he said.",
     [("the court was busy", "Neth Sok", "Tribunal spokesman Neth Sok", "Tribunal spokesman"),
      ("“The chamber has set plans. It will sit in May. There is no delay,”", "Neth Sok", "he", "spokesman")]),
    # Several men named in the sentence before: the one who spoke there.
    ("Cases against Ivo Brandt and Karel Tomsa will resume, the spokesman, Neth Sok, told reporters.\n"
     "“The chamber has set plans,” he said.",
     [("Cases against Ivo Brandt and Karel Tomsa will resume", "Neth Sok", "the spokesman, Neth Sok,",
       "the spokesman"),
      ("“The chamber has set plans,”", "Neth Sok", "he", "spokesman")]),
    # In a clause of its own sentence ("who he said"), the sentence's subject.
    ("U.N. Secretary-General Kim Sun-ho visited the camp on Monday.\n"
     "Brian Wade, a correspondent who arrived on Tuesday, said roads were blocked.\n"
     "As part of the effort, Mr. Kim spoke with President Joe Biden, who he said promised help to the region.",
     [("roads were blocked", "Brian Wade", "Brian Wade, a correspondent who arrived on Tuesday,",
       "correspondent who arrived on Tuesday"),
      ("promised help to the region", "Kim Sun-ho", "he", "U.N. Secretary-General")]),
])
def test_pronouns_after_long_quotes_and_in_clauses(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Court of Session ruled on Wednesday.\nThe three-judge court said the suspension was unlawful.",
     [("the suspension was unlawful", "Court of Session", "The three-judge court", None)]),
    ("Thames Valley Police arrested two men.\nPolice said they were being questioned.",
     [("they were being questioned", "Thames Valley Police", "Police", None)]),
    # A body's name before a post describes the post, and a capitalised word may shorten it.
    ("Federal Reserve chair Ana Ruiz spoke on Monday.\nThe Fed chair said the recovery was strong.",
     [("the recovery was strong", "Ana Ruiz", "The Fed chair", "chair")]),
    ("Harbour Trust director Ana Ruiz and city director Tom Hale met.\nThe Trust director said it went well.",
     [("it went well", "Ana Ruiz", "The Trust director", "director")]),
    # A word describing the kind must be the body's own: an intelligence group is no terrorist group.
    ("The SITE Intelligence Group monitors forums.\nThe terrorist group said it would strike again.",
     [("it would strike again", None, "The terrorist group", None)]),
    ("The Kestria City Council met.\nThe local council said the budget was set.",
     [("the budget was set", "Kestria City Council", "The local council", None)]),
    # Two forces named: which one is not guessed.
    ("Thames Valley Police and the Metropolitan Police arrested two men.\nPolice said they were being questioned.",
     [("they were being questioned", None, "Police", None)]),
    # Trusts, universities, regulators: each description refers to the one body of its kind named.
    ("The Harbour Trust and the Kestria Council disagreed.\nThe trust said the river was clean.\n"
     "The council said it was not.",
     [("the river was clean", "Harbour Trust", "The trust", None),
      ("it was not", "Kestria Council", "The council", None)]),
    ("Leeds University opened a lab.\nThe university said it would hire.",
     [("it would hire", "Leeds University", "The university", None)]),
    ("The Kestria Media Regulator fined the firm.\nThe regulator said the fine was fair.",
     [("the fine was fair", "Kestria Media Regulator", "The regulator", None)]),
    # The first word of the one organisation named, when no person the article names carries it.
    ("Harlow Bank reported a loss.\nHarlow said costs had risen.",
     [("costs had risen", "Harlow Bank", "Harlow", None)]),
    ("Tom Harlow met Harlow Bank.\nHarlow said costs had risen.",
     [("costs had risen", "Tom Harlow", "Harlow", None)]),
    ("Harlow Bank fined Mr Harlow.\nHarlow said costs had risen.",
     [("costs had risen", None, "Harlow", None)]),
    ("Harlow Bank and Harlow Council met.\nHarlow said costs had risen.",
     [("costs had risen", None, "Harlow", None)]),
    # Two capitalised words nothing shows to be a person are no given name to resolve by.
    ("Harlow Sachs and Morgan Stanley reported.\nHarlow said costs had risen.",
     [("costs had risen", None, "Harlow", None)]),
    # Embassies, consulates and tribunals are organisations the description can refer to.
    ("The governor wrote to the Kestrian Embassy in Lisbon.\nThe embassy said the family had left.",
     [("the family had left", "Kestrian Embassy", "The embassy", None)]),
    ("The Harbour Crimes Tribunal opened in May.\nThe tribunal said it needed more money.",
     [("it needed more money", "Harbour Crimes Tribunal", "The tribunal", None)]),
    # A person described is not the organisation.
    ("Acme Bank reported a loss.\nA bank spokesman said costs had risen.",
     [("costs had risen", None, "A bank spokesman", "A bank spokesman")]),
])
def test_a_description_of_an_organisation_refers_to_the_one_the_article_names(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A statement from the Ministry of Defence said the soldier had died.",
     [("the soldier had died", "Ministry of Defence", "A statement from the Ministry of Defence", None)]),
    ("A letter signed by Ruth Evans said the plan was flawed.",
     [("the plan was flawed", "Ruth Evans", "A letter signed by Ruth Evans", None)]),
    ("According to a Twitter post by Amy Cook, director of the event, the tusk came from the wall.",
     [("the tusk came from the wall", "Amy Cook", "a Twitter post by Amy Cook, director of the event",
       "director of the event")]),
    ("According to a report in the Times, the deal collapsed.",
     [("the deal collapsed", "Times", "a report in the Times", None)]),
    # A document owned by a name, or named by its issuer, speaks for them.
    ("Senator Jon Corrie wrote to the agency.\nCorrie's letter added, \"There is no question about it.\"",
     [("\"There is no question about it.\"", "Jon Corrie", "Corrie's letter", "Senator")]),
    ("Ann Pryce's statement said the school would close.",
     [("the school would close", "Ann Pryce", "Ann Pryce's statement", None)]),
    ("Ann Pryce's Twitter post said the school would close.",
     [("the school would close", "Ann Pryce", "Ann Pryce's Twitter post", None)]),
    ("Ann Pryce's Facebook account said the school would close.",
     [("the school would close", "Ann Pryce", "Ann Pryce's Facebook account", None)]),
    ("The virus was declared a pandemic by the World Health Organization (WHO).\n"
     "The WHO's website said: \"There is no cure.\"",
     [("\"There is no cure.\"", "World Health Organization", "The WHO's website", None)]),
    ("The council's website says the road will close.",
     [("the road will close", None, "The council's website", None)]),
    # Statistics, data and figures are documents too; modifiers between owner and document, a date
    # after it, and documents in the plural keep their issuer.
    ("Rates averaged 50%, according to the Harbour Institute's figures.",
     [("Rates averaged 50%", "Harbour Institute", "the Harbour Institute's figures", None)]),
    ("The virus killed 66 people, according to the Harbour Institute's situation report dated March 16.",
     [("The virus killed 66 people", "Harbour Institute", "the Harbour Institute's situation report dated March 16",
       None)]),
    ("According to the reports by Kestria University, there are 142 cases.",
     [("there are 142 cases", "Kestria University", "the reports by Kestria University", None)]),
    ("According to official figures, the city grew.", [("the city grew", None, "official figures", None)]),
    ("Stocks ran out, according to the Kestria Herald report.",
     [("Stocks ran out", "Kestria Herald", "the Kestria Herald report", None)]),
    ("Stocks ran out, according to the Shopwatch.co.kt report.",
     [("Stocks ran out", "Shopwatch.co.kt", "the Shopwatch.co.kt report", None)]),
    ("Stocks ran out, according to a report from Kestria Radio.",
     [("Stocks ran out", "Kestria Radio", "a report from Kestria Radio", None)]),
    ("Stocks ran out, according to a report from ABC Norway.",
     [("Stocks ran out", "ABC Norway", "a report from ABC Norway", None)]),
    # An owner that is a description stays one, or refers to the one body of its kind named.
    ("The council's report said the school would close.",
     [("the school would close", None, "The council's report", None)]),
    ("The Court of Appeal ruled on Friday.\nThe court's summary said the order was unlawful.",
     [("the order was unlawful", "Court of Appeal", "The court's summary", None)]),
    ("Acme Bank and Kestria Bank merged.\nThe bank's statement said costs had risen.",
     [("costs had risen", None, "The bank's statement", None)]),
    # Polls, surveys and studies speak for whoever published them.
    ("Most voters back the plan, according to a poll published by Kestria News last week.",
     [("Most voters back the plan", "Kestria News", "a poll published by Kestria News last week", None)]),
    ("Most voters back the plan, according to a survey by the Harbour Institute.",
     [("Most voters back the plan", "Harbour Institute", "a survey by the Harbour Institute", None)]),
    ("A Kestria News poll said most voters back the plan.",
     [("most voters back the plan", "Kestria News", "A Kestria News poll", None)]),
    ("Most voters back the plan, according to the poll.",
     [("Most voters back the plan", None, "the poll", None)]),
    # What a document "read" is what it said; nobody else "reads" speech.
    ('A statement released from the Ministry of Harbours read: "We confirm the loss of a vessel."',
     [('"We confirm the loss of a vessel."', "Ministry of Harbours",
       "A statement released from the Ministry of Harbours", None)]),
    ('Ann Pryce\'s letter read in part: "We regret the delay."',
     [('"We regret the delay."', "Ann Pryce", "Ann Pryce's letter", None)]),
    ("Tom Reyes read the names of the dead.", []),
    ('The sign on the gate read: "Keep out."', []),
])
def test_a_document_speaks_for_whoever_issued_it(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The subject of a passive cue is spoken of or to, never the speaker.
    ('Ivo Brandt, who was described as "dangerous" by the police, sent threats to his neighbours.', []),
    ('The plan was described as "reckless" by Ruth Cole.', []),
    ("The suspect was told by police that he would be charged.", []),
    # A telephone call reports nothing said.
    ("A mother called the police in Kamloops, British Columbia, on Sunday after her daughter fell ill.", []),
    ("Ruth Cole called the plan reckless.", [("the plan reckless", "Ruth Cole", "Ruth Cole", None)]),
    # Asking not to be named reports nothing; the one who asked still speaks by the main cue.
    ('"It was chaos," one witness, who asked not to be named, told the Kestria Times.',
     [('"It was chaos,"', None, "one witness, who asked not to be named,", "one witness")]),
    ("A resident who asked not to be identified said the road was closed.",
     [("the road was closed", None, "A resident", "A resident")]),
    ("An official, who asked for anonymity because he was not cleared to speak, said the talks had stalled.",
     [("the talks had stalled", None, "An official, who asked for anonymity because he was not cleared to speak,",
       "An official")]),
    # "according to" relaying who spoke: the one who spoke is the speaker.
    ("Witnesses, according to The Telegraph, said a man attacked a group of men.",
     [("a man attacked a group of men", None, "Witnesses, according to The Telegraph,", None)]),
    ("Ruth Cole, according to the Times, said the plan was reckless.",
     [("the plan was reckless", "Ruth Cole", "Ruth Cole, according to the Times,", None)]),
])
def test_cues_whose_subject_is_not_the_speaker(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Someone of the pronoun's gender named in its own sentence, before it: no safe antecedent.
    ('Prosecutor Mark Tedeschi opened the case.\n'
     'Thomas Sam\'s sister pleaded with him to see a doctor, but he replied "I am not able to do that".',
     [('"I am not able to do that"', None, "he", None)]),
    # Names inside what was said do not count.
    ("Ivan Petrov met Tom Hale in Leeds.\nThe visit to Kestria will go ahead in May, he said.",
     [("The visit to Kestria will go ahead in May", "Ivan Petrov", "he", None)]),
])
def test_a_pronoun_with_a_rival_in_its_own_sentence(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Ivo Brandt was arrested in May.\n\n'
     'Ruth Cole, the head of the inquiry, said about Brandt: "His plans were clear. He wanted to hurt people."',
     [('"His plans were clear. He wanted to hurt people."', "Ruth Cole", "Ruth Cole, the head of the inquiry,",
       "head of the inquiry")]),
    ('Ruth Cole told the BBC\'s Today programme: "His plans were clear."',
     [('"His plans were clear."', "Ruth Cole", "Ruth Cole", None)]),
    ('Ruth Cole told a crowd of supporters in Leeds, "We will win."',
     [('"We will win."', "Ruth Cole", "Ruth Cole", None)]),
])
def test_words_between_the_cue_and_a_quotation(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected_speakers", [
    ("Pakistani authorities say the strike killed four people.", [("Pakistani authorities", "group", None)]),
    ("U.S. military officials say insurgents killed five troops.", [("U.S. military officials", "group", None)]),
    ("Both U.N. and U.S. officials have confirmed that the airport will reopen.",
     [("U.N. and U.S. officials", "group", None)]),
    ("The strike, Kremlin officials said, was a mistake.", [("Kremlin officials", "group", None)]),
    ("Kestrian police said the road was closed.", [("Kestrian police", "organization", None)]),
    # A capital that only begins the sentence says nothing of who: a description.
    ("Security officials say the strike hit a house.", []),
    ("Officials say the strike hit a house.", []),
    ("The company said profits rose.", []),
])
def test_a_group_a_nation_or_body_stands_behind_is_a_named_source(text, expected_speakers):
    assert speakers(text) == expected_speakers
    assert len(said(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("Ruth Cole praised the staff and said that she would fight for more funding for the ward:\n\n"
     "“This ward matters. It saves lives.\n\n“We will keep it open.”",
     [("the staff", "Ruth Cole", "Ruth Cole", None),
      ("that she would fight for more funding for the ward", "Ruth Cole", "Ruth Cole", None),
      ("“This ward matters. It saves lives.\n\n“We will keep it open.”", "Ruth Cole", "Ruth Cole", None)]),
    ("Ruth Cole also spoke about the plans for a new wing:\n\n“It will open in May.”",
     [("the plans for a new wing", "Ruth Cole", "Ruth Cole", None),
      ("“It will open in May.”", "Ruth Cole", "Ruth Cole", None)]),
])
def test_a_paragraph_ending_in_a_colon_introduces_the_next_ones_quotation(text, expected):
    assert said(text) == expected


def test_a_chain_of_pronouns_runs_over_a_sentence_ending_in_a_possessive():
    text = ("Jennifer Pagonis spoke in Geneva. Pagonis says refugees in camps get help.\n\n"
            "She says aid workers met people who fled South Ossetia in the 1990's.\n\n"
            "She says they are still living in collective centers.")
    assert said(text) == [
        ("refugees in camps get help", "Jennifer Pagonis", "Pagonis", None),
        ("aid workers met people who fled South Ossetia in the 1990's", "Jennifer Pagonis", "She", None),
        ("they are still living in collective centers", "Jennifer Pagonis", "She", None),
    ]


@pytest.mark.parametrize("text, expected", [
    ("Train drivers' union general secretary Mick Whelan commented, “We have worked closely with the government.”",
     [("“We have worked closely with the government.”", "Mick Whelan", "union general secretary Mick Whelan",
       "union general secretary")]),
    # An aside in brackets spelling out a name, with commas inside it.
    ("The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), "
     "Mick Cash, said the plan would fail.",
     [("the plan would fail", "Mick Cash",
       "The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash,",
       "The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers)")]),
    # A title of an organisation, then the name between commas.
    ("Director of Kestria Tourism Partnership, David Clay, said the hotel was vital.",
     [("the hotel was vital", "David Clay", "Director of Kestria Tourism Partnership, David Clay,",
       "Director of Kestria Tourism Partnership")]),
    # Words before the commas that do not read as one phrase: the full name between them speaks.
    ("The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, "
     "said the hotel was vital.",
     [("the hotel was vital", "David Clay", "David Clay,", None)]),
    # An age is no part of a name.
    ("Fourteen-year-old Zoe, on the top deck, said the roof fell in.",
     [("the roof fell in", None, "Fourteen-year-old Zoe, on the top deck,", "Fourteen-year-old")]),
    ("Fifteen-year-old Robert Dale said the bus shook.",
     [("the bus shook", "Robert Dale", "Fifteen-year-old Robert Dale", "Fifteen-year-old")]),
])
def test_long_descriptions_before_a_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation with no attribution of its own takes the one before it...
    ("Ruth Cole opened the ward.\n\nMs Cole said the ward would stay open.\n\n“We will fight for it.”",
     [("the ward would stay open", "Ruth Cole", "Ms Cole", None),
      ("“We will fight for it.”", "Ruth Cole", "Ms Cole", None)]),
    # ...unless someone new is named between them.
    ('Broadcaster Alan Reed commented, "The man with the ladder was a hero."\n\n'
     'Police also said the attacker wore a fake vest.\n\n'
     'Another was tour manager Tom Grey, 24, who cited only his love of rugby: "One in, all in."',
     [('"The man with the ladder was a hero."', "Alan Reed", "Broadcaster Alan Reed", "Broadcaster"),
      ("the attacker wore a fake vest", None, "Police", None),
      ('"One in, all in."', None, None, None)]),
])
def test_an_unattributed_quotation_and_the_attribution_before_it(text, expected):
    assert said(text) == expected


# A headline ends without a full stop; the next paragraph opens with a full name. The headline's
# last capitalised word is no given name: the person is the one the paragraph names.
@pytest.mark.parametrize("text, expected", [
    ("Strike spreads to Varnholm\n\nMirela Dostal said the depots would stay shut.",
     [("the depots would stay shut", "Mirela Dostal", "Mirela Dostal", None)]),
    ("Dostal warns of closures in Varnholm\n\nMirela Dostal said the depots would stay shut. "
     "Dostal said talks would resume on Friday.",
     [("of closures in Varnholm", "Mirela Dostal", "Dostal", None),
      ("the depots would stay shut", "Mirela Dostal", "Mirela Dostal", None),
      ("talks would resume on Friday", "Mirela Dostal", "Dostal", None)]),
    ("Flood defences fail in Eastbridge\nCouncillor Tom Reddy said the barrier had been neglected.",
     [("the barrier had been neglected", "Tom Reddy", "Councillor Tom Reddy", "Councillor")]),
])
def test_a_name_does_not_run_across_a_line_break(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation right after the sentence saying someone issued a statement is that statement.
    ('Not all were pleased. U.S. Senator Jon Corrin, Republican from Texas, issued a statement regarding '
     'the decision. "Like many Texans, I am disappointed."',
     [('"Like many Texans, I am disappointed."', "Jon Corrin", "U.S. Senator Jon Corrin, Republican from Texas,",
       "Republican from Texas")]),
    ('The Harbour Trust released a statement on Friday.\n\n"We are saddened by the loss of a friend."',
     [('"We are saddened by the loss of a friend."', "Harbour Trust", "The Harbour Trust", None)]),
    # A quotation with its own attribution keeps it; another sentence between leaves it unattributed.
    ('Ruth Cole issued a statement. "We are ready," said Tom Hale.',
     [('"We are ready,"', "Tom Hale", "Tom Hale", None)]),
    ('Police issued a statement. The chief spoke next. "We are ready."', [('"We are ready."', None, None, None)]),
    ('Ruth Cole read out the names. "We are ready."', [('"We are ready."', None, None, None)]),
])
def test_a_quotation_after_a_statement_was_issued(text, expected):
    assert said(text) == expected


def said_on_page(page):
    """(content, speaker, mention as written) of every quote of a whole page, furniture and all."""
    from claims.extract import extract

    return [(q.text, q.speaker, q.speaker_text) for q in extract(page).quotes]


# The people a byline or a photo credit names are not people of the article: a surname the body
# quotes is not theirs, though they share it.
@pytest.mark.parametrize("page, expected", [
    ("Dam repairs to begin in Apatin\n\nBy Cyril Antal\nApril 26, 2025\n\n"
     "Officials met in Apatin on Tuesday to agree the repairs to the dam.\n\n"
     "“We will not stop until every family is safe,” Antal told the Post.\n",
     [("“We will not stop until every family is safe,”", None, "Antal")]),
    ("Ferry service cut again\n\nBy Maria Lund and Tom Berg\n\n"
     "The operator cut two more sailings from the timetable on Monday evening.\n\n"
     "Berg said the ferry would return in spring.\n",
     [("the ferry would return in spring", None, "Berg")]),
    ("Council backs new library\n\nResidents outside the library on Friday. (Ann Kerr/The Courier)\n\n"
     "The council voted on Thursday to build the new library in the town centre.\n\n"
     "Kerr, who chairs the library trust, said the vote was overdue.\n",
     [("the vote was overdue", None, "Kerr, who chairs the library trust,")]),
])
def test_a_byline_or_photo_credit_names_no_one_the_article_quotes(page, expected):
    assert said_on_page(page) == expected


# A name right after a word that only qualifies a post ("Health", "Deputy", "Foreign") is a body's:
# a person's role ends in the post itself ("Health Secretary Ann Lee").
@pytest.mark.parametrize("text, expected", [
    ("The Kestrian Public Health Infobase said 12 per cent of adults smoke.",
     [("12 per cent of adults smoke", "Kestrian Public Health Infobase", "The Kestrian Public Health Infobase",
       None)]),
    ("The National Energy Helpdesk said bills would rise.",
     [("bills would rise", "National Energy Helpdesk", "The National Energy Helpdesk", None)]),
    ("Health Secretary Ann Lee said the plan was sound.",
     [("the plan was sound", "Ann Lee", "Health Secretary Ann Lee", "Health Secretary")]),
])
def test_a_name_after_a_qualifier_of_a_post_is_a_bodys(text, expected):
    assert said(text) == expected


# A one-word name whose aside says "its" ("in its report", "on its website") is an organisation.
@pytest.mark.parametrize("text, expected", [
    ("Varnholm, in its annual report, said profits rose.",
     [("profits rose", "Varnholm", "Varnholm, in its annual report,", None)]),
    ("Kestel, on its website, said the recall was voluntary.",
     [("the recall was voluntary", "Kestel", "Kestel, on its website,", None)]),
    # "its" elsewhere says nothing of the name, nor "his" of a one-word name
    ("Hale, who runs its shop, said prices would fall.",
     [("prices would fall", None, "Hale, who runs its shop,", None)]),
    ("Hale, in his speech, said prices would fall.", [("prices would fall", None, "Hale, in his speech,", None)]),
])
def test_a_name_whose_aside_says_its_is_an_organisation(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The name is the object of a preposition behind words of its own ("loyal to Shiite cleric"):
    # the phrase it hangs on speaks, and when that is no speaker phrase, nobody here does.
    ("Five cabinet members and 30 legislators loyal to Shiite cleric Moqtada al-Sadr threatened to quit.", []),
    ("Thirty legislators loyal to opposition leader Tom Hale said the budget was a disgrace.", []),
    ("Officials close to party chairman Tom Hale said he would resign.", []),
    ("A spokesman for the Shiite cleric Moqtada al-Sadr said the boycott would go on.",
     [("the boycott would go on", None, "A spokesman for the Shiite cleric Moqtada al-Sadr",
       "A spokesman for the Shiite cleric Moqtada al-Sadr")]),
    # Role words before a name never reach back over "of" to the group it belongs to.
    ("Dozens of supporters of opposition leader Ana Ruiz said the vote had been rigged.",
     [("the vote had been rigged", None, "Dozens of supporters of opposition leader Ana Ruiz", None)]),
    # The name's own role words are no preposition's object.
    ("Mexico's Foreign Secretary Marcelo Ebrard said the government would act.",
     [("the government would act", "Marcelo Ebrard", "Mexico's Foreign Secretary Marcelo Ebrard",
       "Mexico's Foreign Secretary")]),
])
def test_a_name_that_a_preposition_ties_to_a_group_before_it_does_not_speak(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Someone described, not named, as a sentence's subject may be who "he" or "she" means after it.
    ("Ana Ruiz met Tom Hale on Monday. A woman who saw the meeting called the police. She said she had heard shouting.",
     [("she had heard shouting", None, "She", None)]),
    ("Ana Ruiz met Tom Hale on Monday. His lawyer later arrived at the scene. He said the meeting was private.",
     [("the meeting was private", None, "He", None)]),
    ("Ana Ruiz met Tom Hale on Monday. Hale's wife issued a statement on Tuesday. She said the family was shocked.",
     [("the family was shocked", None, "She", None)]),
    ("Ana Ruiz met Tom Hale on Monday. The local party chairman welcomed the talks. He said they were overdue.",
     [("they were overdue", None, "He", None)]),
    # "The minister" is the one minister the article names; a description named right there is no other person.
    ("Foreign Minister Ivan Petrov arrived in Leeds. The minister met the mayor. He said the visit was a success.",
     [("the visit was a success", "Ivan Petrov", "He", "Foreign Minister")]),
    ("Ana Ruiz met Tom Hale on Monday. The minister, Ivan Petrov, joined them later. He said the meeting went well.",
     [("the meeting went well", "Ivan Petrov", "He", "minister")]),
    # A thing as the subject is no one.
    ("Ana Ruiz met the unions on Monday. The talks lasted an hour. She said they had failed.",
     [("they had failed", "Ana Ruiz", "She", None)]),
])
def test_a_pronoun_after_someone_described_as_a_subject(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A surname with an Arabic article is written without it later.
    ("Prime Minister Nouri al-Maliki flew to Amman on Tuesday. Mr. Maliki said Iraq still needed help.",
     [("Iraq still needed help", "Nouri al-Maliki", "Mr. Maliki", "Prime Minister")]),
    ("Sudanese President Omar el-Bashir arrived in Cairo. Bashir told reporters the talks had gone well.",
     [("the talks had gone well", "Omar el-Bashir", "Bashir", "Sudanese President")]),
    # A possessive names the person a later pronoun means.
    ("President Hamid Karzai spoke in Kabul.\nMr. Karzai's office has issued several criticisms of the airstrikes.\n"
     "He said the strikes must stop.",
     [("the strikes must stop", "Hamid Karzai", "He", "President")]),
    # A preposition opening a sentence is no given name: "Regarding Ruiz" is nobody.
    ("Governor Ana Ruiz wrote to the board on Monday. Regarding Ruiz's letter, the board made no comment. "
     "Ruiz said the board had ignored her.",
     [("the board had ignored her", "Ana Ruiz", "Ruiz", "Governor")]),
    ("Ana Ruiz met the unions on Monday. Following Ruiz's visit, the strike ended. Ruiz said the deal was fair.",
     [("the deal was fair", "Ana Ruiz", "Ruiz", None)]),
])
def test_later_forms_of_a_name_particles_possessives_and_sentence_openers(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name as a modifier ("the Hale administration's plans") names no one who could be "he".
    ("President Tom Hale spoke in Kyiv on Friday. Envoy Kaspar Volk resigned the same day.\n"
     "Volk's trip had put him at the centre of the Hale administration's plans.\n"
     "In July, he said the talks were going well.",
     [("the talks were going well", "Kaspar Volk", "he", "Envoy")]),
    ("President Tom Hale spoke in Kyiv on Friday.\nThe Hale campaign's manager welcomed the visit.\n"
     "He said the talks were going well.",
     [("the talks were going well", None, "He", None)]),
    # Two men in the sentence before: the one opening it, as an owner too ("Trump's guiding principle
    # is ... He insisted").
    ("President Tom Hale spoke in Kyiv on Friday. Envoy Kaspar Volk resigned the same day.\n"
     "Volk's resignation was the first since Hale's call with the premier.\nHe said the talks were going well.",
     [("the talks were going well", "Kaspar Volk", "He", "Envoy")]),
])
def test_a_pronoun_and_names_as_modifiers_or_possessives(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A vice president or deputy holds another office: "the president" is the president.
    ("President Tom Hale met Vice President Ana Ruiz on Friday. The president insists that the budget include the wall.",
     [("that the budget include the wall", "Tom Hale", "The president", "President")]),
    ("The Vice President, Ana Ruiz, spoke first. President Tom Hale spoke later. The president said the talks had failed.",
     [("the talks had failed", "Tom Hale", "The president", "President")]),
    ("Prime Minister Tom Hale met his deputy, Deputy Prime Minister Ivan Petrov. The prime minister said the plan was sound.",
     [("the plan was sound", "Tom Hale", "The prime minister", "Prime Minister")]),
    ("Deputy Prime Minister Ivan Petrov arrived in Leeds. The deputy prime minister said the plan was sound.",
     [("the plan was sound", "Ivan Petrov", "The deputy prime minister", "Deputy Prime Minister")]),
    # The president elect holds another office too.
    ("President Tom Hale met the incoming president elect, Ana Ruiz, on Friday. The president said the handover "
     "would be smooth.",
     [("the handover would be smooth", "Tom Hale", "The president", "President")]),
    # The deputy is not "the prime minister", whom the article does not name.
    ("Deputy Prime Minister Ivan Petrov arrived in Leeds. The prime minister said the plan was sound.",
     [("the plan was sound", None, "The prime minister", "The prime minister")]),
    # "the First Minister" is not the deputy First Minister, in either case of "deputy"; "the deputy
    # First Minister" is.
    ('First Minister Ann Ober and deputy First Minister Ivan Petrov spoke.\n\nThe First Minister said: "It is sad."'
     '\n\nThe deputy First Minister said: "I agree."',
     [('"It is sad."', "Ann Ober", "The First Minister", "First Minister"),
      ('"I agree."', "Ivan Petrov", "The deputy First Minister", "deputy First Minister")]),
    ('Deputy First Minister Ivan Petrov spoke.\n\nThe First Minister said: "It is sad."',
     [('"It is sad."', None, "The First Minister", "First Minister")]),
    # "Rt. Hon." before the name, and "deputy" lower-case: each description finds its own holder.
    ("First Minister Rt. Hon. Ann D. Ober MLA and deputy First Minister Ivan Petrov MLA visited the Open.\n\n"
     'The First Minister said: "It is good."\n\nThe deputy First Minister added: "It is great."',
     [('"It is good."', "Ann D. Ober", "The First Minister", "First Minister MLA"),
      ('"It is great."', "Ivan Petrov", "The deputy First Minister", "deputy First Minister MLA")]),
    # "Rt." of "Rt. Hon" ends no sentence and is no part of the name.
    ("First Minister Rt. Hon Peter D Robinson MLA said the talks failed.",
     [("the talks failed", "Peter D Robinson", "First Minister Rt. Hon Peter D Robinson MLA", "First Minister MLA")]),
])
def test_a_deputy_holds_another_office(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The subject opening the pronoun's own sentence, the one person of its gender named there.
    ("President Hamid Karzai spoke in Kabul. While Mr. Karzai has said there remains support for foreign troops, "
     "he has said the issue of civilian casualties has undermined it.",
     [("there remains support for foreign troops", "Hamid Karzai", "Mr. Karzai", "President"),
      ("the issue of civilian casualties has undermined it", "Hamid Karzai", "he", "President")]),
    ("On Monday, administrator Emily Murphy sent a letter to Joe Biden and his team, giving them access to what she "
     "described as post-election resources.",
     [("as post-election resources", "Emily Murphy", "she", "administrator")]),
    ("Ana Ruiz met Tom Hale on Monday. Although Hale has praised the plan, he said the talks had failed.",
     [("the plan", "Tom Hale", "Hale", None), ("the talks had failed", "Tom Hale", "he", None)]),
    # After a time phrase, role words of several capitalised words and a middle initial.
    ("On Monday, United States General Services Administration administrator Emily W. Murphy sent a letter to "
     "Joe Biden and his team, giving them access to what she described as post-election resources.",
     [("as post-election resources", "Emily W. Murphy", "she", "administrator")]),
    # After an opening "Early/Late DAY,": the subject it leads to.
    ("Juan Guaido spoke. Early Saturday, General Francisco Yanez called on the army to defect as he announced "
     "his own defection.",
     [("the army to defect", "Francisco Yanez", "General Francisco Yanez", "General"),
      ("his own defection", "Francisco Yanez", "he", "General")]),
    ("Ivan Petrov met the press. Late Tuesday, Tom Hale left the talks, and he said they had failed.",
     [("they had failed", "Tom Hale", "he", None)]),
    # Not after a clause of its own: "After Hale left, he" may be the other man.
    ("Tom Hale met Ivan Petrov on Monday. After Hale left, he said the talks had failed.",
     [("the talks had failed", None, "he", None)]),
    # Not when the clause is about what the person did, not said: "he" may be the other man.
    ("Tom Hale met Ivan Petrov on Monday. While Hale was away, he said the talks had failed.",
     [("the talks had failed", None, "he", None)]),
    # Not past someone described, nor for an owner.
    ("Tom Hale met Ivan Petrov on Monday. Hale met a man from the ministry, and he said the talks had failed.",
     [("the talks had failed", None, "he", None)]),
    ("Tom Hale met the unions. Hale's lawyer said he would appeal.",
     [("he would appeal", None, "Hale's lawyer", "Hale's lawyer")]),
    ("Ana Ruiz was praised by the mayor on Monday, and she said the plan would go ahead.",
     [("the plan would go ahead", None, "she", None)]),
    ("Ana Ruiz hugged her daughter, and she said she was proud.", [("she was proud", None, "she", None)]),
    ("Ana Ruiz met the unions on Monday, and she said the plan would go ahead.",
     [("the plan would go ahead", "Ana Ruiz", "she", None)]),
])
def test_a_pronoun_and_the_subject_opening_its_own_sentence(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation opening "[T]he" starts a sentence of its own: the name before it is no rival in it.
    ('Ana Ruiz called the plan a "disgrace," according to the BBC. "[T]he council is moving forward with an '
     'inquiry," she announced.',
     [('Ana Ruiz called the plan a "disgrace,"', "BBC", "the BBC", None),
      ('"[T]he council is moving forward with an inquiry,"', "Ana Ruiz", "she", None)]),
    ('Tom Hale met the unions on Monday. "[W]e will not give in," he said.',
     [('"[W]e will not give in,"', "Tom Hale", "he", None)]),
])
def test_a_quotation_opening_with_a_bracketed_letter(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A cue after "and" has the subject of the verb it is coordinated with, not the name before "and".
    ("The Prime Minister has spoken of the importance of ties between the US and Europe and said he will build "
     "the strongest possible relationship.",
     [("he will build the strongest possible relationship", None, "The Prime Minister", "Prime Minister")]),
    ("The minister met Tom Hale and Ivan Petrov and said the talks had gone well.",
     [("the talks had gone well", None, "The minister", "The minister")]),
    ("Chancellor Ana Ruiz praised the work of Tom Hale and said she would meet the unions on Monday.",
     [("the work of Tom Hale", "Ana Ruiz", "Chancellor Ana Ruiz", "Chancellor"),
      ("she would meet the unions on Monday", "Ana Ruiz", "Chancellor Ana Ruiz", "Chancellor")]),
])
def test_a_cue_coordinated_with_an_earlier_verb(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "-elect" joined to a title is a title: it goes to the role, never into the name.
    ("President-elect Joe Biden said the transition would go ahead.",
     [("the transition would go ahead", "Joe Biden", "President-elect Joe Biden", "President-elect")]),
    ("Governor-elect Ana Ruiz met the outgoing governor. Ruiz said the handover would be smooth.",
     [("the handover would be smooth", "Ana Ruiz", "Ruiz", "Governor-elect")]),
])
def test_a_title_elect_is_a_title(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A participle after "and" shares the subject of the participle before it: the sentence's subject.
    ("Ana Ruiz toured the site, meeting workers and asking why the money had not been spent.",
     [("why the money had not been spent", "Ana Ruiz", "Ana Ruiz", None)]),
    ("Tom Hale visited the plant, greeting staff and saying the jobs were safe.",
     [("the jobs were safe", "Tom Hale", "Tom Hale", None)]),
    ("The minister met the unions on Monday, praising their patience and saying a deal was near.",
     [("their patience and saying a deal was near", None, "The minister", "The minister")]),
])
def test_a_participle_after_and_shares_the_sentence_subject(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, runs", [
    ("Dr. Helen Marsh and U.S. Sen. Ann Ober met Brig. Gen. Tom Ross.",
     ["Dr. Helen Marsh", "U.S. Sen. Ann Ober", "Brig. Gen. Tom Ross"]),
    ("Mrs. Ruiz, J. R. Tolkien and Émile Zola wrote to Łukasz Nowak.", ["Mrs. Ruiz", "J. R. Tolkien", "Émile Zola", "Łukasz Nowak"]),
    ("E. A. Poe met Ludwig van Beethoven and Nouri al-Maliki in St. Louis.",
     ["E. A. Poe", "Ludwig van Beethoven", "Nouri al-Maliki", "St. Louis"]),
    ("a Drs. meeting with Mr Smith\nKing Tom", ["Mr Smith", "King Tom"]),
])
def test_runs_of_capitalised_words(text, runs):
    """The runs of capitalised words that may name someone: initials, abbreviated titles, accented
    capitals and name particles belong to the run, a line break ends it. (The pattern opens with
    the capital letter itself, for speed: these are the shapes that rewrite must keep.)"""
    from claims.extract.resolve import _CAP_RUN

    assert [m.group() for m in _CAP_RUN.finditer(text)] == runs


@pytest.mark.parametrize("text, expected", [
    # The holder was named before: "a protester" is someone else.
    ("Protester Joshua Wong spoke first.\n\"They are using tricks,\" said a protester using the pseudonym Katya.",
     [("\"They are using tricks,\"", None, "a protester", "a protester")]),
    ("Tom Hale, an official at the ministry, met the press.\nAn official said the plan had been dropped.",
     [("the plan had been dropped", None, "An official", "An official")]),
    ("Kestria's foreign minister, Ana Ruiz, spoke on Monday.\nAnother minister said the talks were over.",
     [("the talks were over", None, "Another minister", "Another minister")]),
    # Named only later, the one holder may be whom the opening introduced.
    ("The year was \"very important\" for the court, a court spokesman said.\n"
     "Speaking on the radio, court spokesman Huy Vannak looked back on the year.",
     [("The year was \"very important\" for the court", "Huy Vannak", "a court spokesman", "court spokesman")]),
])
def test_an_indefinite_description_is_never_someone_named_before(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("\"We will fight,\" said Tom Hale, the minister; he described the attacks as \"cowardly\".",
     [("\"We will fight,\"", "Tom Hale", "Tom Hale, the minister", "minister"),
      ("the attacks as \"cowardly\"", "Tom Hale", "he", "minister")]),
    ("\"We will fight,\" said Tom Hale; he called the attacks \"cowardly\".",
     [("\"We will fight,\"", "Tom Hale", "Tom Hale", None),
      ("the attacks \"cowardly\"", "Tom Hale", "he", None)]),
    # Someone else of his gender named in between, or the other gender: unresolved.
    ("\"We will fight,\" said Tom Hale, the minister, after meeting Bill Cole; he described the attacks as "
     "\"cowardly\".",
     [("\"We will fight,\"", "Tom Hale", "Tom Hale, the minister,", "minister"),
      ("the attacks as \"cowardly\"", None, "he", None)]),
    ("\"We will fight,\" said Ana Ruiz, the minister; he described the attacks as \"cowardly\".",
     [("\"We will fight,\"", "Ana Ruiz", "Ana Ruiz, the minister", "minister"),
      ("the attacks as \"cowardly\"", None, "he", None)]),
    # A semicolon ends the clause: the role before it is no part of the next speaker's mention.
    ("\"We will fight,\" said Tom Hale, the minister; Bill Cole agreed, and he described the attacks as "
     "\"cowardly\".",
     [("\"We will fight,\"", "Tom Hale", "Tom Hale, the minister", "minister"),
      ("the attacks as \"cowardly\"", None, "he", None)]),
])
def test_a_pronoun_after_a_quote_and_its_speaker_in_the_same_sentence(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("During the summit, Pope Francis said the victims had a right to \"concrete measures\" against abuse.",
     [("the victims had a right to \"concrete measures\" against abuse", "Pope Francis", "Pope Francis", None)]),
    ("King Charles III said the nation was grieving.",
     [("the nation was grieving", "King Charles III", "King Charles III", None)]),
    ("Queen Elizabeth II said she was saddened.",
     [("she was saddened", "Queen Elizabeth II", "Queen Elizabeth II", None)]),
    # With a family name, the title is a title again.
    ("Prince William Windsor said he was pleased.",
     [("he was pleased", "William Windsor", "Prince William Windsor", "Prince")]),
])
def test_a_pope_or_monarch_is_named_with_the_title(text, expected):
    assert said(text) == expected


def said_on(text, published):
    quotes, _ = find_quotes(text, paragraphs_of(text), published)
    return [(q.text, q.speaker, q.speaker_text) for q in quotes]


@pytest.mark.parametrize("text, published, expected", [
    # The title, the date and the surname the article gives agree: the holder on that day.
    ("The Prime Minister has said the talks were vital.\nMr Brown flew home on Monday.", "2009-03-02",
     [("the talks were vital", "Gordon Brown", "The Prime Minister")]),
    ("The PM said the summit had gone well, speaking in Downing Street after Brown met the unions.", "2008-11-04",
     [("the summit had gone well, speaking in Downing Street after Brown met the unions", "Gordon Brown", "The PM")]),
    ("Republican President Trump praised his \"strength\" on Twitter.", "2019-10-18",
     [("his \"strength\" on Twitter", "Donald Trump", "Republican President Trump")]),
    ("The Prime Minister said she would not resign.\nMrs May met her cabinet.", "2018-12-10",
     [("she would not resign", "Theresa May", "The Prime Minister")]),
    # No date, or a date outside the holder's term: nothing ties the title or surname to anyone
    # named in full; the surname is then the whole name the article gives.
    ("The Prime Minister has said the talks were vital.\nMr Brown flew home on Monday.", None,
     [("the talks were vital", None, "The Prime Minister")]),
    ("President Obama said the deal was good.", "2019-05-01",
     [("the deal was good", "Obama", "President Obama")]),
    # Another holder of the title in view, or a namesake named in full: unresolved.
    ("French President Macron met President Trump.\nThe President said the deal was good.", "2019-05-01",
     [("the deal was good", None, "The President")]),
    ("Prime Minister Tuilaepa visited Apia, where Mr Brown of the UK embassy met him.\n"
     "The Prime Minister said the vaccine drive had worked.", "2019-12-05",
     [("the vaccine drive had worked", None, "The Prime Minister")]),
    ("Bob Brown, the Greens leader, spoke in Downing Street.\nThe Prime Minister said the climate bill would pass.",
     "2009-03-02",
     [("the climate bill would pass", None, "The Prime Minister")]),
])
def test_a_title_alone_names_its_holder_on_the_articles_date(text, published, expected):
    assert said_on(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # "calling for", "calling on": a participle of two words speaks for the main clause's subject,
    # never for a place or anyone else the clause names before the comma.
    ("On Thursday, Hatice Cengiz, fiancee of the journalist, addressed reporters in New York, New York, "
     "calling for the killers to be brought to justice.",
     [("the killers to be brought to justice", "Hatice Cengiz", "Hatice Cengiz")]),
    ("Ana Ruiz spoke to reporters in Paris, France, calling on the government to resign.",
     [("the government to resign", "Ana Ruiz", "Ana Ruiz")]),
    # Whom the subject spoke to, in an opening phrase, is not "he": the sentences before decide.
    ("Crown Prince Omar bin Tariq of Kestria accepted responsibility but did not say he ordered it.\n"
     "Speaking to Martin Smith of PBS, he said, \"It happened under my watch.\"",
     [("\"It happened under my watch.\"", "Omar bin Tariq", "he")]),
    ("Tom Hale met the press on Monday.\nIn an interview with Bill Cole, he said the plan had failed.",
     [("the plan had failed", "Tom Hale", "he")]),
])
def test_who_a_participle_or_a_pronoun_after_an_opening_phrase_speaks_for(text, expected):
    assert [(q, s, t) for q, s, t, _ in said(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A description, then in commas a post of several lower-case words and the full name: the name speaks.
    ("Another co-author, civil and environmental engineering professor Julian Marshall, said, \"We saw it before.\"",
     [("\"We saw it before.\"", "Julian Marshall", "civil and environmental engineering professor Julian Marshall,",
       "civil and environmental engineering professor")]),
    ("A third witness, retired nursing sister Ann Lowe, said she saw the car.",
     [("she saw the car", "Ann Lowe", "A third witness, retired nursing sister Ann Lowe,", "A third witness")]),
])
def test_a_description_then_a_post_and_a_name_in_commas(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A kind of body in lower case, then its name: the body speaks.
    ("Prices rose, according to the charity Oxfam.", [("Prices rose", "Oxfam", "the charity Oxfam", None)]),
    ("Women make up 16% of the military, according to nonprofit CNA.",
     [("Women make up 16% of the military", "CNA", "nonprofit CNA", None)]),
    ("\"Prices rose,\" said the consultancy Kestria Partners.",
     [("\"Prices rose,\"", "Kestria Partners", "the consultancy Kestria Partners", None)]),
    ("Prices rose, according to spokesman Tom Hale.", [("Prices rose", "Tom Hale", "spokesman Tom Hale", "spokesman")]),
    # Everyday nouns for people opening a sentence, and a family name's capital particle.
    ("Voter Kitty Mak told The Atlantic, \"Every little step matters.\"",
     [("\"Every little step matters.\"", "Kitty Mak", "Voter Kitty Mak", "Voter")]),
    ("The Native American Rights Fund's Jacqueline De León said the law was unfair.",
     [("the law was unfair", "Jacqueline De León", "The Native American Rights Fund's Jacqueline De León",
       "Native American Rights Fund's")]),
])
def test_a_body_or_a_person_after_the_words_that_say_what_they_are(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A document, when it was issued, then who issued it: the issuer speaks.
    ("\"The airline carries weapons,\" according to a tweet on Monday by US Secretary of State Ann Ober.",
     [("\"The airline carries weapons,\"", "Ann Ober", "a tweet on Monday by US Secretary of State Ann Ober",
       "US Secretary of State")]),
    ("The airline carries weapons, according to a statement released last week by the Kestrian Foreign Ministry.",
     [("The airline carries weapons", "Kestrian Foreign Ministry",
       "a statement released last week by the Kestrian Foreign Ministry", None)]),
])
def test_a_document_issued_at_a_time_by_someone(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # After a body's name, its post and the holder in commas: the holder speaks; the post alone is
    # someone described; the body owns the post and never speaks.
    ("\"Walter was brilliant,\" said Kestria University's chancellor, Ann Lee.",
     [("\"Walter was brilliant,\"", "Ann Lee", "Kestria University's chancellor, Ann Lee",
       "Kestria University's chancellor")]),
    ("\"Walter was brilliant,\" said University of Kestria, Port Ober's chancellor, Pradeep Khosla.",
     [("\"Walter was brilliant,\"", "Pradeep Khosla", "University of Kestria, Port Ober's chancellor, Pradeep Khosla",
       "University of Kestria, Port Ober's chancellor")]),
    ("\"Walter was brilliant,\" said Kestria University's chancellor.",
     [("\"Walter was brilliant,\"", None, "Kestria University's chancellor", "Kestria University's chancellor")]),
    # Initials with an ampersand, leaving out "Company".
    ("Pacific Gas and Electric Company (PG&E) cut power at midnight.\nPG&E stated it had scheduled the cuts.",
     [("it had scheduled the cuts", "Pacific Gas and Electric Company", "PG&E", None)]),
    ("AT&T said profits rose.", [("profits rose", "AT&T", "AT&T", None)]),
])
def test_a_bodys_post_and_its_holder_and_initials_with_an_ampersand(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An office for fields joined by "and" is all title: the name comes after it, or there is none.
    ("Cabinet Secretary for Health and Social Care, Jeremy Miles, said the waits were shorter.",
     [("the waits were shorter", "Jeremy Miles", "Cabinet Secretary for Health and Social Care, Jeremy Miles,",
       "Cabinet Secretary for Health and Social Care")]),
    ("Secretary of State for Health and Social Care Jeremy Miles said the plan worked.",
     [("the plan worked", "Jeremy Miles", "Secretary of State for Health and Social Care Jeremy Miles",
       "Secretary of State for Health and Social Care")]),
    ("The Cabinet Secretary for Housing and Local Government said the plan worked.",
     [("the plan worked", None, "The Cabinet Secretary for Housing and Local Government",
       "Cabinet Secretary for Housing and Local Government")]),
])
def test_an_office_for_fields_joined_by_and(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two family names: later mentions use the first, as Spanish and Portuguese news does.
    ("Ricardo Rosselló Nevares, the governor, announced his resignation.\nRosselló said he would leave in August.",
     [("his resignation", "Ricardo Rosselló Nevares", "Ricardo Rosselló Nevares, the governor,", "governor"),
      ("he would leave in August", "Ricardo Rosselló Nevares", "Rosselló", "governor")]),
    ("Wanda Vázquez Garced spoke first.\nIn a statement, Vázquez said the transition would be orderly.",
     [("the transition would be orderly", "Wanda Vázquez Garced", "Vázquez", None)]),
    # Someone else of that surname named in full: no guess.
    ("Ana Ruiz Lopez met Carlos Ruiz.\nRuiz said the talks had failed.",
     [("the talks had failed", None, "Ruiz", None)]),
])
def test_the_first_of_two_family_names(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # When the office is held, before its title of a place; a profession opening the sentence.
    ("Current Prime Minister of Kestria Narendra Ober wrote, \"Kestria grieves.\"",
     [("\"Kestria grieves.\"", "Narendra Ober", "Current Prime Minister of Kestria Narendra Ober",
       "Current Prime Minister of Kestria")]),
    ("Former Mayor of Bristol Tom Hale said the budget was tight.",
     [("the budget was tight", "Tom Hale", "Former Mayor of Bristol Tom Hale", "Former Mayor of Bristol")]),
    ("Immunologist Kristian Andersen of Scripps Research said the virus spread fast.",
     [("the virus spread fast", "Kristian Andersen", "Immunologist Kristian Andersen of Scripps Research",
       "Immunologist of Scripps Research")]),
])
def test_when_an_office_is_held_and_professions_opening_a_sentence(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A comma inside a body's name before its initials; never the tail of that name alone.
    ("The United Nations Educational, Scientific and Cultural Organization (UNESCO) met in Paris.\n"
     "UNESCO said a new name would need its approval.",
     [("a new name would need its approval", "United Nations Educational, Scientific and Cultural Organization",
       "UNESCO", None)]),
    # Initials used alone after the body was named in full without brackets.
    ("The U.S. Environmental Protection Agency reached a settlement.\nEPA alleges that the firm broke the rules.",
     [("that the firm broke the rules", "U.S. Environmental Protection Agency", "EPA", None)]),
    ("Tom Hale met the press.\nNATO said the talks were over.", [("the talks were over", "NATO", "NATO", None)]),
])
def test_initials_of_a_name_with_a_comma_or_named_in_full_before(text, expected):
    assert said(text) == expected


# A short name written as a word, in brackets after a body's name, whose letters run in order through
# that name ("Ofcom", "Phivolcs", "Nato"): later it names the body. A place in brackets after a
# person names no one.
@pytest.mark.parametrize("text, expected", [
    ("The Office of Communications (Ofcom) fined the broadcaster.\nOfcom said the programme broke its rules.",
     [("the programme broke its rules", "Office of Communications", "Ofcom", None)]),
    ("The Philippine Institute of Volcanology and Seismology (Phivolcs) logged the quake.\n"
     "Phivolcs said the province was seismically active.",
     [("the province was seismically active", "Philippine Institute of Volcanology and Seismology", "Phivolcs",
       None)]),
    ("Labour MP Tom Hale (Leeds) spoke.\nHale said the vote was close.",
     [("the vote was close", "Tom Hale", "Hale", "Labour MP")]),
    # initials of the name's first words, with no space before the bracket
    ("Data came from the U.S. Centers for Disease Control and Prevention(CDC) on Monday.\n"
     "The CDC said the virus was spreading.",
     [("the virus was spreading", "Centers for Disease Control and Prevention", "The CDC", None)]),
])
def test_a_short_name_in_brackets_written_as_a_word(text, expected):
    assert said(text) == expected


# "the Church", "the Ministry" with a capital: the one body the article names whose name opens
# with the word ("the Church of Scientology").
@pytest.mark.parametrize("text, expected", [
    ('The Church of Scientology issued a release.\n"Anonymous is dangerous," said the Church in the release.',
     [('"Anonymous is dangerous,"', "Church of Scientology", "the Church", None)]),
    ("The Ministry of Defence issued a statement.\nThe Ministry said the jets were safe.",
     [("the jets were safe", "Ministry of Defence", "The Ministry", None)]),
])
def test_a_body_by_the_first_word_of_its_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A later mention without the accents of the name given in full.
    ("President Recep Tayyip Erdoğan spoke on Friday.\nErdogan said, \"We will change the name.\"",
     [("\"We will change the name.\"", "Recep Tayyip Erdoğan", "Erdogan", "President")]),
    ("Ana Núñez arrived late.\nNunez said the talks had failed.",
     [("the talks had failed", "Ana Núñez", "Nunez", None)]),
])
def test_a_later_mention_without_accents(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A given name, then a surname that is also a body's name: a person.
    ("Michael Bloomberg spent heavily.\nWednesday, the same day that he dropped out, Bloomberg endorsed his former "
     "rival, Joe Biden. \"Three months ago,\" he said, \"I entered the race.\"",
     [("\"Three months ago,\" he said, \"I entered the race.\"", "Michael Bloomberg", "he", None)]),
    # A subject the article ties to no one, before the one person named: "he" may be that subject.
    ("Wednesday, the same day that he dropped out, Bloomsfield endorsed his former rival, Joe Biden. "
     "\"Three months ago,\" he said, \"I entered the race.\"",
     [("\"Three months ago,\" he said, \"I entered the race.\"", None, "he", None)]),
    ("Police arrested Tom Hale on Monday.\nHe said he was innocent.", [("he was innocent", "Tom Hale", "He", None)]),
    # A place before a participle of saying is no speaker.
    ("Tom Hale issued a statement at his golf club outside Washington, D.C. saying, \"The election is far from over.\"",
     [("\"The election is far from over.\"", "Tom Hale", "Tom Hale", None)]),
])
def test_surnames_that_name_bodies_unknown_subjects_and_places_before_saying(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Bodies named by a survey, an observatory, a directorate: organisations, and "it" after them.
    ("The U.S. Geological Survey said a quake struck early Monday. It said a second earthquake shook the area later.",
     [("a quake struck early Monday", "U.S. Geological Survey", "The U.S. Geological Survey", None),
      ("a second earthquake shook the area later", "U.S. Geological Survey", "It", None)]),
    ("The Kestrian Seismic Observatory said the tremor was small.",
     [("the tremor was small", "Kestrian Seismic Observatory", "The Kestrian Seismic Observatory", None)]),
])
def test_surveys_and_observatories_are_bodies(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A person of a place's body: the place owns the body, not the person.
    ("Lead author Sally Wasef of Australia's Griffith University explained to the press, \"The ibis was sacred.\"",
     [("\"The ibis was sacred.\"", "Sally Wasef", "Lead author Sally Wasef of Australia's Griffith University",
       "Lead author of Australia's Griffith University")]),
    ("Saudi Arabia's Civil Defense Authority said the fire was out.",
     [("the fire was out", "Civil Defense Authority", "Saudi Arabia's Civil Defense Authority", None)]),
    # Study authors, as the role before a name.
    ("\"Warm water is attacking the shelves,\" said study co-author Karen Alley.",
     [("\"Warm water is attacking the shelves,\"", "Karen Alley", "study co-author Karen Alley", "study co-author")]),
    ("Co-author Jing-Shan Zhao said, \"Our work shows it.\"",
     [("\"Our work shows it.\"", "Jing-Shan Zhao", "Co-author Jing-Shan Zhao", "Co-author")]),
    # An office for a short field, then the holder with all the honours of a British minister.
    ("Secretary of State for International Trade, The Rt Hon Dr Liam Fox MP, said exports had boomed.",
     [("exports had boomed", "Liam Fox", "Secretary of State for International Trade, The Rt Hon Dr Liam Fox MP,",
       "Secretary of State for International Trade")]),
    ("Minister for Trade Ranil Jayawardena said exports rose.",
     [("exports rose", "Ranil Jayawardena", "Minister for Trade Ranil Jayawardena", "Minister for Trade")]),
])
def test_places_owning_bodies_study_authors_and_ministers_honours(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An appositive whose closing comma the writer left out: the name before it speaks.
    ("Tom Hale, Chief Executive of the Kestria Confederation said the review was welcome.",
     [("the review was welcome", "Tom Hale", "Tom Hale, Chief Executive of the Kestria Confederation",
       "Chief Executive of the Kestria Confederation")]),
    ("Ann Ober, director of the Rivers Trust said the plan had failed.",
     [("the plan had failed", "Ann Ober", "Ann Ober, director of the Rivers Trust", "director of the Rivers Trust")]),
    # a body whose name has a hyphen or an apostrophe in it
    ("Sir Tom Hale, Director General of E-Act said the review was welcome.",
     [("the review was welcome", "Tom Hale", "Sir Tom Hale, Director General of E-Act",
       "Director General of E-Act")]),
    ("Ann Ober, director of the O’Neill Trust said the plan had failed.",
     [("the plan had failed", "Ann Ober", "Ann Ober, director of the O’Neill Trust", "director of the O’Neill Trust")]),
    ("Minister for Roads, Dale Ruiz, OBE MC MP said the bridge would open.",
     [("the bridge would open", "Dale Ruiz", "Dale Ruiz, OBE MC MP", "OBE MC MP")]),
    ('Dale Ruiz, Kestria Homes Group Land Director said:\n\n"We are delighted."',
     [('"We are delighted."', "Dale Ruiz", "Dale Ruiz, Kestria Homes Group Land Director",
       "Kestria Homes Group Land Director")]),
    # A full name after a preposition before the commas is their object; the full name between the
    # commas speaks, the words before them are its role.
    ('"It failed," former Environment Minister under Jean Chrétien, Stéphane Dion, said today.',
     [('"It failed,"', "Stéphane Dion", "former Environment Minister under Jean Chrétien, Stéphane Dion,",
       "former Environment Minister under Jean Chrétien")]),
    ('"It failed," an aide to Senator Ann Ober, Tom Hale, said today.',
     [('"It failed,"', "Tom Hale", "an aide to Senator Ann Ober, Tom Hale,", "an aide to Senator Ann Ober")]),
    # A name after a preposition or a verb is no speaker however the commas fall.
    ("In a letter to Tom Hale, director of the trust said the plan had failed.", []),
    ("After meeting Ann Ober, Kestria Police said the road was shut.",
     [("the road was shut", "Kestria Police", "Kestria Police", None)]),
    # Letters after a name are never a name of their own.
    ("Tom Hale, Ann Ober and Dale Ruiz, OBE said the plan had failed.", []),
])
def test_an_appositive_without_its_closing_comma(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # People listed speak together; no one of them is the speaker, and the list is no body's name.
    ('"We will win," Tom Hale, Ann Ober and Dale Ruiz, said.',
     [('"We will win,"', None, "Tom Hale, Ann Ober and Dale Ruiz,", None)]),
    ("Tom Hale, Ann Ober and Dale Ruiz, the founders, said the plan failed.",
     [("the plan failed", None, "Ann Ober and Dale Ruiz, the founders,", "founders")]),
    # An office for fields joined by "and" is a role, not a list of people.
    ('Tom Hale, Secretary of State for Health and Social Care, said: "We will act."',
     [('"We will act."', "Tom Hale", "Tom Hale, Secretary of State for Health and Social Care,",
       "Secretary of State for Health and Social Care")]),
    # A list's last item that is a body's name is a role, as before.
    ("Tom Hale, director of Kestria and Partners, said the plan failed.",
     [("the plan failed", "Tom Hale", "Tom Hale, director of Kestria and Partners,",
       "director of Kestria and Partners")]),
])
def test_names_listed_before_the_cue_are_nobody_alone(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A comma left between a speaker named after a quotation and the cue.
    ('Dr Ann Ober leads the team. "We will lead the charge," Dr Ober, concluded.',
     [('"We will lead the charge,"', "Ann Ober", "Dr Ober,", None)]),
    ('"We will lead the charge," Ann Ober, concluded.', [('"We will lead the charge,"', "Ann Ober", "Ann Ober,", None)]),
    ('"We will lead the charge," Ann Ober, a chemist, concluded.',
     [('"We will lead the charge,"', "Ann Ober", "Ann Ober, a chemist,", "chemist")]),
])
def test_a_stray_comma_between_speaker_and_cue(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A post held to or for a body or country, then its holder's full name.
    ("Chief Secretary to the Treasury Tom Hale said the plan would work.",
     [("the plan would work", "Tom Hale", "Chief Secretary to the Treasury Tom Hale", "Chief Secretary to the Treasury")]),
    ("According to Kestrian Ambassador to the United States Hamdullah Mohib, the team shows progress.",
     [("the team shows progress", "Hamdullah Mohib", "Kestrian Ambassador to the United States Hamdullah Mohib",
       "Kestrian Ambassador to the United States")]),
    ('US Special Envoy for Iran Tom Hale said, "This is political." Hale added, "It is a stunt." He went on, "No."',
     [('"This is political."', "Tom Hale", "US Special Envoy for Iran Tom Hale", "US Special Envoy for Iran"),
      ('"It is a stunt."', "Tom Hale", "Hale", "US Special Envoy for Iran"),
      ('"No."', "Tom Hale", "He", "US Special Envoy for Iran")]),
    ("Secretary of State for Health Ann Ober said the plan would work.",
     [("the plan would work", "Ann Ober", "Secretary of State for Health Ann Ober", "Secretary of State for Health")]),
    # Someone working for a titled person speaks, not the person.
    ("A spokeswoman for Transport Secretary Ann Ober said the plan would work.",
     [("the plan would work", None, "A spokeswoman for Transport Secretary Ann Ober",
       "A spokeswoman for Transport Secretary Ann Ober")]),
    ("An aide to Senator Ann Ober said the plan would work.",
     [("the plan would work", None, "An aide to Senator Ann Ober", "An aide to Senator Ann Ober")]),
])
def test_a_post_to_or_for_a_body_then_its_holder(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A family name's capital particle after a given name this project does not know.
    ('Claudio De Vincenti, undersecretary to the prime minister, said "a table will be opened".',
     [('"a table will be opened"', "Claudio De Vincenti", "Claudio De Vincenti, undersecretary to the prime minister,",
       "undersecretary to the prime minister")]),
    ("Minister Marco Di Pietro said the plan would work.",
     [("the plan would work", "Marco Di Pietro", "Minister Marco Di Pietro", "Minister")]),
])
def test_a_capital_particle_after_an_unknown_given_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "who" after a name that is the object of "to", "with" or "from" is that name.
    ("Lukas Brenner joined in 2001. He flew to Ohio to meet with Dale Ruiz, who had told Brenner he would help.",
     [("he would help", "Dale Ruiz", "who", None)]),
    ("Brenner wrote to Dale Ruiz, who said the plan had failed.", [("the plan had failed", "Dale Ruiz", "who", None)]),
])
def test_who_after_the_object_of_a_preposition(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two who spoke in the sentence before: "he" may be either, so it is nobody.
    ('President Piotr Nowak said the deaths were a tragedy, while Interior Minister Tomasz Wrona wrote he had '
     'ordered checks. He tweeted, "I want to express my sympathy."',
     [("the deaths were a tragedy", "Piotr Nowak", "President Piotr Nowak", "President"),
      ("he had ordered checks", "Tomasz Wrona", "Interior Minister Tomasz Wrona", "Interior Minister"),
      ('"I want to express my sympathy."', None, "He", None)]),
    # Given names of other languages say the gender: "she" is Monika Kosiec, not the man named after her.
    ('Monika Kosiec said the driver was held. Witness Piotr Nowak saw it. "We are shocked," she added.',
     [("the driver was held", "Monika Kosiec", "Monika Kosiec", None),
      ('"We are shocked,"', "Monika Kosiec", "she", None)]),
    ('Interior Minister Joachim Wrona wrote he had ordered checks. He tweeted, "I want to express my sympathy."',
     [("he had ordered checks", "Joachim Wrona", "Interior Minister Joachim Wrona", "Interior Minister"),
      ('"I want to express my sympathy."', "Joachim Wrona", "He", "Interior Minister")]),
])
def test_he_and_she_with_two_speakers_and_names_of_other_languages(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A capital inside a word opens no name: "WSET-TV. Smithers" names no second Smithers.
    ("Dr. Tom Smithers was found guilty in May, according to WSET-TV. Smithers testified in his own defense, "
     "claiming some patients deceived him.",
     [("Dr. Tom Smithers was found guilty in May", "WSET-TV", "WSET-TV", None),
      ("claiming some patients deceived him", "Tom Smithers", "Smithers", None)]),
    # A place or time phrase before the subject, with no comma: the subject after it speaks.
    ('Kestria Motor Company announced an inquiry. In the filing itself Kestria also made this point, writing '
     '"We are fully cooperating."',
     [("an inquiry", "Kestria Motor Company", "Kestria Motor Company", None),
      ('"We are fully cooperating."', "Kestria Motor Company", "Kestria", None)]),
    ('Tom Hale announced an inquiry. In the capital Paris the minister made this point, writing "We will cooperate."',
     [("an inquiry", "Tom Hale", "Tom Hale", None), ('"We will cooperate."', None, None, None)]),
])
def test_names_inside_words_and_phrases_before_the_subject(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A body with its initials in brackets, then its post holder, after the cue: the holder speaks.
    ('"Congratulations to the graduates," said U.S. Office of Kestrel Management (OKM) Director Ann Ober.',
     [('"Congratulations to the graduates,"', "Ann Ober", "U.S. Office of Kestrel Management (OKM) Director Ann Ober",
       "U.S. Office of Kestrel Management (OKM) Director")]),
    ('"We agree," said the Kestrel Management Agency (KMA).',
     [('"We agree,"', "Kestrel Management Agency", "the Kestrel Management Agency (KMA)", None)]),
])
def test_a_post_holder_after_a_body_and_its_initials(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Justice Minister, Ann Ober attended": a title before a comma, British style, is her role.
    ('Justice Minister, Ann Ober today attended the service.\n\nAnn Ober said: "It is an honour."\n\n'
     'Continuing the Minister said: "This is a significant day."',
     [('"It is an honour."', "Ann Ober", "Ann Ober", "Justice Minister"),
      ('"This is a significant day."', "Ann Ober", "the Minister", "Justice Minister")]),
    # A post at a body, without its closing comma.
    ('Tom Hale, Area Manager at the Kestria Agency said:\n\n"The homes are good."',
     [('"The homes are good."', "Tom Hale", "Tom Hale, Area Manager at the Kestria Agency",
       "Area Manager at the Kestria Agency")]),
    # British honours after a name are letters, not the name.
    ('British High Commissioner to Kestria, Ann Ober CMG OBE, said: "We are proud."',
     [('"We are proud."', "Ann Ober", "British High Commissioner to Kestria, Ann Ober CMG OBE,",
       "British High Commissioner to Kestria")]),
])
def test_british_government_styles_of_naming(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation signed on a paragraph of its own with a dash, as releases print a statement.
    ('The workshop ended on Friday.\n\n"Crimes cross borders. We thank all who attended."\n\n'
     '— Assistant Attorney General Tom Hale of ENRD.\n\nThe workshop builds on earlier work.',
     [('"Crimes cross borders. We thank all who attended."', "Tom Hale", "Assistant Attorney General Tom Hale of ENRD",
       "Assistant Attorney General of ENRD")]),
    ('"We thank all who attended."\n\n– Ann Ober, chief executive',
     [('"We thank all who attended."', "Ann Ober", "Ann Ober, chief executive", "chief executive")]),
    # A hyphen opening the paragraph signs too, and the posts and places after the name may run on.
    ('"We thank all who attended."\n\n- Ann Ober, Regional Director General, Pacific Region, Kestria Border Agency',
     [('"We thank all who attended."', "Ann Ober", "Ann Ober, Regional Director General,",
       "Regional Director General")]),
    # A dash that opens a clause signs nothing.
    ('The report was out.\n\n"We thank all who attended."\n\n— and the talks went on until late.',
     [('"We thank all who attended."', None, None, None)]),
])
def test_a_quotation_signed_with_a_dash(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A paragraph of its own holding only a name and a post signs the quotation above it.
    ('Funding was announced.\n\n“Maritime safety is a priority.”\n\nThe Honourable Ann Ober, Minister of '
     'Fisheries and Oceans\n\n"We are investing in harbours."\n\nTom Hale, President of the Treasury Board',
     [("“Maritime safety is a priority.”", "Ann Ober", "The Honourable Ann Ober, Minister of Fisheries and Oceans",
       "Minister of Fisheries and Oceans"),
      ('"We are investing in harbours."', "Tom Hale", "Tom Hale, President of the Treasury Board",
       "President of the Treasury Board")]),
    # A heading after the quotation has no comma and post; a sentence after it is no signature.
    ('“We will win.”\n\nThe Path Forward\n\nThe agency will act.', [("“We will win.”", None, None, None)]),
    ('“We will win.”\n\nTom Hale, the mayor, left the hall.', [("“We will win.”", None, None, None)]),
])
def test_a_quotation_signed_with_a_name_and_post(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A paragraph closing with its attribution, then a quotation paragraph: the same speaker's.
    ("Flood defences have been shored up, Regional Development Minister Ann Ober says.\n\n"
     "“These five projects were among 42 priority projects.”",
     [("Flood defences have been shored up", "Ann Ober", "Regional Development Minister Ann Ober",
       "Regional Development Minister"),
      ("“These five projects were among 42 priority projects.”", "Ann Ober", "Regional Development Minister Ann Ober",
       "Regional Development Minister")]),
    # Someone else named after the attribution: the quotation is not assumed the first speaker's.
    ("Flood defences have been shored up, Minister Ann Ober says. Tom Hale agreed.\n\n"
     "“These five projects were among 42 priority projects.”",
     [("Flood defences have been shored up", "Ann Ober", "Minister Ann Ober", "Minister"),
      ("“These five projects were among 42 priority projects.”", None, None, None)]),
])
def test_a_quotation_after_a_closing_attribution(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Posts that open with a participle: "managing director", "ranking member".
    ('“We will win,” organizing director Ann Ober told reporters.',
     [("“We will win,”", "Ann Ober", "organizing director Ann Ober", "organizing director")]),
    ('“We will win,” said managing director Tom Hale.',
     [("“We will win,”", "Tom Hale", "managing director Tom Hale", "managing director")]),
    ("Committee ranking member Tom Hale said the bill would fail.",
     [("the bill would fail", "Tom Hale", "Committee ranking member Tom Hale", "Committee ranking member")]),
    # The name of the body whose post the speaker holds, between the quotation and the post.
    ('“We will win,” Fight for $15 campaign director Ann Ober told reporters.',
     [("“We will win,”", "Ann Ober", "campaign director Ann Ober", "campaign director")]),
    ('“We will win,” Unite Here organizing director Tom Hale said.',
     [("“We will win,”", "Tom Hale", "organizing director Tom Hale", "organizing director")]),
])
def test_participle_posts_and_the_body_before_a_post(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A hyphenated modifier before a post: "long-time kanga dealer", "long-time coach".
    ("According to long-time kanga dealer Ali Abdallah Moody, the dealers received a letter.",
     [("the dealers received a letter", "Ali Abdallah Moody", "long-time kanga dealer Ali Abdallah Moody",
       "long-time kanga dealer")]),
    ("According to long-time dealer Ali Moody, the dealers received a letter.",
     [("the dealers received a letter", "Ali Moody", "long-time dealer Ali Moody", "long-time dealer")]),
    ('“We won,” said long-time coach Tom Hale.',
     [("“We won,”", "Tom Hale", "long-time coach Tom Hale", "long-time coach")]),
    # A dateline joined to the first sentence by a dash of two hyphens: the name after it is a name.
    ('OAK RIDGE, Tenn., Sept. 11, 2000--Secretary of Energy Bill Richardson today announced a grant. '
     '"It is great," Richardson said.',
     [("a grant", "Bill Richardson", "Secretary of Energy Bill Richardson", "Secretary of Energy"),
      ('"It is great,"', "Bill Richardson", "Richardson", "Secretary of Energy")]),
])
def test_hyphenated_modifiers_of_a_post(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A post "for" something is a description of a person: no name, whatever the plural after "for".
    ("The top State Department official for refugee issues has praised a conference in Geneva.",
     [("a conference in Geneva", None, "top State Department official for refugee issues",
       "top State Department official for refugee issues")]),
    ("The spokesman for farm groups said prices fell.",
     [("prices fell", None, "The spokesman for farm groups", "The spokesman for farm groups")]),
    # A region's prefix inside a title.
    ('“It is good,” said SBA mid-Atlantic Regional Administrator Ann Ober.',
     [("“It is good,”", "Ann Ober", "SBA mid-Atlantic Regional Administrator Ann Ober",
       "SBA mid-Atlantic Regional Administrator")]),
    # A body's post, then its holder in commas.
    ("Kestria Council for Voluntary Action Director of Operations, Tom Hale, said the groups helped.",
     [("the groups helped", "Tom Hale", "Kestria Council for Voluntary Action Director of Operations, Tom Hale,",
       "Kestria Council for Voluntary Action Director of Operations")]),
    # "Secretary of State" or "Minister of State" before a surname is a title: the holder named before.
    ("Secretary of State Ann Ober visited Kestria. Secretary of State Ober said the talks went well.",
     [("the talks went well", "Ann Ober", "Secretary of State Ober", "Secretary of State")]),
    # An office for a list of fields, then its holder in commas.
    ('"Labor is wrong," Minister for Families, Community Services and Indigenous Affairs, Ann Ober, said today.',
     [('"Labor is wrong,"', "Ann Ober",
       "Minister for Families, Community Services and Indigenous Affairs, Ann Ober,",
       "Minister for Families, Community Services and Indigenous Affairs")]),
    # An office for a list of fields, then its holder.
    ('“It is important,” said Forest Service Deputy Chief for State, Private, and Tribal Forestry Ann Ober.',
     [("“It is important,”", "Ann Ober",
       "Forest Service Deputy Chief for State, Private, and Tribal Forestry Ann Ober",
       "Forest Service Deputy Chief for State, Private, and Tribal Forestry")]),
])
def test_posts_for_fields_regions_and_bodies(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A paragraph that opens with a full name and a colon before a quotation: transcripts, emails.
    ('The emails were released.\n\nSecretary of the Navy Tom Hale: "No, Sir, save it."\n\n'
     'Director Ann Ober: "We do not have to."',
     [('"No, Sir, save it."', "Tom Hale", "Secretary of the Navy Tom Hale", "Secretary of the Navy"),
      ('"We do not have to."', "Ann Ober", "Director Ann Ober", "Director")]),
    ('Warning: "Do not enter."', [('"Do not enter."', None, None, None)]),
    # A body on a matter; a site described, then its address; a document and who produced it.
    ("The Council on Foreign Relations said the talks failed.",
     [("the talks failed", "Council on Foreign Relations", "The Council on Foreign Relations", None)]),
    ('The group the Project on Kestrian Oversight has called it "a textbook case".',
     [('"a textbook case"', "Project on Kestrian Oversight", "The group the Project on Kestrian Oversight", None)]),
    ("According to web site KestriaReviews.com, 87 percent of critics panned it.",
     [("87 percent of critics panned it", "KestriaReviews.com", "web site KestriaReviews.com", None)]),
    ("According to data from the Office for National Statistics, prices rose 3%.",
     [("prices rose 3%", "Office for National Statistics", "data from the Office for National Statistics", None)]),
    ("Al Jazeera reported that the minister was flown to a hospital.",
     [("that the minister was flown to a hospital", "Al Jazeera", "Al Jazeera", None)]),
    # A lower-case post after the name, without its closing comma.
    ('"Even believers will be bored," Jack Hale, film critic for Kestria News Service said.',
     [('"Even believers will be bored,"', "Jack Hale", "Jack Hale, film critic for Kestria News Service",
       "film critic for Kestria News Service")]),
])
def test_labels_bodies_on_matters_sites_and_documents(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two posts joined by "and", then their one holder, after the cue.
    ('"It is history repeating itself", said former Kestrian coach and former test player John Hale.',
     [('"It is history repeating itself"', "John Hale",
       "former Kestrian coach and former test player John Hale", "former Kestrian coach and former test player")]),
    # A lower-case post of a body, then its holder; someone working for a titled person is not that person.
    ('Offering his condolence, speaker of the parliament Ali Hale wrote: "The years were good."',
     [('"The years were good."', "Ali Hale", "speaker of the parliament Ali Hale", "speaker of the parliament")]),
    ("A spokesman for the minister Tom Hale said the plan failed.",
     [("the plan failed", None, "A spokesman for the minister Tom Hale", "A spokesman for the minister Tom Hale")]),
    # "Co-developer" is a post; a body's kind then a surname is the surname alone.
    ('Co-developer Jing Wang recounted, "It just slides down."',
     [('"It just slides down."', "Jing Wang", "Co-developer Jing Wang", "Co-developer")]),
    ('The "goal is union," explains Secretary General of the Kestrian Community Wagner.',
     [('The "goal is union,"', None, "Secretary General of the Kestrian Community Wagner",
       "Secretary General of the Kestrian Community")]),
])
def test_joined_posts_posts_of_bodies_and_co_posts(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A body's name starts with its capital and ends before its kind: "the opposition Renamo party" is Renamo.
    ("Nevertheless, the opposition Renamo party has announced that it will not take its seats.",
     [("that it will not take its seats", "Renamo", "the opposition Renamo party", None)]),
    ("The ruling Kestria party said it would win.", [("it would win", "Kestria", "The ruling Kestria party", None)]),
    # A source's time is no part of it; a body "for" a field with "and" in it is one body.
    ("According to Kestria Center for Systems Science and Engineering late today, 291 patients have recovered.",
     [("291 patients have recovered", "Kestria Center for Systems Science and Engineering",
       "Kestria Center for Systems Science and Engineering", None)]),
    ("291 patients have recovered, according to the health ministry on Monday.",
     [("291 patients have recovered", None, "the health ministry", None)]),
    # A paper's name in quotation marks is read without them.
    ('The bombs were small, according to "El Kestrel".', [("The bombs were small", None, "El Kestrel", None)]),
    # An honorific with a name inside a longer one ("Mr. Lula" for Luiz Inácio Lula da Silva).
    ("President Luiz Inácio Lula da Silva said trade would grow. Mr. Lula said Brazil supports Korea.",
     [("trade would grow", "Luiz Inácio Lula da Silva", "President Luiz Inácio Lula da Silva", "President"),
      ("Brazil supports Korea", "Luiz Inácio Lula da Silva", "Mr. Lula", "President")]),
])
def test_body_names_source_times_quoted_papers_and_middle_names(text, expected):
    assert said(text) == expected


def test_he_is_not_guessed_past_a_person_of_a_body_named_nearer():
    """ "a State Department spokesperson, Morgan Hale," is a person (the post says so), of no known
    gender, named nearer than Tom Ruiz: "he" is nobody rather than Tom Ruiz."""
    text = ('Tom Ruiz, the caretaker Prime Minister, recommended the troops withdraw.\n\n'
            'Following the vote, a United States Department of State spokesperson, Morgan Hale, indicated the '
            'country was disappointed: "While we wait," he said, "we urge leaders to reconsider."')
    assert said(text) == [('"While we wait," he said, "we urge leaders to reconsider."', None, "he", None)]


@pytest.mark.parametrize("text, expected", [
    # A clause whose subject is named in full and that names no one else introduces its subject's words.
    ('Legislator Tanya Hale spoke to the press after the speech: "Please step down."',
     [('"Please step down."', "Tanya Hale", "Legislator Tanya Hale", "Legislator")]),
    ('Kestrian President Jair Ober opposed the statement: "It evokes a colonialist mentality."',
     [('"It evokes a colonialist mentality."', "Jair Ober", "Kestrian President Jair Ober", "Kestrian President")]),
    ('Tom Hale read out a letter from Ann Ober: "We are leaving."', [('"We are leaving."', None, None, None)]),
    # Words the subject came by or passes on are not the subject's.
    ('Tom Hale received a text message late at night: "We know where you live."',
     [('"We know where you live."', None, None, None)]),
    ('Tom Hale read the letter aloud: "We are leaving."', [('"We are leaving."', None, None, None)]),
    # A surname two people share, one named family name first, is neither.
    ("Steve Liu owns the firm. Liu Sixing was arrested. Liu said he was innocent.",
     [("he was innocent", None, "Liu", None)]),
    ("Steve Liu owns the firm. Liu said he was innocent.", [("he was innocent", "Steve Liu", "Liu", None)]),
    # Initials with a word in capitals; a document posted online by someone; a body's projections.
    ("Almost 700 fraudsters were convicted, HM Revenue and Customs (HMRC) announced today.",
     [("Almost 700 fraudsters were convicted", "HM Revenue and Customs", "HM Revenue and Customs (HMRC)", None)]),
    ("According to a memo posted online by Senator Juan Ober, the Senate cancelled its hearing.",
     [("the Senate cancelled its hearing", "Juan Ober", "a memo posted online by Senator Juan Ober", "Senator")]),
    ("Sanders won four states, according to CNN's projections.",
     [("Sanders won four states", "CNN", "CNN's projections", None)]),
    ("According to research by the Kestria Institute, the US sends 42% of spam.",
     [("the US sends 42% of spam", "Kestria Institute", "research by the Kestria Institute", None)]),
])
def test_introducing_clauses_shared_surnames_initials_and_documents(text, expected):
    assert said(text) == expected


def test_an_office_for_a_field_then_a_holder_with_a_given_name_not_known():
    """ "Minister for Infrastructure Nichola Mallon": the one-word field is no part of the holder's name,
    so "Minister Mallon" later is she."""
    text = ("Minister for Infrastructure Nichola Mallon said the road would open. "
            "Minister Mallon added that she was pleased.")
    assert said(text) == [
        ("the road would open", "Nichola Mallon", "Minister for Infrastructure Nichola Mallon",
         "Minister for Infrastructure"),
        ("that she was pleased", "Nichola Mallon", "Minister Mallon", "Minister")]


@pytest.mark.parametrize("text, expected", [
    # A title's place ends before the holder's given name: "Senator from Vermont Bernie Hale" is Bernie Hale.
    ('Senator from Vermont Bernie Hale ended his campaign. He wrote in a tweet, "the struggle continues".',
     [('"the struggle continues"', "Bernie Hale", "He", None)]),
    # A given name that is also a state's stays a given name.
    ("Georgia Ann Smith said the plan failed.", [("the plan failed", "Georgia Ann Smith", "Georgia Ann Smith", None)]),
])
def test_a_state_closing_a_title_before_a_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "According to X:" before a quotation, as "According to X," before reported speech.
    ('He visited in April. According to Jamil Hale: "Yasser Arafat was a world leader".',
     [('"Yasser Arafat was a world leader"', "Jamil Hale", "Jamil Hale", None)]),
    # "First Class" is part of a rank, not of the holder's name.
    ("Sergeant First Class Tom Hale said the base was quiet.",
     [("the base was quiet", "Tom Hale", "Sergeant First Class Tom Hale", "Sergeant First Class")]),
])
def test_according_to_before_a_colon_and_ranks_first_class(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A show named after its host is no second person of that surname.
    ('Singer Dora Vale hosted The Dora Vale Show until 1973. "I loved it," Vale said.',
     [('"I loved it,"', "Dora Vale", "Vale", "Singer")]),
    ('Tom Hale toured the Tom Hale International Hotel. "It will open in May," Hale said.',
     [('"It will open in May,"', "Tom Hale", "Hale", None)]),
    ('Ana Ruiz won the Ruiz Prize in 2019. "I was stunned," Ruiz told reporters.',
     [('"I was stunned,"', "Ana Ruiz", "Ruiz", None)]),
    # The thing itself speaks through its organisers, as a body.
    ("The race was moved, according to the Kestria Marathon.",
     [("The race was moved", "Kestria Marathon", "the Kestria Marathon", None)]),
])
def test_shows_prizes_and_buildings_named_after_someone(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # One name with a middle initial and once without: one person, under the longer name.
    ("Ana Ruiz fired John R. Bolton on Monday. John Bolton had held the post since 2018.\n\n"
     "\"I offered to resign,\" Bolton said.",
     [('"I offered to resign,"', "John R. Bolton", "Bolton", None)]),
    ("John Hale arrived first. John T. Hale spoke later.\n\n\"We will see,\" Hale said.",
     [('"We will see,"', "John T. Hale", "Hale", None)]),
    ("Mr. Hale spoke to John P. Hale by phone.\n\n\"It went well,\" John Hale said.",
     [('"It went well,"', "John P. Hale", "John Hale", None)]),
    # Two longer names the shorter could be: no one is guessed.
    ("John R. Hale and John T. Hale met John Hale.\n\n\"We will see,\" Hale said.",
     [('"We will see,"', None, "Hale", None)]),
])
def test_a_name_with_and_without_its_middle_initial(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A clause naming its subject in full, then a colon: the quotation is the subject's own words,
    # also when the clause names a platform or a day, or the subject by a surname given in full.
    ('He left.\n\nTom Hale took a parting shot on Twitter on Friday: "Oh no, really big news!"',
     [('"Oh no, really big news!"', "Tom Hale", "Tom Hale", None)]),
    ('Ana Ruiz resigned.\n\nRuiz gave a different account of events, also speaking via Facebook: "I was pushed."',
     [('"I was pushed."', "Ana Ruiz", "Ruiz", None)]),
    # Places, bodies and a person named as the object leave the words the subject's.
    ('He left.\n\nFormer governor Tom Hale broke down what was wrong for the Dutch newspaper NRC: "It was unkind."',
     [('"It was unkind."', "Tom Hale", "Former governor Tom Hale", "Former governor")]),
    ('He left.\n\nTom Hale, an aide to Mr. Cole, stood with Mr. Cole at the European Union: "He is honest."',
     [('"He is honest."', "Tom Hale", "Tom Hale, an aide to Mr. Cole,", "aide to Mr. Cole")]),
    # Someone else's words, from or by someone, a given name, a surname nobody has in full, or words
    # passed on: no one.
    ('He left.\n\nTom Hale responded to criticism from Ruiz on Monday: "We are done."',
     [('"We are done."', None, None, None)]),
    ('He left.\n\nTom Hale spoke on the show Morning Joe: "We are done."',
     [('"We are done."', None, None, None)]),
    ('He left.\n\nTom Hale opposed Ruiz\'s statement: "The suggestion is colonial."',
     [('"The suggestion is colonial."', None, None, None)]),
    ('He left.\n\nHale gave a different account of events: "I was pushed."',
     [('"I was pushed."', None, None, None)]),
    ('He left.\n\nTom Hale received a message on Twitter: "You are fired."',
     [('"You are fired."', None, None, None)]),
])
def test_a_clause_with_a_named_subject_before_a_colon(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An honorific with no gender before a given name, in name orders other than the English one:
    # the one person of that given name, and a pronoun after it reaches her.
    ("The director, Dr Meerjady Sabrina Flora, said five had died. According to Dr Meerjady, two were old. "
     "She also said two came from Dhaka.",
     [("five had died", "Meerjady Sabrina Flora", "The director, Dr Meerjady Sabrina Flora,", "The director"),
      ("two were old", "Meerjady Sabrina Flora", "Dr Meerjady", "director"),
      ("two came from Dhaka", "Meerjady Sabrina Flora", "She", "director")]),
    # A given name two people share names neither.
    ("Dr Aung Min Oo and Aung Kyaw met. According to Dr Aung, the talks failed.",
     [("the talks failed", None, "Dr Aung", None)]),
])
def test_an_honorific_before_a_given_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An office for two fields joined by "and", then four or more capitalised words: the last two
    # are the holder, given name known or not.
    ("Minister for Victims and Community Safety Siobhian Brown said the fund was open.",
     [("the fund was open", "Siobhian Brown", "Minister for Victims and Community Safety Siobhian Brown",
       "Minister for Victims and Community Safety")]),
    ("Cabinet Secretary for Health and Social Care said the fund was open.",
     [("the fund was open", None, "Cabinet Secretary for Health and Social Care",
       "Cabinet Secretary for Health and Social Care")]),
    # "First" of a title stays in it: "The First Minister" is the one the article names so.
    ("First Minister Humza Yousaf spoke in Edinburgh.\n\nThe First Minister said the missions were clear.",
     [("the missions were clear", "Humza Yousaf", "The First Minister", "First Minister")]),
    ("First Lady Jill Hale visited. First, Hale said the plan worked.",
     [("the plan worked", "Jill Hale", "Hale", "First Lady")]),
])
def test_offices_for_joined_fields_and_first_of_a_title(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A surname, then "of" and where the person works: the surname resolves, the place is a role.
    ("Martin Weisskopf led the team.\n\n“It took decades,” said Weisskopf of NASA’s Marshall Space Flight Center.",
     [("“It took decades,”", "Martin Weisskopf", "Weisskopf of NASA’s Marshall Space Flight Center",
       "NASA’s Marshall Space Flight Center")]),
    ("Drew Hale spoke first.\n\n“It was early,” said Hale of the CORE Teachers.",
     [("“It was early,”", "Drew Hale", "Hale of the CORE Teachers", "the CORE Teachers")]),
    # Plural nouns for people before "of" stay a group.
    ("Members of the House of Commons said the bill was bad.",
     [("the bill was bad", "Members of the House of Commons", "Members of the House of Commons", None)]),
    # A surname that is also a people's name ("French", "Welsh"), after a given name, is a surname;
    # a generation's numeral after it ("Mark Welsh III") leaves it the one later mentions use.
    ("Comedian Dawn French opened the show. “It was fun,” French said.",
     [("“It was fun,”", "Dawn French", "French", "Comedian")]),
    ("Chancellor Mark Welsh III signed the deal. “We have led,” Welsh said.",
     [("“We have led,”", "Mark Welsh III", "Welsh", "Chancellor")]),
    ("Ministers met in Paris. “It was fun,” French said.", [("“It was fun,”", None, "French", None)]),
    # A surname that is also a title ("Bishop", "Ensign", "Major"): the person of that surname,
    # unless the article names a holder of the title too, who could be meant.
    ("Union leader Mark Bishop spoke on Monday. “We will strike,” Bishop said.",
     [("“We will strike,”", "Mark Bishop", "Bishop", "leader")]),
    ("Program manager Dr. Todd Ensign runs the league. “It has grown,” Ensign said.",
     [("“It has grown,”", "Todd Ensign", "Ensign", "manager")]),
    ("Anne Major chairs the panel. “It is late,” Major said.", [("“It is late,”", "Anne Major", "Major", None)]),
    ("Bishop John Carter met the steward Mark Bishop. “We will strike,” Bishop said.",
     [("“We will strike,”", None, "Bishop", None)]),
    # after an honorific too: "Ms King" for Annette King
    ("In 2003 the Hon Annette King signed a treaty. “I welcome the support,” Ms King said.",
     [("“I welcome the support,”", "Annette King", "Ms King", None)]),
])
def test_surnames_of_a_body_peoples_names_and_numerals(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The report said" after a report the article tied to its issuer: that issuer.
    ("According to a 1989 report from the Kestria Safety Board, the plane was hit in 1987. "
     "The report said one passenger was injured.",
     [("the plane was hit in 1987", "Kestria Safety Board", "a 1989 report from the Kestria Safety Board", None),
      ("one passenger was injured", "Kestria Safety Board", "The report", None)]),
    ("President Tom Hale, in a statement, announced troops would leave. The call was brief. "
     "The statement also said the war was over.",
     [("troops would leave", "Tom Hale", "President Tom Hale, in a statement,", "President"),
      ("the war was over", "Tom Hale", "The statement", "President")]),
    # A legal document owned by its issuer, then "the complaint": that issuer's.
    ("The Kestria Securities Commission sued a firm. The KSC’s complaint alleges that the firm lied. "
     "The complaint alleges that the firm hid losses.",
     [("that the firm lied", "Kestria Securities Commission", "The KSC’s complaint", None),
      ("that the firm hid losses", "Kestria Securities Commission", "The complaint", None)]),
    ("Tom Hale's letter said the plan failed. The letter said costs rose.",
     [("the plan failed", "Tom Hale", "Tom Hale's letter", None), ("costs rose", "Tom Hale", "The letter", None)]),
    ("The Justice Department's indictment says the men hid the money.",
     [("the men hid the money", "Justice Department", "The Justice Department's indictment", None)]),
    # No issuer tied to the earlier document: nobody.
    ("A report was published on Monday. The report said one passenger was injured.",
     [("one passenger was injured", None, "The report", None)]),
    # A poll "of" some voters is no group of voters speaking.
    ("Hale leads, according to a recent poll of Kestrian voters.",
     [("Hale leads", None, "a recent poll of Kestrian voters", None)]),
])
def test_the_document_named_before_and_polls_of_voters(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The company said" right after a sentence that names one company and no other name: that company.
    ("A helicopter under contract to Kestria Gas and Electric (KG&E) struck power lines. The dead were KG&E "
     "contract employees. The company said power was restored.",
     [("power was restored", "Kestria Gas and Electric", "The company", None)]),
    ('Shares in Kestria Motors rose on Monday. "We are delighted," the company said.',
     [('"We are delighted,"', "Kestria Motors", "the company", None)]),
    # Another name there, known as a company or not, or a public body: nobody is guessed.
    ("Kestria Motors and Veltra Cars agreed a merger. The company said jobs were safe.",
     [("jobs were safe", None, "The company", None)]),
    ("Kestria Motors agreed a merger with Veltra. The company said jobs were safe.",
     [("jobs were safe", None, "The company", None)]),
    ("The Federal Aviation Administration opened an inquiry. The company said jobs were safe.",
     [("jobs were safe", None, "The company", None)]),
])
def test_the_company_just_named(text, expected):
    assert said(text) == expected


# "The movement", "the newspaper", "the organisation" right after a sentence naming one body of that
# kind: that body. A newspaper must be called one ("the newspaper" is no rifle association); two
# bodies, or a name the article ties to nobody, leave it unresolved.
@pytest.mark.parametrize("text, expected", [
    ("The Landless Workers Movement occupied three farms in Brazil on Monday. The movement said the land was idle.",
     [("the land was idle", "Landless Workers Movement", "The movement", None)]),
    ("The Times of Zambia reported the arrest. The newspaper said police had raided the house.",
     [("police had raided the house", "Times of Zambia", "The newspaper", None)]),
    ("The National Rifle Association opposed the bill on Monday. The newspaper said the law was weak.",
     [("the law was weak", None, "The newspaper", None)]),
    ("The Green Belt Movement and the Red Cross planted trees. The organization said it would plant more.",
     [("it would plant more", None, "The organization", None)]),
])
def test_a_noun_for_a_body_just_named_is_that_body(text, expected):
    assert said(text) == expected



@pytest.mark.parametrize("text, expected", [
    # A given name that is also a word for a body ("Charity") opens a person's name before a surname.
    ("“Orbits are crowded,” said Charity Weeden who leads the office.",
     [("“Orbits are crowded,”", "Charity Weeden", "Charity Weeden", None)]),
    ("The Charity Commission said the fund was closed.",
     [("the fund was closed", "Charity Commission", "The Charity Commission", None)]),
    # A description, then the full name and where the person works: the name, the rest a role.
    ("“It’s humbling,” said Ingenuity’s project manager, Teddy Tzanetos of NASA JPL.",
     [("“It’s humbling,”", "Teddy Tzanetos", "Ingenuity’s project manager, Teddy Tzanetos",
       "Ingenuity’s project manager of NASA JPL")]),
])
def test_virtue_given_names_and_a_name_after_a_description_with_its_workplace(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A role of two lower-case words right after a quotation, before the name: "team engineer Jeffrey Chen".
    ("“Lidars struggle,” team engineer Jeffrey Chen said.",
     [("“Lidars struggle,”", "Jeffrey Chen", "team engineer Jeffrey Chen", "team engineer")]),
    # A person named in full only as the owner of something capitalised: "Erwan Mazarico’s IRAD effort".
    ("Models drove planetary scientist Erwan Mazarico’s IRAD effort.\n\n“We predicted it,” Mazarico said.",
     [("“We predicted it,”", "Erwan Mazarico", "Mazarico", "planetary scientist")]),
    # Capitalised words owning something, with no given name or noun for a person before them, name no one.
    ("Thousands Celebrating Hale’s Victory Speech filled the square.\n\n“We are grateful,” Hale said.",
     [("“We are grateful,”", None, "Hale", None)]),
])
def test_roles_after_a_quotation_and_owners_named_in_full(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A nickname in marks inside a name is no quotation, and the name around it is the person's.
    ("Charles “Chuck” Hale, who led the team, said the plan worked. “It fell in place,” said Hale.",
     [("the plan worked", "Charles Hale", "Hale, who led the team,", None),
      ("“It fell in place,”", "Charles Hale", "Hale", None)]),
    # A single word in marks after a lower-case word is not a nickname.
    ('He called it "Amazing" and left.', [('it "Amazing"', None, "He", None)]),
])
def test_a_nickname_in_marks_inside_a_name(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A nation's or body's word before a noun for one institution describes it; the article names it
    # otherwise (often by its initials), so no speaker is made of the description.
    ("The U.N. refugee agency says thousands of refugees are on their way.",
     [("thousands of refugees are on their way", None, "The U.N. refugee agency", None)]),
    # A group of people a nation stands behind is still a source named so.
    ("Pakistani officials said the border was closed.",
     [("the border was closed", "Pakistani officials", "Pakistani officials", None)]),
])
def test_one_institution_described_by_a_nation(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A surname titled with an office the one person of that surname is known to hold none of, while
    # holding another, is not that person.
    ("First Lady Laura Hale spoke. President Hale says the plan has helped millions.",
     [("the plan has helped millions", None, "President Hale", "President")]),
    # Unless the article gives that person the office: "was sworn in as Puerto Rico's governor".
    ("Secretary of Justice Wanda Ruiz Garced was sworn in as Puerto Rico's governor. Governor Ruiz said she would serve.",
     [("she would serve", "Wanda Ruiz Garced", "Governor Ruiz", "Governor")]),
    ("Republican Tom Hale spoke. Senator Hale said the plan works.",
     [("the plan works", "Tom Hale", "Senator Hale", "Senator")]),
])
def test_a_titled_surname_and_the_office_its_person_holds(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A title "for" a field before a comma and the name, British style, is the holder's role, which a
    # bare "Minister" later names.
    ("Minister for Social Development, Nelson McCausland MLA, has welcomed the report.\n\n"
     "Minister continued: “Households are in severe fuel poverty.”",
     [("“Households are in severe fuel poverty.”", "Nelson McCausland", "Minister", "MLA")]),
    # A capitalised noun for someone opening a sentence before a full name is a role, not a given name.
    ("Panelist Kim King-Wrenn echoed the message. “Diversity matters,” King-Wrenn said.",
     [("“Diversity matters,”", "Kim King-Wrenn", "King-Wrenn", "Panelist")]),
    ("Human Rights Watch said the protesters were killed.",
     [("the protesters were killed", "Human Rights Watch", "Human Rights Watch", None)]),
])
def test_titles_for_fields_before_a_comma_and_nouns_for_someone_opening_a_sentence(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The report says" after a report the article names as one body's ("the Kestria Institute's
    # annual report", "the KI report"): that body.
    ("The Kestria Trade Organization's (KTO) annual report finds trade slowed. Ann Hale reports from the launch "
     "of the KTO report.\n\nThe report notes the steam has gone out of the economy.",
     [("the steam has gone out of the economy", "Kestria Trade Organization", "The report", None)]),
    # Two bodies' reports: nobody is guessed.
    ("The Kestria Institute's report and the Veltra Fund's report came out. The report says growth slowed.",
     [("growth slowed", None, "The report", None)]),
])
def test_the_report_of_a_body_named_before(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "an NGO", "a Democrat": one of a kind, no speaker; "a CNN tally" is still CNN's.
    ("Of those at risk, an NGO says children are the most vulnerable.",
     [("children are the most vulnerable", None, "an NGO", None)]),
    ("A Democrat said the plan works.", [("the plan works", None, "A Democrat", None)]),
    ("Hale has won 758 delegates, according to a CNN tally.",
     [("Hale has won 758 delegates", "CNN", "a CNN tally", None)]),
])
def test_one_of_a_kind_after_an_indefinite_article(text, expected):
    assert said(text) == expected


# "Petrov's defense lawyer Vadim Orlov told ...": the owner named at the start of the speaker's
# phrase did not speak, so "he" in the next sentence is the lawyer; the role leaves out the owner's
# "'s" ("defense lawyer", never "s defense lawyer").
@pytest.mark.parametrize("text, expected", [
    ("Former tycoon Mikhail Petrov was found guilty on Monday.\nPetrov's defense lawyer Vadim Orlov told the press "
     "that the verdict was unjust.\nHe said that the court was pressured.",
     [("that the verdict was unjust", "Vadim Orlov", "Petrov's defense lawyer Vadim Orlov", "Petrov's defense lawyer"),
      ("that the court was pressured", "Vadim Orlov", "He", "defense lawyer")]),
    ("Senator Tom Hale lost the vote on Monday.\nHale's chief of staff, Ben Ruiz, said the count was wrong.\n"
     "He said the party would appeal.",
     [("the count was wrong", "Ben Ruiz", "Hale's chief of staff, Ben Ruiz,", "Hale's chief of staff"),
      ("the party would appeal", "Ben Ruiz", "He", "Hale's chief of staff")]),
    ("Mayor Ann Lee opened the bridge.\nLee spokesman Dale Ruiz said it had cost too much.\n"
     "He said the city would pay.",
     [("it had cost too much", "Dale Ruiz", "Lee spokesman Dale Ruiz", "Lee spokesman"),
      ("the city would pay", "Dale Ruiz", "He", "spokesman")]),
])
def test_a_pronoun_after_someone_s_spokesman_is_the_spokesman(text, expected):
    assert said(text) == expected


# A short phrase of time, place or occasion after "said", then a clause with no "that": the clause
# is what was said ("says in every vote there is one winner", "said in May the deal might ...").
@pytest.mark.parametrize("text, expected", [
    ("Tom Hale says in every vote there is one winner.", [("there is one winner", "Tom Hale", "Tom Hale", None)]),
    ("The International Monetary Fund said in May the deal might be a game changer.",
     [("the deal might be a game changer", "International Monetary Fund", "The International Monetary Fund", None)]),
    ("Tom Hale said in a statement the company would close.",
     [("the company would close", "Tom Hale", "Tom Hale", None)]),
    ("Tom Hale said in Paris the talks had failed.", [("the talks had failed", "Tom Hale", "Tom Hale", None)]),
])
def test_a_phrase_after_said_then_a_clause_is_reported_speech(text, expected):
    assert said(text) == expected


# Words that end only a body's name make it an organisation, so "it" later is that body: "Human
# Rights Watch", "Amnesty International", "the World Food Programme", "the Coast Guard".
@pytest.mark.parametrize("text, expected, expected_speakers", [
    ("Human Rights Watch said the police had fired on crowds. It said at least 18 people were killed.",
     [("the police had fired on crowds", "Human Rights Watch", "Human Rights Watch", None),
      ("at least 18 people were killed", "Human Rights Watch", "It", None)],
     [("Human Rights Watch", "organization", None)]),
    ("Amnesty International said the trial was unfair.",
     [("the trial was unfair", "Amnesty International", "Amnesty International", None)],
     [("Amnesty International", "organization", None)]),
    ("The World Food Programme said it would fly in food. The Coast Guard said two boats were lost.",
     [("it would fly in food", "World Food Programme", "The World Food Programme", None),
      ("two boats were lost", "Coast Guard", "The Coast Guard", None)],
     [("World Food Programme", "organization", None), ("Coast Guard", "organization", None)]),
])
def test_a_word_that_ends_only_a_body_s_name_makes_it_a_body(text, expected, expected_speakers):
    assert said(text) == expected
    assert speakers(text) == expected_speakers


# "Red Cross" and "Red Crescent" read as a given name and a surname: they are bodies, so "he" after
# "an International Red Cross volunteer" is the volunteer, never the Red Cross.
@pytest.mark.parametrize("text, expected, expected_speakers", [
    ("The Red Cross said 300 people had died. The Kenya Red Cross Society said the roads were closed.",
     [("300 people had died", "Red Cross", "The Red Cross", None),
      ("the roads were closed", "Kenya Red Cross Society", "The Kenya Red Cross Society", None)],
     [("Red Cross", "organization", None), ("Kenya Red Cross Society", "organization", None)]),
    ("Tom Hale is an International Red Cross volunteer. He said the roads were closed.",
     [("the roads were closed", "Tom Hale", "He", None)], [("Tom Hale", "person", None)]),
])
def test_the_red_cross_is_a_body(text, expected, expected_speakers):
    assert said(text) == expected
    assert speakers(text) == expected_speakers


# A body's kind, described by a nationality or lower-case words, then its name: "the Fijian newspaper
# Sunday Post", "The law firm Baker McKenzie". The name speaks, before a cue or after "according to".
@pytest.mark.parametrize("text, expected", [
    ("According to the Fijian newspaper Sunday Post, sources have confirmed the plan.",
     [("sources have confirmed the plan", "Sunday Post", "the Fijian newspaper Sunday Post", None)]),
    ("The Kenyan daily Nation said the plan was dropped.",
     [("the plan was dropped", "Nation", "The Kenyan daily Nation", None)]),
    ("The law firm Baker McKenzie said the plan was dropped.",
     [("the plan was dropped", "Baker McKenzie", "The law firm Baker McKenzie", None)]),
    ("According to the British newspaper The Guardian, the plan was dropped.",
     [("the plan was dropped", "Guardian", "the British newspaper The Guardian", None)]),
])
def test_a_body_described_by_nationality_and_kind_then_named(text, expected):
    assert said(text) == expected


# An attribution set off by commas after a relative word ("a bank that, the U.S. alleges, has
# helped ...") is the aside's speaker's, on the clause it interrupts; another speaker's content before
# it ends at the relative word. ("for that, Tom Hale explains," is no relative.)
@pytest.mark.parametrize("text, expected", [
    ("Tom Hale repeated the refusal to lift sanctions on a bank that, the U.S. alleges, has helped Kestria "
     "launder money.",
     [("the refusal to lift sanctions on a bank", "Tom Hale", "Tom Hale", None),
      ("that, the U.S. alleges, has helped Kestria launder money", "United States", "the U.S.", None)]),
    ("Tom Hale criticised a bank that, police say, has helped Kestria launder money.",
     [("a bank that", "Tom Hale", "Tom Hale", None),
      ("that, police say, has helped Kestria launder money", None, "police", None)]),
    ("The reason for that, Tom Hale explains, is the park's location.",
     [("The reason for that, Tom Hale explains, is the park's location", "Tom Hale", "Tom Hale", None)]),
])
def test_an_aside_attribution_after_a_relative_word_speaks_for_its_clause(text, expected):
    assert said(text) == expected


# "... says Finance Minister Ann Lee." closing a sentence with no comma before "says" (New Zealand
# and Australian releases): all before it is hers, a report nested in it included.
@pytest.mark.parametrize("text, expected", [
    ("The economy will grow by 2% next year says Finance Minister Ann Lee.",
     [("The economy will grow by 2% next year", "Ann Lee", "Finance Minister Ann Lee", "Finance Minister")]),
    ("Kestria First, in attempting to spin itself out of its lies, have revealed they don't think teachers "
     "matter says Education Minister Ann Lee.",
     [("Kestria First, in attempting to spin itself out of its lies, have revealed they don't think teachers "
       "matter", "Ann Lee", "Education Minister Ann Lee", "Education Minister")]),
])
def test_says_and_a_full_name_closing_a_sentence_without_a_comma(text, expected):
    assert said(text) == expected


# The owner of someone's post is not its holder: "National" after "National's Education spokesman
# Tom Hale" is the party, never Hale; "The spokesman" is still Hale.
@pytest.mark.parametrize("text, expected", [
    ("National have revealed they don't think teachers matter.\n\nNational's Education spokesman Tom Hale said "
     "the spending was wrong.",
     [("they don't think teachers matter", None, "National", "National"),
      ("the spending was wrong", "Tom Hale", "National's Education spokesman Tom Hale",
       "National's Education spokesman")]),
    ("Labour said the vote was rigged.\n\nLabour's health spokesman Tom Hale said the spending was wrong.\n\n"
     "The spokesman said it would not pass.",
     [("the vote was rigged", "Labour", "Labour", None),
      ("the spending was wrong", "Tom Hale", "Labour's health spokesman Tom Hale", "Labour's health spokesman"),
      ("it would not pass", "Tom Hale", "The spokesman", "health spokesman")]),
])
def test_the_owner_of_a_post_is_not_its_holder(text, expected):
    assert said(text) == expected


# A full name opening the sentence, then its posts in commas, commas inside a post included, up to
# the cue (European Commission and British releases): the name speaks, never the last capitalised
# words of a post ("Social Dialogue"). Names without a title after the first comma are not posts.
@pytest.mark.parametrize("text, expected", [
    ('Valdis Dombrovskis, Vice-President for the Euro and Social Dialogue, also in charge of Financial Stability, '
     'Financial Services and Capital Markets Union, said: "The economic expansion is set to continue."',
     [('"The economic expansion is set to continue."', "Valdis Dombrovskis",
       "Valdis Dombrovskis, Vice-President for the Euro and Social Dialogue, also in charge of Financial Stability, "
       "Financial Services and Capital Markets Union", "Vice-President for the Euro and Social Dialogue")]),
    ('Marianne Thyssen, Commissioner for Employment, Social Affairs, Skills and Labour Mobility, commented: '
     '"The measures have made a difference."',
     [('"The measures have made a difference."', "Marianne Thyssen",
       "Marianne Thyssen, Commissioner for Employment, Social Affairs, Skills and Labour Mobility",
       "Commissioner for Employment, Social Affairs, Skills and Labour Mobility")]),
    ("Nic Anderson, Chief Executive UK Defence, QinetiQ said:\n\n“The partnership goes from strength to strength.”",
     [("“The partnership goes from strength to strength.”", "Nic Anderson",
       "Nic Anderson, Chief Executive UK Defence, QinetiQ", "Chief Executive UK Defence, QinetiQ")]),
    ("Tom Hale, Ana Ruiz and Dan Lee said the plan was dead.",
     [("the plan was dead", None, "Ana Ruiz and Dan Lee", None)]),
])
def test_a_name_then_its_posts_in_commas_speaks(text, expected):
    assert said(text) == expected


# A pronoun after a sentence-opening full name that nothing shows to be a person (an unknown given
# name, no title, no quote yet) may be that subject: it stays unresolved rather than reaching back
# to someone named before ("Daiyrbek Orunbekov had written articles wherein he accused the president").
@pytest.mark.parametrize("text, expected", [
    ("President Tom Hale sued the editor last year.\n\nDan Ruiz had written several articles wherein he accused "
     "the president of fomenting conflict.",
     [("the president of fomenting conflict", None, "he", None)]),
    ("President Tom Hale sued the editor last year.\n\nKestrel Ruiz had written several articles in which he "
     "accused the president of fomenting conflict.",
     [("the president of fomenting conflict", None, "he", None)]),
])
def test_a_pronoun_after_an_unknown_subject_is_not_someone_named_before(text, expected):
    assert said(text) == expected


# A paragraph after a sentence closing with a colon whose cue already had its content ("announced
# their arrival on social media:", a post the page left out) is not what was said when it reports
# someone else in its own right ("According to their lawyers", "Dan Ruiz reminded"); after "said:"
# an unquoted paragraph is the speaker's, whatever cues it holds.
@pytest.mark.parametrize("text, expected", [
    ("Minister Ann Lee announced their arrival on social media:\n\nA similar group had arrived two months earlier. "
     "According to their lawyers, the process is very slow.",
     [("their arrival on social media", "Ann Lee", "Minister Ann Lee", "Minister"),
      ("the process is very slow", None, "their lawyers", None)]),
    ("As Tom Hale lamented the cuts, Ann Lee reached out to voters:\n\nAfter the vote, Dan Ruiz reminded viewers that "
     "he opposed it.",
     [("the cuts", "Tom Hale", "Tom Hale", None), ("that he opposed it", "Dan Ruiz", "Dan Ruiz", None)]),
    ("Minister Ann Lee praised the staff and said she would fight for the ward:\n\nThe ward will stay open for as "
     "long as patients need it.",
     [("the staff", "Ann Lee", "Minister Ann Lee", "Minister"),
      ("she would fight for the ward", "Ann Lee", "Minister Ann Lee", "Minister"),
      ("The ward will stay open for as long as patients need it", "Ann Lee", "Minister Ann Lee", "Minister")]),
    ("Minister Ann Lee said:\n\nThe funding will help families. Parents tell us it matters.",
     [("The funding will help families. Parents tell us it matters", "Ann Lee", "Minister Ann Lee", "Minister")]),
])
def test_a_paragraph_after_a_colon_reporting_someone_else_is_theirs(text, expected):
    assert said(text) == expected


# A middle initial between a known given name and a surname that is also a title word ("Dana W.
# White", "Ann W. White") keeps the whole name, as "Dana White" does; and an office "for" a field
# with "the" in it ("Cabinet Secretary for the Economy and Infrastructure, Ken Skates,") is a post,
# its holder the name in the commas.
@pytest.mark.parametrize("text, expected", [
    ("The budget was sent on Monday. The chief Pentagon spokesperson, Dana W. White, said the plan was sound. "
     "White said the money would come.",
     [("the plan was sound", "Dana W. White", "The chief Pentagon spokesperson, Dana W. White,",
       "The chief Pentagon spokesperson"),
      ("the money would come", "Dana W. White", "White", "chief Pentagon spokesperson")]),
    ("Visits rose last year. Cabinet Secretary for the Economy and Infrastructure, Ken Skates, said the figures "
     "were good.",
     [("the figures were good", "Ken Skates", "Cabinet Secretary for the Economy and Infrastructure, Ken Skates,",
       "Cabinet Secretary for the Economy and Infrastructure")]),
])
def test_middle_initials_and_offices_for_the_field(text, expected):
    assert said(text) == expected


# "Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development Barnaby
# Joyce": a first post joined by "and" to a portfolio is his too, so "the Deputy Prime Minister" later
# is him; a name before "and" ("Tom Hale and Minister for ...") is no post.
@pytest.mark.parametrize("text, expected", [
    ("Tenders were called.\n\nDeputy Prime Minister and Minister for Infrastructure, Transport and Regional "
     "Development Barnaby Joyce said the Government has committed $360 million.\n\n"
     "“The Government is committed to busting congestion,” the Deputy Prime Minister said.",
     [("the Government has committed $360 million", "Barnaby Joyce",
       "Transport and Regional Development Barnaby Joyce",
       "Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development"),
      ("“The Government is committed to busting congestion,”", "Barnaby Joyce", "the Deputy Prime Minister",
       "Deputy Prime Minister and Minister for Infrastructure, Transport and Regional Development")]),
    ("Tom Hale and Minister for Infrastructure, Transport and Regional Development Barnaby Joyce met on Monday. "
     "The Deputy Prime Minister said the road was open.",
     [("the road was open", None, "The Deputy Prime Minister", "Deputy Prime Minister")]),
])
def test_a_first_post_joined_to_a_portfolio_by_and(text, expected):
    assert said(text) == expected


# A role owned by a place or body before the name in commas ("South Korea's chief envoy to the
# talks, Kim Sook,") is the holder's, so a later "Kim" or "he" is that person; a place described
# before a name ("northern Nigeria's largest city, Aminu Wada" after "in Kano,") gives no role.
@pytest.mark.parametrize("text, expected", [
    ("Talks will resume.\n\nSouth Korea's chief envoy to the North Korean nuclear talks, Kim Sook, left for Tokyo.\n\n"
     "Before leaving, Kim told reporters the talks were ready to resume.\n\n\"I would hope soon,\" he said.",
     [("the talks were ready to resume", "Kim Sook", "Kim",
       "South Korea's chief envoy to the North Korean nuclear talks"),
      ('"I would hope soon,"', "Kim Sook", "he", "South Korea's chief envoy to the North Korean nuclear talks")]),
    ("Violence broke out in Kano, northern Nigeria's largest city, on Monday. Aminu Wada said the army had left.",
     [("the army had left", "Aminu Wada", "Aminu Wada", None)]),
])
def test_a_role_owned_by_a_place_before_the_name(text, expected):
    assert said(text) == expected


# What a finding or claim says is not what the one responding to it says: "Responding to the CJINI
# finding that ..., Ronnie Armour said" gives Armour only his own words.
@pytest.mark.parametrize("text, expected", [
    ("Responding to the CJINI finding that some people have been held in solitary confinement, the prison "
     "director, Ronnie Armour, said, “Parts of this are wrong.”",
     [("“Parts of this are wrong.”", "Ronnie Armour", "the prison director, Ronnie Armour,", "the prison director")]),
    ("Responding to the report's finding that some people were held alone, Ronnie Armour said the report was wrong.",
     [("the report was wrong", "Ronnie Armour", "Ronnie Armour", None)]),
])
def test_responding_to_a_finding_is_not_saying_it(text, expected):
    assert said(text) == expected


# A paragraph after "X tweets:" (the post missing from the page) that closes with its own speaker
# ("... says Pakistani blogger Ghazala Khan.") is that speaker's, never X's.
@pytest.mark.parametrize("text, expected", [
    ("Journalist Omar Quraishi tweets:\n\nEmployees are trapped and harassed says Pakistani blogger Ghazala Khan.",
     [("Employees are trapped and harassed", "Ghazala Khan", "Pakistani blogger Ghazala Khan", "Pakistani blogger")]),
    ("Journalist Omar Quraishi said:\n\nThe employees are trapped and harassed by the protesters.",
     [("The employees are trapped and harassed by the protesters", "Omar Quraishi", "Journalist Omar Quraishi",
       "Journalist")]),
])
def test_a_paragraph_closing_with_its_own_speaker_after_a_colon(text, expected):
    assert said(text) == expected


# A sentence opening with a participle phrase whose comma the writer left out, then "Name, Post
# said:": the name speaks ("Commenting on the statistics Edward Davey, Secretary of State ... said:");
# a name after a verb's preposition ("wrote to Tom Hale, director of the trust said") still does not.
@pytest.mark.parametrize("text, expected", [
    ("Commenting on the Green Deal and ECO statistics Edward Davey, Secretary of State for Energy and Climate Change "
     "said:\n\n“We’re aiming to make 1 million homes warmer.”",
     [("“We’re aiming to make 1 million homes warmer.”", "Edward Davey",
       "Edward Davey, Secretary of State for Energy and Climate Change",
       "Secretary of State for Energy and Climate Change")]),
    ("The minister wrote to Tom Hale, director of the trust said the plan was good.",
     [("director of the trust said the plan was good", None, "The minister", "The minister")]),
])
def test_a_name_and_post_after_an_opening_participle_without_its_comma(text, expected):
    assert said(text) == expected


# A country by its initials speaks under its name ("the U.S. alleges" after "The United States
# said" is one speaker); a group it qualifies ("US officials") keeps its own words.
@pytest.mark.parametrize("text, expected", [
    ("The United States said the talks would go on. The bank, the U.S. alleges, has helped Kestria.",
     [("the talks would go on", "United States", "The United States", None),
      ("The bank, the U.S. alleges, has helped Kestria", "United States", "the U.S.", None)]),
    ("The U.K. said the talks would go on.", [("the talks would go on", "United Kingdom", "The U.K.", None)]),
    ("US officials said the talks would go on.", [("the talks would go on", "US officials", "US officials", None)]),
])
def test_a_country_by_its_initials_speaks_under_its_name(text, expected):
    assert said(text) == expected


# "confirmed with UpGuard that ...": the one the writer checked with is the source of what was
# confirmed; hearers ("confirmed with reporters that") are not.
@pytest.mark.parametrize("text, expected", [
    ("The report was unclear, and Wikinews confirmed with UpGuard that the two incidents involved two buckets.",
     [("that the two incidents involved two buckets", "UpGuard", "UpGuard", None)]),
    ("The police confirmed with reporters that two men were held.",
     [("that two men were held", None, "The police", None)]),
])
def test_confirmed_with_a_named_source(text, expected):
    assert said(text) == expected


# A nationality describing a body's kind is the body's own too: "according to Iraqi military" is
# no Military Times named before; the Iraqi Army or Police Scotland is ("the Scottish police").
@pytest.mark.parametrize("text, expected", [
    ("The Military Times reported the attack. Rockets struck the base, according to Iraqi military.",
     [("Rockets struck the base", "Iraqi military", "Iraqi military", None)]),
    ("Police Scotland arrested two men. The Scottish police said the men were held.",
     [("the men were held", "Police Scotland", "The Scottish police", None)]),
    ("Thames Valley Police arrested two men. The British police said the men were held.",
     [("the men were held", "British police", "The British police", None)]),
    ("Thames Valley Police arrested two men. The police said the men were held.",
     [("the men were held", "Thames Valley Police", "The police", None)]),
])
def test_a_nationality_before_a_body_kind_must_be_the_bodys(text, expected):
    assert said(text) == expected


# The field of an elected office or a post runs into its holder's name ("Federal Member for Menzies
# Kevin Andrews", "Senator for Victoria Bridget McKenzie"): the holder is the name from its given
# name on, so "Mr Andrews" is Kevin Andrews, not "Menzies Kevin Andrews".
@pytest.mark.parametrize("text, expected", [
    ('Federal Member for Menzies Kevin Andrews said residents would gain. "It helps," Mr Andrews said.',
     [("residents would gain", "Kevin Andrews", "Federal Member for Menzies Kevin Andrews", "Federal Member for Menzies"),
      ('"It helps,"', "Kevin Andrews", "Mr Andrews", "Federal Member for Menzies")]),
    ('Senator for Victoria Bridget McKenzie said the plan works. "It helps," Ms McKenzie said.',
     [("the plan works", "Bridget McKenzie", "Senator for Victoria Bridget McKenzie", "Senator for Victoria"),
      ('"It helps,"', "Bridget McKenzie", "Ms McKenzie", "Senator for Victoria")]),
    ('The MP for Ealing North Tom Hale said the plan works. "It helps," Mr Hale said.',
     [("the plan works", "Tom Hale", "The MP for Ealing North Tom Hale", "MP for Ealing North"),
      ('"It helps,"', "Tom Hale", "Mr Hale", "MP for Ealing North")]),
    # A seat "for" a constituency after a party's initials, no title word before it.
    ('LNP Member for Leichhardt Warren Entsch said the hospital was busy. "It is busy," Mr Entsch said.',
     [("the hospital was busy", "Warren Entsch", "LNP Member for Leichhardt Warren Entsch",
       "LNP Member for Leichhardt"),
      ('"It is busy,"', "Warren Entsch", "Mr Entsch", "LNP Member for Leichhardt")]),
])
def test_the_field_of_an_office_before_its_holder(text, expected):
    assert said(text) == expected


# "said U.S. Attorney Kevin G. Ritz for the Western District of Tennessee": a titled full name, then
# the office's field after "for the" or "of the"; the holder speaks, the post is the whole title.
@pytest.mark.parametrize("text, expected", [
    ('"They abused their positions," said U.S. Attorney Kevin G. Ritz for the Western District of Tennessee.',
     [('"They abused their positions,"', "Kevin G. Ritz",
       "U.S. Attorney Kevin G. Ritz for the Western District of Tennessee",
       "U.S. Attorney for the Western District of Tennessee")]),
    ('"We will pursue them," said Chief Executive Ann Ober of the Kestria Bank.',
     [('"We will pursue them,"', "Ann Ober", "Chief Executive Ann Ober of the Kestria Bank",
       "Chief Executive of the Kestria Bank")]),
    ('"We will pursue them," said the spokesman for the District of Kansas.',
     [('"We will pursue them,"', None, "the spokesman for the District of Kansas",
       "the spokesman for the District of Kansas")]),
])
def test_a_titled_name_then_the_field_of_its_office(text, expected):
    assert said(text) == expected


# A post of a body its initials name ("the FBI Director", "EPA Administrator", "the FBI Special Agent in Charge")
# describes a person, unnamed here: no body called "FBI Director" speaks. A body's name ending in a
# person noun ("Business Insider") or holding "of"/"for" ("Brennan Center for Justice") stays a body.
@pytest.mark.parametrize("text, expected", [
    ("The FBI Director said the inquiry was over.", [("the inquiry was over", None, "The FBI Director", "FBI Director")]),
    ("EPA Administrator said the rule stands.", [("the rule stands", None, "EPA Administrator", "EPA Administrator")]),
    ('"We will pursue them," said the FBI Special Agent in Charge.',
     [('"We will pursue them,"', None, "the FBI Special Agent in Charge", "FBI Special Agent in Charge")]),
    ("Business Insider reported that the strikes were carried out by militias.",
     [("that the strikes were carried out by militias", "Business Insider", "Business Insider", None)]),
    ("The Brennan Center for Justice noted that ad spending rose.",
     [("that ad spending rose", "Brennan Center for Justice", "The Brennan Center for Justice", None)]),
])
def test_a_post_of_a_body_by_its_initials_is_a_person_described(text, expected):
    assert said(text) == expected


# "it" in a sentence that opens with another name is not the body that spoke before: "Pamalakaya,
# a fisherfolk group, organised the trip as it urged China to ..." is no China's. After an opening
# phrase or a pronoun, "it" is still the body just quoted.
@pytest.mark.parametrize("text, expected", [
    ("China is claiming the sea. Pamalakaya, a fisherfolk group, organised the trip as it urged China to leave.",
     [("the sea", "China", "China", None), ("China to leave", None, "it", None)]),
    ("China is claiming the sea. In May it said the ban would start.",
     [("the sea", "China", "China", None), ("the ban would start", "China", "it", None)]),
    ("Kestria Bank said profits rose. It said the cuts would come.",
     [("profits rose", "Kestria Bank", "Kestria Bank", None), ("the cuts would come", "Kestria Bank", "It", None)]),
])
def test_it_after_a_sentence_opening_with_another_name(text, expected):
    assert said(text) == expected


# A body owned by a department named in full speaks under its own name: "The U.S. Department of
# Labor's Occupational Safety and Health Administration (OSHA)" is OSHA, not "U.S. Department" (the
# "of" is inside the owner's name, not a preposition the body hangs on).
@pytest.mark.parametrize("text, expected", [
    ("The U.S. Department of Labor's Occupational Safety and Health Administration (OSHA) has cited the firm and "
     "proposed penalties of $382,875 for failing to protect workers.",
     [("penalties of $382,875 for failing to protect workers", "Occupational Safety and Health Administration",
       "The U.S. Department of Labor's Occupational Safety and Health Administration (OSHA)", None)]),
    ("The U.S. Department of Labor's Occupational Safety and Health Administration said the firm failed.",
     [("the firm failed", "Occupational Safety and Health Administration",
       "The U.S. Department of Labor's Occupational Safety and Health Administration", None)]),
    ("The Ministry of Health's Kestria Drug Agency said the pills were fake.",
     [("the pills were fake", "Kestria Drug Agency", "The Ministry of Health's Kestria Drug Agency", None)]),
])
def test_a_body_owned_by_a_department_named_in_full(text, expected):
    assert said(text) == expected


# A full name opening a sentence as its subject, the next sentence opening "He" or "She": that
# person, of that gender, though the given name is on no list ("Stacy Tran is part of the
# start-up. She says ..."). Not a place ("West Darfur is part of Sudan. She says"), not a heading
# run into a sentence, not when someone named before may be the one meant.
@pytest.mark.parametrize("text, expected", [
    ("Stacy Tran is part of the start-up. She says the company is trying to start small.",
     [("the company is trying to start small", "Stacy Tran", "She", None)]),
    ("Punsri Abeywickrema is the founder of Cloud of Goods. He is from Sri Lanka. He says goods sit idle.",
     [("goods sit idle", "Punsri Abeywickrema", "He", None)]),
    ("West Darfur is part of Sudan. She says the camps are full.", [("the camps are full", None, "She", None)]),
    # The subject's post in commas, or an irregular verb, before the next sentence's pronoun.
    ("Hailu Shewal, leader of the party, went further. He said reports were grim.",
     [("reports were grim", "Hailu Shewal", "He", "leader of the party")]),
    ("Kestria Abebe spoke first. She said the vote was fair.", [("the vote was fair", "Kestria Abebe", "She", None)]),
    # A street or a feature is nobody, whatever verb follows it.
    ("Kestria Road, the main street, was closed. She said it was a shame.", [("it was a shame", None, "She", None)]),
    ("Market Street was closed. She said it was a shame.", [("it was a shame", None, "She", None)]),
    ("Amina Ali runs a clinic. Ubuntu Hale is part of the team. She says the camps are full.",
     [("the camps are full", None, "She", None)]),
    # A paragraph with no full stop (an embedded post) ends its sentence: "He" after it is the one the
    # next sentences name, not a man named inside the post.
    ("Senator Caswell Franklyn objected to the vote.\n\n#WATCH: House Speaker Arthur Holder declares Ann Ober "
     "elected — Kestria Politics (@KestriaPolitics) October 20, 2021\n\nFranklyn's objection was about the "
     "ballot. He also claimed that the process was rushed.",
     [("#WATCH: House Speaker Arthur Holder declares Ann Ober elected", "Kestria Politics", "Kestria Politics",
       None),
      ("that the process was rushed", "Caswell Franklyn", "He", "Senator")]),
    # A question's auxiliary opens no name: "Did Crooked Ann" is nobody, "She" is Ann Ober.
    ('Tom Hale posted: "Did Crooked Ann help her friends?"\n\nAnn Ober is describing the post as unhinged. '
     "She says it is dangerous.",
     [('"Did Crooked Ann help her friends?"', "Tom Hale", "Tom Hale", None),
      ("the post as unhinged", "Ann Ober", "Ann Ober", None), ("it is dangerous", "Ann Ober", "She", None)]),
])
def test_a_person_shown_by_the_pronoun_opening_the_next_sentence(text, expected):
    assert said(text) == expected


# "who" after a full name shows a person, though the given name is on no list: "she" in the next
# sentence is that person, not someone named before ("the author of the photos, Rena Effendi, who
# left a comment. She wrote"). A place with "which" shows nothing; the last of a list with "who"
# is not singled out.
@pytest.mark.parametrize("text, expected", [
    ('Erin Hale wrote the piece. It drew the author of the photos, Rena Effendi, who left a comment. She wrote: '
     '"The headline is wrong."',
     [("the piece", "Erin Hale", "Erin Hale", None),
      ('"The headline is wrong."', "Rena Effendi", "She", "author of the photos")]),
    ('Erin Hale visited West Darfur, which is dry. She said: "It is hard."',
     [('"It is hard."', "Erin Hale", "She", None)]),
])
def test_who_after_a_name_shows_a_person(text, expected):
    assert said(text) == expected


# Initials in brackets after a name holding "&" name the same body: "CMS reports" after "the
# Centers for Medicare & Medicaid Services (CMS)" is the centers.
def test_initials_of_a_body_whose_name_holds_an_ampersand():
    text = ("Savings will rise, the Centers for Medicare & Medicaid Services (CMS) reported today. In a new study, "
            "CMS reports that savings will rise to more than $575 billion.")
    assert said(text) == [
        ("Savings will rise", "Centers for Medicare & Medicaid Services",
         "the Centers for Medicare & Medicaid Services (CMS)", None),
        ("that savings will rise to more than $575 billion", "Centers for Medicare & Medicaid Services", "CMS", None)]


# A report or article "in" a newspaper or journal is the paper's ("according to reports in the
# national newspaper La Jornada"); "in" a month or a place names no publisher.
@pytest.mark.parametrize("text, expected", [
    ("Adame was kidnapped a month before, according to reports in the national newspaper La Jornada.",
     [("Adame was kidnapped a month before", "La Jornada", "reports in the national newspaper La Jornada", None)]),
    ("According to an article in the Kestria Herald, the mayor resigned.",
     [("the mayor resigned", "Kestria Herald", "an article in the Kestria Herald", None)]),
    ("According to a report in March, the mayor resigned.", [("the mayor resigned", None, "a report in March", None)]),
])
def test_a_report_in_a_newspaper_is_the_papers(text, expected):
    assert said(text) == expected


# A social-media handle before the cue speaks under it, as written ("@Alibobaevich writes").
@pytest.mark.parametrize("text, expected", [
    ("For instance, @Alibobaevich wrote: “It is rubbish.”",
     [("“It is rubbish.”", "@Alibobaevich", "@Alibobaevich", None)]),
    ("Ann Ober, who runs @KestriaNews, said the bridge had fallen.",
     [("the bridge had fallen", "Ann Ober", "Ann Ober, who runs @KestriaNews,", None)]),
])
def test_a_handle_speaks_under_its_name(text, expected):
    assert said(text) == expected


# An office held for a place or a body is a post, no name: "Senator for the Northern Territory, Dr
# Sam McMahon, said" is McMahon, not "Northern Territory"; "Member of Parliament for Vancouver Island
# North" and "Chief Government Whip" describe someone unnamed there; "the Director of the Kestria
# Bank" is no body of that name. A post then its holder ("Minister for Exports Lord Offord") stays.
@pytest.mark.parametrize("text, expected", [
    ("Senator for the Northern Territory, Dr Sam McMahon, said that the hub would open.",
     [("that the hub would open", "Sam McMahon", "Senator for the Northern Territory, Dr Sam McMahon,",
       "Senator for the Northern Territory")]),
    ("Tom Hale, Minister of State, Chief Government Whip, and Member of Parliament for Vancouver Island North, "
     "announced today an investment of $1.5 million.",
     [("an investment of $1.5 million", "Tom Hale",
       "Tom Hale, Minister of State, Chief Government Whip, and Member of Parliament for Vancouver Island North",
       "Minister of State, Chief Government Whip, and Member of Parliament for Vancouver Island North")]),
    ("On behalf of the Minister, the Honourable Tom Hale, Minister of State, Chief Government Whip, and Member of "
     "Parliament for Vancouver Island North, announced today an investment of $1.5 million.",
     [("an investment of $1.5 million", None,
       "Chief Government Whip, and Member of Parliament for Vancouver Island North,",
       "and Member of Parliament for Vancouver Island North")]),
    ('"We will pursue them," said the Director of the Kestria Bank.',
     [('"We will pursue them,"', None, "the Director of the Kestria Bank", "Director of the Kestria Bank")]),
    ("Minister for Exports Lord Offord said the figures were fantastic.",
     [("the figures were fantastic", "Offord", "Minister for Exports Lord Offord", "Minister for Exports Lord")]),
])
def test_an_office_for_a_place_or_body_is_a_post(text, expected):
    assert said(text) == expected


# A nickname in single quotation marks between a known given name and the family name: "Marvin
# 'Chris' Christensen" is who "Christensen" and "he" are. A headline's quoted word between two
# capitalised words ("Trump The ‘Dealmaker’ Could") names no one.
@pytest.mark.parametrize("text, expected", [
    ("Acting director Marvin 'Chris' Christensen spoke to staff. Christensen said the center would grow. "
     "He said budgets were tight.",
     [("the center would grow", "Marvin Christensen", "Christensen", "Acting director"),
      ("budgets were tight", "Marvin Christensen", "He", "Acting director")]),
    ("Acting director Marvin ‘Chris’ Christensen spoke. Christensen said the center would grow.",
     [("the center would grow", "Marvin Christensen", "Christensen", "Acting director")]),
    ("Hale The ‘Dealmaker’ Could Act. Hale called climate change a hoax.",
     [("climate change a hoax", None, "Hale", None)]),
])
def test_a_nickname_in_single_marks(text, expected):
    assert said(text) == expected


# A capitalised run right after "the" with no title before the name is a body ("chairman of the
# Joint Chiefs of Staff"), never a person a description or a pronoun could mean; a post with no
# article in commas after a full name ("Hugh Shelton, chairman of the Joint Chiefs of Staff,") is
# that person's, so "the chairman" is the one who holds it.
@pytest.mark.parametrize("text, expected", [
    ("Gen. Hugh Shelton, chairman of the Joint Chiefs of Staff, spoke to veterans. While the news was good, "
     "the chairman also told the veterans there are concerns ahead.",
     [("there are concerns ahead", "Hugh Shelton", "the chairman", "Gen.")]),
    ("Ana Ruiz, head of research at the Kestria Bank, spoke first. The head of research said rates would rise.",
     [("rates would rise", "Ana Ruiz", "The head of research", "head of research at the Kestria Bank")]),
    ("The chairman of the Kestria Joint Board spoke. The chairman said the board would meet.",
     [("the board would meet", None, "The chairman", "The chairman")]),
    ("On Sunday the Rev. Jesse Jackson preached. Jackson said the church would stay open.",
     [("the church would stay open", "Jesse Jackson", "Jackson", "Rev.")]),
])
def test_a_run_after_the_is_a_body_and_a_bare_post_is_the_holders(text, expected):
    assert said(text) == expected


# A surname followed by another capitalised word is a word of a longer name ("Trump University",
# "Hale Tower"), not a mention of the person: the pronoun after it looks to the sentence's subject.
@pytest.mark.parametrize("text, expected", [
    ("Donald Hale owns towers. Marvin Roffman studied them. Like many, the former Hale University "
     "customer, Roffman does not want to tangle with Hale anymore.\n\n\"I'm 76, and I don't want that again,\" he said.",
     [("\"I'm 76, and I don't want that again,\"", "Marvin Roffman", "he", None)]),
    ("Donald Hale owns towers. He opened Hale Tower on Monday. \"It is the tallest,\" he said.",
     [("\"It is the tallest,\"", "Donald Hale", "he", None)]),
])
def test_a_surname_inside_a_longer_name_is_no_mention(text, expected):
    assert said(text) == expected


# An office for fields joined by "and" ("Minister for Aboriginal and Torres Strait Islander
# Partnerships, Jackie Trad, said"): the last field's words are no person; the name in commas holds it.
@pytest.mark.parametrize("text, expected", [
    ("Minister for Aboriginal and Torres Strait Islander Partnerships, Jackie Trad, said jobs grew.",
     [("jobs grew", "Jackie Trad", "Minister for Aboriginal and Torres Strait Islander Partnerships, Jackie Trad,",
       "Minister for Aboriginal and Torres Strait Islander Partnerships")]),
    ("Deputy Premier, Treasurer and Minister for Trade and Investment, Jackie Trad, said jobs grew.",
     [("jobs grew", "Jackie Trad", "Treasurer and Minister for Trade and Investment, Jackie Trad,",
       "Treasurer and Minister for Trade and Investment")]),
])
def test_an_office_for_fields_joined_by_and(text, expected):
    assert said(text) == expected


# A body's name with "of" before a post and its holder ("Joint Chiefs of Staff Chairman Army Gen. Hugh
# H. Shelton") names the holder at its end, never a person "Joint Chiefs"; "Lucy Fischer of The
# Times" is still Lucy Fischer of the paper.
@pytest.mark.parametrize("text, expected", [
    ("The chairman was Joint Chiefs of Staff Chairman Army Gen. Hugh H. Shelton. Shelton said morale was high.",
     [("morale was high", "Hugh H. Shelton", "Shelton", "Joint Chiefs of Staff Chairman Army Gen.")]),
    ("Lucy Fischer of The Times said the paper would appeal.",
     [("the paper would appeal", "Lucy Fischer", "Lucy Fischer of The Times", "The Times")]),
])
def test_a_post_of_a_body_then_its_holder(text, expected):
    assert said(text) == expected


# Initials before a full name ("PIRC John McNeill") are the post or body the person holds, not part of
# the name; an office's name ending with its title ("Police Investigations and Review Commissioner")
# is a post someone holds, no body.
@pytest.mark.parametrize("text, expected", [
    ('Police referred themselves to PIRC John McNeill, who said "My investigation found a failure".',
     [('"My investigation found a failure"', "John McNeill", "who", "PIRC")]),
])
def test_initials_before_a_name_are_a_post(text, expected):
    assert said(text) == expected


def test_an_office_named_with_its_title_is_a_post():
    from claims.extract.names import classify_name

    text = "Police Investigations and Review Commissioner"
    m = classify_name(text, 0, len(text), text.split())
    assert (m.name, m.kind, m.role) == (None, "person", text)


# A "-man" office women hold under that name too ("Chairman", "Alderman") tells no gender before the
# given name and the pronouns do; with nothing else known, it still does.
@pytest.mark.parametrize("text, expected", [
    ("NTSB Chairman Deborah Hersman said the system is regulated by states. She called for federal oversight.",
     [("the system is regulated by states", "Deborah Hersman", "NTSB Chairman Deborah Hersman", "NTSB Chairman"),
      ("for federal oversight", "Deborah Hersman", "She", "NTSB Chairman")]),
    ("Alderman Ana Ruiz met Tom Hale. She said the ward would fight.",
     [("the ward would fight", "Ana Ruiz", "She", "Alderman")]),
    ("Electoral Chairman Kwadwo Afari-Gyan met Nana Akufo-Addo on Monday. He said the count was over.",
     [("the count was over", "Kwadwo Afari-Gyan", "He", "Electoral Chairman")]),
])
def test_an_office_for_either_gender_tells_it_last(text, expected):
    assert said(text) == expected


# "Mister" and "Missus", as VOA Special English spells the honorifics out, are honorifics: "Mister
# Kerry" is John Kerry, never a person called Mister Kerry.
@pytest.mark.parametrize("text, expected", [
    ("Senator John Kerry spoke in Ohio. Mister Kerry said the economy is weak.",
     [("the economy is weak", "John Kerry", "Mister Kerry", "Senator")]),
    ("Ana Ruiz spoke in Ohio. Missus Ruiz said the economy is weak. She said jobs were scarce.",
     [("the economy is weak", "Ana Ruiz", "Missus Ruiz", None), ("jobs were scarce", "Ana Ruiz", "She", None)]),
])
def test_honorifics_spelled_out(text, expected):
    assert said(text) == expected


# A post in apposition owned by a place or body's name ("Asif Durrani, Pakistan's special envoy to
# Afghanistan,") is the person's role, as "the special envoy" is: "the envoy" later is that person.
@pytest.mark.parametrize("text, expected", [
    ("Asif Durrani, Pakistan’s special envoy to Afghanistan, shared the data. The envoy said borders would close.",
     [("borders would close", "Asif Durrani", "The envoy", "Pakistan’s special envoy to Afghanistan")]),
    ("Tom Hale, Kestria's mayor, opened the bridge. The mayor said it was late.",
     [("it was late", "Tom Hale", "The mayor", "Kestria's mayor")]),
    ("Tom Hale, Kestria's mayor, met Ana Ruiz, Ruritania's envoy. The envoy said it was late.",
     [("it was late", "Ana Ruiz", "The envoy", "Ruritania's envoy")]),
])
def test_a_post_owned_by_a_place_in_apposition(text, expected):
    assert said(text) == expected


# A plural title before names joined by "and" ("Justices Markandey Katju and Gyan Sudha Misra")
# is no part of the first name: "Justice Katju" later is Markandey Katju. A surname that is a title
# word ("King") after a known given name is the surname.
@pytest.mark.parametrize("text, expected", [
    ("Justices Markandey Katju and Gyan Sudha Misra ruled on Monday. \"It is time,\" Justice Katju said.",
     [('"It is time,"', "Markandey Katju", "Justice Katju", "Justice")]),
    ("Senators Tom Hale and Ana Ruiz wrote to the agency. \"It failed,\" Senator Ruiz said.",
     [('"It failed,"', "Ana Ruiz", "Senator Ruiz", "Senator")]),
    ("Edmund King, president of the AA, stated: \"Prices have risen.\"",
     [('"Prices have risen."', "Edmund King", "Edmund King, president of the AA,", "president of the AA")]),
])
def test_plural_titles_and_title_surnames(text, expected):
    assert said(text) == expected


# A body's initials in brackets inside the appositive ("Andrew Quinn, Head of the National Food Crime
# Unit (NFCU), said:") are read past to the name before it; a surname that is a title word after a
# given and a middle name ("Anna Richardson White") is the surname, so "Ms. White" is her.
@pytest.mark.parametrize("text, expected", [
    ("Andrew Quinn, Head of the National Food Crime Unit (NFCU), said: “Consumer confidence is high.”",
     [("“Consumer confidence is high.”", "Andrew Quinn", "Andrew Quinn, Head of the National Food Crime Unit (NFCU),",
       "Head of the National Food Crime Unit (NFCU)")]),
    ("The tool is new, a spokeswoman, Anna Richardson White, said. \"It works,\" Ms. White said.",
     [("The tool is new", "Anna Richardson White", "a spokeswoman, Anna Richardson White,", "a spokeswoman"),
      ('"It works,"', "Anna Richardson White", "Ms. White", "spokeswoman")]),
])
def test_initials_in_an_appositive_and_title_surnames_after_a_middle_name(text, expected):
    assert said(text) == expected


# Bodies named in the plural ("the Centers for Disease Control and Prevention") are bodies, not two
# people joined by "and"; "in Charge" closes a title before a surname ("Assistant Director in Charge
# McCabe" is the Andrew McCabe the article named).
@pytest.mark.parametrize("text, expected", [
    ("According to the Centers for Disease Control and Prevention, flu is spreading.",
     [("flu is spreading", "Centers for Disease Control and Prevention",
       "the Centers for Disease Control and Prevention", None)]),
    ("Andrew McCabe leads the office. \"It was a long case,\" said Assistant Director in Charge McCabe.",
     [('"It was a long case,"', "Andrew McCabe", "Assistant Director in Charge McCabe", "Assistant Director in Charge")]),
])
def test_plural_bodies_and_titles_in_charge_before_a_surname(text, expected):
    assert said(text) == expected


# A description of a body's kind ("The party", "the government") refers back to a body the article
# named before it, never forward to one named later: "The party announced ..." before the paragraph
# naming the Union Solidarity and Development Party is not that party's.
@pytest.mark.parametrize("text, expected", [
    ("Ana Ruiz and her League for Democracy won.\n\nThe party announced that it had won 43 seats.\n\n"
     "It is a rebuke of the Union Solidarity and Development Party.",
     [("that it had won 43 seats", None, "The party", None)]),
    ("The Kestria Labour Party met on Monday.\n\nThe party announced that it had won 43 seats.",
     [("that it had won 43 seats", "Kestria Labour Party", "The party", None)]),
])
def test_a_description_refers_back_not_forward(text, expected):
    assert said(text) == expected


# An honorific and a name after a comma ("..., Ms Palaszczuk said") is someone's own mention, never a
# post left unclosed after a name: the words before the comma ("the 2018 Gold Coast Commonwealth
# Games", closing an opening phrase) are no speaker.
@pytest.mark.parametrize("text, expected", [
    ("Premier Annastacia Palaszczuk spoke. Speaking from London as part of preparations for the 2018 Gold Coast "
     "Commonwealth Games, Ms Palaszczuk said the Games would draw tourists.",
     [("the Games would draw tourists", "Annastacia Palaszczuk", "Ms Palaszczuk", "Premier")]),
    ("Tom Hale, Chief Executive of the Kestria Trust said: \"It is late.\"",
     [('"It is late."', "Tom Hale", "Tom Hale, Chief Executive of the Kestria Trust",
       "Chief Executive of the Kestria Trust")]),
])
def test_an_honorific_after_a_comma_is_no_unclosed_post(text, expected):
    assert said(text) == expected


# Common given names the list lacked ("Allen") tell "he" who the person named in full is.
@pytest.mark.parametrize("text, expected", [
    ("Allen Weiner is director of the law programme. He says the trial was unfair.",
     [("the trial was unfair", "Allen Weiner", "He", None)]),
])
def test_given_names_added_tell_the_pronoun(text, expected):
    assert said(text) == expected


# Given names of the world that say a gender almost surely (the nomquamgender data, claims/data)
# tell "he" from "she" where the list written here knows neither name.
@pytest.mark.parametrize("text, expected", [
    ("Kofi Yamgnane met Farida Rustamova in Lomé. She said the vote had been fair.",
     [("the vote had been fair", "Farida Rustamova", "She", None)]),
    ("Kofi Yamgnane met Farida Rustamova in Lomé. He said the vote had been rigged.",
     [("the vote had been rigged", "Kofi Yamgnane", "He", None)]),
    ("Joachim Brudziński called Svitlana Koval on Friday. She told reporters the border would stay open.",
     [("the border would stay open", "Svitlana Koval", "She", None)]),
    # A name borne by men and women alike still says nothing: two people fit, nobody is guessed.
    ("Jean Ruiz met Kofi Yamgnane in Lomé. He said the vote had been rigged.",
     [("the vote had been rigged", None, "He", None)]),
])
def test_given_names_of_the_world_tell_he_from_she(text, expected):
    assert said(text) == expected


# "the character of Anya Jenkins": a part someone plays is nobody the article refers to as "she".
@pytest.mark.parametrize("text, expected", [
    ("Emma Caufield talked of being cast in a pilot. Faced with losing the character of Anya Jenkins, the producers "
     "made her a regular. \"It was a good day,\" she recalls.",
     [("\"It was a good day,\"", "Emma Caufield", "she", None)]),
    ("Tom Hale played the role of Sherlock Holmes for a decade. \"I miss him,\" he said.",
     [("\"I miss him,\"", "Tom Hale", "he", None)]),
])
def test_a_part_played_is_nobody_the_pronoun_means(text, expected):
    assert said(text) == expected


# A generation after the family name ("Brent Bozell III") is no surname: "Bozell" later is his, or,
# where his father Brent Bozell Jr. is named too, either's, and "he" after it stays unresolved.
@pytest.mark.parametrize("text, expected", [
    ("Luther Stan Pate IV leads the group. Pate said the fund backed nobody.",
     [("the fund backed nobody", "Luther Stan Pate IV", "Pate", None)]),
    ("Brent Bozell III founded the centre. His father, Brent Bozell Jr., was a writer.\n\n"
     "\"It is clear,\" Bozell says.\n\n\"We will win,\" he adds.",
     [("\"It is clear,\"", None, "Bozell", None), ("\"We will win,\"", None, "he", None)]),
])
def test_a_generation_after_the_family_name_is_no_surname(text, expected):
    assert said(text) == expected


# "he" in a clause of a sentence whose subject is "he" ("In March, he fired Ivan Petrov in a broadcast
# during which he said"): the one the first "he" means, not the name between.
@pytest.mark.parametrize("text, expected", [
    ("Tom Hale was elected in 2003. In March, he fired Education Minister Ivan Petrov in a broadcast during which "
     "he said 14 people had been involved in fraud.",
     [("14 people had been involved in fraud", "Tom Hale", "he", None)]),
    ("Tom Hale was elected in 2003. He met Ivan Petrov, who he said had lied.",
     [("had lied", "Tom Hale", "he", None)]),
    ("Ana Ruiz was elected in 2003. She met Ivan Petrov, who she said had lied.",
     [("had lied", "Ana Ruiz", "she", None)]),
])
def test_a_pronoun_in_a_clause_after_a_pronoun_subject(text, expected):
    assert said(text) == expected


# An opening phrase of time or circumstance names someone before the subject ("Shortly after Hale’s
# announcement, Ivan Petrov backed the idea"): "he" after it is the subject, and what the phrase
# names is no role of the subject's.
@pytest.mark.parametrize("text, expected", [
    ("Tom Hale announced the plan. Shortly after Hale’s announcement, Ivan Petrov supported the idea. "
     "He noted that the anthem was old.",
     [("the plan", "Tom Hale", "Tom Hale", None), ("that the anthem was old", "Ivan Petrov", "He", None)]),
    ("Tom Hale announced the plan. In a letter to Hale, Ivan Petrov backed the idea. He noted that the anthem was old.",
     [("the plan", "Tom Hale", "Tom Hale", None), ("that the anthem was old", "Ivan Petrov", "He", None)]),
    ("Tom Hale announced the plan. After Hale spoke, Ivan Petrov backed the idea. He noted that the anthem was old.",
     [("the plan", "Tom Hale", "Tom Hale", None), ("that the anthem was old", "Ivan Petrov", "He", None)]),
])
def test_the_subject_after_an_opening_phrase(text, expected):
    assert said(text) == expected


# A given name that is also a title ("Dean") after a post held whole is the given name: "Environment
# Minister Dean Wells" is Dean Wells, "Mr Wells" later is he; "Associate Dean Smith" is a dean.
@pytest.mark.parametrize("text, expected", [
    ("Environment Minister Dean Wells said beaches were unsafe. \"This is the peak period,\" Mr Wells said.",
     [("beaches were unsafe", "Dean Wells", "Environment Minister Dean Wells", "Environment Minister"),
      ("\"This is the peak period,\"", "Dean Wells", "Mr Wells", "Environment Minister")]),
    ("Associate Dean Smith said the rules had changed.",
     [("the rules had changed", None, "Associate Dean Smith", "Associate Dean")]),
])
def test_a_given_name_that_is_a_title_after_a_post(text, expected):
    assert said(text) == expected


# A family name with a particle glued to it ("Lee dePalo", "Bill deBlasio") is a name as "al-Assad"
# is: the post before it is the role, not a body "FEMA Region".
@pytest.mark.parametrize("text, expected", [
    ("\"This aid is making a difference,\" said FEMA Region 8 Administrator Lee dePalo. \"It helps,\" dePalo said.",
     [("\"This aid is making a difference,\"", "Lee dePalo", "FEMA Region 8 Administrator Lee dePalo",
       "FEMA Region 8 Administrator"),
      ("\"It helps,\"", "Lee dePalo", "dePalo", "Administrator")]),
    ("Mayor Bill deBlasio said the city was safe.", [("the city was safe", "Bill deBlasio", "Mayor Bill deBlasio",
                                                     "Mayor")]),
])
def test_a_family_name_with_a_glued_particle(text, expected):
    assert said(text) == expected


# A clause of time opening the sentence ("As he concluded his questioning of Judge Samuel Alito,
# Senator Ted Kennedy took aim"): "he" in the next sentence is the subject after it.
@pytest.mark.parametrize("text, expected", [
    ("Samuel Alito faced the committee for a week. As he concluded his questioning of Judge Samuel Alito, "
     "Senator Ted Kennedy took aim at the record. He said the record was poor.",
     [("the record was poor", "Ted Kennedy", "He", "Senator")]),
    ("Tom Hale arrived late. When Hale finally spoke, Ivan Petrov left the room. He said the talks had failed.",
     [("the talks had failed", "Ivan Petrov", "He", None)]),
])
def test_the_subject_after_an_opening_clause_of_time(text, expected):
    assert said(text) == expected


# Enlisted ranks are titles ("Senior Airman Michael Genther"); a surname that is one after a given
# name stays a name ("David Seaman").
@pytest.mark.parametrize("text, expected", [
    ("Senior Airman Michael Genther, 380th Expeditionary Medical Group, said: \"It was a great opportunity.\"",
     [("\"It was a great opportunity.\"", "Michael Genther",
       "Senior Airman Michael Genther, 380th Expeditionary Medical Group,", "Senior Airman")]),
    ("David Seaman said the team had played well.",
     [("the team had played well", "David Seaman", "David Seaman", None)]),
])
def test_enlisted_ranks_are_titles(text, expected):
    assert said(text) == expected


# A capitalised description opening a sentence ("The Ukrainian Foreign Minister also expressed ...",
# "the PM identified") is someone described, as "the minister" is: "He" after it is that holder,
# or nobody, never a person named before it.
@pytest.mark.parametrize("text, expected", [
    ("\"We are glad,\" said Ukrainian Foreign Minister Ivan Petrov. \"It is popular,\" said VOA Director Tom Hale.\n\n"
     "The Ukrainian Foreign Minister also expressed gratitude. He added that he expects more aid.",
     [("\"We are glad,\"", "Ivan Petrov", "Ukrainian Foreign Minister Ivan Petrov", "Ukrainian Foreign Minister"),
      ("\"It is popular,\"", "Tom Hale", "VOA Director Tom Hale", "VOA Director"),
      ("that he expects more aid", "Ivan Petrov", "He", "Ukrainian Foreign Minister")]),
    ("The Prime Minister met French President Tom Hale in Paris.\n\nSpeaking to journalists, the PM set out four "
     "priorities.\n\nThe crisis needed action, he said.",
     [("The crisis needed action", None, "he", None)]),
])
def test_a_capitalised_description_is_someone_described(text, expected):
    assert said(text) == expected
