"""Verify benchmarks/realnews/gold_quotes_us1.jsonl (blind quote annotation of us-01..us-14).

Checks, using only the standard library:
- one line per article, ids us-01..us-14 in input order;
- each "text" equals the input article's text exactly;
- every quote has exactly the fields kind, content, content_start, content_end,
  speaker, speaker_mention, cue, with kind "direct" or "indirect";
- text[content_start:content_end] == content for every span;
- direct spans start and end with a quotation mark; indirect spans have no
  leading/trailing whitespace;
- no duplicate spans.
Prints per-article counts (direct, indirect) and the totals.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles_us.jsonl"
GOLD = HERE / "gold_quotes_us1.jsonl"
IDS = [f"us-{i:02d}" for i in range(1, 15)]
FIELDS = {"kind", "content", "content_start", "content_end", "speaker", "speaker_mention", "cue"}
OPEN = '"\u201c'
CLOSE = '"\u201d'


def main():
    src = {}
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        src[d["id"]] = d["text"]
    problems = []
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(l)["id"] for l in lines]
    if ids != IDS:
        problems.append(f"ids {ids} != {IDS}")
    tot_d = tot_i = 0
    for line in lines:
        rec = json.loads(line)
        aid = rec["id"]
        if set(rec) != {"id", "text", "quotes"}:
            problems.append(f"{aid}: record fields {sorted(rec)}")
        text = rec["text"]
        if text != src.get(aid):
            problems.append(f"{aid}: text differs from input")
        seen = set()
        nd = ni = 0
        for k, q in enumerate(rec["quotes"]):
            where = f"{aid} quote {k}"
            if set(q) != FIELDS:
                problems.append(f"{where}: fields {sorted(q)}")
                continue
            s, e, c = q["content_start"], q["content_end"], q["content"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s},{e}")
                continue
            if text[s:e] != c:
                problems.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {c!r}")
            if c != c.strip():
                problems.append(f"{where}: content has outer whitespace")
            if q["kind"] == "direct":
                nd += 1
                if c[0] not in OPEN or c[-1] not in CLOSE:
                    problems.append(f"{where}: direct span not delimited by quotation marks: {c!r}")
            elif q["kind"] == "indirect":
                ni += 1
            else:
                problems.append(f"{where}: kind {q['kind']!r}")
            key = (q["kind"], s, e, q["speaker"])
            if key in seen:
                problems.append(f"{where}: duplicate span")
            seen.add(key)
            for f in ("speaker", "speaker_mention", "cue"):
                if q[f] is not None and (not isinstance(q[f], str) or not q[f].strip()):
                    problems.append(f"{where}: {f} must be a non-empty string or null")
            m = q["speaker_mention"]
            if m is not None and m not in text:
                problems.append(f"{where}: speaker_mention {m!r} not in text")
            if q["cue"] is not None and q["cue"] not in text:
                problems.append(f"{where}: cue {q['cue']!r} not in text")
        print(f"{aid}: direct {nd}, indirect {ni}, total {nd + ni}")
        tot_d += nd
        tot_i += ni
    print(f"TOTAL: direct {tot_d}, indirect {tot_i}, spans {tot_d + tot_i}, articles {len(lines)}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
