"""Speakers in the database: linking across articles, human decisions that stick, the gazetteer,
and the `claims speakers` commands. Real SQLite databases throughout."""

import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from claims.cli import cli
from claims.extract.records import Claim, Extraction, Quote, Speaker
from claims.link import manual
from claims.sources import Article
from claims.ingest import save_article
from claims.link import LinkCache
from claims.store import connect


def article(url, *speakers, outlet="The Ledger", published="2026-03-04", body=None):
    """An article whose quotes are said by `speakers` (name, kind, role, aliases as written)."""
    quotes, people = [], []
    text_ = body or " ".join(f"{s[0]} spoke." for s in speakers) + f" {url}"
    for i, (name, kind, role, written) in enumerate(speakers):
        people.append(Speaker(name=name, kind=kind, role=role, aliases=[name, *written]))
        quotes.append(Quote(kind="indirect", text=f"point {i}", start=0, end=5, speaker=name,
                            speaker_text=(written or [name])[0], cue="said"))
    return (Article(text=text_, source=url, url=url),
            Extraction(title=url, outlet=outlet, published=published, quotes=quotes, speakers=people))


def person(name, role=None, *written):
    return (name, "person", role, list(written))


def store(engine, *articles, cache=None):
    """Save each article in a transaction of its own, linking through one LinkCache as an ingest does."""
    cache = cache if cache is not None else LinkCache()
    for source, extraction in articles:
        with engine.begin() as conn:
            save_article(conn, source, extraction, cache)


def speaker_of(db, url, position=0):
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id "
                            "WHERE a.url = ? ORDER BY q.id", (url,)).fetchall()
    return rows[position][0]


