"""Verify benchmarks/realnews/gold_quotes_us2.jsonl (blind gold quotes for us-15..us-28).

Checks, with the standard library only:
- one line per article, ids us-15..us-28 in input order;
- each text equals the input article's text exactly;
- every quote has exactly the guideline's fields with the right types, kind direct|indirect;
- text[content_start:content_end] == content for every span, and the span is non-empty;
- direct spans open with a quotation mark; indirect spans do not end with a full stop
  or have surrounding whitespace.
Prints per-article counts (direct, indirect) and totals; exits 1 on any problem.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
INPUT = HERE / "articles_us.jsonl"
GOLD = HERE / "gold_quotes_us2.jsonl"
IDS = ["us-%02d" % i for i in range(15, 29)]
FIELDS = {"kind", "content", "content_start", "content_end", "speaker", "speaker_mention", "cue"}
OPEN = '"\u201c'


def main():
    problems = []
    src = {}
    for line in INPUT.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        src[rec["id"]] = rec["text"]
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    ids = [json.loads(l)["id"] for l in lines]
    if ids != IDS:
        problems.append(f"ids {ids} != {IDS}")
    tot_d = tot_i = 0
    for line in lines:
        rec = json.loads(line)
        aid, text = rec["id"], rec["text"]
        if set(rec) != {"id", "text", "quotes"}:
            problems.append(f"{aid}: fields {sorted(rec)}")
        if text != src.get(aid):
            problems.append(f"{aid}: text differs from input")
        nd = ni = 0
        for k, q in enumerate(rec["quotes"]):
            where = f"{aid} #{k}"
            if set(q) != FIELDS:
                problems.append(f"{where}: fields {sorted(q)}")
                continue
            s, e, c = q["content_start"], q["content_end"], q["content"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f"{where}: bad offsets {s}-{e}")
                continue
            if text[s:e] != c:
                problems.append(f"{where}: text[{s}:{e}]={text[s:e]!r} != {c!r}")
            if c != c.strip():
                problems.append(f"{where}: surrounding whitespace")
            for f in ("speaker", "speaker_mention", "cue"):
                if q[f] is not None and not (isinstance(q[f], str) and q[f].strip()):
                    problems.append(f"{where}: {f} is not a non-empty string or null")
            if q["speaker_mention"] is not None and q["speaker_mention"] not in text:
                problems.append(f"{where}: speaker_mention {q['speaker_mention']!r} not in text")
            if q["kind"] == "direct":
                nd += 1
                if c[0] not in OPEN:
                    problems.append(f"{where}: direct span does not open with a quotation mark")
            elif q["kind"] == "indirect":
                ni += 1
                if c.endswith("."):
                    problems.append(f"{where}: indirect span ends with a full stop")
            else:
                problems.append(f"{where}: kind {q['kind']!r}")
        tot_d += nd
        tot_i += ni
        print(f"{aid}: direct {nd:2d}  indirect {ni:2d}  total {nd + ni:2d}")
    print(f"TOTAL: direct {tot_d}  indirect {tot_i}  spans {tot_d + tot_i}  articles {len(lines)}")
    if problems:
        print("\n".join("PROBLEM " + p for p in problems))
        return 1
    print("OK: every span matches its text and every text matches the input")
    return 0


if __name__ == "__main__":
    sys.exit(main())
