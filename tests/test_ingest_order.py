"""The same articles in any order give the same grouping of quotes by speaker.

Articles written for this test put the traps of cross-article linking in one small archive: a
surname alone in an article that never gives the full name, two namesakes, an honorific form, a
person named in full only in a later article. Every order of them, with the sample corpus after,
must group the quotes the same way.
"""

import itertools
import json
import sqlite3

import pytest

from claims.ingest import ingest
from claims.link.grouping import agreement, quote_speakers

ARTICLES = [
    ("https://order.example/a", "2026-03-02", "Kremlin spokesman Dmitry Peskov said the talks would go on. "
     "Mr Peskov said a date had not been set."),
    ("https://order.example/b", "2026-03-03", "Peskov said the delegation was ready."),
    ("https://order.example/c", "2026-03-04", "Anna Peskov, the mayor of Tula, said the bridge would reopen. "
     "“We are ready,” she said."),
    ("https://order.example/d", "2026-03-05", "Sergei Lavrov said the talks were useful. Peskov said they were not."),
    ("https://order.example/e", "2026-03-06", "Mr Ruiz said the port would close. Dmitri Peskov said it would not."),
]


def write(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for url, published, text, *outlet in articles:
            f.write(json.dumps({"url": url, "published": published, "outlet": (outlet or ["The Ledger"])[0],
                                "text": text}) + "\n")


def grouping(tmp_path, name, articles, samples_dir):
    src = tmp_path / f"{name}.jsonl"
    write(src, articles)
    db = tmp_path / f"{name}.db"
    summary = ingest([str(src), str(samples_dir)], str(db), batch_size=1)
    assert not summary.errors
    return quote_speakers(db)


def test_every_order_groups_the_quotes_alike(tmp_path, samples_dir):
    first = grouping(tmp_path, "first", ARTICLES, samples_dir)
    assert len(first) > 150
    for i, order in enumerate(itertools.permutations(ARTICLES)):
        if i % 12:  # 10 of the 120 orders, the reversed one among them
            continue
        assert agreement(first, grouping(tmp_path, f"order{i}", list(order), samples_dir)) == 1.0
    assert agreement(first, grouping(tmp_path, "reversed", ARTICLES[::-1], samples_dir)) == 1.0


def test_the_traps_resolve_as_the_rules_say(tmp_path, samples_dir):
    db = tmp_path / "one.db"
    write(tmp_path / "one.jsonl", ARTICLES)
    ingest([str(tmp_path / "one.jsonl")], str(db))
    rows = sqlite3.connect(db).execute(
        "SELECT a.url, q.speaker_text, s.name FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY a.url, q.start").fetchall()
    assert rows == [
        ("https://order.example/a", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("https://order.example/a", "Mr Peskov", "Dmitry Peskov"),
        ("https://order.example/b", "Peskov", None),  # two Peskovs known, nothing tells which
        ("https://order.example/c", "Anna Peskov, the mayor of Tula,", "Anna Peskov"),
        ("https://order.example/c", "she", "Anna Peskov"),
        ("https://order.example/d", "Sergei Lavrov", "Sergei Lavrov"),
        ("https://order.example/d", "Peskov", None),
        ("https://order.example/e", "Mr Ruiz", None),
        ("https://order.example/e", "Dmitri Peskov", "Dmitry Peskov"),
    ]


# An honorific form the article does not resolve, with the role that tells the namesakes apart: it
# links on that evidence whether the person named in full comes before it or after.
EVIDENCE = [
    ("https://order.example/p", "2026-03-02", "Kremlin spokesman Dmitry Peskov said the talks would go on."),
    ("https://order.example/q", "2026-03-03", "Mr Peskov, the Kremlin spokesman, said the summit was off."),
    ("https://order.example/r", "2026-03-04", "Anna Peskov, the mayor of Tula, said the bridge would reopen."),
    ("https://order.example/s", "2026-03-05", "Ms Ruiz said the port would close."),
]


def who_said(tmp_path, articles) -> list[tuple]:
    """(url, mention, speaker) of every quote, once the articles are ingested a transaction each."""
    write(tmp_path / "in.jsonl", articles)
    ingest([str(tmp_path / "in.jsonl")], str(tmp_path / "claims.db"), batch_size=1)
    return sqlite3.connect(tmp_path / "claims.db").execute(
        "SELECT a.url, q.speaker_text, s.name FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id ORDER BY a.url, q.start").fetchall()


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(EVIDENCE))))[::5])
def test_a_mention_linked_on_evidence_links_in_any_order(tmp_path, order):
    rows = who_said(tmp_path, [EVIDENCE[i] for i in order])
    assert rows == [
        ("https://order.example/p", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("https://order.example/q", "Mr Peskov, the Kremlin spokesman,", "Dmitry Peskov"),  # the role agrees
        ("https://order.example/r", "Anna Peskov, the mayor of Tula,", "Anna Peskov"),
        ("https://order.example/s", "Ms Ruiz", None),  # no Ruiz known: no speaker, and no speaker row
    ]
    names = {n for (n,) in sqlite3.connect(tmp_path / "claims.db").execute("SELECT name FROM speakers")}
    assert names == {"Dmitry Peskov", "Anna Peskov"}


# A second namesake of the same role, in any position: the honorific form fits both, so it links to
# neither, whether it came before them, between them (when it did link, for a while) or after.
TWO_SPOKESMEN = [
    ("https://order.example/p", "2026-03-02", "Kremlin spokesman Dmitry Peskov said the talks would go on. "
                                              "Sergei Lavrov said the same."),
    ("https://order.example/q", "2026-03-03", "Mr Peskov, the Kremlin spokesman, said the summit was off."),
    ("https://order.example/t", "2026-03-04", "Ivan Peskov, a Kremlin spokesman, said the border was shut."),
    # Who else the article quotes is no evidence for the surname rule, though only Dmitry Peskov
    # was quoted beside Lavrov before.
    ("https://order.example/u", "2026-03-05", "Sergei Lavrov said the bridge would reopen. "
                                              "Peskov said it would take a year."),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(TWO_SPOKESMEN)))))
