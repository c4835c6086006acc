"""A claims database of millions of generated quotes, built the way a cluster job's output is: a Parquet
dataset by month (benchmarks write it directly, no extraction) loaded with `claims load`.

Quotes are sentences of words drawn with Zipf frequencies from a vocabulary of common English words
and a long tail of rarer ones, so full-text search meets both very common words (hundreds of
thousands of matches) and rare ones. Each article's text is its quotes, so every quote's offsets
index its article exactly. Speakers come from the population of benchmarks/corpus.py.

Examples:

    python benchmarks/bigdb.py --quotes 200000 --dataset /tmp/big-parquet --db /tmp/big/claims.db
    python benchmarks/bigdb.py --direct --quotes 10000000 --db /tmp/big/claims.db
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
# benchmarks/numbers.py would shadow the standard library's `numbers` that numpy imports.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]

import numpy as np  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

_spec = importlib.util.spec_from_file_location("claims_bench_corpus", HERE / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)
OUTLETS, Population = corpus.OUTLETS, corpus.Population

COMMON = """the of and to a in that is was he for it with as his on be at by i this had not are but from or have
an they which one you were her all she there would their we him been has when who will more no if out so said
what up its about into than them can only other new some could time these two may then do first any my now such
like our over man me even most made after also did many before must through back years where much your way well
down should because each just those people how too little state good very make world still own see men work long
get here between both life being under never day same another know while last might us great old year off come
since against go came right used take three water dam flood river town region minister governor mayor ministry
evacuated dead missing homes families shelters rain reservoir spillway engineers budget report commission figures
percent million crowns government police hospital school road bridge village valley farmers workers company""".split()
SYLLABLES = "ka ri to ne mo la sa vi de po lu zen mar tek bor gal fin dra hol sar kes ven lis bre kor".split()


def vocabulary(rng: random.Random, rare: int) -> list[str]:
    words = list(dict.fromkeys(COMMON))
    seen = set(words)
    while len(words) < len(COMMON) + rare:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def generate(quotes: int, directory: Path, per_article: int = 20, per_part: int = 5_000, seed: int = 7,
             years: int = 10) -> int:
    """Write the dataset; return the number of articles."""
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    words = np.array(vocabulary(rng, 60_000), dtype=object)
    # Zipf weights over the vocabulary: 'the' in most quotes, the tail words in a handful.
    weights = 1 / np.arange(1, len(words) + 1) ** 1.05
    weights /= weights.sum()
    people = Population(rng, 250_000)
    articles = quotes // per_article
    span = years * 365
    last_day = date(2026, 3, 31)
    from claims.parquet import schemas

    schema = schemas()
    part_rows: dict[str, dict[str, list]] = {}

    def flush(month: str):
        rows = part_rows.pop(month)
        name = "part-" + hashlib.sha1("".join(r["content_hash"] for r in rows["articles"]).encode()).hexdigest()[:20]
        for table in ("quotes", "claims", "mentions", "articles"):
            path = directory / table / f"month={month}" / f"{name}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(pa.Table.from_pylist(rows.get(table, []), schema=schema[table]), path)

    for a in range(articles):
        published = last_day - timedelta(days=span - (a * span) // articles)
        month = published.isoformat()[:7]
        cast = [people.person() for _ in range(rng.randint(2, 5))]
        counts = np_rng.integers(8, 22, size=per_article)
        drawn = np_rng.choice(words, size=int(counts.sum()), p=weights)
        texts, at = [], 0
        for c in counts:
            sentence = " ".join(drawn[at:at + c])
            at += c
            texts.append(sentence[0].upper() + sentence[1:] + ".")
        body, spans, offset = [], [], 0
        for t in texts:
            body.append(f"“{t}”")
            spans.append((offset + 1, offset + 1 + len(t)))
            offset += len(t) + 2 + 2  # quote marks and the paragraph break
        text = "\n\n".join(body)
        key = hashlib.sha256(text.encode()).hexdigest()
        outlet = OUTLETS[a % len(OUTLETS)][0]
        rows = part_rows.setdefault(month, {"articles": [], "quotes": [], "mentions": []})
        rows["articles"].append({"content_hash": key, "url": f"https://big.example/{published:%Y/%m/%d}/{a}",
                                 "external_id": f"big-{a}", "title": f"{cast[0][0]}: {texts[0][:60]}",
                                 "outlet": outlet, "author": None, "published": published.isoformat(),
                                 "text": text, "source": f"bigdb:{a}"})
        for n, (t, (start, end)) in enumerate(zip(texts, spans)):
            name, role = cast[n % len(cast)]
            rows["quotes"].append({"content_hash": key, "n": n, "kind": "direct", "text": t, "start": start,
                                   "end": end, "speaker": name, "speaker_text": name.split()[-1], "cue": "said",
                                   "said_on": published.isoformat(), "confidence": 0.9})
        for n, (name, role) in enumerate(cast):
            rows["mentions"].append({"content_hash": key, "n": n, "name": name, "kind": "person", "role": None,
                                     "aliases": [name, name.split()[-1]]})
        if len(rows["articles"]) >= per_part:
            flush(month)
    for month in list(part_rows):
        flush(month)
    return articles


def build_direct(quotes: int, db: Path, per_article: int = 20, seed: int = 7, years: int = 10,
                 population: int = 250_000, chunk_articles: int = 5_000) -> dict:
    """Write generated rows straight into a claims database (numpy + executemany, triggers off),
    then build the FTS indexes once: the fast way to a database of ten million quotes."""
    from claims.store import connect

    timings = {}
    started = time.perf_counter()
    connect(db).dispose()  # schema, migrations, triggers
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -500000")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    conn.execute("BEGIN")
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    rng = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    words = np.array(vocabulary(rng, 60_000), dtype=object)
    weights = 1 / np.arange(1, len(words) + 1) ** 1.05
    weights /= weights.sum()
    people = Population(rng, population)
    # Speakers: the whole population, with the surname as a second alias.
    names = {}
    for rank in range(population):
        people.rng = random.Random(rank)
        names.setdefault(people.person()[0], len(names) + 1)
    from claims.link import normalize

    conn.executemany("INSERT INTO speakers (id, name, kind) VALUES (?, ?, 'person')",
                     [(i, n) for n, i in names.items()])
    conn.executemany("INSERT INTO speaker_aliases (speaker_id, alias, normalized, origin) VALUES (?, ?, ?, 'auto')",
                     [(i, a, normalize(a)) for n, i in names.items() for a in (n, n.split()[-1])])
    speaker_ids = np.array(list(names.values()))
    speaker_names = {i: n for n, i in names.items()}
    timings["speakers_s"] = round(time.perf_counter() - started)
    articles = quotes // per_article
    span = years * 365
    last_day = date(2026, 3, 31)
    quote_id = 1
    for first in range(0, articles, chunk_articles):
        count = min(chunk_articles, articles - first)
        lengths = np_rng.integers(8, 17, size=count * per_article)
        drawn = np_rng.choice(len(words), size=int(lengths.sum()), p=weights)
        tokens = words[drawn].tolist()
        # A heavy head of often-quoted people, as in news.
        ranks = np.minimum(np_rng.pareto(0.35, size=count * per_article), len(speaker_ids) - 1)  # (inf too)
        who = speaker_ids[ranks.astype(np.int64)]
        article_rows, quote_rows, at = [], [], 0
        for a in range(count):
            aid = first + a + 1
            published = (last_day - timedelta(days=span - (aid * span) // articles)).isoformat()
            parts, offset = [], 0
            for n in range(per_article):
                k = a * per_article + n
                sentence = " ".join(tokens[at:at + lengths[k]])
                at += lengths[k]
                sentence = sentence[0].upper() + sentence[1:] + "."
                parts.append(f"“{sentence}”")
                sid = int(who[k])
                quote_rows.append((quote_id, aid, sid, speaker_names[sid].split()[-1], "direct", sentence, "said",
                                   published, offset + 1, offset + 1 + len(sentence), 0.9))
                quote_id += 1
                offset += len(sentence) + 4
            text = "\n\n".join(parts)
            article_rows.append((aid, f"https://big.example/{published[:4]}/{aid}", f"big-{aid}",
                                 parts[0][1:60], OUTLETS[aid % len(OUTLETS)][0], published,
                                 hashlib.sha256(text.encode()).hexdigest(), text, f"bigdb:{aid}", published))
        conn.executemany("INSERT INTO articles (id, url, external_id, title, outlet, published, content_hash, text, "
                         "source, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", article_rows)
        conn.executemany("INSERT INTO quotes (id, article_id, speaker_id, speaker_text, kind, text, cue, said_on, "
                         "start, [end], confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", quote_rows)
        if first // chunk_articles % 20 == 0:
            print(f"{quote_id - 1:,} quotes in {time.perf_counter() - started:.0f}s", flush=True)
    timings["rows_s"] = round(time.perf_counter() - started)
    for table in ("quotes", "articles", "claims"):
        t = time.perf_counter()
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
        timings[f"fts_{table}_s"] = round(time.perf_counter() - t)
        print(f"{table}_fts rebuilt in {timings[f'fts_{table}_s']}s", flush=True)
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    t = time.perf_counter()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    timings["analyze_s"] = round(time.perf_counter() - t)
    conn.close()
    timings["total_s"] = round(time.perf_counter() - started)
    return timings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=10_000_000)
    parser.add_argument("--dataset", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--per-part", type=int, default=5_000, help="articles per Parquet part")
    parser.add_argument("--direct", action="store_true",
                        help="write generated rows straight into --db (no Parquet, no claims load): fastest")
    args = parser.parse_args()
    if args.direct:
        timings = build_direct(args.quotes, args.db)
        size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
        print(json.dumps({"quotes": args.quotes, **timings, "db_bytes": size, "db": str(args.db)}), flush=True)
        return
    started = time.perf_counter()
    if not (args.dataset / "articles").exists():
        articles = generate(args.quotes, args.dataset, per_part=args.per_part)
        print(f"generated {articles:,} articles, {args.quotes:,} quotes in {time.perf_counter() - started:.0f}s",
              flush=True)
    generated = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "claims"), "load", str(args.dataset), "--db", str(args.db)],
                   check=True)
    loaded = time.perf_counter()
    size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
    result = {"quotes": args.quotes, "generate_s": round(generated - started), "load_s": round(loaded - generated),
              "db_bytes": size, "db": str(args.db)}
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
