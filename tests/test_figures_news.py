"""Figures as news writes them (issue 15): each class of writing on several invented sentences, and
each sentence checked whole: every figure it gives, each field that matters, nothing more."""

import pytest

from claims import extract
from claims.extract import cues
from claims.extract.numbers import find_claims

FIELDS = ("number_text", "value", "lower", "upper", "qualifier", "unit", "trend", "change_role")


def figures(text):
    """The figures of one sentence, as tuples of FIELDS; offsets checked against the text."""
    found = find_claims(text, [(0, len(text))], [])
    for c in found:
        assert text[c.start:c.end] == c.number_text
    return [tuple(getattr(c, f) for f in FIELDS) for c in found]


def fig(number_text, value, unit=None, *, lower=None, upper=None, qualifier=None, trend=None, role=None):
    return (number_text, pytest.approx(value), lower, upper, qualifier, unit, trend, role)


@pytest.mark.parametrize("text", [
    "It is one of the poorest regions in the country.",
    "The bridge is one of the oldest in Wales.",
    "One woman said the queue stretched round the block.",
    "One local resident told reporters she was frightened.",
    "One possible explanation is the weather.",
    "The studio sold the PS3 at a loss.",
    "Fans of the PS4 queued overnight.",
    "She hosts a programme called 100% Homegrown every Sunday.",
    "The band played a show called 24 Hours in the park.",
    "It was a third successive defeat for the club.",
    "Voters handed him a fifth consecutive term.",
])
def test_not_figures_pronoun_one_names_with_digits_and_ordinals(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Jane Doe, 56, said she was shocked.", [fig("56", 56, "year")]),
    ("The driver, Tom Pike, 42, was arrested.", [fig("42", 42, "year")]),
    ("Mark Hollis, 64, from Leeds, was fined.", [fig("64", 64, "year")]),
    ("The singer died aged 27 in 1971.", [fig("27", 27, "year")]),
    ("Most of the victims were in their 30s.", [fig("30s", 30, "year", lower=30, upper=39)]),
    ("The suspect is a man in his early 40s.", [fig("40s", 40, "year", lower=40, upper=49)]),
])
def test_ages_in_apposition_after_aged_and_decades_are_years(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four British athletes won medals.", [fig("Four", 4, "athlete")]),
    ("Twelve schools closed on Monday.", [fig("Twelve", 12, "school")]),
    ("One man was killed in the crash.", [fig("One", 1, "man")]),
])
def test_sentence_initial_number_words_count(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Prices doubled last year.", [fig("doubled", 2, trend="up")]),
    ("The new hall is twice the size of the old one.", [fig("twice", 2)]),
    ("The council wants to triple the number of buses.", [fig("triple", 3)]),
    ("She has been nominated twice.", [fig("twice", 2, "time")]),
    # How often: "twice" before a past participle, "once" before "a year" or after a bound.
    ("The suspect was twice questioned by detectives.", [fig("twice", 2, "time")]),
    ("She was twice elected to the council.", [fig("twice", 2, "time")]),
    ("Residents may use the tip only once a month.", [fig("once", 1, "time")]),
    ("The bins are emptied once every fortnight.", [fig("once", 1, "time")]),
    ("He has been cautioned more than once.", [fig("more than once", 1, "time", lower=1, qualifier="more than")]),
    # A change by a factor of a half.
    ("The charity halved its running costs.", [fig("halved", 0.5, trend="down")]),
    ("The firm saved money by halving its fleet.", [fig("halving", 0.5, trend="down")]),
    ("Ministers want to halve waiting lists.", [fig("halve", 0.5)]),
])
def test_multipliers(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "He was charged with a double murder.",
    "The firm has double standards on pay.",
    "She won the triple jump.",
    # "once" as a conjunction or meaning "formerly" or "again".
    "Once the bridge opens, traffic will ease.",
    "The once-thriving port is now quiet.",
    "The town was once a mining hub.",
    "Prices rose once again in May.",
])
def test_multiplier_words_as_adjectives_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The line runs at 512kbps.", [fig("512kbps", 512, "kilobit per second")]),
    ("Broadband speeds reached 8Mbps in the town.", [fig("8Mbps", 8, "megabit per second")]),
    ("Arsenal won 1-0 at home.", [fig("1-0", 1, "goal")]),
    ("Leeds beat Fulham 3-1 on Saturday.", [fig("3-1", 3, "goal")]),
    ("The court ruled 5-4 in favour of the state.", [fig("5-4", 5, "vote")]),
])
def test_rates_and_scores(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He spent two and a half years in prison.", [fig("two and a half years", 2.5, "year")]),
    ("She lived abroad for five-and-a-half years.", [fig("five-and-a-half years", 5.5, "year")]),
    ("The project took one and a half days.", [fig("one and a half days", 1.5, "day")]),
    # A unit of time and a half, with or without "a" before it or a bound: one figure.
    ("The shop has sold 40 flats in the past year and a half.",
     [fig("40", 40, "flat"), fig("year and a half", 1.5, "year")]),
    ("The hearing lasted an hour and a half.", [fig("an hour and a half", 1.5, "hour")]),
    ("The strike lasted a month and a half.", [fig("a month and a half", 1.5, "month")]),
    ("She has waited more than a year and a half for surgery.",
     [fig("more than a year and a half", 1.5, "year", lower=1.5, qualifier="more than")]),
    ("The repairs took two weeks and a half.", [fig("two weeks and a half", 2.5, "week")]),
    ("He blamed the past decade and a half of policy.", [fig("decade and a half", 1.5, "decade")]),
    ("The rule lasted a century and a half.", [fig("a century and a half", 1.5, "century")]),
])
def test_and_a_half_is_one_figure_typed_by_its_time_unit(text, expected):
    assert figures(text) == expected


# Decimals spelled out, as radio scripts write them: one figure, not "two-point" and "five percent".
@pytest.mark.parametrize("text, expected", [
    ("Growth is expected to reach two-point-five percent in 2003.", [fig("two-point-five percent", 2.5, "percent")]),
    ("Rich nations will grow two-point-one percent, against three point nine percent elsewhere.",
     [fig("two-point-one percent", 2.1, "percent", trend="up"), fig("three point nine percent", 3.9, "percent")]),
    ("Inflation stood at one-point-zero-five percent.", [fig("one-point-zero-five percent", 1.05, "percent")]),
    ("The team scored two points in five minutes.", [fig("two points", 2, "point"), fig("five minutes", 5, "minute")]),
])
def test_a_decimal_spelled_out_is_one_figure(text, expected):
    assert figures(text) == expected


# Number words that make no one number: a count, then a size written with a hyphen ("five
# one-kilogram bricks" are five bricks of one kilogram each, not six bricks: two figures, as the
# golds count them); "twenty one", "forty five" still make one.
@pytest.mark.parametrize("text, expected", [
    ("Officers found five one-kilogram bricks of cocaine.",
     [fig("five", 5, "one-kilogram brick"), fig("one", 1, "kilogram")]),
    ("The crew loaded three two-tonne crates.", [fig("three", 3, "two-tonne crate"), fig("two", 2, "tonne")]),
    ("About twenty one people were hurt.", [fig("About twenty one", 21, "people", qualifier="about")]),
    ("Forty five homes were flooded.", [fig("Forty five", 45, "home")]),
])
def test_number_words_that_make_no_one_number(text, expected):
    assert figures(text) == expected


# Scales after "a couple of" and inside "half-a-million"; square measures abbreviated "sq".
@pytest.mark.parametrize("text, expected", [
    ("The sharks live a couple of thousand metres down.", [fig("a couple of thousand metres", 2000, "metre")]),
    ("A couple of hundred people came.", [fig("A couple of hundred", 200, "people")]),
    ("Figures show half-a-million more people in work.", [fig("half-a-million", 500000, "people")]),
    ("The site will hold more than 20,000 sq ft of offices.",
     [fig("more than 20,000 sq ft", 20000, "square foot", lower=20000, qualifier="more than")]),
    ("The park covers 120 sq km.", [fig("120 sq km", 120, "square kilometre")]),
    ("His half-sister waited.", []),
])
def test_scales_and_square_measures_written_short(text, expected):
    assert figures(text) == expected


# A figure with no noun of its own counts what "the number of" names in its sentence.
@pytest.mark.parametrize("text, expected", [
    ("The number of doctors rose by 6,629.", [fig("6,629", 6629, "doctor", trend="up")]),
    ("The number of new homes grew to 110,831.", [fig("110,831", 110831, "new home", trend="up", role="new level")]),
    ("The number of businesses across the country rose by 5,073.", [fig("5,073", 5073, "business", trend="up")]),
    ("The number of homes rose by a quarter.", [fig("a quarter", 0.25, trend="up")]),
    ("The number of unemployed fell by 9,000.", [fig("9,000", 9000, trend="down")]),
])
def test_a_bare_figure_counts_the_number_of_what(text, expected):
    assert figures(text) == expected


# A count of "its", "their", "her" things, and a time unit after "more" or "extra": the noun is the unit.
@pytest.mark.parametrize("text, expected", [
    ("The airline grounded all 16 of its aircraft.", [fig("16", 16, "aircraft")]),
    ("He sold two of his companies.", [fig("two", 2, "company")]),
    ("He planned to work thirteen more years.", [fig("thirteen more years", 13, "year")]),
    ("The shift needs two extra hours.", [fig("two extra hours", 2, "hour")]),
    ("She scored 3 more than her rival.", [fig("3", 3)]),
])
def test_counts_of_someones_things_and_more_of_a_time_unit(text, expected):
    assert figures(text) == expected


def test_a_number_too_long_for_a_float_counts_nothing_and_breaks_nothing():
    text = "The number of homes rose to " + "9" * 400 + "."
    assert [(n, u) for n, _, _, _, _, u, _, _ in figures(text)] == [("9" * 400, None)]


@pytest.mark.parametrize("text, expected", [
    ("The deal will boost net income by 400m euros to 2.5bn euros.",
     [fig("400m euros", 4e8, "EUR", trend="up", role="change"),
      fig("2.5bn euros", 2.5e9, "EUR", trend="up", role="new level")]),
    ("Profits rose by £20m to £140m.",
     [fig("£20m", 2e7, "GBP", trend="up", role="change"), fig("£140m", 1.4e8, "GBP", trend="up", role="new level")]),
    ("Sales rose 5% to £3.2bn.",
     [fig("5%", 5, "percent", trend="up", role="change"), fig("£3.2bn", 3.2e9, "GBP", trend="up", role="new level")]),
    ("The chain grew from 40 to 1,796 cinemas.",
     [fig("40", 40, "cinema", role="earlier level"), fig("1,796", 1796, "cinema", trend="up", role="new level")]),
    ("Membership fell from 12,000 to 9,500 last year.",
     [fig("12,000", 12000, role="earlier level"), fig("9,500", 9500, trend="down", role="new level")]),
    ("Output reached 3.9 million tonnes, up from 2.4 million.",
     [fig("3.9 million tonnes", 3.9e6, "tonne", trend="up", role="new level"),
      fig("2.4 million", 2.4e6, "tonne", role="earlier level")]),
    ("Unemployment fell to 4.1% from 4.3%.",
     [fig("4.1%", 4.1, "percent", trend="down", role="new level"),
      fig("4.3%", 4.3, "percent", role="earlier level")]),
    # The change, then both levels after a comma: still a change, not a range.
    ("The number of nurses has gone up by 12,131, from 282,422 to 294,553.",
     [fig("12,131", 12131, "nurse", trend="up", role="change"), fig("282,422", 282422, "nurse", role="earlier level"),
      fig("294,553", 294553, "nurse", trend="up", role="new level")]),
    ("Prices ranged by region, from 20 to 30 pounds.", [fig("20 to 30 pounds", 20, "GBP", lower=20, upper=30)]),
    # A unit of two words, a time phrase, or no "by" between the change and "from": still a change.
    ("The reconviction rate has decreased by 2.3 percentage points in the same period from 30.6% to 28.3%.",
     [fig("2.3 percentage points", 2.3, "percentage point", trend="down", role="change"),
      fig("30.6%", 30.6, "percent", role="earlier level"),
      fig("28.3%", 28.3, "percent", trend="down", role="new level")]),
    ("The rate increased by 1.9 percentage points, from 26.4% to 28.3%.",
     [fig("1.9 percentage points", 1.9, "percentage point", trend="up", role="change"),
      fig("26.4%", 26.4, "percent", role="earlier level"),
      fig("28.3%", 28.3, "percent", trend="up", role="new level")]),
    ("The average number of reconvictions per offender increased 4%, from 0.47 to 0.50.",
     [fig("4%", 4, "percent", trend="up", role="change"), fig("0.47", 0.47, role="earlier level"),
      fig("0.50", 0.5, trend="up", role="new level")]),
])
def test_changes_are_a_change_a_new_level_and_an_earlier_level(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tickets range from $10 to $15.", [fig("$10 to $15", 10, "USD", lower=10, upper=15)]),
    ("Repairs will take between 3 and 5 weeks.", [fig("3 and 5 weeks", 3, "week", lower=3, upper=5)]),
])
def test_ranges_without_a_verb_of_change_stay_ranges(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("French wine gets 70m euro top-up", [fig("70m euro", 7e7, "EUR")]),
    ("Germany agrees 40m euro loan", [fig("40m euro", 4e7, "EUR")]),
])
def test_m_before_a_currency_word_is_million(text, expected):
    assert figures(text) == expected


