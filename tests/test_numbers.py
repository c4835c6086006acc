"""Numeric claims: one test per phenomenon of issue 4, on sentences written for these tests."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.numbers import find_claims
from claims.extract.records import Quote


def claims_of(text, quotes=(), outlet=None):
    return find_claims(text, [(0, len(text))], list(quotes), outlet=outlet)


def one(text, **kw):
    found = claims_of(text, **kw)
    assert len(found) == 1, [c.number_text for c in found]
    c = found[0]
    assert text[c.start:c.end] == c.number_text
    return c


def values(text):
    return [c.value for c in claims_of(text)]


@pytest.mark.parametrize("text, value", [
    ("The river carried 1,250 tonnes of silt past the weir.", 1250),
    ("Inflation stood at 3.75 percent in the third quarter.", 3.75),
    ("The false alarm rate fell to .02 percent.", 0.02),
    ("Engineers counted 12,400,000 rivets on the bridge.", 12_400_000),
])
def test_digits_separators_and_decimals(text, value):
    assert values(text) == [pytest.approx(value)]


@pytest.mark.parametrize("text, value", [
    ("Seven ferries were cancelled on Friday.", 7),
    ("The college enrolled thirty-one thousand four hundred fifty-six students this autumn.", 31456),
    ("Volunteers planted a dozen oak trees along the canal.", 12),
    ("A third of the town's households lost power.", 1 / 3),
    ("The council will keep half of the parking revenue.", 0.5),
    ("Four hundred and twenty runners finished the race.", 420),
])
def test_number_words(text, value):
    assert values(text) == [pytest.approx(value)]


@pytest.mark.parametrize("text, value, unit, obj", [
    ("The report said one in five children lives in poverty.", 0.2, None, "children"),
    ("Half a million people signed the petition.", 5e5, "people", "people"),
    ("Rates rose by a quarter of a percentage point.", 0.25, "percentage point", None),
])
def test_shares_and_fractions_of_amounts(text, value, unit, obj):
    c = claims_of(text)[0]
    assert (c.value, c.unit) == (pytest.approx(value), unit)
    if obj:
        assert c.object == obj


@pytest.mark.parametrize("text, value, lower, upper, unit", [
    ("The port handled 7.5 million containers last year.", 7.5e6, None, None, "container"),
    ("The utility set aside $3bn for repairs.", 3e9, None, None, "USD"),
    ("Tens of thousands of people marched in the capital.", 1e4, 1e4, 1e5, "people"),
    ("The mayor promised billions of dollars for new housing.", 1e9, 1e9, 1e10, "USD"),
    ("Dozens of shops were looted.", 12, 12, 100, "shop"),
])
def test_magnitudes(text, value, lower, upper, unit):
    c = one(text)
    assert (c.value, c.lower, c.upper, c.unit) == (pytest.approx(value), lower, upper, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("The ticket costs $45.", 45, "USD"),
    ("The fine was 2,000 euros.", 2000, "EUR"),
    ("The house sold for £1.2m in March.", 1.2e6, "GBP"),
    ("The contract is worth EUR75m.", 7.5e7, "EUR"),
    ("The firm raised 64 million yuan from investors.", 6.4e7, "CNY"),
    ("The bond pays US$300 a month.", 300, "USD per month"),
])
def test_currencies(text, value, unit):
    c = one(text)
    assert (c.value, c.unit) == (pytest.approx(value), unit)


def test_percentages_and_points():
    found = claims_of("Turnout was 61 per cent, up 4 percentage points, while the index gained 35 points.")
    assert [(c.value, c.unit) for c in found] == [(61, "percent"), (4, "percentage point"), (35, "point")]
    assert one("Support reached 42% among younger voters.").unit == "percent"


@pytest.mark.parametrize("text, lower, upper", [
    ("Repairs will take between 3 and 5 weeks.", 3, 5),
    ("Each shift lasts 8-12 hours.", 8, 12),
    ("Tickets cost from $20 to $35.", 20, 35),
    ("The lake is 40 to 60 metres deep.", 40, 60),
    ("The plan will cost $12 to $18 billion.", 12e9, 18e9),
])
def test_ranges(text, lower, upper):
    c = one(text)
    assert (c.lower, c.upper) == (pytest.approx(lower), pytest.approx(upper))


@pytest.mark.parametrize("text, qualifier, lower, upper", [
    ("More than 300 homes were flooded.", "more than", 300, None),
    ("At least 12 people were injured.", "more than", 12, None),
    ("The storm brought winds of over 90 mph.", "more than", 90, None),
    ("Nearly 40 schools closed.", "less than", None, 40),
    ("Almost 2,000 fans waited outside.", "less than", None, 2000),
    ("The dam can hold up to 4 million cubic metres of water.", "less than", None, 4e6),
    ("The village has under 500 residents.", "less than", None, 500),
    ("About 60 boats joined the search.", "about", None, None),
    ("Roughly 1,100 workers went on strike.", "roughly", None, None),
    ("Some 450 villagers were evacuated.", "some", None, None),
    ("An estimated 5,000 sheep drowned.", "an estimated", None, None),
    ("Around 70 homes were flooded.", "around", None, None),
    ("The repairs took 40 days or so.", "or so", None, None),
])
def test_bounds_and_hedges(text, qualifier, lower, upper):
    c = one(text)
    assert (c.qualifier, c.lower, c.upper) == (qualifier, lower, upper)
    assert c.number_text.lower().startswith(text[c.start:c.start + 3].lower())


def test_bound_is_part_of_number_text():
    text = "Officials said more than 900 prisoners had been returned."
    c = one(text)
    assert c.number_text == "more than 900"


@pytest.mark.parametrize("text, trend", [
    ("Shares in Norvale rose 45% on Monday.", "up"),
    ("The Halden index was down 41.75 points at the close.", "down"),
    ("Exports fell by 3.2 per cent in May.", "down"),
    ("The currency finished 1.4% higher.", "up"),
    ("In Europe: Brekka 20 -2.4%.", "down"),
])
def test_changes_have_a_trend(text, trend):
    assert claims_of(text)[-1].trend == trend


def test_change_from_to_is_an_earlier_and_a_new_level():
    found = claims_of("The clinic's waiting list fell from 230 to 214 patients.")
    assert [(c.value, c.lower, c.upper, c.unit, c.trend, c.change_role) for c in found] == [
        (230, None, None, "patient", None, "earlier level"), (214, None, None, "patient", "down", "new level")]


def test_a_change_and_its_new_level_are_two_figures():
    found = claims_of("Harlow Mining shares rose 4.1% to $16.40.")
    assert [(c.value, c.unit, c.trend, c.change_role) for c in found] == [
        (4.1, "percent", "up", "change"), (16.4, "USD", "up", "new level")]


@pytest.mark.parametrize("text, unit, obj", [
    ("Rescuers recovered 120 bodies from the river.", "body", "bodies"),
    ("The firm shipped 2.1 million e-readers in 2021.", "e-reader", "e-readers"),
    ("The trail is 12 kilometres long.", "kilometre", None),
    ("A 70mph gust toppled the crane.", "mile per hour", "gust"),
    ("The truck weighed 14 tons.", "ton", None),
    ("The battery holds 5200 mAh.", "milliampere-hour", None),
    ("The tunnel runs 6 miles under the bay.", "mile", None),
])
def test_units_and_counted_objects(text, unit, obj):
    c = one(text)
    assert c.unit == unit
    if obj:
        assert c.object == obj


@pytest.mark.parametrize("text, value, unit", [
    ("The mast is 25m (82ft) tall.", 25, "metre"),
    ("He is 1.8m tall.", 1.8, "metre"),
    ("The port exported 4.6m tonnes of wheat.", 4.6e6, "tonne"),
    ("The club paid £5m for the striker.", 5e6, "GBP"),
])
def test_m_is_million_or_metre(text, value, unit):
    c = claims_of(text)[0]
    assert (c.value, c.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text, value", [
    ("The team's net rushing was -12 yards.", -12),
    ("Overnight the temperature dropped to minus 12 degrees.", -12),
    ("The freezer keeps samples at minus-40 degrees.", -40),
])
def test_negative_numbers(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text", [
    "The talks resumed on March 14, 2024.",
    "The bridge opened in 1998 and closed in 2016.",
    "The 2014-15 season was the club's worst.",
    # Years or labels joined by a slash: no figure in either part.
    "In the 2019/20 fiscal year, the chain made a loss.",
    "The 2021/22 accounts were filed late.",
    "Its 2008/09 campaign ended in relegation.",
    "The helpline is staffed 24/7 by volunteers.",
    # A number to call or text after a verb of calling.
    "She escaped and phoned 911 for help.",
    "Neighbours dialled 999 at once.",
    "A passer-by called 999.",
    "Text 85258 to give to the appeal.",
    "The meeting starts at 9:30 a.m. on Tuesday.",
    "Polls close at 8 pm.",
    "Call the hotline on 555-123-4567 for details.",
    "Write to PO Box 4410, Ponce, PR 00731.",
    "The clinic moved to 221 Baker Street last week.",
    "The details are on page 12 of the report.",
    "The new Orbit Watch 5 goes on sale next month.",
    "Cases of COVID-19 fell in the region.",
    "She finished 3rd in the final.",
    "The A380 was parked outside.",
    "Under Section 12 of the code the fine is paid in full.",
    "Music from the 1970s filled the hall.",
])
def test_not_claims(text):
    assert claims_of(text) == []


def test_year_is_not_a_claim_but_a_count_in_the_same_range_is():
    assert values("In 2019, the charity gave out 1,900 meals.") == [1900]
    assert values("About 2000 people attended the rally.") == [2000]


def test_time_scope():
    assert one("Valdoria claims to have returned more than 900 prisoners since March.").time_scope == "since March"
    assert one("Sales rose 12% last year.").time_scope == "last year"
    assert one("The company hired 300 engineers in 2018.").time_scope == "in 2018"


def test_claimant_is_the_subject_of_a_claim_verb():
    text = ("Valdoria claims to have returned more than 900 prisoners to Ostrava since March, "
            "although Ostrava has disputed the number.")
    c = one(text, outlet="The Daily Star")
    assert (c.claimant, c.quote_index, c.disputed_by) == ("Valdoria", None, "Ostrava")
    assert c.object == "prisoners"


def test_claimant_is_the_speaker_of_the_quote_holding_the_figure():
    text = 'The minister said 40 schools would reopen, and the union said "at least 12 will stay shut."'
    start = text.index("at least")
    quotes = [Quote(kind="direct", text=text[start:-2], start=start, end=len(text) - 2, speaker="Ana Ruiz",
                    speaker_text="the union")]
    found = claims_of(text, quotes=quotes, outlet="The Courier")
    assert found[1].claimant == "Ana Ruiz" and found[1].quote_index == 0
    assert found[1].claimant_text == "the union"


def test_a_figure_the_writer_states_has_no_claimant_not_even_the_outlet():
    assert one("The flood damaged 320 homes.", outlet="The Courier").claimant is None


def test_according_to_names_the_claimant():
    c = one("About 380 bikes were stolen this year, according to the Valley Tribune.")
    assert c.claimant == "Valley Tribune"


def test_offsets_index_the_text_as_given():
    text = "  Intro.\n\nThe plan costs about $40 million, officials said.\n"
    p = text.index("The plan")
    found = find_claims(text, [(p, len(text) - 1)], [])
    assert len(found) == 1
    c = found[0]
    assert text[c.start:c.end] == c.number_text == "about $40 million"
    assert c.text == "The plan costs about $40 million, officials said."
    assert (c.value, c.unit, c.qualifier) == (4e7, "USD", "about")


@pytest.mark.parametrize("text, obj", [
    ("Shares of Talvik Energy fell 4.2% on Monday.", "Shares of Talvik Energy"),
    ("Orvik jumped 8% and Norvale gained 3.5%.", "Norvale"),
    ("In Asia: Nikkei -0.8% Hang Seng -1.1%.", "Hang Seng"),
    ("About 60 per cent of the town's homes were damaged.", "town's homes"),
    ("The storm brought winds at a speed of 120 km/h.", "speed"),
    ("Investors piled into airline shares, which were up 3.1%.", "airline shares"),
    # A plural subject before "are" is no verb before its object ("are" is not "a").
    ("House prices are 2% lower than in 2008.", "House prices"),
    ("Real wages are 2% lower than a year ago.", "Real wages"),
])
def test_object_of_a_measure(text, obj):
    assert claims_of(text)[-1].object == obj


def test_a_bare_figure_takes_the_unit_of_the_figure_it_is_compared_with():
    found = claims_of("Exports reached 5.2 million tonnes, up from 4.7 million a year earlier.")
    assert [c.unit for c in found] == ["tonne", "tonne"]
    found = claims_of("They paid six or seven euros for lunch.")
    assert [(c.unit, c.lower, c.upper) for c in found] == [("EUR", 6, 7)]


def test_a_label_before_a_vote_tally_is_not_a_claim():
    assert values("The bill passed the Senate 68 to 32 on Thursday.") == []



@pytest.mark.parametrize("text, obj, concept", [
    # A verb leads to the count: the count is about the clause's subject; the object stays the counted noun.
    ("Halvorsen Foods on Tuesday announced plans to shed 2,300 jobs.", "jobs", "Halvorsen Foods"),
    ("The new ferry carries up to 640 passengers.", "passengers", "new ferry"),
    ("A kilo of saffron holds about 150,000 flowers whilst a kilo of tea holds 400 leaves.", "leaves", "kilo of tea"),
    # An acronym is a name, though spelled like a function word.
    ("The US has deployed 2,500 troops to the region.", "troops", "US"),
    ("IT firms hired 3,000 graduates.", "graduates", "IT firms"),
    # A clause without a subject of its own hangs on the one before it.
    ("The hospital said it would hire 40 nurses.", "nurses", "hospital"),
    ("Orlen Shipping, which operates 48 tankers, is for sale.", "tankers", "Orlen Shipping"),
    # A counted word that modifies a noun: the count is about that noun.
    ("They rented a four bedroom villa near the coast.", "bedroom", "villa"),
    # A count of a change or a survey: about what it is of.
    ("Payrolls showed a decline of 8,400 jobs in March.", "jobs", "decline"),
    ("The bank ran a survey of 900 firms.", "firms", "survey"),
    # A pronoun subject says nothing: the count is about what it counts.
    ("It employs 500 people.", "people", "people"),
    # A count that opens its clause, or one in a list of counts, is about itself.
    ("Nine lifeboats joined the search.", "lifeboats", "lifeboats"),
    ("Four bedrooms and 2.5 bathrooms fill the upper floor.", "bathrooms", "bathrooms"),
    # After "in", "across", "among": an adjunct of place, about what it counts.
    ("The utility replaced old mains in 42 districts of the eastern city.", "districts of eastern city",
     "districts of eastern city"),
])
def test_concept_of_a_count(text, obj, concept):
    c = claims_of(text)[-1]
    assert (c.object, c.concept) == (obj, concept)



@pytest.mark.parametrize("text, concept", [
    # A dimension before its noun, with what the noun is of.
    ("Divers surveyed the 48m (157ft)-long wreck of a Danish schooner.", "wreck of Danish schooner"),
    ("Engineers inspected the 30-metre-high dam on Friday.", "dam"),
    # A measure before its noun, with the place that noun stands in.
    ("The 90mph gusts in the northern valleys toppled pylons.", "gusts in northern valleys"),
    ("The fund bought a 12 per cent stake in a Lisbon brewer last spring.", "stake in Lisbon brewer"),
    # A difference from a standard is about the standard.
    ("The gusts reached 80 km/h, 20 km/h less than the record gusts on the island.", "record gusts on island"),
    # A compound noun opening with an -ing word, but not a participle with its object after "of".
    ("Tin has a 232 C melting point.", "melting point"),
    ("The permit has a limit of 40 tonnes requiring review.", "limit"),
    # "X expects Y to rise": the figure is about Y.
    ("Tolvik forecasts its annual revenue to climb to 90 million euros.", "annual revenue"),
    # An acronym after a measure, but not the next name in a market list.
    ("The plant will make 5 nanometre CPUs for carmakers.", "CPUs"),
    ("Markets: Nikkei -0.4% HSI -1.1% ASX -0.2%.", "Nikkei"),
])
def test_concept_of_a_measure(text, concept):
    assert claims_of(text)[-1 if "less than" in text else 0].concept == concept



def test_a_share_restating_a_count_is_about_what_the_count_is_about():
    found = claims_of("Membership of the union rose by 4,100 members, or 3.5 per cent, last year.")
    assert [c.concept for c in found] == ["Membership of the union"] * 2
    # With its own "for ..." it is about that.
    found = claims_of("Hiring rose by 900 posts, or 2 per cent for nurses.")
    assert found[1].concept != found[0].concept


def test_those_with_a_participle_is_a_subject():
    c = claims_of("Half of those surveyed were at 40 or more.")[-1]
    assert "surveyed" in c.concept


_NEWSY = st.lists(st.sampled_from([
    "more than", "about", "$", "£", "€", "7,000", "3.5", "-", "%", "per cent", "million", "bn", "between", "and",
    "to", "from", "rose", "fell", "bodies", "people", "in", "2019", "May", "20", "one", "twenty-one", "half", "a",
    "third", "of", "the", "Section", "COVID-19", "(", ")", ",", ".", "km", "mph", "years", "old", "Russia", "said",
    "although", "Ukraine", "disputed", "1/2", "tens", "thousands", "12:30", "555-123-4567", " ", "m", "s",
]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_NEWSY, st.text(max_size=80)))
def test_any_text_gives_claims_whose_offsets_hold(text):
    for c in claims_of(text):
        assert text[c.start:c.end] == c.number_text
        assert c.start < c.end
        assert c.lower is None or c.upper is None or c.lower <= c.upper


def test_a_figure_quoted_from_an_unresolved_mention_gets_no_invented_claimant():
    text = "It said 3,800 people had been displaced."
    content = "3,800 people had been displaced"
    quote = Quote(kind="indirect", text=content, start=text.index(content), end=text.index(content) + len(content),
                  speaker=None, speaker_text="It", cue="said")
    [claim] = find_claims(text, [(0, len(text))], [quote], outlet="The Ledger")
    assert (claim.claimant, claim.claimant_text, claim.quote_index) == (None, "It", 0)
