"""Bad input through the real `claims ingest` (issue 9, part 1).

Every case is built here, in a temporary directory, and the whole batch goes through one run
of the real CLI in a subprocess: each bad file gets a message naming it (and its line), every
good input of the same batch is stored, nothing crashes, memory stays bounded and the exit
status is 1.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CLAIMS = [str(Path(sys.executable).parent / "claims")]
# Runs a command and reports its peak resident memory (the wrapper has no other child).
PEAK = ("import resource, subprocess, sys; status = subprocess.call(sys.argv[1:]); "
        "print('PEAK_RSS_KB', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
        "sys.exit(status)")
BIG = 200 * 1024 * 1024  # the 200 MB one-line files
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

GOOD = "Mayor Ana Ruiz said on Tuesday that the bridge over the Drevna would reopen. “We are ready,” she said."


def good(n: int | str) -> str:
    """A distinct small article (distinct texts: the store keeps one copy of equal texts)."""
    return f"Article {n}. " + GOOD


def png() -> bytes:
    def chunk(kind, data):
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", bytes([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
            b" endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n" + bytes(range(256)))


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("article.txt", GOOD)
    return buffer.getvalue()


@dataclass
class Case:
    """One bad (or hostile but valid) input: the files it writes and what must come of them."""

    name: str
    files: dict[str, bytes]  # relative path -> content
    errors: list[tuple[str, int | None, str]] = field(default_factory=list)  # (path, line, words in the message)
    stored: list[tuple[str, str]] = field(default_factory=list)  # (source suffix, text that must be in it)


def refused(name, filename, content, words, line=None):
    return Case(name, {filename: content}, errors=[(filename, line, words)])


def accepted(name, filename, content, must_contain):
    """A valid input that must be stored; (filename, line) for a row of a JSONL or CSV file."""
    if isinstance(filename, tuple):
        filename, line = filename
        return Case(name, {filename: content}, stored=[(f"{filename}:{line}", must_contain)])
    return Case(name, {filename: content}, stored=[(filename, must_contain)])


def cases() -> list[Case]:
    c: list[Case] = []
    # Binary files, under an article suffix (sniffed) and under their own (refused by suffix).
    c.append(refused("png as .txt", "png.txt", png(), "PNG image"))
    c.append(refused("pdf as .txt", "pdf.txt", pdf(), "PDF document"))
    c.append(refused("zip as .txt", "zip.txt", zip_bytes(), "ZIP archive"))
    c.append(refused("png as .html", "png.html", png(), "PNG image"))
    c.append(refused("pdf as .jsonl", "pdf.jsonl", pdf(), "PDF document"))
    c.append(refused("zip as .csv", "zip.csv", zip_bytes(), "ZIP archive"))
    c.append(refused("gzip as .jsonl", "gz.jsonl", b"\x1f\x8b\x08\x00" + zlib.compress(GOOD.encode() * 50), "gzip"))
    c.append(refused("sqlite as .csv", "db.csv", b"SQLite format 3\x00" + bytes(4096), "SQLite"))
    c.append(refused("png by suffix", "photo.png", png(), "not an article format"))
    c.append(refused("pdf by suffix", "report.pdf", pdf(), "not an article format"))
    c.append(refused("zip by suffix", "archive.zip", zip_bytes(), "not an article format"))
    c.append(refused("docx by suffix", "draft.docx", zip_bytes(), "not an article format"))
    c.append(refused("random bytes with NULs", "noise.txt", bytes(range(256)) * 64, "binary"))
    c.append(refused("ELF executable as .md", "a.out.md", b"\x7fELF\x02\x01\x01" + bytes(2000), "executable"))
    # Encodings: detectable ones are read correctly, undecodable ones are refused with the line.
    c.append(accepted("latin-1", "latin1.txt", "Café owner José Núñez said the water rose.".encode("latin-1"),
                      "Café owner José Núñez"))
    c.append(accepted("windows-1252", "cp1252.txt", "He said \u201cno\u201d \u2013 it cost \u20ac5.".encode("cp1252"),
                      "\u201cno\u201d \u2013 it cost \u20ac5"))
    c.append(accepted("utf-16 le BOM", "utf16le.txt", codecs.BOM_UTF16_LE + "Zelenskyy said “no”.".encode("utf-16-le"),
                      "Zelenskyy said “no”."))
    c.append(accepted("utf-16 be BOM", "utf16be.txt", codecs.BOM_UTF16_BE + "Ümit Öz said “yes”.".encode("utf-16-be"),
                      "Ümit Öz said “yes”."))
    c.append(accepted("utf-16 le without BOM", "utf16nobom.txt", "The minister said the dam held.".encode("utf-16-le"),
                      "The minister said the dam held."))
    c.append(accepted("utf-8 BOM", "bom.txt", codecs.BOM_UTF8 + "Ana Ruiz said yes.".encode(), "Ana Ruiz said yes."))
    c.append(refused("utf-16 odd length", "utf16odd.txt", codecs.BOM_UTF16_LE + "Broken".encode("utf-16-le") + b"\x00\xd8",
                     "invalid UTF-16"))
    damaged = "Zürich, Genève and Łódź reported “high water”.\nThe mayor said".encode() + b" \xc3\x28 it rose.\n"
    c.append(Case("damaged utf-8", {"damaged.txt": damaged}, errors=[("damaged.txt", 2, "invalid UTF-8")],
                  stored=[("damaged.txt", "Zürich, Genève and Łódź")]))
    c.append(refused("neither utf-8 nor cp1252", "undecodable.txt", b"line one\nline two \x81\x8d\x90 here\n",
                     "not valid UTF-8 or Windows-1252", line=2))
    c.append(accepted("utf-16 jsonl", ("utf16.jsonl", 1), json.dumps({"id": "u16", "text": "Olena Kovalenko said “ready”."},
                                                                ensure_ascii=False).encode("utf-16"),
                      "Olena Kovalenko said “ready”."))
    c.append(accepted("cp1252 csv", ("cp1252.csv", 2), "id,text\nc1,\"Caf\u00e9 owner said \u201cnever\u201d.\"\n".encode("cp1252"),
                      "Café owner said “never”."))
    c.append(accepted("utf-16 csv", ("utf16.csv", 2), "id,text\nw1,Łukasz Nowak said the river fell.\n".encode("utf-16"),
                      "Łukasz Nowak said the river fell."))
    # Empty and blank inputs.
    c.append(refused("empty txt", "empty.txt", b"", "empty"))
    c.append(refused("whitespace txt", "blank.txt", b" \n\t\r\n   \n", "empty"))
    c.append(refused("BOM only", "bomonly.txt", codecs.BOM_UTF8, "empty"))
    c.append(refused("invisible characters only", "invisible.md", "\u200b\u00a0\u3000\u2060\n".encode(), "no text"))
    c.append(refused("punctuation only", "dots.txt", b"... --- !!! ???\n", "no text"))
    c.append(refused("empty html", "empty.html", b"", "empty"))
    c.append(refused("empty jsonl", "empty.jsonl", b"\n\n", "empty"))
    c.append(refused("empty csv", "empty.csv", b"", "empty"))
    c.append(refused("csv header only", "header.csv", b"id,title,text\n", "no rows"))
    # Sizes: 200 MB of one line, refused before it is read (text) or skipped in chunks (JSONL).
    c.append(Case("200 MB one-line txt", {"big.txt": b"BIG"}, errors=[("big.txt", None, "too large")]))
    c.append(Case("200 MB one-line jsonl", {"big.jsonl": b"BIG"},
                  errors=[("big.jsonl", 2, "too large")], stored=[("big.jsonl:1", "Article big-1."),
                                                                  ("big.jsonl:3", "Article big-3.")]))
    c.append(Case("200 MB one-line csv", {"big.csv": b"BIG"},
                  errors=[("big.csv", 3, "too large")], stored=[("big.csv:2", "Article bigcsv-2.")]))
    c.append(refused("25 MB html", "huge.html", b"<p>" + b"word " * (5 * 1024 * 1024) + b"</p>", "too large"))
    # HTML.
    nested = ("<html><body>" + "<div>" * 10_000 + "<p>“Deep,” the mayor said.</p>" + "</div>" * 10_000
              + "</body></html>").encode()
    c.append(refused("html nested 10,000 deep", "nested.html", nested, "nested 10,00"))
    c.append(accepted("html nested 10,000 deep after the article", "nested-after.html",
                      ("<html><body><article><p>The mayor said the bridge would reopen on Tuesday after repairs "
                       "were finished.</p><p>Residents of the town welcomed the news, expected for weeks.</p>"
                       "</article>" + "<div>" * 10_000 + "x" + "</div>" * 10_000 + "</body></html>").encode(),
                      "bridge would reopen"))
    c.append(refused("html only scripts and styles", "scripts.html",
                     b"<html><head><style>body{color:red}</style><script>var a = 'The mayor said';</script></head>"
                     b"<body><script>alert('x')</script><style>p{}</style><noscript></noscript></body></html>",
                     "no article text"))
    c.append(refused("html only markup", "markup.html", b"<html><body><div><span></span><br><hr></div></body></html>",
                     "no article text"))
    c.append(accepted("html unclosed tags", "unclosed.html",
                      b"<html><body><article><p>The council said the levee would be raised by two metres before "
                      b"the spring floods.<p>Engineers said the work would take six weeks<div><b><i>",
                      "levee would be raised"))
    # JSONL with broken lines: each broken line named, the good ones stored.
    broken = [json.dumps({"id": "j1", "text": good("j1")}), "{not json", "[1, 2, 3]", json.dumps({"id": "j4"}),
              json.dumps({"id": "j5", "text": 12345}), json.dumps({"id": "j6", "text": "   "}),
              '{"id": "j7", "text": "' + "9" * 5000 + '", "n": ' + "9" * 5000 + "}", "[" * 100_000 + "]" * 100_000,
              "null", json.dumps({"id": "j10", "text": good("j10")}), '{"id": "j11", "text": "truncated']
    c.append(Case("jsonl broken lines", {"broken.jsonl": "\n".join(broken).encode()},
                  errors=[("broken.jsonl", 2, "not valid JSON"), ("broken.jsonl", 3, "expected an object"),
                          ("broken.jsonl", 4, "no 'text'"), ("broken.jsonl", 5, "not a string"),
                          ("broken.jsonl", 6, "blank"), ("broken.jsonl", 7, "not valid JSON"),
                          ("broken.jsonl", 8, "nested too deeply"), ("broken.jsonl", 9, "expected an object"),
                          ("broken.jsonl", 11, "not valid JSON")],
                  stored=[("broken.jsonl:1", "Article j1."), ("broken.jsonl:10", "Article j10.")]))
    c.append(Case("jsonl with an undecodable line and lone surrogates", {"mixed.jsonl": b"\n".join([
        json.dumps({"id": "m1", "text": good("m1")}).encode(),
        b'{"id": "m2", "text": "bad \x81\x8d bytes"}',
        b'{"id": "m3", "text": "Lone \\ud800 surrogate, said the mayor.", "title": "T\\udfff"}',
        b'{"id": "m4", "text": "NUL\\u0000 inside, the mayor said."}',
    ])}, errors=[("mixed.jsonl", 2, "not valid UTF-8")],
        stored=[("mixed.jsonl:1", "Article m1."), ("mixed.jsonl:3", "Lone \ufffd surrogate"),
                ("mixed.jsonl:4", "NUL inside")]))
    c.append(Case("json array file", {"array.json": json.dumps([{"id": "a1", "text": good("array-1")}, 7],
                                                               indent=2).encode()},
                  errors=[("array.json", None, "item 2: expected an object")],
                  stored=[("array.json#1", "Article array-1.")]))
    c.append(Case("pretty-printed object in .jsonl", {"pretty.jsonl": json.dumps({"id": "p", "text": "x"}, indent=2).encode()},
                  errors=[("pretty.jsonl", n, "not valid JSON") for n in (1, 2, 3, 4)]))
    # CSV.
    c.append(refused("csv without text column", "notext.csv", b"id,title,body\n1,Flood,The river rose.\n",
                     "no 'text' column", line=1))
    quoted = ('id,title,text\nq1,One,"First paragraph.\n\nSecond paragraph, with ""quotes""."\n'
              'q2,Two,"' + good("q2") + '"\n').encode()
    c.append(Case("csv quoted newlines", {"quoted.csv": quoted},
                  stored=[("quoted.csv:2", "First paragraph.\n\nSecond paragraph, with \"quotes\"."),
                          ("quoted.csv:5", "Article q2.")]))
    c.append(Case("csv unterminated quote", {"unterminated.csv": ('id,text\nu1,"' + good("u1") + '"\nu2,"never closed\n'
                                                                 'u3,more\n').encode()},
                  errors=[("unterminated.csv", 3, "malformed CSV")], stored=[("unterminated.csv:2", "Article u1.")]))
    c.append(Case("csv empty text cell", {"blankcell.csv": ("id,text\nb1,\nb2," + good("b2") + "\n").encode()},
                  errors=[("blankcell.csv", 2, "no 'text'")], stored=[("blankcell.csv:3", "Article b2.")]))
    c.append(accepted("csv semicolons", ("semicolon.csv", 2), ("id;title;text\ns1;Flood;" + good("s1") + "\n").encode(),
                      "Article s1."))
    c.append(accepted("csv NUL in a field", ("nul.csv", 2), ("id,text\nn1,\"" + good("n1") + "\x00\"\n").encode(),
                      "Article n1."))
    # NUL bytes: a few are stripped, many mean binary.
    c.append(accepted("few NUL bytes", "nul.txt", b"The mayor\x00 said the dam\x00 held.", "The mayor said the dam held."))
    c.append(refused("mostly NUL bytes", "zeros.txt", bytes(10_000), "binary"))
    # Hostile but valid text: stored, without a crash or a hang.
    c.append(accepted("10^400 and 1e999", "huge-numbers.txt",
                      b"The deficit reached 10^400 dollars, the minister said, and 1e999 people were counted. "
                      b"Another 1e-999 and -1e999 and 1" + b"0" * 400 + b" were cited.", "10^400"))
    c.append(accepted("a 100,000-digit number", "digits.txt", b"The official said " + b"7" * 100_000 + b" people left.",
                      "The official said 7777"))
    c.append(accepted("10,000 unbalanced straight quotes", "quotes.txt",
                      b'The mayor said ' + b'"' * 10_001 + b' and left.', 'The mayor said """'))
    c.append(accepted("10,000 unbalanced curly quotes", "curly.txt",
                      ("“We will rebuild, the mayor said. " * 10_000).encode(), "“We will rebuild"))
    c.append(accepted("10,000 mixed guillemets", "guillemets.txt", ("« »« ‹ „ " * 2_000 + "said Ana.").encode(),
                      "said Ana."))
    long_name = "Ana" + "a" * 997
    c.append(accepted("1,000-character speaker name", "longname.txt",
                      f"“We are ready,” said Mayor {long_name} Ruiz on Tuesday. {long_name} Ruiz added that "
                      f"12 bridges were closed.".encode(), long_name))
    c.append(accepted("1,000-character names in metadata", ("longmeta.jsonl", 1),
                      json.dumps({"id": "L" * 1000, "title": "T" * 1000, "author": "A" * 1000, "outlet": "O" * 1000,
                                  "text": good("longmeta")}).encode(), "Article longmeta."))
    c.append(accepted("1 MB line without spaces", "nospace.txt", b"said" + b"x" * 1_000_000, "saidxxx"))
    c.append(accepted("carriage returns only", "cr.txt", good("cr").replace(". ", ".\r").encode(), "Article cr."))
    c.append(accepted("emoji, RTL and combining marks", "unicode.txt",
                      "“مرحبا,” said 👩🏽‍🚒 Zoë Ślęzak\u0301 on Tuesday; ＬＯＮＧ ｗｉｄｅ text.".encode(), "👩🏽‍🚒"))
    c.append(accepted("markdown", "notes.md", ("# Flood\n\n> " + good("md")).encode(), "Article md."))
    # Files that are not files.
    c.append(Case("broken symlink", {"dangling.txt": b"SYMLINK"}, errors=[("dangling.txt", None, "No such file")]))
    c.append(Case("named pipe", {"pipe.txt": b"FIFO"}, errors=[("pipe.txt", None, "not a regular file")]))
    c.append(Case("undecodable file name", {"bad-name-\udcff.txt": good("badname").encode()},
                  stored=[("bad-name-\ufffd.txt", "Article badname.")]))
    return c