def claims(text, **kw):
    return find_claims(text, [(0, len(text))], [], **kw)


@pytest.mark.parametrize("text, obj", [
    ("The firm will instead cut 128,000 jobs.", "jobs"),
    ("The plan costs £12bn fully.", None),
    ("The bank lent five otherwise.", None),
])
def test_adverbs_after_a_figure_are_not_what_it_counts(text, obj):
    [c] = claims(text)
    assert c.object == obj or (obj is None and c.object not in ("fully", "otherwise", "instead"))


@pytest.mark.parametrize("text, scope", [
    ("Founded in 1984, the bank had assets of 5.3 trillion yuan at the end of 2003.", "at the end of 2003"),
    ("Opened in 1990, the museum drew 80,000 visitors last year.", "last year"),
    ("Built in 1962, the tower is 120 metres tall.", None),
])
def test_time_scope_comes_from_the_figures_own_clause(text, scope):
    [c] = claims(text)
    assert c.time_scope == scope


# VOA Special English writes years and money in words: a year said in words is no figure
# ("since nineteen ninety-seven"), and cents after dollars are part of the amount.
@pytest.mark.parametrize("text, expected", [
    ("The wage has not changed since nineteen ninety-seven. Nineteen people died in nineteen twelve.",
     [fig("Nineteen", 19, "people")]),
    ("Nineteen hundred people came.", [fig("Nineteen hundred", 1900, "people")]),
    ("The wage rose to seven dollars and seventy-five cents. The fee is 3 dollars and 50 cents.",
     [fig("seven dollars and seventy-five cents", 7.75, "USD", trend="up", role="new level"),
      fig("3 dollars and 50 cents", 3.5, "USD")]),
])
def test_years_and_money_in_words(text, expected):
    assert figures(text) == expected


# A number in square brackets is a footnote or link marker, as print pages show them ("reporting
# [1] that", "[3][eng]"); a figure inside a bracketed aside still counts.
@pytest.mark.parametrize("text, expected", [
    ("News media are reporting [1] that 250 members [4] were killed.", [fig("250", 250, "member")]),
    ("Units [12 of them] failed.", [fig("12", 12)]),
])
def test_bracketed_markers_are_no_figures(text, expected):
    assert figures(text) == expected


# "AS$" is an Australian dollar, as "A$" is (not the Singapore dollar of its last letters); a word in
# -s before the plural "the number of" counts is that noun's modifier ("overseas jobs").
@pytest.mark.parametrize("text, expected", [
    ("He was fined AS$5,000.", [fig("AS$5,000", 5000, "AUD")]),
    ("The number of overseas jobs supported stood at 4622.", [fig("4622", 4622, "overseas job")]),
])
def test_australian_dollars_and_the_number_of(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, claimant", [
    ("The minister said the scheme cost £12bn.", "The minister"),
    ("The scheme cost £12bn, the minister said.", "the minister"),
    ("The scheme cost £12bn, said Ms Lund.", "Ms Lund"),
    ("The council spent £4m on roads.", None),
    ("Fire crews rescued 14 people from the building.", None),
    # A capitalised word that opens the sentence is no one.
    ("By reports on Saturday, two of the victims died.", None),
    ("In reports last week, 40 homes were said to be lost.", None),
    # "All told," is "in all": nobody told it.
    ("All told, the agency recovered over $2.6 billion.", None),
])
def test_claimant_is_who_says_it_and_none_when_the_writer_states_it(text, claimant):
    [c] = claims(text, outlet="The Courier")
    assert (c.claimant, c.claimant_text) == (claimant, claimant)


@pytest.mark.parametrize("text, disputed_by", [
    ("The ministry put the death toll at 40, a figure the rebels dispute.", "rebels"),
    ("Officials said 300 homes were flooded, although residents disputed the figure.", "residents"),
    ("Acme said it lost £3m, which Bolt Ltd denies.", "Bolt Ltd"),
    ("Police said the man, who denied murder, had stolen £5,000.", None),
    ("The club paid £2m for the striker, who denied any wrongdoing.", None),
])
def test_disputed_by_only_when_someone_disputes_the_figure(text, disputed_by):
    [c] = claims(text)
    assert c.disputed_by == disputed_by


@pytest.mark.parametrize("text, expected", [
    # A size written with a hyphen: the number alone is the figure, the noun after it its unit.
    ("Mr Brown returns from his four-day tour of the Gulf today.", [fig("four", 4, "day")]),
    ("The three-judge court found the advice unlawful.", [fig("three", 3, "judge")]),
    ("The 20-room hotel closed last year.", [fig("20", 20, "room")]),
    ("He served eight years of a sixteen-year sentence.", [fig("eight years", 8, "year"), fig("sixteen", 16, "year")]),
    ("The 18-karat gold toilet was stolen.", [fig("18", 18, "karat")]),
    # An age keeps its whole compound.
    ("A 74-year-old man was hurt.", [fig("74-year-old", 74, "year")]),
])
def test_sizes_written_with_a_hyphen(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A point in time, not a figure.
    ("The war erupted in Darfur two years ago.", []),
    ("Five months ago, the army launched an offensive.", []),
    ("It opened 30 days ago.", []),
    # A year before one thing; a count of things stays a count.
    ("It was agreed in a 1994 agreement that staff were immune.", []),
    ("The 2006 conference voted on it.", []),
    ("The company built 1994 homes last year.", [fig("1994", 1994, "home")]),
    # "zero" in the name of a policy; zero as a level stays.
    ("The plan supports net-zero transport ambitions.", []),
    ("He backed a zero-tolerance policy.", []),
    ("The rate fell to zero in May.", [fig("zero", 0, trend="down", role="new level")]),
    # The second day of a list of dates.
    ("Leaders will gather on November 14 and 15 for a summit.", []),
    ("The talks run from March 3 to 5.", []),
])
def test_points_in_time_years_and_policy_names_are_not_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "nearly"/"almost": just under the figure, so the figure is an upper bound.
    ("Nearly 300 families have left the valley.",
     [fig("Nearly 300", 300, "family", upper=300, qualifier="less than")]),
    ("The repairs cost almost £4,500.", [fig("almost £4,500", 4500, "GBP", upper=4500, qualifier="less than")]),
    ("The strike has lasted for nearly 12 hours.",
     [fig("nearly 12 hours", 12, "hour", upper=12, qualifier="less than")]),
    # "within": no later or no more than the figure.
    ("Ministers promised a decision within six months.",
     [fig("within six months", 6, "month", upper=6, qualifier="less than")]),
    ("The council must reply within 28 days.", [fig("within 28 days", 28, "day", upper=28, qualifier="less than")]),
    # "or more" / "or fewer" after the amount.
    ("The blast killed 40 or more villagers.",
     [fig("40 or more", 40, "villager", lower=40, qualifier="more than")]),
    ("Classes of 15 or fewer pupils did best.",
     [fig("15 or fewer", 15, "pupil", upper=15, qualifier="less than")]),
])
def test_nearly_almost_within_and_or_more_are_bounds(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words that say which or how many ("other", "separate", "remaining") are not what is counted.
    ("Police arrested 14 other suspects on Friday.", [fig("14", 14, "suspect")]),
    ("He faces nine separate fraud charges.", [fig("nine", 9, "fraud charge")]),
    ("The club sold its three remaining Premier League players.", [fig("three", 3, "Premier League player")]),
    # A participle before a plural noun is an adjective of it; after a noun it is the verb.
    ("Officials counted 230 suspected cases in the region.", [fig("230", 230, "case")]),
    ("Seven registered voters turned up.", [fig("Seven", 7, "voter")]),
    ("Police said one lorry overturned on the bridge.", [fig("one", 1, "lorry")]),
    # A dotted abbreviation is one word of the phrase.
    ("Two U.S. diplomats met the rebels in Doha.", [fig("Two", 2, "U.S. diplomat")]),
    # A share of a group counts the group's members; a plural possessor is what is counted.
    ("More than 60 of its members were detained.",
     [fig("More than 60", 60, "member", lower=60, qualifier="more than")]),
    ("Three of Smith's horses won races.", [fig("Three", 3, "horse")]),
    ("The two teams' coaches met at noon.", [fig("two", 2, "team")]),
    # An adverb after the number is no counted thing.
    ("All 12 aboard survived the crash.", [fig("12", 12)]),
])
def test_the_counted_noun_past_adjectives_abbreviations_and_possessives(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A number word opening a sentence after a closing quotation mark.
    ("“We have seen this before.”  Five of the latest deaths were nurses.", [fig("Five", 5, "death")]),
    ("He said: “Nobody came.” Seven men later walked in.", [fig("Seven", 7, "man")]),
    # A number before a dotted abbreviation and a plural is a count, not a name like "the 737 Max".
    ("At least 16 U.N. staff died in the quake.",
     [fig("At least 16", 16, "U.N. staff", lower=16, qualifier="more than")]),
    ("The ship carried 40 U.S. marines.", [fig("40", 40, "U.S. marine")]),
    # Irregular plurals in the singular.
    ("The agency housed 30 women and 12 children.", [fig("30", 30, "woman"), fig("12", 12, "child")]),
])
def test_counts_after_quotes_before_abbreviations_and_irregular_plurals(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A counted noun with letters beyond ASCII is read whole, not cut at the first such letter.
    ("The sale price is 900 million złotys.", [fig("900 million", 9e8, "złoty")]),
    ("The square has 12 cafés and two crêperies.", [fig("12", 12, "café"), fig("two", 2, "crêpery")]),
    ("The firm bought 300 Škodas for its fleet.", [fig("300", 300, "škoda")]),
    ("Bailiffs seized 40 smörgåsbords.", [fig("40", 40, "smörgåsbord")]),
])
def test_counted_nouns_with_letters_beyond_ascii(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "more", "extra", "fewer" between a number and its noun say how many beyond, not what is counted.
    ("At least eight more people were taken to hospital.",
     [fig("At least eight", 8, "people", lower=8, qualifier="more than")]),
    ("The force will hire 200 more officers next year.", [fig("200", 200, "officer")]),
    ("The trust took on 30 extra nurses.", [fig("30", 30, "nurse")]),
    ("The line now runs five fewer trains.", [fig("five", 5, "train")]),
    # "more than" after a number is no adjective of a noun.
    ("Sales were 10 more than expected.", [fig("10", 10)]),
])
def test_more_extra_fewer_before_the_counted_noun(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # After a verb of calling, a number is a count only before what it counts.
    ("The court called 12 witnesses.", [fig("12", 12, "witness")]),
    ("The firm rang 300 customers last week.", [fig("300", 300, "customer")]),
    ("They called 40 of the members.", [fig("40", 40, "member")]),
])
def test_a_count_after_a_verb_of_calling_stays(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A hedged or bounded number before a capitalised word counts; it is no model name ("the 737 Max").
    ("The firm runs some 300 Polish shops.", [fig("some 300", 300, "shop", qualifier="some")]),
    ("About 150 Tory MPs signed the letter.", [fig("About 150", 150, "Tory MP", qualifier="about")]),
    ("The chain sold roughly 2000 Thai stores.", [fig("roughly 2000", 2000, "store", qualifier="roughly")]),
    ("Boeing delivered the 737 Max late.", []),
    # A hedge that is also a preposition, before a year, says what about: a name stays a name.
    ("Pundit Makes Bold Prediction About 2016 Presidency", []),
    ("Voters Worried Over 2024 Budget", []),
    ("He drove the 911 Carrera home.", []),
])
def test_a_hedged_number_before_a_capitalised_word_counts(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A double prime typed for the closing quote of an open quotation is no inch.
    ("He said it was time to “end the rules of 1945″.", []),
    ("Fans chanted “we are the 99″ outside.", [fig("99", 99)]),
    ("The mayor promised “at least 40 new homes″.", [fig("at least 40", 40, "home", lower=40, qualifier="more than")]),
    # Outside a quotation, or after it has closed, it is an inch.
    ("The screen measures 65″ across.", [fig("65″", 65, "inch")]),
    ("“It was fine,” he said of the 32″ monitor.", [fig("32″", 32, "inch")]),
])
def test_a_double_prime_closing_a_quotation_is_no_inch(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A capitalised plural after a number is what it counts, at the end of a sentence too.
    ("This is the judgment of all 11 Justices.", [fig("11", 11, "justice")]),
    ("The bill was passed by 214 Democrats.", [fig("214", 214, "democrat")]),
    ("Police arrested 12 Britons.", [fig("12", 12, "briton")]),
    # A street needs capitalised names before its suffix: "the court" is none.
    ("The ruling of all nine Justices of the court stands.", [fig("nine", 9, "justice")]),
    ("The 40 acres of the park road were sold.", [fig("40 acres", 40, "acre")]),
    ("The clinic moved to 12 Acacia Avenue last week.", []),
])
def test_a_capitalised_plural_after_a_number_is_counted(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Pounds that measure a sum of money are sterling; pounds of a thing or a weight stay pounds.
    ("He was handed a 5,000 pound fine.", [fig("5,000 pound", 5000, "GBP")]),
    ("The branch made a 24 million pounds operating loss.", [fig("24 million pounds", 24e6, "GBP")]),
    ("The farm shipped 2 million pounds of beef.", [fig("2 million pounds", 2e6, "pound")]),
    ("The baby weighed eight pounds.", [fig("eight pounds", 8, "pound")]),
    # A sum with a scale word and no currency, before a money noun, is in the currency of the sum before it.
    ("The club posted a £12m loss and a 3 million profit.", [fig("£12m", 12e6, "GBP"), fig("3 million", 3e6, "GBP")]),
    ("Sales were $5bn, with a 300 million profit.", [fig("$5bn", 5e9, "USD"), fig("300 million", 3e8, "USD")]),
    # With no sum before it, or no scale word, it stays a count.
    ("The club posted a 12 million loss last year.", [fig("12 million", 12e6, "loss")]),
    ("Revenue was €2bn and the firm cut 3 million jobs.",
     [fig("€2bn", 2e9, "EUR"), fig("3 million", 3e6, "job", trend="down")]),
])
def test_money_by_what_a_sum_measures_and_its_neighbours(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N of them/those/these" is a part of the last group counted or measured before it.
    ("Six of the murders were planned and five of those involved poison.",
     [fig("Six", 6, "murder"), fig("five", 5, "murder")]),
    ("The firm has 40 shops, and 12 of them will close.", [fig("40", 40, "shop"), fig("12", 12, "shop")]),
    ("Ten patients were treated, and three of them died.", [fig("Ten", 10, "patient"), fig("three", 3, "patient")]),
    ("The team scored 40 points, 12 of them in the last minute.",
     [fig("40 points", 40, "point"), fig("12", 12, "point")]),
    # "those" before a plural noun is a determiner; a share or a sum is no group of things.
    ("Two of those companies went bust.", [fig("Two", 2, "company")]),
    ("Prices rose 5%, and 3 of them fell back.", [fig("5%", 5, "percent", trend="up"), fig("3", 3)]),
    ("She said 12 of them were lost.", [fig("12", 12)]),
])
def test_a_part_of_a_group_counted_before(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and" joins number words only after a scale word; between two numbers it lists two figures,
    # and the first takes the counted noun or unit of the second.
    ("Four hundred and twenty runners finished.", [fig("Four hundred and twenty", 420, "runner")]),
    ("Shops allowed two and one packs per customer, respectively.",
     [fig("two", 2, "pack"), fig("one", 1, "pack")]),
    ("Two or three villages were flooded.", [fig("Two or three", 2, "village", lower=2, upper=3)]),
    # A whole number and a fraction of it are one figure.
    ("The tusk is one and two thirds metres long.", [fig("one and two thirds metres", 5 / 3, "metre")]),
    ("The talks took two and a half years.", [fig("two and a half years", 2.5, "year")]),
    ("She waited five-and-a-half hours.", [fig("five-and-a-half hours", 5.5, "hour")]),
])
def test_number_words_joined_by_and_and_fractions_of_a_whole(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" as "a certain" before someone who speaks, whoever they are.
    ("One MP told the BBC the vote was close.", []),
    ("Not everyone agreed; one councillor admitted the plan was rushed.", []),
    ("The forum filled up, with one user writing that the site was down.", []),
    # "one" as a pronoun before a relative clause, and "on one occasion".
    ("It was a hard decision, but one that was made with care.", []),
    ("Scotland faces a choice – one which will shape its economy.", []),
    ("He told her on one occasion to stay at home.", []),
    # "one" that counts stays, and so does a share before a verb of saying.
    ("One man was killed in the crash.", [fig("One", 1, "man")]),
    ("The council said one school had closed.", [fig("one", 1, "school")]),
    ("One in five said they would move.", [fig("One in five", 0.2)]),
    ("Eight out of 10 told the pollsters they were worried.", [fig("Eight out of 10", 0.8)]),
])
def test_one_as_a_certain_or_a_pronoun_is_no_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" paired with "another", "the other", "others": it picks, it does not count.
    ("One witness saw a van; another heard shouting.", []),
    ("One pilot was from Lyon, the other from Nice.", []),
    ("Staff took a laptop from one office and cash from another.", []),
    ("Neighbours rushed in; one woman called an ambulance, others held the door.", []),
    # One of a named group, "one of the" in other words.
    ("She leads one wing of the party.", []),
    ("The mill is one example of this heritage.", []),
    # A pronoun before a place, and "one" beside "a".
    ("He gave talks across Europe, including one at a bank in Zurich.", []),
    ("One van and a bus collided on the bridge.", []),
    # A number before "others" contrasts two counts; a unit after "one" counts it.
    ("Police held one man at the scene and three others later.",
     [fig("one", 1, "man"), fig("three", 3, "other")]),
    ("He served one year of the sentence; another was suspended.", [fig("one year", 1, "year")]),
])
def test_one_that_picks_from_a_group_is_no_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a"/"an" before a unit of time is one of it when a bound or hedge says how long.
    ("The plot had been at least a year in the making.",
     [fig("at least a year", 1, "year", lower=1, qualifier="more than")]),
    ("Stores sold out within an hour of delivery.", [fig("within an hour", 1, "hour", upper=1, qualifier="less than")]),
    ("The siege lasted more than a week.", [fig("more than a week", 1, "week", lower=1, qualifier="more than")]),
    # Without a bound it is no figure.
    ("He is paid twice a year.", [fig("twice", 2, "time")]),
    ("The law changed a year ago.", []),
    # "a couple of" is two of what follows; "a couple" alone is two people, not a figure.
    ("The attacker used a couple of guns.", [fig("a couple", 2, "gun")]),
    ("A couple who married in May were evicted.", []),
])
def test_a_period_after_a_bound_and_a_couple_of(text, expected):
    assert figures(text) == expected


