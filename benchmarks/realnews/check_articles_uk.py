"""Check benchmarks/realnews/articles_uk.jsonl: every line parses, ids are unique,
texts are non-empty and each carries at least 4 quotation marks or a "said"."""
import json
import pathlib
import sys

PATH = pathlib.Path(__file__).with_name("articles_uk.jsonl")
FIELDS = {"id", "title", "outlet", "url", "published", "licence", "style", "text"}
QUOTE_MARKS = '"“”‘«»'  # apostrophes (’ ') are not counted


def main() -> int:
    problems, ids = [], set()
    lines = PATH.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            art = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: does not parse ({exc})")
            continue
        missing = FIELDS - art.keys()
        if missing:
            problems.append(f"line {n}: missing {sorted(missing)}")
        aid = art.get("id")
        if aid in ids:
            problems.append(f"line {n}: duplicate id {aid}")
        ids.add(aid)
        text = art.get("text") or ""
        if not text.strip():
            problems.append(f"line {n} ({aid}): empty text")
        marks = sum(text.count(c) for c in QUOTE_MARKS)
        if marks < 4 and "said" not in text:
            problems.append(f"line {n} ({aid}): fewer than 4 quotation marks and no 'said'")
    for p in problems:
        print(p)
    print(f"{len(lines)} articles, {len(ids)} ids, {sum(len(json.loads(l)['text']) for l in lines)} characters, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
