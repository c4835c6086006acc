"""Page furniture is not article text; the page's title, byline, date and outlet are found."""

import pytest

from claims.clean import clean

PASTED = """Skip to content
Home
World

Flood defences hold as river crests in Marrow Valley

  • Writer: The Valley Courier
    The Valley Courier
  • Mar 4
  • 2 min read

Volunteers stacking sandbags along the river in Tolvan on Monday. (Ines Varo/The Valley Courier)
Volunteers stacking sandbags along the river in Tolvan on Monday. (Ines Varo/The Valley Courier)

By Petra Lind

The river crested at Tolvan on Tuesday without breaching the new flood wall, officials said.

“The wall did what it was built to do,” Governor Ilona Varga told reporters.

The wall did what it was built to do, the governor said again later.
The river crested at Tolvan on Tuesday without breaching the new flood wall, officials said.

Comments

Share on Facebook
Postal Address:
PO Box 4410 Tolvan 30211
Phone: +1 555 0100 220
© 2026 The Valley Courier - All rights reserved
bottom of page
"""


def body(text):
    return [text[s:e] for s, e in clean(text).paragraphs]


def test_furniture_captions_and_duplicates_are_not_body():
    paragraphs = body(PASTED)
    assert paragraphs[0] == "Flood defences hold as river crests in Marrow Valley"
    assert paragraphs[1].startswith("The river crested")
    assert sum(p.startswith("The river crested") for p in paragraphs) == 1
    joined = "\n".join(paragraphs)
    for furniture in ("Skip to content", "Writer:", "Ines Varo", "By Petra Lind", "Comments", "Facebook",
                      "PO Box", "Phone", "©", "bottom of page"):
        assert furniture not in joined


def test_metadata_from_the_page():
    page = clean(PASTED)
    assert page.title == "Flood defences hold as river crests in Marrow Valley"
    assert page.author == "Petra Lind"
    assert page.outlet == "The Valley Courier"
    assert page.published == "2026-03-04"  # "Mar 4" with the year of the copyright line


def test_offsets_index_the_input_exactly():
    for s, e in clean(PASTED).paragraphs:
        assert PASTED[s:e].strip() == PASTED[s:e] and PASTED[s:e]


def test_plain_article_keeps_every_paragraph():
    text = "Council backs budget\n\nThe council approved the budget on Monday.\n\n“It is fair,” Mayor Ana Ruiz said."
    assert body(text) == ["Council backs budget", "The council approved the budget on Monday.",
                          "“It is fair,” Mayor Ana Ruiz said."]


MASTHEAD_PAGE = """Skip to main content
THE HARBOUR GAZETTE
Subscribe  |  Sign in
News  Politics  Business  Regions  Sport

Port authority says new cranes will double capacity by 2028

By Lena Ost
June 3, 2026 at 9:00 a.m.

Listen to this article
4 min

The port authority said on Tuesday that four new cranes would double the port's capacity.

Most read
1. Ferry timetable changes this summer
2. Opinion: The harbour needs a plan
About  |  Contact  |  Terms of Service
"""


def test_masthead_menus_and_most_read_lists_are_not_the_title_or_body():
    page = clean(MASTHEAD_PAGE)
    assert page.title == "Port authority says new cranes will double capacity by 2028"
    assert page.author == "Lena Ost" and page.published == "2026-06-03"
    assert body(MASTHEAD_PAGE) == [page.title, "The port authority said on Tuesday that four new cranes would "
                                                "double the port's capacity."]


@pytest.mark.parametrize("line, furniture", [
    # A page's own date lines and labels are furniture ...
    ("Published: 12 March 2024", True),
    ("Published 12 March 2024 10:32", True),
    ("Updated 10:32 GMT", True),
    ("Recommended for you", True),
    ("Trending now", True),
    # ... a body sentence that opens with the same word is not.
    ("Published in Nature on Jan. 17, the analysis offers a comprehensive look at the retreat of 207 glaciers.", False),
    ("Updated figures show a rise in cases across the region this week.", False),
    ("Recommended daily intake of iodine is 150 micrograms for adults, the report says.", False),
])
def test_furniture_words_opening_a_body_sentence(line, furniture):
    text = "Ice Sheet Loses Mass\n\nThe Greenland Ice Sheet has shed about one-fifth more ice mass than thought.\n\n" + line
    start = text.index(line)
    assert ((start, len(text)) not in clean(text).paragraphs) == furniture


def test_a_numbered_list_the_body_introduces_is_body():
    """Numbered lines after a body line ending with a colon are the body's list ("For example:");
    numbered lines anywhere else are a list of headlines ("Most read")."""
    page = ("Gaia report shows UK strength\n\n"
            "UK authored papers are cited significantly more than average, the report says. For example:\n\n"
            "1. Papers with UK involvement constitute 46% of total citations\n"
            "2. UK first authored papers constitute 15% of total citations\n\n"
            "Most read\n\n"
            "1. Man arrested after late-night fight in town centre\n"
            "2. Storm hits coast")
    assert body(page) == [
        "Gaia report shows UK strength",
        "UK authored papers are cited significantly more than average, the report says. For example:",
        "1. Papers with UK involvement constitute 46% of total citations",
        "2. UK first authored papers constitute 15% of total citations"]