def test_a_share_of_them_counts_no_object():
    [c] = find_claims("Two of them left early.", [(0, 23)], [])
    assert (c.value, c.unit, c.object) == (2, None, None)


@pytest.mark.parametrize("text, expected", [
    # "N out of M" is a share, one figure, like "one in five".
    ("Nine out of ten dentists agree.", [fig("Nine out of ten", 0.9)]),
    ("Three out of 4 voters backed the plan.", [fig("Three out of 4", 0.75)]),
    # "one" before a hyphened noun is a size; "one-off", "one-time" and "no-one" are not figures.
    ("The shop set a one-pack limit.", [fig("one", 1, "pack")]),
    ("Staff held a one-day strike.", [fig("one", 1, "day")]),
    ("It was a one-off payment.", []),
    ("He is the one-time champion.", []),
    ("No-one came to the meeting.", []),
])
def test_shares_out_of_and_hyphened_one(text, expected):
    assert figures(text) == expected


def objects(text):
    """(number_text, unit, object) of each figure of one sentence."""
    return [(c.number_text, c.unit, c.object) for c in find_claims(text, [(0, len(text))], [])]


@pytest.mark.parametrize("text, expected", [
    # A size in a unit of measure or time measures the noun after it.
    ("The minister returns from his four-day tour of the Gulf.", [("four", "day", "tour of Gulf")]),
    ("The five-year plans showed what the party wanted.", [("five", "year", "plans")]),
    ("Talks resumed after an 11-year lull.", [("11", "year", "lull")]),
    ("A 30-metre wall collapsed.", [("30", "metre", "wall")]),
    # A size in a counted noun counts that noun.
    ("The three-judge court ruled on Tuesday.", [("three", "judge", "judge")]),
    ("The chain set a one-pack limit.", [("one", "pack", "pack")]),
])
def test_the_object_of_a_hyphened_size(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Money "in" what it is paid or lent in.
    ("The firm was told to pay £9,000 in fines and costs.", [("£9,000", "GBP", "fines and costs")]),
    ("The bank made $2bn in new loans.", [("$2bn", "USD", "new loans")]),
    # ... but not in an idiom or a place.
    ("Shares rose 5p in line with forecasts.", [("5p", "pence", "Shares")]),
    ("The charity raised £5m in London.", [("£5m", "GBP", "charity")]),
    # The noun before "of" or "totalling" is what the money is, even a noun that can be a verb.
    ("She must pay costs of £1,200 by May.", [("£1,200", "GBP", "costs")]),
    ("He was ordered to pay fines and costs totalling £950.", [("£950", "GBP", "fines and costs")]),
])
def test_what_money_is(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, claimant", [
    # A report, a study or an estimate that "finds", "shows" or "suggests" a figure claims it.
    ("A new report finds nearly a third of pupils skip breakfast.", "A new report"),
    ("The survey shows 40% of drivers speed.", "The survey"),
    ("Estimates suggest 8,000 migrants are at sea.", "Estimates"),
    ("Estimates by local officials indicate 300 homes were lost.", "Estimates by local officials"),
    # Finding something is no claim.
    ("Police found 3 bodies in the river.", None),
    # An adverb between the subject and its verb is neither: "The government recently announced".
    ("The government recently announced that it would spend £100 million on schools.", "The government"),
    # A claim verb with another verb right after it was a noun: the estimate is what claims.
    ("A similar conservative estimate indicated income fell by $811 million.", "A similar conservative estimate"),
])
def test_reports_and_estimates_claim_what_they_find(text, claimant):
    [c] = claims(text)
    assert (c.claimant, c.claimant_text) == (claimant, claimant)


@pytest.mark.parametrize("text, expected", [
    # "brings/takes the total ... up to N": a new level, risen to, not a bound.
    ("The death brings the total of soldiers killed up to 224.", [fig("224", 224, trend="up")]),
    ("The goal took the tally up to nine.", [fig("nine", 9, trend="up")]),
    # "up to" right after the verb, or with no such verb, is a bound.
    ("Guests may bring up to 10 friends.", [fig("up to 10", 10, "friend", upper=10, qualifier="less than")]),
    ("The dam can hold up to 4 million tonnes.",
     [fig("up to 4 million tonnes", 4e6, "tonne", upper=4e6, qualifier="less than")]),
])
def test_up_to_after_bringing_a_total_is_a_level(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A count whose noun comes after "were"/"are" counts that noun.
    ("Of the victims, 20 were children.", [fig("20", 20, "child")]),
    ("Of the dead, 11 were Brazilian peacekeepers.", [fig("11", 11, "peacekeeper")]),
    # A participle or a place after "were" is no counted noun.
    ("Five were killed and 12 are missing.", [fig("Five", 5), fig("12", 12)]),
    ("Three were from Jordan.", [fig("Three", 3)]),
])
def test_a_count_whose_noun_follows_were(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A hedge after the subject opens the predicate; it is no part of what the figure is about.
    ("Sales nearly doubled last year.", [("nearly doubled", None, "Sales")]),
    ("Exports almost tripled in May.", [("almost tripled", None, "Exports")]),
])
def test_a_hedge_ends_the_subject(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A bound before a multiplier is in its span, as before any figure.
    ("The new plant is more than twice the size of the old one.",
     [fig("more than twice", 2, lower=2, qualifier="more than")]),
    ("Sales nearly doubled last year.", [fig("nearly doubled", 2, upper=2, qualifier="less than", trend="up")]),
    ("Prices doubled.", [fig("doubled", 2, trend="up")]),
])
def test_bounds_of_multipliers(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A participle opening the subject before its noun is an adjective of it, and the subject stays.
    ("The agency says suspected cholera deaths have doubled.", [("doubled", None, "suspected cholera deaths")]),
    ("Officials said registered voters rose 4%.", [("4%", "percent", "registered voters")]),
])
def test_a_participle_opening_the_subject(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The new level of a total counts what the total is of.
    ("The death brings the total of soldiers killed in the region up to 224.",
     [("224", None, "soldiers")]),
    ("This brings the number of confirmed cases to 1,200.", [("1,200", "confirmed case", "confirmed cases")]),
])
def test_the_new_level_of_a_total(text, expected):
    assert objects(text) == expected


# When between a claimant and its verb ("the Jenner Institute in April announced that") is no
# claimant; nor is a place the subject is in ("Police in the West Midlands in England today said"),
# "announced" with a thing and no clause after it ("announced £157 million of new funding": the
# writer's fact), or "claimed" counting the dead ("claimed more than 8,000 lives").
@pytest.mark.parametrize("text, claimant", [
    ("The Jenner Institute in April announced that a vaccine had 77% efficacy.", "The Jenner Institute"),
    ("The ministry on Monday said 400 homes were lost.", "The ministry"),
    ("Reports as of Wednesday said two hundred cars were burnt.", None),
    ("Police in the West Midlands in England today said 200 kilograms of drugs were seized.", None),
    ("The Welsh Government yesterday announced £157 million of new funding.", None),
    ("Ana Ruiz today announced that the bank is investing $17.4 million.", "Ana Ruiz"),
    ("The earthquake that shook Nepal on April 25 claimed more than 8,000 lives.", None),
    ("May said one or two countries had agreed.", "May"),
])
def test_a_claimant_is_who_not_when_or_where(text, claimant):
    [c] = claims(text, outlet="The Courier")
    assert (c.claimant, c.claimant_text) == (claimant, claimant)


