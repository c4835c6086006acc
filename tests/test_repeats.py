"""Repeats of checked claims: normalisation, figure and quote matching, blocking (claims.repeats),
then the stored repeats at ingest, after a verdict, dismissed, listed and exported.

The sentences here are written for these tests, apart from benchmarks/repeats/pairs.jsonl, so the
rules are checked on text they were not written beside."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from claims.cli import cli
from claims.extract import extract
from claims.repeats import Index, Item, match, normalise, same_value


def items(sentence: str, kind: str, article_id: int, first_id: int, published: str = "2026-04-02") -> list[Item]:
    """The claims (or quotes) the extraction finds in a sentence, as claims.store.repeats reads them."""
    found = extract(sentence, published=published)
    if kind == "claim":
        return [Item("claim", first_id + n, c.text, article_id, published, None, c.claimant or c.claimant_text,
                     found.quotes[c.quote_index].text if c.quote_index is not None else None, c.number_text,
                     c.value, c.lower, c.upper, c.qualifier, c.unit, c.object, c.time_scope, c.trend)
                for n, c in enumerate(found.claims)]
    return [Item("quote", first_id + n, q.text, article_id, published, None, q.speaker or q.speaker_text)
            for n, q in enumerate(found.quotes)]


def found(judged: str, new: str, kind: str = "claim") -> list[tuple]:
    """(score, reason) of every match of the new sentence's items with the judged sentence's first."""
    [first, *_] = items(judged, kind, 1, 1, "2026-03-02")
    return [(m.score, m.reason) for m in (match(item, first) for item in items(new, kind, 2, 10)) if m]


# --- normalisation ------------------------------------------------------------------------------

def test_numbers_read_as_numbers_whichever_way_they_are_written():
    assert normalise("Some 8,250 tenants; 8250 tenants; eight thousand two hundred and fifty tenants") == \
        "about #8250 tenants #8250 tenants #8250 tenants"
    assert normalise("Inflation hit 6.3%, 6.3 per cent or 6.3 percent") == "inflation hit #6.3pct #6.3pct or #6.3pct"
    assert normalise("It cost £1.4bn, £1.4 billion or £1,400m") == \
        "it cost #gbp1400000000 #gbp1400000000 or #gbp1400000000"
    assert normalise("Over 90 and in excess of 90, fewer than 12 and below 12") == \
        "more than #90 and more than #90 less than #12 and less than #12"


def test_years_negations_and_relative_years():
    assert normalise("They won't sign; it isn't over. Last year and this year, not 1999", "2026-05-01") == \
        "they will not sign it is not more than y2025 and y2026 not y1999"


def test_same_value_within_the_rounding_of_the_less_precise_figure():
    assert [same_value(8000, x, 1, 4) for x in (8000, 8040, 8050, 8060, 8400)] == [True, True, True, False, False]
    assert [same_value(2.6e6, x, 2, 3) for x in (2.64e6, 2.66e6)] == [True, False]
    assert same_value(3.1, 3.15, 2, 3) and not same_value(3.1, 3.2, 2, 2)
    assert not same_value(-5, 5)


# --- figures ------------------------------------------------------------------------------------

JUDGED_FIGURE = "The housing minister, Elif Demir, said 8,250 tenants were evicted in Varno in 2025."


@pytest.mark.parametrize("new, expected", [
    ("Some 8250 tenants were evicted in Varno last year, a charity said.", [(1.0, "same figure")]),
    ("Demir said 8,250 tenants were evicted in Varno in 2025.", [(1.0, "same figure, same speaker")]),
    ("In Varno, 8,250 tenants were evicted in 2025, according to the tenants' union.", [(1.0, "same figure")]),
    ("Eight thousand two hundred and fifty tenants were evicted in Varno in 2025, Mr Okafor said.",
     [(1.0, "same figure")]),
])
def test_a_figure_said_again_in_other_words_is_a_repeat(new, expected):
    assert found(JUDGED_FIGURE, new) == expected


@pytest.mark.parametrize("new", [
    "Some 8,250 tenants were rehoused in Varno in 2025, a charity said.",   # same number, other object
    "Some 8,250 tenants were evicted in Kelmar in 2025, a charity said.",   # same number, other place
    "Some 9,100 tenants were evicted in Varno in 2025, a charity said.",    # same subject, other number
    "Some 8,250 tenants were evicted in Varno in 2023, a charity said.",    # same subject, other year
    "More than 8,250 tenants were evicted in Varno in 2025, a charity said.",  # a floor, not the figure
    "Some 8,250 tenants were not evicted in Varno in 2025, a charity said.",  # denied
    "Demir said 8,250 new flats were built in Varno in 2025.",              # same speaker, other claim
])
def test_a_figure_that_shares_only_the_number_or_only_the_subject_is_not_a_repeat(new):
    assert found(JUDGED_FIGURE, new) == []


def test_a_figure_of_a_thing_named_in_specific_words_is_a_repeat_in_another_sentence():
    judged = "The quake death toll stands at 310, with 40 people still missing, the civil protection agency said."
    assert found(judged, "Rescuers said the quake death toll was revised to 310 after teams reached the last "
                         "villages in the hills.") == [(0.64, "same figure")]
    assert found(judged, "The quake death toll rose to 310 overnight, the agency said.") == [
        (0.69, "same figure, same speaker")]
    assert found(judged, "The flood death toll stands at 310, the agency said.") == []
    assert found(judged, "Some 310 people were rescued from the rubble, the agency said.") == []
    # One general word names no thing: the council may have spent or saved it.
    assert found("The council spent £2.6m on the Ferrin bypass, the auditors said.",
                 "The council saved £2.6m, the auditors said.") == []


def test_bounds_written_another_way_and_currencies():
    assert found("More than 450 flights were cancelled at Ostrava airport, the operator said.",
                 "Over 450 flights were cancelled at Ostrava airport, travellers said.") == [(1.0, "same figure")]
    assert found("The Brenn dam cost £1.4bn, the auditors said.",
                 "The Brenn dam cost £1,400m, the auditors said.") == [(1.0, "same figure, same speaker")]
    assert found("The Brenn dam cost £1.4bn, the auditors said.", "The Brenn dam cost $1.4bn, the auditors said.") == []
    assert found("Turnover fell 12% in June, the guild said.", "Turnover fell 12% in July, the guild said.") == []
    judged = "\u201cThe Brenn dam will cost £1.4bn to repair,\u201d the auditor said."
    assert found(judged, "\u201cThe Brenn dam will cost £1,400m to repair,\u201d she said.", "quote") == [
        (1.0, "same words")]
    assert found(judged, "\u201cThe Brenn dam will cost $1.4bn to repair,\u201d she said.", "quote") == []


# --- quotes -------------------------------------------------------------------------------------

JUDGED_QUOTE = ("\u201cEvery hospital in the region has cut its waiting list, and we have hired 1,200 midwives "
                "since January,\u201d said health minister Grete Holm.")


@pytest.mark.parametrize("new, expected", [
    ("\u201cEvery hospital in the region has cut its waiting list, and we have hired 1,200 midwives since January,"
     "\u201d Holm told the Courier.", [(1.0, "same words, same speaker")]),
    ("\u201cWe have hired 1200 midwives since January and every hospital in the region has cut its waiting list,"
     "\u201d a spokeswoman said.", [(1.0, "same words")]),
    ("\u201cWe have hired one thousand two hundred midwives since January,\u201d Holm said.",
     [(0.9, "same words, same speaker")]),
    ("\u201cEvery hospital in the region has cut its waiting list,\u201d the ministry said.", [(0.9, "same words")]),
])
def test_a_quote_reordered_shortened_or_with_numbers_in_words_is_a_repeat(new, expected):
    assert found(JUDGED_QUOTE, new, "quote") == expected


@pytest.mark.parametrize("new", [
    "\u201cWe have hired 1,500 midwives since January,\u201d Holm said.",                 # other number
    "\u201cWe have hired 1,200 midwives since March,\u201d Holm said.",                   # other month
    "\u201cNo hospital in the region has cut its waiting list,\u201d the opposition said.",  # negated
    "\u201cEvery school in the region has cut its waiting list,\u201d Holm said.",         # a word swapped
    "\u201cWe will build a new maternity ward in Sandvik next year,\u201d Holm said.",     # same speaker
    "\u201cEvery hospital in the region has cut its waiting list,\u201d said the mayor of Tromvik.".replace(
        "region", "Lofoten region"),                                                        # a place only one names
])
def test_a_quote_with_another_number_negation_or_word_is_not_a_repeat(new):
    assert found(JUDGED_QUOTE, new, "quote") == []


def test_clauses_reordered_are_a_repeat_and_their_words_swapped_are_not():
    judged = "\u201cRents are falling in the capital, but salaries are rising,\u201d said the housing minister."
    assert found(judged, "\u201cSalaries are rising, but rents are falling in the capital,\u201d the minister said.",
                 "quote") == [(1.0, "same words, same speaker")]
    for swapped in ("\u201cRents are rising in the capital, but salaries are falling,\u201d the minister said.",
                    "\u201cSalaries are falling in the capital, but rents are rising,\u201d the minister said."):
        assert found(judged, swapped, "quote") == []


# --- blocking -----------------------------------------------------------------------------------

def test_blocking_finds_what_comparing_every_pair_finds():
    """Figures near a block's edge (values within rounding in two blocks) and quotes sharing only
    some of their words are found through the index as by comparing every pair."""
    judged = []
    for n, value in enumerate([990, 1000, 1010, 1100, 5000, 12_000]):
        judged += items(f"The council said {value:,} trees were felled in Ambry in 2025.", "claim", 100 + n, 100 + n)
    judged += items(JUDGED_QUOTE, "quote", 200, 200)
    judged += items("\u201cThe ferry to Ambry will run every hour from May,\u201d the operator said.", "quote", 201, 201)
    index = Index(judged)
    new = (items("Some 1,000 trees were felled in Ambry last year, residents said.", "claim", 1, 1)
           + items("\u201cWe have hired 1,200 midwives since January,\u201d Holm said.", "quote", 2, 10)
           + items("Some 5,020 trees were felled in Ambry in 2025, residents said.", "claim", 3, 20))
    by_index = [(m.item.id, m.judged.id, m.reason) for item in new for m in index.find(item)]
    every_pair = [(m.item.id, m.judged.id, m.reason) for item in new
                  for m in sorted(filter(None, (match(item, j) for j in judged)), key=lambda m: (-m.score, m.judged.id))]
    # 990 and 1,010 are 1,000 within rounding; 1,100 is not; 5,020 is 5,000.
    assert by_index == every_pair == [(1, 100, "same figure"), (1, 101, "same figure"), (1, 102, "same figure"),
                                      (10, 200, "same words, same speaker"), (20, 104, "same figure")]


# --- stored: ingest, verdicts, dismissals, CLI, pandas, ClaimReview -------------------------------

JUDGED_ARTICLE = {
    "id": "a1", "url": "https://ledger.test/a1", "title": "Evictions soar", "outlet": "The Ledger", "published": "2026-03-02",
    "text": "Evictions soar in Varno\n\nThe housing minister, Elif Demir, said 8,250 tenants were evicted in Varno in 2025. "
            "\u201cEvery landlord in Varno must register by June,\u201d Ms Demir said."}
REPEAT_ARTICLE = {
    "id": "b1", "url": "https://courier.test/b1", "title": "Varno rents", "outlet": "The Courier", "published": "2026-03-20",
    "text": "Rents in Varno\n\nSome 8250 tenants were evicted in Varno last year, Demir said on Friday. "
            "\u201cEvery landlord in Varno must register by June,\u201d Ms Demir told reporters."}
OLDER_ARTICLE = {
    "id": "c1", "url": "https://post.test/c1", "title": "Housing crisis", "outlet": "The Post", "published": "2026-01-15",
    "text": "Housing crisis\n\nAn opposition report said 8,250 tenants were evicted in Varno in 2025."}


def ingest(db, *articles) -> str:
    path = db.parent / f"in-{len(list(db.parent.glob('in-*')))}.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles))
    result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db), "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.stderr if hasattr(result, "stderr") else result.output


def run(*args) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout if hasattr(result, "stdout") else result.output


def ids(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def judged_db(tmp_path):
    """An archive with one article whose figure and quote fact-checkers judged."""
    db = tmp_path / "claims.db"
    assert "0 repeats of checked claims" in ingest(db, OLDER_ARTICLE, JUDGED_ARTICLE)
    [(claim_id,)] = ids(db, "SELECT claims.id FROM claims JOIN articles ON articles.id = claims.article_id "
                            "WHERE articles.external_id = 'a1'")
    [(quote_id,)] = ids(db, "SELECT quotes.id FROM quotes JOIN articles ON articles.id = quotes.article_id "
                            "WHERE articles.external_id = 'a1' AND quotes.text LIKE '%landlord%'")
    return db, claim_id, quote_id


def test_repeats_found_at_ingest_and_over_the_archive_when_a_verdict_is_recorded(judged_db):
    db, claim_id, quote_id = judged_db
    run("review", str(claim_id), "--db", str(db), "--verdict", "false", "--url", "https://check.test/1")
    # The older article's figure is found as soon as the verdict is recorded.
    assert json.loads(run("repeats", "--db", str(db), "--format", "json")) == [
        {"id": 1, "kind": "claim", "text": "An opposition report said 8,250 tenants were evicted in Varno in 2025.",
         "speaker": "An opposition report", "published": "2026-01-15", "outlet": "The Post", "repeats": claim_id,
         "verdict": "false", "score": 1.0, "reason": "same figure"}]
    run("review", str(quote_id), "--quote", "--db", str(db), "--verdict", "misleading")
    assert "2 repeats of checked claims" in ingest(db, REPEAT_ARTICLE)
    lines = [json.loads(line) for line in run("repeats", "--db", str(db), "--format", "jsonl",
                                              "--since", "2026-03-01").splitlines()]
    [(new_claim,)] = ids(db, "SELECT max(id) FROM claims")
    [(new_quote,)] = ids(db, "SELECT max(id) FROM quotes")
    assert lines == [
        {"id": new_quote, "kind": "quote", "text": "\u201cEvery landlord in Varno must register by June,\u201d",
         "speaker": "Ms Demir", "published": "2026-03-20", "outlet": "The Courier", "repeats": quote_id,
         "verdict": "misleading", "score": 1.0, "reason": "same words, same speaker"},
        {"id": new_claim, "kind": "claim",
         "text": "Some 8250 tenants were evicted in Varno last year, Demir said on Friday.",
         "speaker": "Demir", "published": "2026-03-20", "outlet": "The Courier", "repeats": claim_id,
         "verdict": "false", "score": 1.0, "reason": "same figure, same speaker"}]
    table = run("repeats", "--db", str(db))
    assert table.splitlines()[:2] == [
        f"quote {new_quote} (2026-03-20, The Courier) repeats quote {quote_id}, misleading: same words, same speaker (1.00)",
        "    Ms Demir: \u201cEvery landlord in Varno must register by June,\u201d"]


def test_a_dismissed_repeat_is_never_shown_again(judged_db):
    from claims.store import connect
    from claims.store.repeats import RepeatError, dismiss

    db, claim_id, _ = judged_db
    run("review", str(claim_id), "--db", str(db), "--verdict", "false")
    ingest(db, REPEAT_ARTICLE)
    [(repeat_id, item_id)] = ids(db, "SELECT id, item_id FROM repeats WHERE item_id != 1")
    engine = connect(db)
    with engine.begin() as conn:
        cur = conn.connection.driver_connection.cursor()
        dismiss(cur, repeat_id, who="factchecker")
        with pytest.raises(RepeatError):
            dismiss(cur, repeat_id)
    engine.dispose()
    assert ids(db, "SELECT kind, item_id, judged_kind, judged_id, who FROM repeat_dismissals") == [
        ("claim", item_id, "claim", claim_id, "factchecker")]
    shown = lambda: [r["id"] for r in json.loads(run("repeats", "--db", str(db), "--format", "json"))]  # noqa: E731
    assert shown() == [1]
    # Not found again by another verdict on the judged claim, nor when the article comes back corrected.
    run("review", str(claim_id), "--db", str(db), "--verdict", "misleading")
    # The correction adds a figure before it: the same claim comes back as another row.
    corrected = {**REPEAT_ARTICLE, "text": REPEAT_ARTICLE["text"].replace(
        "\n\nSome", "\n\nRents rose 9% in Varno in March. Some").replace("on Friday", "on Friday evening")}
    assert "0 repeats of checked claims" in ingest(db, corrected)
    assert shown() == [1]
    [(again,)] = ids(db, "SELECT id FROM claims WHERE number_text LIKE '%8250'")
    assert again != item_id


def test_pandas_repeats(judged_db):
    import claims

    db, claim_id, _ = judged_db
    run("review", str(claim_id), "--db", str(db), "--verdict", "false")
    ingest(db, REPEAT_ARTICLE)
    with claims.open(db) as archive:
        frame = archive.repeats(since="2026-03-01")
        assert list(frame.columns) == ["id", "kind", "text", "speaker", "published", "outlet", "repeats", "verdict",
                                       "score", "reason"]
        assert frame[["kind", "outlet", "repeats", "verdict", "score", "reason"]].values.tolist() == [
            ["claim", "The Courier", claim_id, "false", 1.0, "same figure, same speaker"]]
        assert str(frame["published"].dtype).startswith("datetime64") and str(frame["repeats"].dtype) == "Int64"
        assert len(archive.repeats()) == 2 and len(archive.repeats(since="2026-03-21")) == 0


def test_claimreview_lists_the_repeats_appearances(judged_db):
    db, claim_id, quote_id = judged_db
    run("review", str(claim_id), "--db", str(db), "--verdict", "false")
    run("review", str(quote_id), "--quote", "--db", str(db), "--verdict", "unproven")
    ingest(db, REPEAT_ARTICLE)
    documents = json.loads(run("export", "--format", "claimreview", "--db", str(db)))
    courier = {"@type": "NewsArticle", "headline": "Varno rents", "url": "https://courier.test/b1",
               "datePublished": "2026-03-20", "publisher": {"@type": "Organization", "name": "The Courier"}}
    ledger = {"@type": "NewsArticle", "headline": "Evictions soar", "url": "https://ledger.test/a1",
              "datePublished": "2026-03-02", "publisher": {"@type": "Organization", "name": "The Ledger"}}
    post = {"@type": "NewsArticle", "headline": "Housing crisis", "url": "https://post.test/c1",
            "datePublished": "2026-01-15", "publisher": {"@type": "Organization", "name": "The Post"}}
    assert [d["itemReviewed"]["appearance"] for d in documents] == [[ledger, post, courier], [ledger, courier]]


def test_repeats_found_when_a_parquet_dataset_is_loaded(judged_db, tmp_path):
    db, claim_id, _ = judged_db
    run("review", str(claim_id), "--db", str(db), "--verdict", "false")
    source = tmp_path / "repeat.jsonl"
    source.write_text(json.dumps(REPEAT_ARTICLE) + "\n")
    run("ingest", str(source), "--parquet", str(tmp_path / "parquet"), "-q", "--workers", "1")
    run("load", str(tmp_path / "parquet"), "--db", str(db))
    assert [(r["outlet"], r["repeats"], r["reason"]) for r in json.loads(run("repeats", "--db", str(db),
                                                                             "--format", "json"))] == [
        ("The Courier", claim_id, "same figure, same speaker"), ("The Post", claim_id, "same figure")]