def query(db, sql, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture
def engine(db_path):
    engine = connect(db_path)
    yield engine
    engine.dispose()


def test_spellings_link_to_one_speaker_across_articles(engine, db_path):
    store(engine,
          article("a", person("Dmitry Peskov", "Kremlin spokesman", "Peskov"), person("Volodymyr Zelenskyy", "President")),
          article("b", person("Dmitri Peskov"), person("Volodymyr Zelensky")),
          article("c", person("Zelenskiy"), person("Peskov")),
          article("d", person("Wolodymyr Selenskyj"), ("the Kremlin", "organization", None, [])))
    assert speaker_of(db_path, "a", 0) == speaker_of(db_path, "b", 0)
    assert speaker_of(db_path, "a", 1) == speaker_of(db_path, "b", 1) == speaker_of(db_path, "d", 0)
    # A surname alone links to nobody, even when one known person has it: the answer would depend
    # on who happened to be ingested first.
    assert speaker_of(db_path, "c", 0) is None and speaker_of(db_path, "c", 1) is None
    assert speaker_of(db_path, "d", 1) not in {speaker_of(db_path, "a", 0), speaker_of(db_path, "a", 1)}
    aliases = {a for (a,) in query(db_path, "SELECT alias FROM speaker_aliases WHERE speaker_id = ?",
                                   speaker_of(db_path, "a", 1))}
    assert {"Volodymyr Zelenskyy", "Volodymyr Zelensky", "Wolodymyr Selenskyj"} <= aliases
    keys = query(db_path, "SELECT count(*) FROM speaker_keys")[0][0]
    assert keys > 0  # full names are findable by surname and blocking keys


def test_a_surname_two_people_share_is_not_guessed(engine, db_path):
    """Nor made a speaker of its own: an archive would gather thousands of "Peskov"s."""
    store(engine, article("a", person("Dmitry Peskov")), article("b", person("Anna Peskov")),
          article("c", person("Peskov")), article("d", person("Peskov")))
    assert speaker_of(db_path, "c") is None and speaker_of(db_path, "d") is None
    assert query(db_path, "SELECT q.speaker_text FROM quotes q JOIN articles a ON a.id = q.article_id "
                          "WHERE a.url = 'c'") == [("Peskov",)]
    assert query(db_path, "SELECT name FROM speakers ORDER BY id") == [("Dmitry Peskov",), ("Anna Peskov",)]
    # With one Zakharova known, a surname alone is still not linked: being the only one known so far
    # is no evidence, and the answer would change with the order of ingest.
    store(engine, article("e", person("Maria Zakharova")), article("f", person("Zakharova")))
    assert speaker_of(db_path, "f") is None


def test_a_name_in_lower_case_links_only_to_the_known_person_it_spells(engine, db_path):
    """A feed or tag writes names in lower case: "ana ruiz" is Ana Ruiz once she is known, but no
    speaker of its own nor a spelling to keep, and nothing fuzzy ("ana ruis"), since a
    description ("senior officials") is written the same way."""
    store(engine, article("a", person("Ana Ruiz", "mayor")), article("b", person("Lucas Olsen")),
          article("c", person("ana ruiz"), person("lucas olsen")),
          article("d", person("ana ruis"), person("mark evans"), person("senior officials")))
    ruiz, olsen = speaker_of(db_path, "a"), speaker_of(db_path, "b")
    assert [speaker_of(db_path, "c", i) for i in range(2)] == [ruiz, olsen]
    assert speaker_of(db_path, "d", 0) not in (ruiz, olsen, None)
    assert query(db_path, "SELECT id, name FROM speakers ORDER BY id") == [
        (ruiz, "Ana Ruiz"), (olsen, "Lucas Olsen"), (3, "ana ruis"), (4, "mark evans"), (5, "senior officials")]
    assert query(db_path, "SELECT speaker_id, alias FROM speaker_aliases ORDER BY id") == [
        (ruiz, "Ana Ruiz"), (olsen, "Lucas Olsen")]


def claimed_by(source_extraction, claimant):
    """The article with one figure claimed by `claimant`, as written."""
    source, extraction = source_extraction
    extraction.claims = [Claim(text=f"{claimant} says 76 million crowns were spent.", number_text="76 million",
                               start=0, end=10, value=76e6, claimant=claimant, claimant_text=claimant)]
    return source, extraction


def claimant_of(db, url):
    return query(db, "SELECT c.claimant_id, c.claimant_text FROM claims c JOIN articles a ON a.id = c.article_id "
                     "WHERE a.url = ?", url)[0]


def test_a_claimant_named_by_surname_is_the_article_speaker_of_that_name(engine, db_path):
    """"Nistor says" after "Patrik Nistor": the article's speaker, not a speaker of its own, even
    with other Nistors known; a bare surname nobody in the article has, shared by several known
    people, keeps the name as written."""
    store(engine, article("a", person("Anna Nistor")), article("b", person("Ion Nistor")),
          claimed_by(article("c", person("Patrik Nistor", None, "Nistor")), "Nistor"),
          claimed_by(article("d", person("Maria Zakharova")), "Nistor"))
    assert claimant_of(db_path, "c") == (speaker_of(db_path, "c"), "Nistor")
    assert claimant_of(db_path, "d") == (None, "Nistor")
    assert query(db_path, "SELECT count(*) FROM speakers WHERE name = 'Nistor'") == [(0,)]


def test_context_picks_between_namesakes(engine, db_path):
    store(engine, article("a", person("Dmitry Peskov", "Kremlin spokesman"), person("Sergei Lavrov")),
          article("b", person("Anna Peskov", "mayor of Tula")),
          article("c", person("Peskov", "Tula mayor")),
          article("d", person("Sergei Lavrov"), person("Peskov")))
    assert speaker_of(db_path, "c") == speaker_of(db_path, "b")  # the role agrees
    # Quoted beside Lavrov before is no evidence for a surname alone: many Peskovs were never quoted.
    assert speaker_of(db_path, "d", 1) is None


def test_descriptions_do_not_link_across_articles(engine, db_path):
    store(engine, article("a", ("the ministry", "organization", None, []), ("officials", "group", None, [])),
          article("b", ("the ministry", "organization", None, [])))
    assert speaker_of(db_path, "a") != speaker_of(db_path, "b")


def test_organisations_are_never_merged_with_persons(engine, db_path):
    store(engine, article("a", ("Clark", "organization", None, [])), article("b", person("Anna Clark")),
          article("c", person("Clark")))
    assert speaker_of(db_path, "a") != speaker_of(db_path, "b")
    store(engine, article("d", person("Anna Clark", "judge"), person("Ruth Ode")), article("e", person("Ruth Ode"), person("Clark")))
    assert speaker_of(db_path, "e", 1) is None  # co-quoted with her before: no evidence for a surname alone


def test_manual_merge_and_split_survive_a_reingest(engine, db_path):
    store(engine,
          article("a", person("Anna Clark", "senator", "Clark")),
          article("b", person("A. Clark", None)),  # linked to Anna Clark: the only Clark with an A
          article("c", person("Anna Clarke", None)))  # another spelling, automatic linking kept it apart
    anna, alan, ana = speaker_of(db_path, "a"), speaker_of(db_path, "b"), speaker_of(db_path, "c")
    assert anna == alan != ana
    with engine.begin() as conn:
        manual.merge(conn, anna, ana, who="maria", why="Clarke is a misspelling in the wire copy")
        new = manual.split(conn, anna, "A. Clark", name="Alan Clark", who="maria", why="Alan, her brother")
    assert speaker_of(db_path, "c") == anna and speaker_of(db_path, "b") == new.id

    # Corrected versions of all three articles arrive (same urls, new text), and a new one.
    store(engine,
          article("a", person("Anna Clark", "senator"), body="corrected a"),
          article("b", person("A. Clark", None), body="corrected b"),
          article("c", person("Anna Clarke", None), body="corrected c"),
          article("d", person("Anna Clarke"), person("A. Clark")))
    assert speaker_of(db_path, "a") == speaker_of(db_path, "c") == speaker_of(db_path, "d", 0) == anna
    assert speaker_of(db_path, "b") == speaker_of(db_path, "d", 1) == new.id
    assert query(db_path, "SELECT count(*) FROM articles") == [(4,)]
    log = query(db_path, "SELECT action, who, why, decided_at FROM speaker_decisions ORDER BY id")
    assert [(a, w) for a, w, _, _ in log] == [("merge", "maria"), ("split", "maria")]
    assert all(why and at for _, _, why, at in log)


def test_rename_and_role_are_never_overwritten_by_linking(engine, db_path):
    store(engine, article("a", person("Dmytro Kovalenko", "minister")))
    sid = speaker_of(db_path, "a")
    with engine.begin() as conn:
        manual.rename(conn, sid, "Dmytro Kovalenko (minister)", who="lee")
        manual.set_role(conn, sid, "Emergencies Minister", who="lee", why="official title")
    store(engine, article("a", person("Dmitri Kovalenko", "deputy"), body="corrected"),
          article("b", person("Dmitriy Kovalenko", "spokesman")))
    assert speaker_of(db_path, "a") == speaker_of(db_path, "b") == sid
    assert query(db_path, "SELECT name, role FROM speakers WHERE id = ?", sid) == [
        ("Dmytro Kovalenko (minister)", "Emergencies Minister")]


def test_merging_a_person_with_an_organisation_is_refused(engine, db_path):
    store(engine, article("a", person("Anna Clark"), ("Clark Holdings", "organization", None, [])))
    with engine.begin() as conn, pytest.raises(manual.SpeakerError, match="stay apart"):
        manual.merge(conn, "Anna Clark", "Clark Holdings")
    with engine.begin() as conn, pytest.raises(manual.SpeakerError, match="no speaker"):
        manual.merge(conn, "Anna Clark", "Nobody Atall")
    with engine.begin() as conn, pytest.raises(manual.SpeakerError, match="has no alias"):
        manual.split(conn, "Anna Clark", "Clark")


GAZETTEER = """name,aliases,description,external_id
Volodymyr Zelenskyy,Zelensky;Zelenskiy;Володимир Зеленський,President of Ukraine,Q3881
Dmitry Peskov,Peskov,Kremlin spokesman,Q4155066
"""


def test_gazetteer_names_are_canonical_and_win(engine, db_path, tmp_path):
    store(engine, article("a", person("Volodymyr Zelensky")), article("b", person("Zelenskiy, V.")),
          article("c", person("Zelenskiy")))
    # Automatic linking kept 'Zelenskiy, V.' apart? Either way the gazetteer brings them together.
    path = tmp_path / "people.csv"
    path.write_text(GAZETTEER, encoding="utf-8")
    with engine.begin() as conn:
        done = manual.import_gazetteer(conn, path, who="desk")
        assert (done.rows, done.created) == (2, 1)
        again = manual.import_gazetteer(conn, path, who="desk")
        assert (again.created, again.updated) == (0, 2)  # importing again updates, never duplicates
    zelensky = speaker_of(db_path, "a")
    assert query(db_path, "SELECT name, description FROM speakers WHERE id = ?", zelensky) == [
        ("Volodymyr Zelenskyy", "President of Ukraine")]
    assert query(db_path, "SELECT speaker_id, scheme FROM speaker_external_ids WHERE value = 'Q3881'") == [
        (zelensky, "wikidata")]
    store(engine, article("d", person("Peskov"), person("Zelenskiy")))  # spellings the gazetteer pins
    peskov = query(db_path, "SELECT speaker_id FROM speaker_external_ids WHERE value = 'Q4155066'")[0][0]
    assert speaker_of(db_path, "d", 0) == peskov and speaker_of(db_path, "d", 1) == zelensky
    assert query(db_path, "SELECT count(*) FROM speakers WHERE name LIKE '%elensk%'") == [(1,)]


def test_gazetteer_errors_name_the_file_and_line(engine, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,kind\nAnna Clark,person\nX,robot\n", encoding="utf-8")
    with engine.begin() as conn, pytest.raises(manual.BadInput, match=r"bad.csv:3: kind must be"):
        manual.import_gazetteer(conn, path)


def test_old_databases_get_keys_on_upgrade(db_path):
    engine = connect(db_path)
    store(engine, article("a", person("Dmitry Peskov")))
    with engine.begin() as conn:  # as a database from before the keys: none, and v1 normalisation
        conn.execute(text("DELETE FROM speaker_keys"))
        conn.execute(text("UPDATE speaker_aliases SET normalized = 'old'"))
        conn.execute(text("DROP TABLE speaker_decisions"))
        conn.execute(text("DROP TABLE speaker_external_ids"))
        conn.execute(text("DROP TABLE speaker_keys"))
        conn.execute(text("DELETE FROM _migrations WHERE name LIKE 'm004%' OR name LIKE 'm005%'"))
    engine.dispose()
    engine = connect(db_path)
    store(engine, article("b", person("Dmitri Peskov")))
    engine.dispose()
    assert speaker_of(db_path, "a") == speaker_of(db_path, "b")
    assert query(db_path, "SELECT count(*) FROM speaker_aliases WHERE normalized = 'old'") == [(0,)]


def test_linking_reads_the_database_not_a_preloaded_copy(db_path):
    """Two ingests at once: the second one's cache sees what the first stored after it started."""
    first, second = connect(db_path), connect(db_path)
    late = LinkCache()
    store(second, article("z", person("Ana Ruiz")), cache=late)
    store(first, article("a", person("Dmitry Peskov")))
    store(second, article("b", person("Dmitri Peskov")), cache=late)
    first.dispose()
    second.dispose()
    assert speaker_of(db_path, "a") == speaker_of(db_path, "b")


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


def test_speakers_commands(engine, db_path, tmp_path):
    store(engine, article("a", person("Anna Clark", "senator", "Clark"), person("Anna Clarke")),
          article("b", person("A. Clark")))
    engine.dispose()
    code, out = run("speakers", "list", "--db", db_path, "--search", "clark")
    assert code == 0 and "Anna Clark (person, senator)" in out and "Anna Clarke" in out
    code, out = run("speakers", "merge", "Anna Clark", "Anna Clarke", "--db", db_path, "--who", "maria",
                    "--why", "misspelt")
    assert code == 0 and "merged into" in out
    code, out = run("speakers", "split", "Anna Clark", "A. Clark", "--name", "Alan Clark", "--db", db_path)
    assert code == 0 and "Alan Clark" in out
    code, out = run("speakers", "rename", "Alan Clark", "Alan B. Clark", "--db", db_path)
    assert code == 0 and "Alan B. Clark" in out
    code, out = run("speakers", "set-role", "Alan B. Clark", "farmer", "--db", db_path)
    assert code == 0 and "farmer" in out
    path = tmp_path / "g.csv"
    path.write_text("name,aliases,description,external_id\nAnna Clark,Senator Clark,Senator,Q1\n", encoding="utf-8")
    code, out = run("speakers", "import", path, "--db", db_path)
    assert code == 0
    code, out = run("speakers", "show", "Q1", "--db", db_path)
    assert code == 0 and "wikidata: Q1" in out and "Anna Clarke  [manual]" in out
    assert "merge Anna Clarke because misspelt" in out and "maria" in out
    code, out = run("speakers", "show", "Nobody", "--db", db_path)
    assert code == 1 and "no speaker named 'Nobody'" in out
    code, out = run("speakers", "merge", "1", "1", "--db", db_path)
    assert code == 1 and "already one speaker" in out
    code, out = run("speakers", "list", "--db", tmp_path / "missing.db")
    assert code == 1 and "does not exist" in out


SEED_LIKE = {
    "a1.txt": "Kremlin says talks will continue\n\nMarch 3, 2026\n\nKremlin spokesman Dmitry Peskov said on Tuesday "
              "that the talks would continue. \"We are ready to talk,\" Peskov told reporters.\n\nPresident Volodymyr "
              "Zelenskyy said Ukraine would attend.\n",
    "a2.txt": "Talks set for Friday\n\nMarch 5, 2026\n\n\"There is no basis for a deal yet,\" Dmitri Peskov told "
              "reporters on Thursday.\n\nVolodymyr Zelensky said the delegation was ready.\n",
    "a3.txt": "Delegations arrive\n\nMarch 6, 2026\n\nZelenskiy said the first round had gone well. Peskov said the "
              "Kremlin would study the proposals.\n",
}


def test_ingest_links_the_seed_spellings_across_articles(tmp_path):
    """End to end through `claims ingest`: later articles' spellings find the first article's speakers;
    a surname alone in an article that never names the person in full stays without a speaker."""
    from claims.ingest import ingest

    for name, body in SEED_LIKE.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    db = tmp_path / "claims.db"
    summary = ingest([str(tmp_path / n) for n in sorted(SEED_LIKE)], str(db))
    assert not summary.errors
    said = query(db, "SELECT q.speaker_text, s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id")
    by_text = {t: n for t, n in said}
    for spelling in ("Dmitri Peskov", "Peskov"):
        assert by_text.get(spelling) == "Dmitry Peskov", said
    assert by_text.get("Volodymyr Zelensky") == "Volodymyr Zelenskyy", said
    unresolved = query(db, "SELECT speaker_text FROM quotes WHERE speaker_id IS NULL ORDER BY article_id, start")
    assert unresolved == [("Zelenskiy",), ("Peskov",)]


def test_the_database_linker_uses_co_occurring_speakers(engine, db_path):
    """A typo in a surname links only with evidence: here a speaker the two articles share."""
    store(engine, article("a", person("Oleksandra Shevchuk"), person("Miroslav Benes")),
          article("b", person("Oleksandra Shecvhuk")),
          article("c", person("Miroslav Benes"), person("Oleksandra Shevcuhk")))
    assert speaker_of(db_path, "b") != speaker_of(db_path, "a", 0)  # no evidence: a speaker of its own
    assert speaker_of(db_path, "c", 1) == speaker_of(db_path, "a", 0)  # Benes was quoted with her