# The figure reader's verb lists live in claims/extract/cues.py beside the quote reader's: every word fires.
@pytest.mark.parametrize("verb", cues.FIGURE_DISPUTE_VERBS)
def test_every_dispute_verb_disputes_the_figure(verb):
    found = extract(f"Officials said 4,000 homes were flooded, a figure the union {verb}.").claims
    assert [(c.number_text, c.disputed_by) for c in found] == [("4,000", "union")]


@pytest.mark.parametrize("verb", cues.ONE_SPEAKER_VERBS)
def test_every_speaking_verb_makes_one_someone(verb):
    assert extract(f"One resident {verb} the water rose fast.").claims == []


@pytest.mark.parametrize("verb", cues.FIGURE_CLAIM_VERBS)
def test_every_claim_verb_gives_the_figure_a_claimant(verb):
    # Read by the claimant pattern itself: a quote reader's cue would give the claimant first.
    from claims.extract.figure_claimant import _CLAIM_VERB

    found = _CLAIM_VERB.search(f"Last year the ministry {verb} 4,000 homes were flooded.")
    assert found is not None and found.group("subj") == "the ministry" and found.group(0).endswith(verb)


@pytest.mark.parametrize("text, expected", [
    ("The flats come in two- and three-bedroom versions.",
     [fig("two", 2, "bedroom"), fig("three", 3, "bedroom")]),
    ("It offered four-, five- and six-cylinder engines.",
     [fig("four", 4, "cylinder"), fig("five", 5, "cylinder"), fig("six", 6, "cylinder")]),
    ("Buyers chose between 10- or 12-year loans.", [fig("10", 10, "year"), fig("12", 12, "year")]),
])
def test_a_suspended_compound_takes_the_unit_of_the_one_completing_the_series(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A year naming the thing after it is no figure, whatever comes before it.
    ("They added a question to the upcoming 2020 census.", []),
    ("Its 2021 budget grew by a tenth.", [fig("a tenth", 0.1, trend="up")]),
    ("Delegates left the 2006 autumn conference early.", []),
    # A plural or a unit after it is counted.
    ("The town has 2020 residents.", [fig("2020", 2020, "resident")]),
    ("The farm covers 1900 hectares.", [fig("1900 hectares", 1900, "hectare")]),
    ("Some 1850 bus routes have been cut.", [fig("Some 1850", 1850, "bus route", qualifier="some")]),
])
def test_a_year_before_a_singular_noun_names_it(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name qualifying the unit or the thing counted sits between the number and it.
    ("A year there lasts 33 Earth days.", [fig("33", 33, "day")]),
    ("The probe flew for 12 Earth years.", [fig("12", 12, "year")]),
    ("They run 300 Polish shops.", [fig("300", 300, "shop")]),
])
def test_a_name_between_the_number_and_its_unit(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A range after a bound word is its own bound: lower and upper, no "less than".
    ("Half found work within three to six months.", [fig("within three to six months", 3, "month", lower=3, upper=6)]),
    ("Repairs take up to 3-4 days.", [fig("up to 3-4 days", 3, "day", lower=3, upper=4)]),
    # A hedge stays with the range it hedges.
    ("About 10 to 15 people died.", [fig("About 10 to 15", 10, "people", lower=10, upper=15, qualifier="about")]),
])
def test_a_range_after_a_bound_word(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, claimant, written", [
    # A claimant's name is the name only, as a quote's speaker's is: the title stays in what was written.
    ("The scheme cost £12m, said Commissioner Ilona Varga.", "Ilona Varga", "Commissioner Ilona Varga"),
    ("Senator Tom Hale said the scheme cost £12m.", "Tom Hale", "Senator Tom Hale"),
    ("The Harbour Institute said the scheme cost £12m.", "The Harbour Institute", "The Harbour Institute"),
])
def test_a_claimants_title_is_not_part_of_its_name(text, claimant, written):
    [c] = claims(text)
    assert (c.claimant, c.claimant_text) == (claimant, written)