def write_case_files(case: Case, folder: Path) -> None:
    for rel, content in case.files.items():
        path = Path(os.fsdecode(os.fsencode(folder)) + "/" + rel)
        if content == b"SYMLINK":
            os.symlink(folder / "does-not-exist.txt", path)
        elif content == b"FIFO":
            os.mkfifo(path)
        elif content == b"BIG":
            write_big(path)
        else:
            path.write_bytes(content)


def write_big(path: Path) -> None:
    """200 MB in one line (JSONL and CSV get a good line or row before and after it)."""
    stem = path.stem
    with open(path, "wb") as f:
        if path.suffix == ".jsonl":
            f.write(json.dumps({"text": good("big-1")}).encode() + b"\n" + b'{"text": "')
        elif path.suffix == ".csv":
            f.write(b"id,text\nr2," + good("bigcsv-2").encode() + b"\nr3,")
        block = b"x" * (1 << 20)
        for _ in range(BIG // len(block)):
            f.write(block)
        if path.suffix == ".jsonl":
            f.write(b'"}\n' + json.dumps({"text": good("big-3")}).encode() + b"\n")
        elif path.suffix == ".csv":
            f.write(b"\nr4," + good("bigcsv-4").encode() + b"\n")
    assert stem and path.stat().st_size >= BIG


def run_cli(args: list[str], cwd: Path, timeout: float = 240, env: dict | None = None):
    """Run `claims` in a subprocess; return (exit status, stdout, stderr, peak RSS in MB)."""
    proc = subprocess.Popen([sys.executable, "-c", PEAK, *CLAIMS, *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, **(env or {})}, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        out, err = proc.communicate()
        pytest.fail(f"claims {' '.join(args)} hung for {timeout}s; stderr tail: {err.decode()[-2000:]}")
    err = err.decode("utf-8", "replace")
    found = re.search(r"PEAK_RSS_KB (\d+)\s*$", err)
    assert found, err[-2000:]
    return proc.returncode, out.decode(), err[:found.start()], int(found.group(1)) / 1024


def error_lines(stderr: str) -> list[str]:
    return [line[len("error: "):] for line in stderr.splitlines() if line.startswith("error: ")]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    folder = root / "batch"
    folder.mkdir()
    all_cases = cases()
    for case in all_cases:
        write_case_files(case, folder)
    good_paths = []
    for i in range(3):  # plain good files among the bad ones
        path = folder / f"zz-good-{i}.txt"
        path.write_text(good(f"plain-{i}"), encoding="utf-8")
        good_paths.append(path)
    extra = [str(root / "missing.txt"), "ftp://example.org/a.txt", "file:///etc/passwd", "javascript:alert(1)"]
    db = root / "claims.db"
    status, out, err, peak = run_cli(["ingest", str(folder), *extra, "--db", str(db), "-q"], cwd=root)
    for case in all_cases:
        for rel, content in case.files.items():
            if content == b"BIG":
                (folder / rel).unlink()  # 600 MB of temporary files need not outlive the run
    return {"cases": all_cases, "folder": folder, "status": status, "stderr": err, "db": db, "peak_mb": peak,
            "extra": extra, "good_paths": good_paths}


def test_there_are_at_least_50_cases():
    assert len(cases()) >= 50


def test_batch_exits_1_without_a_crash(batch):
    assert batch["status"] == 1, batch["stderr"][-3000:]
    assert "Traceback" not in batch["stderr"], batch["stderr"][-5000:]
    assert re.search(r"\d+ articles .* \d+ errors in", batch["stderr"]), batch["stderr"][-2000:]


def test_memory_stays_bounded_with_200_mb_files(batch):
    # The batch holds three 200 MB one-line files; none of them is ever held in memory whole.
    assert batch["peak_mb"] < 500, f"peak RSS {batch['peak_mb']:.0f} MB"


def stored_rows(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT source, text FROM articles"))


@pytest.mark.parametrize("index", range(len(cases())), ids=[c.name for c in cases()])
def test_each_case(batch, index):
    case = batch["cases"][index]
    folder = os.fsdecode(os.fsencode(batch["folder"]))
    messages = error_lines(batch["stderr"])
    for rel, line, words in case.errors:
        where = f"{folder}/{rel}" + (f":{line}:" if line else ":")
        found = [m for m in messages if m.startswith(where)]
        assert found, f"no message for {where}; messages for this file: " \
                      f"{[m for m in messages if rel in m]}"
        assert any(words in m for m in found), f"{found} does not say {words!r}"
    expected_lines = {(rel, line) for rel, line, _ in case.errors}
    for rel in case.files:
        unexpected = [m for m in messages if m.startswith(f"{folder}/{rel}")
                      and not any(m.startswith(f"{folder}/{r}" + (f":{ln}:" if ln else ":")) for r, ln in expected_lines)]
        assert not unexpected, f"unexpected errors: {unexpected}"
    rows = stored_rows(batch["db"])
    for suffix, text in case.stored:
        source = f"{folder}/{suffix}".replace("\udcff", "\ufffd")
        assert source in rows, f"{source} not stored; stored: {sorted(s for s in rows if case.name[:3] in s)}"
        assert text in rows[source], f"{source}: {rows[source][:200]!r}"


def test_good_files_and_bad_targets_of_the_same_batch(batch):
    rows = stored_rows(batch["db"])
    for path in batch["good_paths"]:
        assert rows[str(path)] == path.read_text(encoding="utf-8")
    messages = error_lines(batch["stderr"])
    for target in batch["extra"]:
        assert any(m.startswith(target + ":") for m in messages), target
    assert sum(m.startswith("ftp://") and "only http(s)" in m for m in messages) == 1


def test_stored_database_is_sound(batch):
    with sqlite3.connect(batch["db"]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("articles", "quotes", "claims"):
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0] == 0


def test_a_directory_of_20000_small_files(tmp_path):
    """20,000 small files: 200 articles among blank files and files of other formats; all accounted for."""
    folder = tmp_path / "many"
    for shard in range(20):
        (folder / f"{shard:02d}").mkdir(parents=True)
    expected_articles = set()
    for i in range(20_000):
        shard = folder / f"{i % 20:02d}"
        if i % 100 == 0:
            path = shard / f"a{i:05d}.txt"
            path.write_text(good(f"many-{i}"), encoding="utf-8")
            expected_articles.add(str(path))
        elif i % 2:
            (shard / f"blank{i:05d}.txt").write_bytes(b" \n")
        else:
            (shard / f"thumb{i:05d}.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    db = tmp_path / "claims.db"
    status, out, err, peak = run_cli(["ingest", str(folder), "--db", str(db), "-q"], cwd=tmp_path)
    assert status == 1 and "Traceback" not in err, err[-3000:]
    messages = error_lines(err)
    assert len(messages) == 19_800
    assert sum("empty" in m for m in messages) == 10_000
    assert sum("not an article format" in m for m in messages) == 9_800
    assert not any(".DS_Store" in m for m in messages)
    assert set(stored_rows(db)) == expected_articles
    assert "200 articles (200 new" in err


def test_a_second_run_of_the_same_batch_changes_nothing(batch, tmp_path):
    """Re-ingesting after errors loses nothing and duplicates nothing."""
    db = tmp_path / "again.db"
    import shutil

    shutil.copy(batch["db"], db)
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT count(*), group_concat(content_hash) FROM articles").fetchone()
    folder = batch["folder"]
    status, out, err, _ = run_cli(["ingest", str(folder / "broken.jsonl"), str(folder / "latin1.txt"), "--db", str(db),
                                   "-q"], cwd=tmp_path)
    assert status == 1 and "0 new" in err and "Traceback" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), group_concat(content_hash) FROM articles").fetchone() == before
