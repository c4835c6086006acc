"""Readers: every format yields Articles; bad input yields BadInput naming file and line."""

import json

from claims.errors import BadInput
from claims.sources import Article, read


def articles(*targets):
    return [a for a in read([str(t) for t in targets]) if isinstance(a, Article)]


def errors(*targets):
    return [e for e in read([str(t) for t in targets]) if isinstance(e, BadInput)]


def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Mayor Ana Ruiz said on Tuesday that the bridge would reopen.", encoding="utf-8")
    [article] = articles(path)
    assert article.text.startswith("Mayor Ana Ruiz")
    assert article.source == str(path)


def test_jsonl_rows_keep_their_ids_and_broken_lines_name_the_line(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [json.dumps({"id": "a1", "text": "One article.", "outlet": "The Ledger"}), "{not json",
            json.dumps({"id": "a3", "title": "no text"}), json.dumps({"id": "a4", "text": "Another one."})]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = list(read([str(path)]))
    assert [a.id for a in found if isinstance(a, Article)] == ["a1", "a4"]
    assert [(e.line, e.source) for e in found if isinstance(e, BadInput)] == [(2, str(path)), (3, str(path))]
    assert found[0].outlet == "The Ledger"


def test_csv_needs_a_text_column_and_keeps_quoted_newlines(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text('id,title,text\nx1,Headline,"First paragraph.\n\nSecond paragraph."\n', encoding="utf-8")
    [article] = articles(good)
    assert article.id == "x1" and article.title == "Headline" and "\n\nSecond" in article.text
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,hello\n", encoding="utf-8")
    [error] = errors(bad)
    assert error.line == 1 and "text" in error.message


def test_html_page_gives_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("""<html><head><title>Bridge to reopen</title><meta name="author" content="Jo Park">
    <meta property="article:published_time" content="2026-03-04"></head><body><nav>Home | World</nav>
    <article><h1>Bridge to reopen</h1><p>“We are ready,” Mayor Ana Ruiz said on Tuesday at a news conference.</p>
    <p>The bridge has been closed for three weeks after the flood damaged its supports.</p></article>
    <footer>© 2026 The Ledger</footer></body></html>""", encoding="utf-8")
    [article] = articles(path)
    assert "We are ready" in article.text and "Home | World" not in article.text
    assert article.author == "Jo Park" and article.published.startswith("2026-03-04")


def test_encodings(tmp_path):
    (tmp_path / "utf16.txt").write_bytes("Zelenskyy said “no”.".encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes("Caf\xe9 owner Jos\xe9 said \x93no\x94.".encode("latin-1"))
    texts = sorted(a.text for a in articles(tmp_path))
    assert texts == ["Café owner José said “no”.", "Zelenskyy said “no”."]


def test_binary_empty_and_missing_files_are_errors_and_the_batch_goes_on(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "ok.txt").write_text("The council said it would vote.", encoding="utf-8")
    found = list(read([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert [a.text for a in found if isinstance(a, Article)] == ["The council said it would vote."]
    messages = {e.source.rsplit("/", 1)[-1]: e.message for e in found if isinstance(e, BadInput)}
    assert "PNG" in messages["image.txt"] and "empty" in messages["empty.txt"]
    assert "format" in messages["photo.png"] and "no such file" in messages["missing.txt"]


def test_only_http_urls_are_fetched():
    [error] = list(read(["file:///etc/passwd"]))
    assert isinstance(error, BadInput) and "http" in error.message


def test_estimate_count_counts_files_rows_and_lines_without_parsing_articles(tmp_path):
    from claims.sources import estimate_count

    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    (tmp_path / "rows.csv").write_text('id,text\n1,"two\nlines"\n2,short\n', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    assert estimate_count([str(tmp_path)]) == 1 + 3 + 2
    assert estimate_count([str(tmp_path / "missing.txt"), "https://example.org/a"]) == 2


def test_html_entities_are_decoded_when_read(tmp_path):
    """Issue 16: exports carry the page's escapes ("communiqu&#233;"); readers must see "communiqué"."""
    row = {"id": "e1", "title": "Summit ends with a communiqu&eacute;", "outlet": "Les &Eacute;chos",
           "text": "The final communiqu&#233; called the plan &quot;ambitious&quot;, Ana Ruiz said. "
                   "AT&T and R&D stay as written, and so does &unknownname; and &#x20AC;5 becomes €5."}
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps(row) + "\n", encoding="utf-8")
    text = tmp_path / "b.txt"
    text.write_text("Caf&eacute; owners said prices rose.", encoding="utf-8")
    [from_jsonl] = articles(jsonl)
    assert from_jsonl.text == ("The final communiqué called the plan \"ambitious\", Ana Ruiz said. "
                               "AT&T and R&D stay as written, and so does &unknownname; and €5 becomes €5.")
    assert from_jsonl.title == "Summit ends with a communiqué" and from_jsonl.outlet == "Les Échos"
    [from_text] = articles(text)
    assert from_text.text == "Café owners said prices rose."


def test_ingested_quotes_hold_decoded_text(tmp_path):
    """End to end through claims ingest: the stored quote and its offsets are of the decoded text."""
    import sqlite3

    from claims.ingest import ingest

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(json.dumps({"id": "e2", "published": "2026-05-01", "text": (
        "The final communiqu&#233; of the summit called the plan ambitious, "
        "Finance Minister Ana Ruiz told reporters.")}) + "\n", encoding="utf-8")
    db = tmp_path / "claims.db"
    ingest([str(jsonl)], str(db))
    conn = sqlite3.connect(db)
    rows = conn.execute(
        'SELECT quotes.text, start, "end", articles.text FROM quotes JOIN articles ON articles.id = article_id').fetchall()
    assert rows and not [row for row in rows if "&#" in row[0]]
    assert [text for text, *_ in rows if "communiqué" in text]
    assert all(article[start:end] == text for text, start, end, article in rows)