@pytest.mark.parametrize("text, expected", [
    # A level, then ", up/down" and its change: the new level and the change, both with the trend.
    ("Turnout was 67.3%, down 1.5 points.",
     [fig("67.3%", 67.3, "percent", trend="down", role="new level"),
      fig("1.5 points", 1.5, "point", trend="down", role="change")]),
    ("Sales were $4bn, up 12%.",
     [fig("$4bn", 4e9, "USD", trend="up", role="new level"), fig("12%", 12, "percent", trend="up", role="change")]),
    ("Profits were £2m, up by 5%.",
     [fig("£2m", 2e6, "GBP", trend="up", role="new level"), fig("5%", 5, "percent", trend="up", role="change")]),
])
def test_a_level_then_its_change_after_up_or_down(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A clock time is no sum of money.
    ("The airport reopened at 2 p.m. ET.", []),
    # A verb that puts a floor under the figure is its qualifier, outside its words.
    ("Sales topped 2 million units.", [fig("2 million", 2e6, "unit", lower=2e6, qualifier="topped")]),
    ("The goal was to exceed 90 percent.", [fig("90 percent", 90, "percent", lower=90, qualifier="exceed")]),
    # "for over 30 hours" bounds a time; "over five years" spans one.
    ("He was trapped for over 30 hours.", [fig("over 30 hours", 30, "hour", lower=30, qualifier="more than")]),
    # A verb of change eight words back still makes "from A to B" a change, not a range.
    ("Rescuers found bodies, increasing the confirmed death toll from fourteen to 31.",
     [fig("fourteen", 14, role="earlier level"), fig("31", 31, trend="up", role="new level")]),
    # What is counted: the plural a collective qualifies, not a disease's name ending in s.
    ("Two French police officers were jailed.", [fig("Two", 2, "police officer")]),
    ("It recorded 3,728 measles cases.", [fig("3,728", 3728, "measles case")]),
    ("There were 1100 UK service personnel in the country.", [fig("1100", 1100, "UK service personnel")]),
])
def test_times_floors_and_what_is_counted(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the three months to June, output grew by 0.6% compared with the previous three-month period.",
     [fig("0.6%", 0.6, "percent", trend="up")]),
    ("Inflation was 3% in the 12 months to March.", [fig("3%", 3, "percent")]),
    ("Profits fell 8% in the six months ended September 30.", [fig("8%", 8, "percent", trend="down")]),
    # A span of time that is measured, not a reporting period, stays a figure.
    ("Sales rose 16% in the last 20 years.", [fig("16%", 16, "percent", trend="up"), fig("20 years", 20, "year")]),
    ("The trial lasted three months.", [fig("three months", 3, "month")]),
])
def test_a_reporting_period_is_a_calendar_period_not_a_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On Wednesday a magnitude 5.2 earthquake hit the island.", [fig("5.2", 5.2, "magnitude")]),
    ("The island has had earthquakes over magnitude 4.5 since May, including a 6.4 quake on June 7.",
     [fig("over magnitude 4.5", 4.5, "magnitude", lower=4.5, qualifier="more than"), fig("6.4", 6.4, "magnitude")]),
    ("A 4.7-magnitude tremor struck at noon.", [fig("4.7", 4.7, "magnitude")]),
    ("Since May there have been magnitude 2+ earthquakes every day.",
     [fig("2+", 2, "magnitude", lower=2, qualifier="more than")]),
    # Counts of earthquakes are counts.
    ("There were 400 earthquakes and 3 tremors.", [fig("400", 400, "earthquake"), fig("3", 3, "tremor")]),
])
def test_an_earthquakes_magnitude(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The minister promised a 1,000-strong civilian pool.", [fig("1,000", 1000, "civilian")]),
    ("A 200-strong crowd gathered outside.", [fig("200", 200, "crowd")]),
    ("Viewers must be 18+ to watch.", [fig("18+", 18, lower=18, qualifier="more than")]),
    # A name that qualifies the people counted: they are the unit, not the name.
    ("The dead include fourteen civilians and five Armed Forces personnel.",
     [fig("fourteen", 14, "civilian"), fig("five", 5, "Armed Forces personnel")]),
    ("40 Royal Marines commandos landed at dawn.", [fig("40", 40, "Royal Marines commando")]),
])
def test_members_of_a_body_and_open_ended_figures(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A rate per so many: one figure; its base is part of the unit, never a figure of its own.
    ("The death rate was seven per 100,000 people.", [fig("seven", 7, "per 100,000 people")]),
    ("There were four premature deaths per 100,000 in the north.", [fig("four", 4, "premature death per 100,000")]),
    ("Infant mortality fell to 4.2 per 1,000 live births.", [fig("4.2", 4.2, "per 1,000 live births", trend="down",
                                                             role="new level")]),
    # A rate per a unit of measure stays as it was.
    ("The firm sold 300 cars per year.", [fig("300", 300, "car")]),
])
def test_a_rate_per_so_many(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The site hosted a quarter million video clips.", [fig("a quarter million", 250000, "video clip")]),
    ("A half million people marched.", [fig("A half million", 500000, "people")]),
    # Ages after "the age of", in digits or words, and the bound before them.
    ("Children under the age of 16 must be accompanied.",
     [fig("under the age of 16", 16, "year", upper=16, qualifier="less than")]),
    ("Abusing minors below the age of fifteen is a crime.",
     [fig("below the age of fifteen", 15, "year", upper=15, qualifier="less than")]),
    ("He died aged fifteen.", [fig("fifteen", 15, "year")]),
])
def test_a_fraction_of_a_scale_and_ages_in_words(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # What a figure is about holds no other figure, no relay of a source, no adverb alone.
    ("The wall will be paid for from other places: potentially, according to Al Jazeera, US$3.6 billion from a "
     "Pentagon budget, $2.5 billion from drug programs, and $601 million from a fund.",
     [("US$3.6 billion", "USD", "wall"), ("$2.5 billion", "USD", "wall"), ("$601 million", "USD", "wall")]),
    ("There would be severe penalties, maybe even up to 30 years in prison.", [("up to 30 years", "year", None)]),
    ("Incomes below US$10,000 versus above $200,000 differ.",
     [("below US$10,000", "USD", "Incomes"), ("above $200,000", "USD", "Incomes")]),
    # Names with figures in them may say what a figure is about.
    ("The S&P 500 rose 1.2%.", [("1.2%", "percent", "S&P 500")]),
])
def test_what_a_figure_is_about_is_no_other_figure(text, expected):
    assert objects(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A tally of specific things out of more than ten: two counts of the same thing.
    ("Pro-democracy candidates won 17 out of 18 of the area's districts.",
     [fig("17", 17, "district"), fig("18", 18, "district")]),
    ("The laboratory found 7 out of 20 suspected cases positive.",
     [fig("7", 7, "case"), fig("20", 20, "case")]),
    # Out of ten or fewer, or of a round hundred: a share.
    ("Three out of 4 voters backed the plan.", [fig("Three out of 4", 0.75)]),
    ("Nine out of 100 firms failed.", [fig("Nine out of 100", 0.09)]),
    # What is counted, past its owner.
    ("Five of the firm's shops closed.", [fig("Five", 5, "shop")]),
])
def test_a_tally_out_of_a_count_and_a_share(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The limit for cocaine is 10 µg/L.", [fig("10 µg/L", 10, "microgram per litre")]),
    ("The dose was 5 mg/kg.", [fig("5 mg/kg", 5, "milligram per kilogram")]),
    ("New cars emit 95 g/km.", [fig("95 g/km", 95, "gram per kilometre")]),
    ("He took 5 mg of the drug.", [fig("5 mg", 5, "milligram")]),
    # "over" bounds an age; "zero" in the name of a policy is no figure.
    ("All men over the age of 18 must register.", [fig("over the age of 18", 18, "year", lower=18,
                                                       qualifier="more than")]),
    ("We will reach our net zero carbon target by 2050.", []),
    ("The panel backed a zero tolerance approach for staff on zero-hours contracts.", []),
    ("There were zero deaths last year.", [fig("zero", 0, "death")]),
])
def test_measures_per_a_measure_ages_over_and_zero_in_names(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Number words after a label word are labels, as digits are ("page 12").
    ("At noon phase two was planned to begin; a phase three was planned too.", []),
    ("Tackling waiting times is our number one priority.", []),
    ("The team played three games.", [fig("three", 3, "game")]),
    # Tenths of a percent, and half of one percent.
    ("Consumer prices fell seven-tenths of a percent in January.",
     [fig("seven-tenths of a percent", 0.7, "percent", trend="down")]),
    ("Wholesale prices rose half of one percent.", [fig("half of one percent", 0.5, "percent", trend="up")]),
    # An age in commas before a preposition; an earthquake "measuring" its magnitude.
    ("The judge sentenced Cheryl White, 58, to three years of probation.",
     [fig("58", 58, "year"), fig("three years", 3, "year")]),
    ("A second earthquake measuring 5.6 shook the area.", [fig("5.6", 5.6, "magnitude")]),
])
def test_labels_in_words_tenths_ages_in_commas_and_magnitudes_measured(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A scale word after a range of small numbers scales both ends.
    ("An estimated two to three hundred vehicles were damaged.",
     [fig("An estimated two to three hundred", 200, "vehicle", lower=200, upper=300, qualifier="an estimated")]),
    ("Two to three million people were affected.",
     [fig("Two to three million", 2e6, "people", lower=2e6, upper=3e6)]),
    # A work named by its number; "one" as the pronoun of "one can".
    ("His role in film 42 was widely praised.", []),
    ("The film ran 300 minutes.", [fig("300 minutes", 300, "minute")]),
    ("He was so respected, one can imagine, that the hall was full.", []),
])
def test_a_scaled_range_in_words_works_named_by_numbers_and_one_can(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N of the M things": both count the things, past the number of the whole and its owner.
    ("He secured five of the territory's six delegates.", [fig("five", 5, "delegate"), fig("six", 6, "delegate")]),
    ("For decades, three of the twelve access lanes were kept open.",
     [fig("three", 3, "access lane"), fig("twelve", 12, "access lane")]),
])
def test_a_part_of_a_counted_whole(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A rate of growth, then the level reached: a change and a new level, the rate never scaled.
    ("Exports from England grew at 3.0% to £251.9bn.",
     [fig("3.0%", 3, "percent", trend="up", role="change"), fig("£251.9bn", 251.9e9, "GBP", trend="up",
                                                                role="new level")]),
    # Years with their era, and ordinals in words, are no figures.
    ("Mummification was common from about 664 b.c.e. to 250 c.e., from the twenty-sixth dynasty on.", []),
    ("It was their twenty-first win.", []),
    ("The firm bought 30 ad slots.", [fig("30", 30, "ad slot")]),
])
def test_a_rate_then_a_level_eras_and_ordinals_in_words(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The unit is the counted noun; words that only describe it stay in the object.
    ("Microsoft has replaced it with three newer versions.", [fig("three", 3, "version")]),
    ("Two small children were rescued.", [fig("Two", 2, "child")]),
    ("The council has nine available seats.", [fig("nine", 9, "seat")]),
    # Two nouns that make one term stay together: "people smugglers", "registered voters".
    ("Police arrested two people smugglers.", [fig("two", 2, "people smuggler")]),
    # A time unit after the words that describe it; "financial year" and "working day" are terms.
    ("The trust gets funding for the next two financial years.", [fig("two", 2, "financial year")]),
    ("The form must be returned within twenty working days.",
     [fig("within twenty", 20, "working day", upper=20, qualifier="less than")]),
    ("Sales grew for three consecutive years.", [fig("three", 3, "year")]),
])
def test_the_unit_is_the_counted_noun_or_term(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" after a determiner and an adjective, with no noun after it, stands for a noun said before.
    ("We believe the decision is the right one and we will work on.", []),
    ("It was a tremendous one!", []),
    ("Our thoughts are with all who lost a loved one throughout the years.", []),
    ("Only a mere one percent voted.", [fig("one percent", 1, "percent")]),
    # A span of days in a month is a date; a phone number and a subsection are no figures.
    ("Flood Action Week runs between 14 and 20 October, with 300 events.", [fig("300", 300, "event")]),
    ("The week runs 14-20 October.", []),
    ("Call the hotline on 0800 807060 now.", []),
    ("Contrary to Section 27(1)(a) of the Act, he fished 3 times.", [fig("3", 3, "time")]),
    ("Scores were between 14 and 20 points.", [fig("14 and 20 points", 14, "point", lower=14, upper=20)]),
])
def test_pronoun_one_date_spans_phone_numbers_and_subsections(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a" as one of a unit, when a bound or hedge says it is a figure.
    ("Sea levels will rise by about a metre by 2100.",
     [fig("about a metre", 1, "metre", qualifier="about", trend="up")]),
    ("The wall must stand at least a metre high.",
     [fig("at least a metre", 1, "metre", lower=1, qualifier="more than")]),
    ("It is a mile away.", []),
    # A fraction of a century or decade is years; "a couple" of a time unit is two of them.
    ("It took half a century to build.", [fig("half a century", 50, "year")]),
    ("It is the largest change in a quarter of a century.", [fig("a quarter of a century", 25, "year")]),
    ("There has been more rain over the past couple of years.", [fig("couple of years", 2, "year")]),
    ("He owns a couple of guns.", [fig("a couple", 2, "gun")]),
    # "kms" is kilometres.
    ("The plan will defend 15kms of coast.", [fig("15kms", 15, "kilometre")]),
])
def test_a_unit_one_fractions_of_a_century_and_a_couple(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N or over", "N or under": bounds, as "N or more" is.
    ("Any angler aged 13 or over needs a licence.", [fig("13 or over", 13, "year", lower=13, qualifier="more than")]),
    ("Children aged 12 or under travel free.", [fig("12 or under", 12, "year", upper=12, qualifier="less than")]),
    # "over" after "of", "for", "to" bounds the figure; after a verb it spans the time.
    ("They share a combined jail sentence of over 75 years.",
     [fig("over 75 years", 75, "year", lower=75, qualifier="more than")]),
    ("The firm will create 3,000 jobs over five years.", [fig("3,000", 3000, "job"), fig("five years", 5, "year")]),
    # "the top five" is a rank, not a floor; "sales topped 2 million" is a floor.
    ("HMRC is publicising the top five tax cheat prosecutions.", [fig("five", 5, "tax cheat prosecution")]),
    ("Sales topped 2 million.", [fig("2 million", 2e6, None, lower=2e6, qualifier="topped")]),
    # A price "from" a sum is its lowest: a floor; "from A to B" is a range.
    ("A licence costs from just £7.10.", [fig("£7.10", 7.1, "GBP", lower=7.1, qualifier="more than")]),
    ("Tickets cost from £20 to £35.", [fig("£20 to £35", 20, "GBP", lower=20, upper=35)]),
])
def test_or_over_of_over_the_top_and_prices_from(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "one" as a source or someone about to be named is no count; "only one album" counts.
    ("But according to one critic, this film may not be a hit.", []),
    ("One activist, Nur Khan Liton, told reporters arson had been used.", []),
    ("Blind Faith recorded only one studio album.", [fig("one", 1, "studio album")]),
    ("He is the only one who came.", []),
    ("Reporters saw 35 bodies in one hospital, with some casualties.",
     [fig("35", 35, "body"), fig("one", 1, "hospital")]),
    # Fractions before a hyphen are words ("half-sister"); codes and time zones are no figures.
    ("She shared the fund with one half-sister.", [fig("one", 1, "half-sister")]),
    ("It happened on 10 November (UTC+9).", []),
    ("It is a Type 09-1 attack submarine.", []),
    # A multiplier has no unit; kronor are Swedish; "as long as" is a ceiling; "square meter" is one unit.
    ("It showed a 10-fold reduction.", [fig("10", 10)]),
    ("The prize includes 10 million Swedish Kronor.", [fig("10 million Swedish Kronor", 1e7, "SEK")]),
    ("The inquiry could last as long as two years.",
     [fig("as long as two years", 2, "year", upper=2, qualifier="less than")]),
    ("The 240,000 square meter park opened.", [fig("240,000 square meter", 240000, "square metre")]),
])
def test_one_as_a_source_fractions_before_hyphens_codes_and_units(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "N or M" of small neighbours is a range; "or more" stays a floor.
    ("They found three or four vessels.", [fig("three or four", 3, "vessel", lower=3, upper=4)]),
    ("He scored one or two points.", [fig("one or two points", 1, "point", lower=1, upper=2)]),
    ("It costs $5 or $6.", [fig("$5 or $6", 5, "USD", lower=5, upper=6)]),
    ("It has 3 or more rooms.", [fig("3 or more", 3, "room", lower=3, qualifier="more than")]),
    # Nouns in -s that are no plurals; Nordic currency codes glued to the figure; "passing" is a floor.
    ("The bombs were placed in 5 gas stations.", [fig("5", 5, "gas station")]),
    ("They share an award of SEK9 million.", [fig("SEK9 million", 9e6, "SEK")]),
    ("The toll rose, passing 80,000 people.", [fig("80,000", 80000, "people", lower=80000, qualifier="passing")]),
])
def test_or_ranges_nouns_in_s_nordic_codes_and_passing(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A number made an adjective is no figure; "9/11" is a name; "a decade ago" a point in time.
    ("It was an episode of one-time price increases.", []),
    ("Two-legged running induced wing flapping.", []),
    ("Osama bin Laden orchestrated the 9/11 attacks.", []),
    ("IE6 shipped with Windows XP nearly a decade ago.", []),
    # "six minutes later" is a span between two events, counted.
    ("Six minutes later, Lukaku scored.", [fig("Six minutes", 6, "minute")]),
    ("It was a one-day strike.", [fig("one", 1, "day")]),
])
def test_numbers_made_adjectives_names_and_points_in_time(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # An elapsed time in hours, minutes and seconds is a duration in seconds; a clock time is none.
    ("She won the race in 2:14:04.", [fig("2:14:04", 8044, "second")]),
    ("The record of 2:05:45.5 stood for a decade.", [fig("2:05:45.5", 7545.5, "second")]),
    ("The quake struck at 7:37 p.m. local time.", []),
    ("The alarm went off at 04:12:30 GMT.", []),
    # "round 3", "heat 2", "lap 40" are labels, as "page 12" is.
    ("Caloundra beat Maroochydore in round 3 of the season.", []),
    ("She ran in heat 2 and led on lap 40.", []),
    # What befell people stands for them after a number; "due" and "back" are no counted nouns.
    ("The blast left five dead and 30 injured.", [fig("five", 5, "person"), fig("30", 30, "person")]),
    ("The toll was raised to six due to a landslide.", [fig("six", 6, trend="up", role="new level")]),
    # A floor written with "+" keeps its unit; "the other one" stands for a noun said before.
    ("He spent 18+ years at sea.", [fig("18+ years", 18, "year", lower=18, qualifier="more than")]),
    ("One card was fair, the other one probably not.", []),
])
def test_elapsed_times_rounds_states_of_people_and_plus_floors(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "close to" is just under, as "nearly" is.
    ("Exports have come close to a billion dollars.",
     [fig("close to a billion dollars", 1e9, "USD", upper=1e9, qualifier="less than")]),
    # A superlative or "qualifying" describes what is counted; the unit is the thing.
    ("The three best performers are awarded.", [fig("three", 3, "performer")]),
    ("He reached 3 percent in two qualifying polls.", [fig("3 percent", 3, "percent"), fig("two", 2, "poll")]),
    # "12 of the state's 41 delegates": the delegates are counted, twice.
    ("She won 12 of the state's 41 delegates.", [fig("12", 12, "delegate"), fig("41", 41, "delegate")]),
    # "one's own" is a pronoun; a distance before "hurdles" or "freestyle" names a race.
    ("It is possible to host one's own server.", []),
    ("Warholm won the 400 metres hurdles final.", []),
    ("She took gold in the 100m freestyle.", []),
    ("The runners covered 400 metres in under a minute.",
     [fig("400 metres", 400, "metre"), fig("under a minute", 1, "minute", upper=1, qualifier="less than")]),
])
def test_close_to_superlatives_shares_of_a_total_and_race_names(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A measure with its uncertainty is one range, its unit after the uncertainty.
    ("It orbits the star in 40.333 ± 0.004 days.",
     [fig("40.333 ± 0.004 days", 40.333, "day", lower=40.329, upper=40.337)]),
    ("The star has a mass of 5.0 ± 0.4 M☉.", [fig("5.0 ± 0.4 M☉", 5, "solar mass", lower=4.6, upper=5.4)]),
    # Degrees; Canadian dollars written "CDN$".
    ("Brine poleward of 67.5° could hold oxygen.", [fig("67.5°", 67.5, "degree")]),
    ("The event brought in nearly CDN$11,000.", [fig("nearly CDN$11,000", 11000, "CAD", upper=11000, qualifier="less than")]),
    # A reference mark and a model number are no figures.
    ("They published a detailed map[3] of the data.", []),
    ("It runs on x86-64 and ARM processors.", []),
])
def test_uncertainties_degrees_references_and_models(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Days of a month are no score; a tally "A to B" with the larger first is one figure, no range.
    ("She drew two percent in the September 25–27 poll.", [fig("two percent", 2, "percent")]),
    ("The Senate voted 70 to 20 to send the bill back.", [fig("70 to 20", 70, "vote")]),
    ("He predicts an electoral count of 362 to 176.", [fig("362 to 176", 362)]),
    ("It employs 20 to 30 staff.", [fig("20 to 30", 20, "staff", lower=20, upper=30)]),
    # A pair running downwards is no range: two figures.
    ("Ana Ruiz led 50.0 percent to 40.4 percent.", [fig("50.0 percent", 50, "percent"),
                                                     fig("40.4 percent", 40.4, "percent")]),
    # A year before 1800 with nothing counted after it; items of a list.
    ("Under legal theory in 1789, he was eligible.", []),
    ("The fort housed 1500 soldiers.", [fig("1500", 1500, "soldier")]),
    ("It needs: (1) a vote in the Senate, or (2) a vote in the states.", []),
    # "over a 14 day period": "over" is the span's preposition, no bound.
    ("The shots are given over a 14 day period.", [fig("14 day", 14, "day")]),
])
def test_days_of_a_month_tallies_early_years_lists_and_spans(text, expected):
    assert figures(text) == expected


