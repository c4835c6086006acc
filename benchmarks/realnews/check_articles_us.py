"""Check benchmarks/realnews/articles_us.jsonl: every line parses, ids are unique,
texts are non-empty and each has at least 4 quotation marks or the word "said"."""
import json
import re
import sys
from pathlib import Path

FIELDS = ("id", "title", "outlet", "url", "published", "licence", "style", "text")
QUOTES = '"\u201c\u201d'


def check(path):
    problems = []
    ids = set()
    outlets = set()
    n = 0
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        n += 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {lineno}: does not parse ({e})")
            continue
        missing = [f for f in FIELDS if f not in rec]
        if missing:
            problems.append(f"line {lineno}: missing {missing}")
        rid = rec.get("id")
        if rid in ids:
            problems.append(f"line {lineno}: duplicate id {rid}")
        ids.add(rid)
        outlets.add(rec.get("outlet"))
        text = rec.get("text") or ""
        if not text.strip():
            problems.append(f"{rid}: empty text")
        nq = sum(text.count(c) for c in QUOTES)
        if nq < 4 and not re.search(r"\bsaid\b", text):
            problems.append(f"{rid}: fewer than 4 quotation marks and no 'said'")
        pub = rec.get("published")
        if pub is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub):
            problems.append(f"{rid}: published {pub!r} is not YYYY-MM-DD")
    return n, outlets, problems


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("articles_us.jsonl")
    n, outlets, problems = check(path)
    for p in problems:
        print(p)
    print(f"{n} articles, {len(outlets)} outlets, {len(problems)} problems")
    sys.exit(1 if problems else 0)