def test_a_second_namesake_who_fits_unlinks_the_mention_in_any_order(tmp_path, order):
    rows = who_said(tmp_path, [TWO_SPOKESMEN[i] for i in order])
    assert rows == [
        ("https://order.example/p", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("https://order.example/p", "Sergei Lavrov", "Sergei Lavrov"),
        ("https://order.example/q", "Mr Peskov, the Kremlin spokesman,", None),
        ("https://order.example/t", "Ivan Peskov, a Kremlin spokesman,", "Ivan Peskov"),
        ("https://order.example/u", "Sergei Lavrov", "Sergei Lavrov"),
        ("https://order.example/u", "Peskov", None),
    ]


def test_agreement_counts_pairs_not_ids():
    a = {1: 10, 2: 10, 3: 11, 4: None}
    assert agreement(a, {1: 7, 2: 7, 3: 8, 4: None}) == 1.0  # other ids, same grouping
    assert agreement(a, {1: 7, 2: 8, 3: 8, 4: None}) == 0.0  # the one shared pair is split, another made
    assert agreement(a, {1: 7, 2: 7, 3: 7, 4: None}) == pytest.approx(1 / 3)


# A surname alone the same outlet wrote a week after quoting one namesake in full, and that
# namesake the only one the outlet quoted: no evidence, in any order. Surnames are shared by many
# people no article named in full.
FORTNIGHT = [
    ("https://order.example/p", "2026-03-02", "Kremlin spokesman Dmitry Peskov said the talks would go on."),
    ("https://order.example/r", "2026-03-04", "Anna Peskov said the bridge would reopen.", "The Courier"),
    ("https://order.example/s", "2026-03-09", "Peskov said the summit was off."),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(FORTNIGHT)))))
def test_the_outlets_fortnight_is_no_evidence_in_any_order(tmp_path, order):
    assert who_said(tmp_path, [FORTNIGHT[i] for i in order]) == [
        ("https://order.example/p", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("https://order.example/r", "Anna Peskov", "Anna Peskov"),
        ("https://order.example/s", "Peskov", None),
    ]


# A misspelt surname, quoted beside the same colleague as the person it misspells: one speaker,
# whether the misspelling comes first (before anything supports it) or last.
MISSPELT = [
    ("https://order.example/m1", "2026-03-02", "Mirela Dostal said the depots would stay shut. "
                                               "Tomas Brandl said the drivers agreed."),
    ("https://order.example/m2", "2026-03-20", "Mirela Dosatl said talks would resume. "
                                               "Tomas Brandl said he hoped so.", "The Courier"),
    ("https://order.example/m3", "2026-03-25", "Mirela Dostal said the strike was over.", "The Wire"),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(len(MISSPELT)))))
def test_a_misspelt_name_joins_its_person_in_any_order(tmp_path, order):
    rows = who_said(tmp_path, [MISSPELT[i] for i in order])
    assert [(url, mention) for url, mention, _ in rows] == [
        ("https://order.example/m1", "Mirela Dostal"), ("https://order.example/m1", "Tomas Brandl"),
        ("https://order.example/m2", "Mirela Dosatl"), ("https://order.example/m2", "Tomas Brandl"),
        ("https://order.example/m3", "Mirela Dostal"),
    ]
    mirela = {name for url, mention, name in rows if mention.startswith("Mirela")}
    assert len(mirela) == 1 and mirela <= {"Mirela Dostal", "Mirela Dosatl"}
    speakers = [n for (n,) in sqlite3.connect(tmp_path / "claims.db").execute("SELECT name FROM speakers")]
    assert len(speakers) == 2


ACCENTS = [
    ("https://order.example/v1", "2026-04-01", "Ilona Varga, the governor, said the road would open. "
     "Iloná Varga, her deputy, said it would not."),
    ("https://order.example/v2", "2026-04-02", "Ilona Varga said the bridge was safe."),
    ("https://order.example/v3", "2026-04-03", "Ilona Varga said the port was closed."),
    ("https://order.example/v4", "2026-04-04", "Ilona Varga said the school would reopen."),
]


def test_two_spellings_of_one_key_in_one_article_make_one_speaker_in_any_order(tmp_path):
    """Two spellings with one key in the first article stored ("Ilona Varga", "Iloná Varga") made
    two speakers; every later "Ilona Varga" then found two candidates and made a row of its own."""
    for name, articles in (("first", ACCENTS), ("reversed", ACCENTS[::-1])):
        write(tmp_path / f"{name}.jsonl", articles)
        db = tmp_path / f"{name}.db"
        assert not ingest([str(tmp_path / f"{name}.jsonl")], str(db), batch_size=1).errors
        names = sqlite3.connect(db).execute(
            "SELECT s.name, count(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id GROUP BY s.id").fetchall()
        assert len(names) == 1 and names[0][1] == 5, (name, names)