# "One" opening a sentence before a noun reads as "a" or "a certain" ("One study found", "One news
# site, Kestria.com, claims"); before a unit, a ratio or a casualty count it still counts.
@pytest.mark.parametrize("text, expected", [
    ("One study in the Kestria Journal found 40% of adults smoke.", [fig("40%", 40, "percent")]),
    ("One news site, Kestria.com, claims the blast was deliberate.", []),
    ("One recent evening, Hale put up a sign in the hall.", []),
    ("One option under discussion is a cap on fees.", []),
    ("One man was killed in the blast.", [fig("One", 1, "man")]),
    ("One year later, the plant closed.", [fig("One year", 1, "year")]),
    ("One in five children is poor.", [fig("One in five", 0.2)]),
])
def test_one_opening_a_sentence(text, expected):
    assert figures(text) == expected


# Airliners named by number ("the 747", "a Boeing 737 MAX", "any 707s") are models, not counts;
# the same number before the noun it counts still counts.
@pytest.mark.parametrize("text, expected", [
    ("The museum is the home of the 747, which carried the shuttle.", []),
    ("The airline flies the A300 and 747 as well as the Boeing 737.", []),
    ("Records do not list any 707s.", []),
    ("Hours before the Boeing 737-800 jet crashed, Iran fired 12 missiles.", [fig("12", 12, "missile")]),
    ("The 747 passengers were evacuated.", [fig("747", 747, "passenger")]),
])
def test_airliners_named_by_number(text, expected):
    assert figures(text) == expected


# A street whose word comes before its name ("36 Quai des Orfèvres", "12 Rue de Rivoli") is an
# address, as "221 Baker Street" is.
@pytest.mark.parametrize("text, expected", [
    ("They toured the police headquarters at 36 Quai des Orfèvres.", []),
    ("The shop at 12 Rue de Rivoli sold 300 bags.", [fig("300", 300, "bag")]),
    ("The hotel at 40 Plaza Mayor has 80 rooms.", [fig("80", 80, "room")]),
])
def test_streets_named_after_their_word(text, expected):
    assert figures(text) == expected


# A score after a team's name, with or without spaces round its dash ("Sweden 1 – 0 Korea Republic",
# "defeated Caboolture 43–5"), is one figure in goals; the loser's score first after "lost". A name
# and a rising pair ("Section 4-5", "Windows 7–10") stays as it was read before.
@pytest.mark.parametrize("text, expected", [
    ("Sweden defeated South Korea 1 – 0 on Monday.", [fig("1 – 0", 1, "goal")]),
    ("Group F — Sweden 1 – 0 Korea Republic", [fig("1 – 0", 1, "goal")]),
    ("Granqvist scored from the spot, putting Sweden 1 – 0 up.", [fig("1 – 0", 1, "goal")]),
    ("Maroochydore defeated Caboolture 43–5 at home.", [fig("43–5", 43, "goal")]),
    ("Tunisia lost 1 – 2 to England.", [fig("1 – 2", 1, "goal")]),
    ("Support fell 4-6 in the poll.", [fig("4-6", 4, lower=4, upper=6, trend="down")]),
])
def test_scores_after_a_team(text, expected):
    assert figures(text) == expected


# "one" after a bound, "only" or "all but" counts, however it goes on ("at least one occasion",
# "only one day to test it", "all but one of the states"); "the only one who", "just one of many" do not.
@pytest.mark.parametrize("text, expected", [
    ("On at least one occasion he kept a card.", [fig("at least one", 1, "occasion", lower=1, qualifier="more than")]),
    ("They had only one day to test it.", [fig("one day", 1, "day")]),
    ("All but one of the member states signed.", [fig("one", 1, "member state")]),
    ("The only one who knew was Hale.", []),
    ("The FBI is just one of many agencies under fire.", []),
])
def test_one_after_a_bound_only_or_all_but(text, expected):
    assert figures(text) == expected


# Two words describing one counted noun, joined by "and" ("36,000 direct and indirect jobs"): the
# unit is the noun, the object keeps both; "14 men and women" still counts men.
@pytest.mark.parametrize("text, expected", [
    ("The port will bring 36,000 direct and indirect jobs.", [fig("36,000", 36000, "job")]),
    ("The dealer sold 12 new and used cars.", [fig("12", 12, "car")]),
    ("The plant will bring 300 full-time and part-time jobs.", [fig("300", 300, "job")]),
    ("Police arrested 14 men and women.", [fig("14", 14, "man")]),
])
def test_two_words_describing_one_counted_noun(text, expected):
    assert figures(text) == expected


# "just", "slightly", "well" before "over" make it a bound even after a verb: "run just over 60 days".
@pytest.mark.parametrize("text, expected", [
    ("The mission will run just over 60 days.", [fig("just over 60 days", 60, "day", lower=60, qualifier="more than")]),
    ("The meeting lasted well over two hours.",
     [fig("well over two hours", 2, "hour", lower=2, qualifier="more than")]),
    ("The plan will create 3,000 jobs over five years.", [fig("3,000", 3000, "job"), fig("five years", 5, "year")]),
])
def test_over_after_just_or_well_is_a_bound(text, expected):
    assert figures(text) == expected


# A size written with figures between a count and its noun ("two additional 20-year options", "two
# 12-roll packs"): the noun after it is counted, the size is a figure of its own.
@pytest.mark.parametrize("text, expected", [
    ("The deal has two additional 20-year options.", [fig("two", 2, "option"), fig("20", 20, "year")]),
    ("Stores limited sales to two 12-roll packs.", [fig("two", 2, "pack"), fig("12", 12, "roll")]),
])
def test_a_size_in_figures_between_a_count_and_its_noun(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "The alloy is one example of many new technologies.",
    "It is one case of several that stalled.",
])
def test_one_of_many_picks(text):
    assert figures(text) == []


# A floor verb after a negation is a ceiling: "would not exceed 2.7 degrees".
@pytest.mark.parametrize("text, expected", [
    ("Cooling would probably not exceed 2.7 degrees.", [fig("2.7 degrees", 2.7, "degree", upper=2.7,
                                                             qualifier="not exceed")]),
    ("Sales topped 2 million last year.", [fig("2 million", 2000000, lower=2000000, qualifier="topped")]),
])
def test_a_floor_verb_after_a_negation(text, expected):
    assert figures(text) == expected


# A whole number and a vulgar fraction are one figure: "1½ hours", "within 1 ½ seconds".
@pytest.mark.parametrize("text, expected", [
    ("The trip took 1½ hours.", [fig("1½ hours", 1.5, "hour")]),
    ("It is accurate to within 1 ½ seconds.", [fig("within 1 ½ seconds", 1.5, "second", upper=1.5,
                                                   qualifier="less than")]),
])
def test_a_whole_number_and_a_vulgar_fraction(text, expected):
    assert figures(text) == expected


# Words describing the counted noun with a comma between them ("two new, purpose-built units") do
# not end what is counted; "one" before "ever" or picking "one part of a" whole counts nothing.
@pytest.mark.parametrize("text, expected", [
    ("The plan includes two new, purpose-built units.", [fig("two", 2, "purpose-built unit")]),
    ("She has two children, three dogs and a cat.", [fig("two", 2, "child"), fig("three", 3, "dog")]),
    ("It could deflect an asteroid should one ever come close.", []),
    ("The beacon works as one part of a larger network.", []),
])
def test_describing_words_with_a_comma_and_one_as_a_pronoun(text, expected):
    assert figures(text) == expected


# Counts after the group a sentence opens with are parts of it: "Of the 207 glaciers in the study,
# 179 retreated, 27 held steady"; a past verb after a count ("27 held") is no counted noun.
@pytest.mark.parametrize("text, expected", [
    ("Of the 207 glaciers in the study, 179 retreated, 27 held steady, and one advanced.",
     [fig("207", 207, "glacier"), fig("179", 179, "glacier"), fig("27", 27, "glacier"), fig("one", 1, "glacier")]),
    ("Of the 50 patients, 30 recovered within 12 days.",
     [fig("50", 50, "patient"), fig("30", 30, "patient"), fig("within 12 days", 12, "day", upper=12,
                                                                   qualifier="less than")]),
])
def test_counts_after_the_group_a_sentence_opens_with(text, expected):
    assert figures(text) == expected


# Number words in a series take the unit of the last one: "six, seven, eight years", "two, maybe three weeks".
@pytest.mark.parametrize("text, expected", [
    ("After six, seven, eight years, it is a trend.", [fig("six", 6, "year"), fig("seven", 7, "year"),
                                                       fig("eight years", 8, "year")]),
    ("It took two, maybe three weeks.", [fig("two", 2, "week"), fig("three weeks", 3, "week")]),
])
def test_number_words_in_a_series(text, expected):
    assert figures(text) == expected


# A count made a rate keeps its rate ("28 laser pulses per second"); microns are written as microns,
# "μm" as micrometres.
@pytest.mark.parametrize("text, expected", [
    ("The lidar fires 28 laser pulses per second.", [fig("28", 28, "laser pulse per second")]),
    ("The lab runs 500 tests per day.", [fig("500", 500, "test per day")]),
    ("Lasers near 1.5 microns pass through air.", [fig("1.5 microns", 1.5, "micron")]),
    ("The pixel pitch is 352 μm.", [fig("352 μm", 352, "micrometre")]),
])
def test_counts_per_second_and_microns(text, expected):
    assert figures(text) == expected


# Comparatives are bounds ("smaller than 3 feet", "higher than 5%"); the sides of a size share its
# unit ("8 by 6 inches").
@pytest.mark.parametrize("text, expected", [
    ("It can see details smaller than 3 feet.", [fig("smaller than 3 feet", 3, "foot", upper=3, qualifier="less than")]),
    ("Inflation is higher than 5% this year.", [fig("higher than 5%", 5, "percent", lower=5, qualifier="more than")]),
    ("Each module measures 8 by 6 inches.", [fig("8", 8, "inch"), fig("6 inches", 6, "inch")]),
])
def test_comparatives_and_the_sides_of_a_size(text, expected):
    assert figures(text) == expected


# A chamber passing or throwing out a measure by a tally: one figure, the first number, in votes,
# even after a word that labels numbers elsewhere ("the bill 72 to 26"; "Bill 72" alone is a name).
@pytest.mark.parametrize("text, expected", [
    ("The Senate passed the bill 72 to 26 on Thursday.", [fig("72 to 26", 72, "vote")]),
    ("The House rejected the motion 212 to 198.", [fig("212 to 198", 212, "vote")]),
    ("The board approved the plan 5 to 2.", [fig("5 to 2", 5, "vote")]),
    ("The amendment to Bill 72 passed.", []),
    ("See sections 12 to 14 of the act.", []),
])
def test_tallies_of_a_chamber_and_ranges_of_labels(text, expected):
    assert figures(text) == expected


# "beyond" is a floor, "barely" and "scarcely" a ceiling, opening a sentence too; "one step closer"
# is a manner of speaking, no count.
@pytest.mark.parametrize("text, expected", [
    ("The engine fired beyond 500 seconds.",
     [fig("beyond 500 seconds", 500, "second", lower=500, qualifier="more than")]),
    ("We had barely 50 teams then.", [fig("barely 50", 50, "team", upper=50, qualifier="less than")]),
    ("Scarcely 20 people came.", [fig("Scarcely 20", 20, "people", upper=20, qualifier="less than")]),
    ("NASA is moving one step closer to production.", []),
    ("It takes the project one step further.", []),
])
def test_beyond_barely_and_one_step_closer(text, expected):
    assert figures(text) == expected


# A model's designation between a count and its noun ("24 new RS-25 engines", "four F-35 jets"):
# the noun is what is counted; "identical" only describes it.
@pytest.mark.parametrize("text, expected", [
    ("NASA will produce 24 new RS-25 engines.", [fig("24", 24, "engine")]),
    ("Four RS-25 engines launch the rocket.", [fig("Four", 4, "engine")]),
    ("The air force bought four F-35 jets.", [fig("four", 4, "jet")]),
    ("It deployed four identical sail quadrants.", [fig("four", 4, "sail quadrant")]),
])
def test_a_designation_before_the_counted_noun(text, expected):
    assert figures(text) == expected


# A rate's "per year" after a measure converted in brackets is the rate of both figures.
@pytest.mark.parametrize("text, expected", [
    ("The average rate is 3.4 millimeters (0.13 inches) per year.",
     [fig("3.4 millimeters", 3.4, "millimetre per year"), fig("0.13 inches", 0.13, "inch per year")]),
    ("Each pump moves 40 litres (10.5 gallons) a minute.",
     [fig("40 litres", 40, "litre per minute"), fig("10.5 gallons", 10.5, "gallon per minute")]),
    ("The road is 12 miles (19 km) long.", [fig("12 miles", 12, "mile"), fig("19 km", 19, "kilometre")]),
])
def test_a_rate_after_a_converted_measure(text, expected):
    assert figures(text) == expected


# Later labels of a list after a label word are labels too ("sections 499 (defamation), 500 and
# 505"), unless a counted noun follows ("section 5, 200 people"); a four-figure number before
# "more" counts ("1125 more police staff"); "in over 50 years" is a floor.
@pytest.mark.parametrize("text, expected", [
    ("It was filed under sections 499 (defamation), 500 (punishment) and 505 (mischief) of the code.", []),
    ("See pages 3, 7 and 9 of the report.", []),
    ("Under section 5, 200 people were fined.", [fig("200", 200, "people")]),
    ("The package pays for 1125 more police staff.", [fig("1125", 1125, "police staff")]),
    ("It is the boldest plan in over 50 years.",
     [fig("over 50 years", 50, "year", lower=50, qualifier="more than")]),
])
def test_lists_of_labels_counts_of_more_and_in_over(text, expected):
    assert figures(text) == expected


