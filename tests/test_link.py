"""Name normalisation and the Linker's rules, over the index ingest uses (claims.link.SpeakerIndex
on a real SQLite database)."""

import sqlite3

import pytest

from claims.link import SpeakerIndex, normalize
from claims.link.linker import Context
from claims.link.names import Name, compare, is_proper
from claims.store import connect


class Known:
    """Speakers in a real database, the Linker over it, and evidence written as articles and quotes."""

    def __init__(self, path):
        connect(path).dispose()
        self.db = sqlite3.connect(path, isolation_level=None)
        self.index = SpeakerIndex(self.db.cursor())
        self.articles = 0

    def find(self, name, kind="person", context=None):
        self.index.forget()
        return self.index.linker.find(name, kind, context)

    def find_all(self, speakers):
        self.index.forget()
        return self.index.linker.find_all(speakers)

    def add(self, name, speaker_id, kind="person", manual=False):
        """`name` is an alias of speaker `speaker_id` (made if new)."""
        self.db.execute("INSERT OR IGNORE INTO speakers (id, name, kind) VALUES (?, ?, ?)", (speaker_id, name, kind))
        self.index.cache.clear()
        self.index.next_speaker = self.index.first_speaker = speaker_id + 1
        self.index.write_aliases(speaker_id, kind, [name], "manual" if manual else "auto")
        self.index.flush()

    def note(self, speaker_id, role=None, outlet=None, co_speakers=(), published=None):
        """An article quoting `speaker_id` (with `role`) beside `co_speakers`, in `outlet` on `published`."""
        self.articles += 1
        article = self.db.execute("INSERT INTO articles (outlet, published, content_hash, text, ingested_at) "
                                  "VALUES (?, ?, ?, '', '')", (outlet, published, f"a{self.articles}")).lastrowid
        for speaker, role_ in [(speaker_id, role), *((s, None) for s in co_speakers)]:
            self.db.execute("INSERT INTO quotes (article_id, speaker_id, role, kind, text, start, [end], confidence) "
                            "VALUES (?, ?, ?, 'direct', '', 0, 0, 1)", (article, speaker, role_))
        self.index.cache.forget_speakers([speaker_id, *co_speakers])


@pytest.fixture
def known(db_path):
    """known(*names, kind=...) -> a Known whose speakers 1, 2, ... are `names`."""
    made = []

    def make(*names, kind="person"):
        k = Known(db_path)
        made.append(k)
        for i, name in enumerate(names, 1):
            k.add(name, i, kind)
        return k

    yield make
    for k in made:
        k.db.close()