# "taking the number of dead from 125 to 149": a count kept and moved is a change whatever the
# verb; "ranges from 20 to 30" stays a range. A count before "or N%" keeps no percent; a number word
# after a possessive in a title ("the NHS’ Five Year Forward View") is a name.
@pytest.mark.parametrize("text, expected", [
    ("An update took the number of dead from 125 to 149.",
     [fig("125", 125, role="earlier level"), fig("149", 149, trend="up", role="new level")]),
    ("The number of pupils per class ranges from 20 to 30.", [fig("20 to 30", 20, "pupil", lower=20, upper=30)]),
    ("Referrals have leapt by 645,000 or 71%.", [fig("645,000", 645000), fig("71%", 71, "percent")]),
    ("It follows the NHS’ Five Year Forward View.", []),
])
def test_counts_moved_shares_after_or_and_titles_after_a_possessive(text, expected):
    assert figures(text) == expected


# "not one" is none, no count; a rate per a number of men or women keeps whom it is per.
@pytest.mark.parametrize("text, expected", [
    ("There is not one intact piece of wing.", []),
    ("Only one person came.", [fig("one", 1, "person")]),
    ("Prostate cancer led with 152 cases per 100,000 men.", [fig("152", 152, "case per 100,000 men")]),
])
def test_not_one_and_rates_per_men_or_women(text, expected):
    assert figures(text) == expected


# The size of a change as a fraction ("fell by a third last year", "cut by half", "by nearly a
# quarter since 2010") is a fraction whatever word follows it; "cut by a third party" is an
# ordinal; a fraction takes no currency from the level after it.
@pytest.mark.parametrize("text, expected", [
    ("Sales fell by a third last year.", [fig("a third", 1 / 3, trend="down")]),
    ("Sales fell by half last year.", [fig("half", 0.5, trend="down")]),
    ("Burglary has fallen by nearly a quarter since 2010.",
     [fig("nearly a quarter", 0.25, upper=0.25, qualifier="less than", trend="down")]),
    ("He was cut by a third party.", []),
    ("Prices rose by a quarter to £5.",
     [fig("a quarter", 0.25, trend="up", role="change"), fig("£5", 5, "GBP", trend="up", role="new level")]),
])
def test_a_fraction_as_the_size_of_a_change(text, expected):
    assert figures(text) == expected


# A number word opening a list item after a semicolon and a paragraph break opens its sentence.
def test_a_number_word_opening_a_list_item():
    text = "Twelve councils improved;\n\nNineteen authorities met their targets."
    found = find_claims(text, [(0, 25), (27, len(text))], [])
    assert [(c.number_text, c.value, c.unit) for c in found] == [("Twelve", 12, "council"), ("Nineteen", 19, "authority")]


# A count after a possessive ("Sudan’s 18 states", "Riyadh's 70,000 mosques") is a count, not a name's label;
# a year there ("Obama's 2012 bundlers") stays a year.
@pytest.mark.parametrize("text, expected", [
    ("OCHA reports 15 of Sudan’s 18 states have been affected.", [fig("15", 15, "state"), fig("18", 18, "state")]),
    ("Britain's 650 MPs voted.", [fig("650", 650, "MP")]),
    ("The state monitors 20,000 of Riyadh's 70,000 mosques.",
     [fig("20,000", 20000, "mosque"), fig("70,000", 70000, "mosque")]),
    ("Half are women, compared with a third of Obama's 2012 bundlers.", [fig("a third", 1 / 3)]),
])
def test_a_count_after_a_possessive(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We are on track with nearly 800, 000 homes helped.",
     [fig("nearly 800, 000", 800000, "home", upper=800000, qualifier="less than")]),
    ("More than 350, 000 households have had measures installed.",
     [fig("More than 350, 000", 350000, "household", lower=350000, qualifier="more than")]),
    ("The groups had 12, 300 and 500 members.",
     [fig("12", 12), fig("300", 300, "member"), fig("500", 500, "member")]),
])
def test_a_stray_space_after_a_thousands_comma_before_round_thousands(text, expected):
    """ "nearly 800, 000 homes": one number; only ", 000" reads so, a list ("12, 300 and 500") stays a list."""
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("There are just under a thousand two-year-olds in the scheme.",
     [fig("just under a thousand", 1000, "two-year-old", upper=1000, qualifier="less than")]),
    ("They built a hundred three-bedroom homes.", [fig("a hundred", 100, "three-bedroom home")]),
    ("There were a thousand two hundred people.", [fig("a thousand two hundred", 1200, "people")]),
    ("Three hundred twenty-five people came.", [fig("Three hundred twenty-five", 325, "people")]),
])
def test_a_number_word_opening_a_compound_adjective_after_a_scale_is_not_added(text, expected):
    """ "a thousand two-year-olds" are a thousand children of two years, not 1,002."""
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Smokers can call 1-800-QUIT-NOW for help.",
    "The data included 911 call information.",
    "If you have a health problem, please go to 111 online or dial 999.",
])
def test_phone_and_emergency_lines_are_no_figures(text):
    """ "1-800-QUIT-NOW", "911 call", "NHS 111", "dial 999": a line's number names it, it counts nothing."""
    assert figures(text) == []


def test_the_same_numbers_counting_things_stay_figures():
    assert figures("Some 111 people died and 999 homes were lost.") == [
        fig("Some 111", 111, "people", qualifier="some"), fig("999", 999, "home")]


@pytest.mark.parametrize("text, expected", [
    ("The WHO counted cases in five African countries.", [fig("five", 5, "country")]),
    ("Lebanon hosts about one million Syrian refugees.",
     [fig("about one million", 1000000, "refugee", qualifier="about")]),
    ("OSHA cited seven alleged violations and 12 infected volunteers.",
     [fig("seven", 7, "violation"), fig("12", 12, "volunteer")]),
    ("The embassy helped 300 British nationals and 40 Welsh speakers.",
     [fig("300", 300, "british national"), fig("40", 40, "welsh speaker")]),
    ("The council has 40 parking spaces and two police officers.",
     [fig("40", 40, "space"), fig("two", 2, "police officer")]),
    # Adjectives that only describe: "main", "affordable", "successful"; "eligible" names a kind.
    ("The three main parties boycotted the vote, and 690 successful appeals followed.",
     [fig("three", 3, "party"), fig("690", 690, "appeal")]),
    ("The city built 102,055 affordable homes for 1,000 eligible voters.",
     [fig("102,055", 102055, "home"), fig("1,000", 1000, "eligible voter")]),
    ("Three vegetable farms closed.", [fig("Three", 3, "vegetable farm")]),
    # A list whose verb is left out after its first item: the bare figures count the same noun,
    # not the figure in brackets between them.
    ("Kestria will accept 500,000 refugees; Ruritania, 24,000; the UK, 20,000 (over five years); Bolt, 12,000.",
     [fig("500,000", 500000, "refugee"), fig("24,000", 24000, "refugee"), fig("20,000", 20000, "refugee"),
      fig("five years", 5, "year"), fig("12,000", 12000, "refugee")]),
    ("The party won 14 seats, the Greens two.", [fig("14", 14, "seat"), fig("two", 2, "seat")]),
    # A bare figure with no such list shares no noun.
    ("The firm hired 40 staff in March and sold 12 by May.", [fig("40", 40, "staff"), fig("12", 12)]),
    # Plurals in -ves: "knives" is knife, "lives" life.
    ("Police seized two knives after the fire claimed 20 lives.",
     [fig("two", 2, "knife"), fig("20", 20, "life")]),
])
def test_the_unit_of_a_count_is_its_noun_without_a_nationality_or_participle(text, expected):
    """The unit of a count is the counted noun (the guideline's "job", "employee"): a nationality or a
    participle before it only describes it ("five African countries", "alleged violations"); a
    nationality making a kind of its own ("British nationals") stays, as do nouns naming a kind
    ("parking spaces" are spaces, "police officers" officers of the police)."""
    assert figures(text) == expected


# What a count counts after a word of comparison or a participle describing it ("15,602 fewer
# recorded crimes", "at least 18 smaller quakes") and in words joined by a non-breaking hyphen
# ("128,400 full\u2011time jobs"); a participle with no plural noun after it is none ("35 killed").
@pytest.mark.parametrize("text, expected", [
    ("There were 15,602 fewer recorded crimes compared to the year before.", [fig("15,602", 15602, "crime")]),
    ("The aftershock was among at least 18 smaller quakes that shook the city.",
     [fig("at least 18", 18, "quake", lower=18, qualifier="more than")]),
    ("That includes 128,400 full\u2011time jobs.", [fig("128,400", 128400, "full\u2011time job")]),
    ("The state has 300 larger boats and 20 older ships.", [fig("300", 300, "boat"), fig("20", 20, "ship")]),
    ("Five injured were taken to hospital.", [fig("Five", 5, "person")]),
])
def test_a_count_after_a_comparison_or_a_participle(text, expected):
    assert figures(text) == expected


# Numbers that name, not count: a region's number ("the Region 7 Year in Review", "she chaired region
# six"), a year before the kind of year or vote it names ("2019 annual reports", "the 2020 general
# elections"), and "one" saying how ("one-on-one talks", "one-to-one tuition", "one by one").
@pytest.mark.parametrize("text", [
    "The results are in the Region 7 Year in Review.",
    "She chaired region six of the party.",
    "The agency released 2019 annual reports on its work.",
    "Voters return for the 2020 general elections.",
    "He is willing to hold one-on-one talks with Kim.",
    "Pupils get one-to-one tuition. They left one by one.",
])
def test_numbers_that_name_or_say_how_are_no_figures(text):
    assert figures(text) == []


# A count before a size written in number words ("five eight-hour days", "five one-kilogram bricks"):
# two figures, the count and the size, as with digits ("four 10-hour workdays").
@pytest.mark.parametrize("text, expected", [
    ("They work five eight-hour days.", [fig("five", 5, "day"), fig("eight", 8, "hour")]),
])
def test_a_count_before_a_size_in_number_words(text, expected):
    assert figures(text) == expected


# Not figures: a numbered list's mark at a line's start ("1. Papers ..."), a year before "levels"
# ("around 1976 levels"), a number to call ("our number: 999"), and "one for" each of a count
# shared out ("three officers, one for South Wales, one for North Wales"); "one in Oregon" counts.
@pytest.mark.parametrize("text, expected", [
    ("Intro line here.\n1. Papers constitute 46% of citations", [fig("46%", 46, "percent")]),
    ("Many rivers are still around 1976 levels.", []),
    ("Call us if you need us. You know our number: 999 and ask for the Coastguard.", []),
    ("He appointed three officers, one for South Wales, one for North Wales and one for Mid Wales.",
     [fig("three", 3, "officer")]),
    ("There are eight projects in Washington, one in Oregon and one in Idaho.",
     [fig("eight", 8, "project"), fig("one", 1), fig("one", 1)]),
])
def test_list_marks_years_of_levels_numbers_to_call_and_one_each(text, expected):
    assert figures(text) == expected


# Bare digit groups in a row are a number to call ("by calling 13 25 23"); "within a" before a number
# is a preposition of a compound, no bound ("within a 100-year flood plain", "within a six block
# area"), where "within 48 hours" bounds; "pc" is per cent; "K" before a plural noun is thousands;
# "m" after words of money is millions ("a package worth 75m"), not metres; an order of magnitude
# that is its verb's subject counts ("Thousands have protested").
@pytest.mark.parametrize("text, expected", [
    ("Order a licence by calling 13 25 23 during business hours.", []),
    ("Homes within a 100-year flood plain are at risk.", [fig("100", 100, "year")]),
    ("Police will decide within 48 hours.", [fig("within 48 hours", 48, "hour", upper=48, qualifier="less than")]),
    ("Diesel was raised by 6pc.", [fig("6pc", 6, "percent", trend="up")]),
    ("The account has 261K followers.", [fig("261K", 261000, "follower")]),
    ("She announced a capital package for schools worth 75m.", [fig("75m", 75e6)]),
    ("The tower is 75m tall.", [fig("75m", 75, "metre")]),
    ("Thousands have protested in the capital.", [fig("Thousands", 1000, lower=1000, upper=10000)]),
    ("Hundreds were arrested overnight.", [fig("Hundreds", 100, lower=100, upper=1000)]),
    ("They have lost thousands. Thousands are a lot.", []),
])
def test_numbers_to_call_within_a_pc_k_worth_and_vague_subjects(text, expected):
    assert figures(text) == expected


# Numbers that are names or marks: a year said in words after its preposition ("in two thousand
# one"), a model ("the 1000-Series cars"), a number word in capitals inside a name ("TEN-T"), a note
# mark after a quotation ('the events. ” (1)'); a bare number hyphened before "to" and a number with a
# magnitude is one range in that magnitude ("two- to three million").
@pytest.mark.parametrize("text, expected", [
    ("They received life sentences in two thousand one.", []),
    ("The rule has applied since two thousand and eight.", []),
    ("In two thousand cases, nothing was done.", [fig("two thousand", 2000, "case")]),
    ("The report cited the dated 1000-Series train cars.", []),
    ("The corridor of the Trans-European Transport Network (TEN-T) will open.", []),
    ("“We are deeply shocked by the events. ” (1) #Tbilisi", []),
    ("Between two- to three million children die every year.",
     [fig("two- to three million", 2e6, "child", lower=2e6, upper=3e6)]),
    ("They expect 2- to 3bn visitors.", [fig("2- to 3bn", 2e9, "visitor", lower=2e9, upper=3e9)]),
])
def test_years_in_words_models_names_note_marks_and_suspended_ranges(text, expected):
    assert figures(text) == expected


# Words describing the counted noun in a list, joined by commas, "and" or "or" ("40 new, upgraded or
# redeveloped hospitals"): the noun after them is what is counted.
@pytest.mark.parametrize("text, expected", [
    ("The budget funds 40 new, upgraded or redeveloped hospitals.", [fig("40", 40, "hospital")]),
    ("They opened two new, purpose-built and staffed units.", [fig("two", 2, "unit")]),
])
def test_describing_words_joined_before_the_counted_noun(text, expected):
    assert figures(text) == expected


# Numbers that are no figures: a financial year ("in 2016/2017", "2013/14"), a unit's designation
# ("the 2-345th Training Support Battalion"), a year said in words with hyphens ("of
# two-thousand-one"), and "one" as anyone before a modal ("one cannot be killed without a trial").
@pytest.mark.parametrize("text, expected", [
    ("The budget returned to surplus in 2016/2017.", []),
    ("The deficit for 2013/14 is to be A$18 billion.", [fig("A$18 billion", 18e9, "AUD")]),
    ("He is command sergeant major of the 2-345th Training Support Battalion.", []),
    ("The economy has grown every year since two-thousand-one.", []),
    ("Under the law, one cannot be killed without a trial.", []),
    ("One soldier was killed and one can see two more in the photograph.",
     [fig("One", 1, "soldier"), fig("two", 2)]),
])
def test_financial_years_designations_and_one_as_anyone(text, expected):
    assert figures(text) == expected


# A capitalised word before a number names it ("Radio 1", "Boeing 737") unless it ends the sentence
# before ("... was Paul Fletcher. 22 candidates") or opens this one as a verb's "-ing" ("Finding 300
# species"); "species" and "series" are their own singular; a number and a dash opening a line marks a
# list's item ("2 – Ensure compliance").
@pytest.mark.parametrize("text, expected", [
    ("The winner was Paul Fletcher. 22 candidates contested the seat.", [fig("22", 22, "candidate")]),
    ("Finding 300 species is rare.", [fig("300", 300, "species")]),
    ("She listens to Radio 1 and flew on a Boeing 737.", []),
    ("The rules apply.\n2 – Ensure compliance within 10 days.",
     [fig("within 10 days", 10, "day", upper=10, qualifier="less than")]),
])
def test_names_before_numbers_species_and_dashed_list_marks(text, expected):
    assert figures(text) == expected


# An age bracket ("men aged 18 to 34", "between the ages of 13 and 16", "aged 8–10 years") is a
# figure, ages from one to the other with unit year, as the real-news guideline annotates it ("aged
# 13 and 16", with no "between", is two ages); "two dozen" is 24.
@pytest.mark.parametrize("text, expected", [
    ("Most were between the ages of 13 and 16.", [fig("13 and 16", 13, "year", lower=13, upper=16)]),
    ("Men aged 18 to 34 were polled.", [fig("18 to 34", 18, "year", lower=18, upper=34)]),
    ("Children aged 8–10 years came.", [fig("8–10", 8, "year", lower=8, upper=10)]),
    ("The victims were aged 13 and 16.", [fig("13", 13, "year"), fig("16", 16, "year")]),
    ("He thanked over two dozen colleagues.", [fig("over two dozen", 24, "colleague", lower=24, qualifier="more than")]),
])
def test_age_brackets_and_dozens(text, expected):
    assert figures(text) == expected


# A currency's ISO 4217 code before an amount ("MGA 3,200", "KES 500"), as regional news writes local
# money, is the amount's currency; glued to digits it is a name ("COP26").
@pytest.mark.parametrize("text, expected", [
    ("Today's cost is MGA 4,100.", [fig("MGA 4,100", 4100, "MGA")]),
    ("He paid KES 500 for the ride and ZAR 1,200 for the hotel.", [fig("KES 500", 500, "KES"),
                                                                   fig("ZAR 1,200", 1200, "ZAR")]),
    ("The UK hosted COP26 in Glasgow.", []),
])
def test_currency_codes_before_amounts(text, expected):
    assert figures(text) == expected


# "zero" naming a policy ("zero emissions", "net zero", "zero tolerance") and a priority's label
# ("a priority one emergency") are no figures; zero as a count still is.
@pytest.mark.parametrize("text, expected", [
    ("Most of the economy has committed to zero emissions and net zero by 2050.", []),
    ("He responded to a priority one emergency.", []),
    ("The count stood at zero.", [fig("zero", 0)]),
])
def test_zero_as_a_policy_and_priority_labels(text, expected):
    assert figures(text) == expected


# Temperatures written "degrees C", "degrees F", "Celsius" alone, or misspelt "Celcius": the scale is
# the unit, not "degree".
@pytest.mark.parametrize("text, expected", [
    ("Bangkok saw a heat index of 52 degrees C (125.6 degrees F).",
     [fig("52 degrees C", 52, "celsius"), fig("125.6 degrees F", 125.6, "fahrenheit")]),
    ("The station recorded 38.7 Celsius on Thursday.", [fig("38.7 Celsius", 38.7, "celsius")]),
    ("Highs reached 45 degrees Celcius.", [fig("45 degrees Celcius", 45, "celsius")]),
    ("The valley was 40 degrees cooler at night.", [fig("40 degrees", 40, "degree")]),
])
def test_temperature_scales_after_degrees(text, expected):
    assert figures(text) == expected


# Number words as VOA's Special English and British writing give them: a scale after a smaller one
# multiplies ("thirty-thousand-million" is thirty billion, "a thousand million" a billion), and a
# decimal is spoken ("three-point-seventy-five percent").
@pytest.mark.parametrize("text, expected", [
    ("Brazil asked for thirty-thousand-million dollars.", [fig("thirty-thousand-million dollars", 3e10, "USD")]),
    ("The plan costs a thousand million pounds.", [fig("a thousand million pounds", 1e9, "pound")]),
    ("It cost one million two hundred thousand pounds.",
     [fig("one million two hundred thousand pounds", 1.2e6, "pound")]),
    ("Brazil must hold its budget at three-point-seventy-five percent.",
     [fig("three-point-seventy-five percent", 3.75, "percent")]),
    ("Prices rose by one point oh three percent.", [fig("one point oh three percent", 1.03, "percent", trend="up")]),
])
def test_number_words_multiplied_scales_and_spoken_decimals(text, expected):
    assert figures(text) == expected


# Thousands set apart by a space, as European texts write them ("25 700 road deaths"); not a model
# ("21 747s") nor groups of a phone number.
@pytest.mark.parametrize("text, expected", [
    ("The figures reveal a total of 25 700 road deaths.", [fig("25 700", 25700, "road death")]),
    ("The sanctuaries cover more than 40 000 hectares.",
     [fig("more than 40 000 hectares", 40000, "hectare", lower=40000, qualifier="more than")]),
    ("Nine of the fleet of 21 747s will go.", [fig("Nine", 9), fig("21", 21)]),
])
def test_thousands_set_apart_by_a_space(text, expected):
    assert figures(text) == expected


# "-fold" is a factor ("exploded by fivefold", "a tenfold rise"); "one" before "percent" counts
# though "a" stands before it ("a one percent increase").
@pytest.mark.parametrize("text, expected", [
    ("The rat population has exploded by fivefold.", [fig("fivefold", 5)]),
    ("Sales saw a tenfold rise.", [fig("tenfold", 10)]),
    ("That was a one percent increase from the year before.", [fig("one percent", 1, "percent", trend="up")]),
])
def test_fold_factors_and_a_one_percent(text, expected):
    assert figures(text) == expected


# A place in a list is no amount ("from a rank of 145 in 2021 to 157"), but what a ranking counts is
# ("ranked 300 companies"); capitalised plurals are counted ("all 28 Member States of the EU"); a word
# that only describes is no unit ("six new Deep-ocean ... stations").
@pytest.mark.parametrize("text, expected", [
    ("Pakistan dropped from a rank of 145 in 2021 to 157 in 2022.", []),
    ("The index ranked 300 companies.", [fig("300", 300, "company")]),
    ("Deaths fell across all 28 Member States of the EU.", [fig("28", 28, "Member State")]),
    ("NOAA deployed six new Deep-ocean Assessment and Reporting of Tsunami stations.", [fig("six", 6)]),
])
def test_ranks_capitalised_plurals_and_describing_words(text, expected):
    assert figures(text) == expected


# An age in commas after a surname alone and before a verb that does not end in -ed ("Oyler, 38,
# set the fire"); "One, Charles Campbell, said" picks one of a crowd and "from day one" is the
# start, no counts; "-based" only describes the counted noun ("two UK-based companies").
@pytest.mark.parametrize("text, expected", [
    ("Oyler, 38, set the fire out of anger.", [fig("38", 38, "year")]),
    ("Hale, 61, won the seat in May.", [fig("61", 61, "year")]),
    ("A crowd gathered. One, Charles Campbell, said it was unjust.", []),
    ("From day one, the government has taken action.", []),
    ("The firm signed deals with two UK-based companies.", [fig("two", 2, "company")]),
])
def test_ages_after_a_surname_one_of_a_crowd_and_day_one(text, expected):
    assert figures(text) == expected


# A point of the compass in lower case only says where the counted things are ("three key northern
# cities", "11 western states": city, state); capitalised, it may begin a name and stays ("two
# Southern California teams").
@pytest.mark.parametrize("text, expected", [
    ("Timbuktu is the last of three key northern cities held by the army.", [fig("three", 3, "city")]),
    ("The funds go to 11 western states.", [fig("11", 11, "state")]),
    ("Troops reached two southern Afghanistan villages.", [fig("two", 2, "village")]),
    ("The league has two Southern California teams.", [fig("two", 2, "Southern California team")]),
])
def test_a_point_of_the_compass_only_says_where(text, expected):
    assert figures(text) == expected


# A road's junction numbers are labels, alone, in a list or over a stretch ("at junction 2 near
# Coventry", "between junctions 13 at Stafford to 15 near Stoke"); a count of junctions and a vote's
# tally after "bill" are figures.
@pytest.mark.parametrize("text, expected", [
    ("Work starts on the M6 at junction 2 near Coventry.", []),
    ("The road between junctions 13 at Stafford to 15 near Stoke on Trent will close.", []),
    ("The road between junctions 13 and 15 will close.", []),
    ("Six junctions will close.", [fig("Six", 6, "junction")]),
    ("The Senate passed the bill 72 to 26.", [fig("72 to 26", 72, "vote")]),
])
def test_junction_numbers_are_labels(text, expected):
    assert figures(text) == expected


# A people's name after a number counts people, also with a point of the compass ("52,000 South
# Sudanese have fled": person); before a noun it only says whose ("285,000 South Sudanese refugees",
# "two North Korean ships": refugee, ship). A place's name with a compass word owns ("2,800 of West
# Africa's 5,165 deaths") and is no unit.
@pytest.mark.parametrize("text, expected", [
    ("An estimated 52,000 South Sudanese have fled into Sudan.",
     [fig("An estimated 52,000", 52000, "person", qualifier="an estimated")]),
    ("About 400 Congolese crossed the river.", [fig("About 400", 400, "person", qualifier="about")]),
    ("Some 285,000 South Sudanese refugees live there.",
     [fig("Some 285,000", 285000, "refugee", qualifier="some")]),
    ("Two North Korean ships docked.", [fig("Two", 2, "ship")]),
    ("He bought 30 Japanese cars.", [fig("30", 30, "car")]),
])
def test_a_peoples_name_counts_people(text, expected):
    assert figures(text) == expected


# "a cost of $80 million" is the value of a cost, though "cost" may be a verb ("closed at $5" is a
# level of what closed).
@pytest.mark.parametrize("text, obj", [
    ("New works at Moree Hospital will go ahead at an estimated total cost of $80 million.", "cost"),
    ("The hospital was built at a cost of $53 million.", "cost"),
    ("Shares closed at $5.", "Shares"),
])
def test_a_cost_of_a_sum_is_its_object(text, obj):
    assert [c["object"] for c in extract.extract(text, None).to_dict()["claims"]] == [obj]


# A year of account after "fiscal year (FY)" or "FY" is a year, whatever plural follows it ("fiscal year
# (FY) 2011 investments"); a count of workers in that year is still a count.
@pytest.mark.parametrize("text, expected", [
    ("He gave highlights of fiscal year (FY) 2011 investments in businesses.", []),
    ("The firm hired 2011 workers in FY 2011.", [fig("2011", 2011, "worker")]),
])
def test_a_fiscal_year_is_a_year(text, expected):
    assert figures(text) == expected