@pytest.mark.parametrize("a, b", [
    ("Zelenskiy, Volodymyr", "President Volodymyr Zelenskyy"),
    ("Volodymyr Zelensky", "VOLODYMYR ZELENSKYI"),
    ("Dmitri Peskov", "Dmitry Peskov"),
    ("Dmitrii Peskow", "Mr. Dmitry Peskov"),
    ("François Hollande", "Francois Hollande"),
    ("Gerhard Schröder", "Gerhard Schroeder"),
    ("Mohammed bin Salman", "Muhammad bin Salman"),
    ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),
    ("Sergej Lawrow", "Sergei Lavrov"),
    ("Alexei Navalny", "Aleksei Navalny"),
    ("Ursula von der Leyen", "Ursula Von Der Leyen"),
    ("Martin Luther King Jr.", "Martin Luther King"),
])
def test_spellings_of_one_name_share_a_key(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("name, key_words", [
    ("Finance Minister Ana Ruiz", 2), ("Mr. Tom Hale", 2), ("the Rev. Jesse Jackson", 2),
    # A title that is also a common given name is kept: there is no context here to tell them apart.
    ("Dean Baquet", 2), ("Earl Warren", 2),
])
def test_a_name_is_keyed_without_its_leading_titles(name, key_words):
    assert len(normalize(name).split()) == key_words


@pytest.mark.parametrize("a, b", [
    ("Michael Clark", "Michelle Clark"), ("Ivan Petrov", "Ivan Petrova"), ("Daniel Weber", "Daniela Weber"),
    ("Ali Hassan", "Ali Hussein"), ("Anna Clark", "Anna Clarke"),
    # A vowel more in a four-letter name is as often another name
    ("Carl Smith", "Carol Smith"), ("Karl Weber", "Karol Weber"), ("Mark Evans", "Marek Evans"),
])
def test_different_names_stay_different(a, b):
    assert normalize(a) != normalize(b)
    assert compare(Name.of(normalize(a)), Name.of(normalize(b))) is None


@pytest.mark.parametrize("a, b, levels", [
    ("Heinz Hochhof", "Heiz Hochhof", ("typo", "same")),  # a consonant dropped from a five-letter name
    ("Fiona Evans", "Fiona Evasn", ("same", "typo")),  # the last two letters swapped
    ("Helmut Horn", "Helmtu Horn", ("typo", "same")),
    ("Yasmin Karam", "Yasmin Karma", ("same", "typo")),
    ("Oleksandra Shevchuk", "Oleksandra Shecvhuk", ("same", "typo")),
])
def test_one_typo_is_read_as_one(a, b, levels):
    assert normalize(a) != normalize(b)
    assert compare(Name.of(normalize(a)), Name.of(normalize(b))) == levels


def test_normalize_is_idempotent():
    for name in ("Xi Jinping", "Zelenskiy, Volodymyr", "Abdel Fattah el-Sisi", "Moon Jae-in", "Joe Biden"):
        assert normalize(normalize(name)) == normalize(name)


def test_seed_spellings_link_across_articles(known):
    linker = known("Dmitry Peskov", "Volodymyr Zelenskyy")
    assert linker.find("Dmitri Peskov").speaker_id == 1
    assert linker.find("Volodymyr Zelensky").speaker_id == 2
    assert linker.find("Wolodymyr Selenskyj").speaker_id == 2  # German transliteration
    # A surname alone, with nothing in the context for it: the only one known so far is no evidence.
    assert linker.find("Zelenskiy").speaker_id is None and linker.find("Peskov").speaker_id is None
    assert linker.find("Zelenskiy", context=Context(co_speakers=frozenset())).speaker_id is None


def test_surname_alone_links_only_when_one_person_fits(known):
    linker = known("Dmitry Peskov", "Anna Peskov")
    match = linker.find("Peskov")
    assert match.speaker_id is None and match.how == "ambiguous"
    linker.note(2, role="mayor of Tula")
    assert linker.find("Peskov", context=Context(role="Tula mayor")).speaker_id == 2


def test_initials_and_nicknames(known):
    linker = known("William Clinton", "Hillary Clinton", "Alexander Petrov", "Alexandra Petrov")
    assert linker.find("Bill Clinton").speaker_id == 1
    assert linker.find("W. Clinton").speaker_id == 1
    assert linker.find("H Clinton").speaker_id == 2
    assert linker.find("Alex Petrov").speaker_id is None  # Alexander or Alexandra: not guessed
    assert linker.find("A. Petrov").speaker_id is None


def test_hard_negatives_are_not_merged(known):
    linker = known("Michael Clark", "Ivan Petrov", "Daniel Weber")
    assert linker.find("Michelle Clark").speaker_id is None
    assert linker.find("Ivan Petrova").speaker_id is None
    assert linker.find("Daniela Weber").speaker_id is None
    assert linker.find("Dmitry Clark").speaker_id is None


def test_a_typo_links_only_with_supporting_context(known):
    linker = known("Oleksandra Shevchuk")
    linker.note(1, role="director of the Valley Aid Network")
    assert linker.find("Oleksandra Shecvhuk").speaker_id is None  # a typo, or another person?
    assert linker.find("Oleksandra Shevchuck").speaker_id == 1  # ck -> k: a spelling, not a typo
    assert linker.find("Oleksandra Shecvhuk", context=Context(role="Valley Aid Network director")).speaker_id == 1
    assert linker.find("Oleksandra Shecvhuk", context=Context(role="footballer")).speaker_id is None
    assert linker.find("Oleksandra Shevchuka", context=Context(role="Valley Aid Network director")).speaker_id is None


def test_east_asian_name_order(known):
    linker = known("Xi Jinping", "Moon Jae-in")
    assert linker.find("Jinping Xi").speaker_id == 1
    assert linker.find("Xi").speaker_id is None  # a surname alone, without evidence
    assert linker.find("Moon Jae In").speaker_id == 2
    assert linker.find("Jae-in Moon").speaker_id == 2


def test_organisations_never_merge_with_persons(known):
    linker = known()
    linker.add("Clark", 1, "organization")
    linker.add("the Kremlin", 2, "organization")
    linker.add("Kremlin Watchers", 3, "group")
    assert linker.find("Clark", "person").speaker_id is None
    assert linker.find("Kremlin", "organization").speaker_id == 2
    assert linker.find("Kremlin", "group").speaker_id is None
    linker.add("Anna Clark", 4, "person")
    assert linker.find("Clark", "organization").speaker_id == 1
    assert linker.find("Clark", "person").speaker_id is None  # one Clark known: no evidence yet
    linker.note(4, role="judge")
    assert linker.find("Clark", "person", Context(role="judge")).speaker_id == 4


def test_manual_spelling_wins_over_the_same_key(known):
    linker = known()
    linker.add("Dmitry Peskov", 1)
    linker.add("Dmitri Peskov", 2, manual=True)  # a person split it off
    assert linker.find("Dmitri Peskov").speaker_id == 2
    assert linker.find("Dmitrii Peskov").speaker_id is None  # same key, two people: not guessed


@pytest.mark.parametrize("name, proper", [
    ("Dmitry Peskov", True), ("Peskov, Dmitry", True), ("Emergencies Ministry", True), ("al-Sisi", True),
    ("the ministry", False), ("officials", False), ("She", False), ("the governor", False),
    ("Kovalenko, who flew over the valley by helicopter", False), ("the 40 million", False),
])
def test_only_names_link_across_articles(name, proper):
    assert is_proper(name) is proper


def test_who_else_the_article_quotes_is_no_evidence_where_a_coincidence_is_likely(known):
    """In an archive of three people, that one namesake was quoted beside this article's other
    speaker before says nothing: one of the two Peskovs would be, by chance, half the time."""
    linker = known("Dmitry Peskov", "Anna Peskov", "Sergei Lavrov")
    linker.note(1, role="Kremlin spokesman", co_speakers=[3])
    together = linker.find_all([("Peskov", "person", None), ("Sergei Lavrov", "person", None)])
    assert [m.speaker_id for m in together] == [None, 3]
    with_role = linker.find_all([("Peskov", "person", "Kremlin spokesman"), ("Sergei Lavrov", "person", None)])
    assert [m.speaker_id for m in with_role] == [1, 3]


def archive(known, *names, size=400):
    """known(*names) in an archive of `size` speakers (the others unrelated)."""
    linker = known(*names)
    linker.add("Somebody Else", size)
    return linker


def test_a_namesake_quoted_beside_the_articles_other_speaker_links_when_it_is_no_coincidence(known):
    """A surname alone, in an article that also quotes a mayor quoted before beside one Kowalski
    only, and beside few people at all: that Kowalski, not the namesake never quoted beside her."""
    linker = archive(known, "Jan Kowalski", "Ewa Kowalski", "Maria Nowak", "Piotr Zielinski")
    linker.note(3, role="mayor of Lodz", co_speakers=[1, 4])
    found = linker.find_all([("Kowalski", "person", None), ("Maria Nowak", "person", None)])
    assert [(m.speaker_id, m.how) for m in found] == [(1, "surname"), (3, "exact")]
    # A role that contradicts him is stronger than the company: nobody
    linker.note(1, role="goalkeeper")
    found = linker.find_all([("Kowalski", "person", "bishop"), ("Maria Nowak", "person", None)])
    assert [m.speaker_id for m in found] == [None, 3]


def test_a_speaker_quoted_beside_many_people_points_at_no_namesake(known):
    """A prime minister quoted beside forty people: that one of them is a Kowalski is chance."""
    linker = archive(known, "Jan Kowalski", "Ewa Kowalski", "Maria Nowak")
    crowd = list(range(10, 50))
    for i in crowd:
        linker.add(f"Person Number{chr(97 + i % 26)}{chr(97 + i // 26)}", i)
    linker.note(3, role="prime minister", co_speakers=[1, *crowd])
    found = linker.find_all([("Kowalski", "person", None), ("Maria Nowak", "person", None)])
    assert [(m.speaker_id, m.how) for m in found] == [(None, "unsupported"), (3, "exact")]


def test_two_namesakes_quoted_beside_the_articles_speakers_leave_the_surname_alone(known):
    linker = archive(known, "Jan Kowalski", "Ewa Kowalski", "Maria Nowak", "Piotr Zielinski")
    linker.note(3, co_speakers=[1])
    linker.note(4, co_speakers=[2])
    found = linker.find_all([("Kowalski", "person", None), ("Maria Nowak", "person", None),
                             ("Piotr Zielinski", "person", None)])
    assert [m.speaker_id for m in found] == [None, 3, 4]


def test_particles_and_syllables():
    assert normalize("al-Sisi") == normalize("Sisi") and normalize("Le Maire") == normalize("Maire")
    assert normalize("Al Gore") == "al gore"  # Al is a given name
    assert normalize("Moon Jae-in") == normalize("Moon Jaein")
    assert normalize("Young-woo Kwon").split()[-1] == normalize("Kwon").split()[0]
    assert normalize("Jean-Pierre Raffarin") == normalize("Jean Pierre Raffarin")


def test_a_reversed_reading_must_be_the_same_two_names(known):
    """Only East Asian names are written in both orders: Qasim Samarrai is not Samira Qasim."""
    linker = known("Samira Qasim", "Sota Sato", "Louis Laurent")
    assert linker.find("Qasim Samarrai").speaker_id is None
    assert linker.find("Sato Sota").speaker_id == 2  # the very same names, turned round
    assert linker.find("Laurent Louise").speaker_id is None


def test_an_initial_alias_is_no_bridge_between_two_given_names(known):
    linker = known("John Smith")
    assert linker.find("J. Smith").speaker_id == 1
    linker.add("J. Smith", 1)
    assert linker.find("James Smith").speaker_id is None  # not John through "J."
    # A speaker known only by the initial takes the first full name that fits it
    linker.add("K. Jones", 2)
    assert linker.find("Karen Jones").speaker_id == 2


@pytest.mark.parametrize("name, given, surname", [
    ("J. Gibson", ("y",), "gibson"), ("I. Lacroix", ("y",), "lacroiks"), ("Y. Orlov", ("y",), "orlov"),
    ("He J.", ("y",), "he"), ("Brown, J.", ("y",), "brovn"),
])
def test_an_initial_is_never_the_family_name(name, given, surname):
    """I, J and Y fold to the letter the Korean family name Yi folds to: alone, it is an initial."""
    parsed = Name.of(normalize(name))
    assert (parsed.given, parsed.surname) == (given, surname)


def test_the_family_name_yi_still_links_in_either_order(known):
    linker = known("Yi Sun-hee")
    assert [linker.find(n).speaker_id for n in ("Yi Sunhee", "Sun-hee Yi", "YI SUN-HEE")] == [1, 1, 1]


def test_an_initial_i_j_or_y_links_to_the_one_full_name_it_may_stand_for(known):
    linker = known("Inès Lacroix", "Jonathan Gibson", "Yuri Orlov", "Ivan Petrenko", "Anna Petrenko")
    found = [linker.find(n) for n in ("I. Lacroix", "J. Gibson", "Y. Orlov", "I. Petrenko", "A. Lacroix")]
    assert [(m.speaker_id, m.how) for m in found] == [
        (1, "initial"), (2, "initial"), (3, "initial"), (4, "initial"), (None, "none")]


def test_a_fathers_name_is_not_a_middle_name(known):
    """Arabic names put the father's name before the family name: only the context may link them."""
    linker = known("Bassam Mariam Dabbagh")
    assert linker.find("Mariam Dabbagh").speaker_id is None
    assert linker.find("Bassam Dabbagh").speaker_id == 1  # the given name and the family name agree
    linker.note(1, role="mayor of Homs")
    assert linker.find("Mariam Dabbagh", context=Context(role="Homs mayor")).speaker_id == 1


def test_the_outlet_alone_does_not_link_a_surname(known):
    """On an archive of few outlets, "the namesake this outlet quoted" is "the first one ingested"."""
    linker = known("Dmitry Peskov", "Anna Peskov")
    linker.note(1, outlet="Kyiv Independent")
    linker.note(2, outlet="Meduza")
    assert linker.find("Peskov", context=Context(outlet="Meduza")).speaker_id is None
    linker.note(2, role="mayor of Tula")
    assert linker.find("Peskov", context=Context(outlet="Meduza", role="Tula mayor")).speaker_id == 2


def test_a_namesake_the_article_quotes_keeps_the_mention_its_own(known):
    """The article quotes Anna Peskov and did not tie "Mr Peskov" to her: which Peskov it is, is
    the article's question, even when the role fits Dmitry."""
    linker = known("Dmitry Peskov", "Anna Peskov")
    linker.note(1, role="Kremlin spokesman")
    spokesman = Context(role="Kremlin spokesman")
    assert linker.find("Peskov", context=spokesman).speaker_id == 1
    assert linker.find("Peskov", context=Context(role="Kremlin spokesman", co_speakers=frozenset({2}))).speaker_id is None


def test_blocks_hold_one_surname_and_one_initial():
    """Blocking keys: a common surname is split by given initial (nicknames by their formal
    name's), and a one-letter surname typo still shares a key with the right spelling."""
    def keys(name):
        return Name.of(normalize(name)).block_keys()

    def found(query, stored):
        return bool(Name.of(normalize(query)).query_keys() & keys(stored))

    assert not keys("John Smith") & keys("Mary Smith")
    assert found("Bill Clinton", "William Clinton") and found("W. Clinton", "William Clinton")
    assert found("Jinping Xi", "Xi Jinping")
    assert found("Oleksandra Shecvhuk", "Oleksandra Shevchuk")  # transposition
    assert found("Oleksandra Shevhuk", "Oleksandra Shevchuk")  # deletion
    assert not found("Oleksandra Petrenko", "Oleksandra Shevchuk")


@pytest.mark.parametrize("text, expected", [
    ("Mr Brown", ("Mr Brown", None)),
    ("Ruiz", ("Ruiz", None)),
    ("Chancellor Ruiz", ("Chancellor Ruiz", "Chancellor")),  # the title is evidence of a role
    ("Mr Peskov, the Kremlin spokesman,", ("Mr Peskov", None)),  # the quote's role carries the rest
    ("Dr. Brown", ("Dr. Brown", None)),
    ("Ana Ruiz", None),  # a full name links by the full-name rules
    ("she", None), ("The company", None), ("Analysts", None), ("Residents", None), ("Police", None),
    ("Kremlin spokesman Peskov", None),  # not a title alone before the name
])
def test_which_unresolved_mentions_name_a_person(text, expected):
    from claims.link.mentions import mention_name

    assert mention_name(text) == expected
