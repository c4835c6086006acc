"""Score numeric claim extraction on a NewsQuant-style file, and time it.

    python benchmarks/numbers.py ../shared/eval/numbers/newsquant_dev.jsonl [--peer quantulum3]
    python benchmarks/numbers.py --realnews [--peer quantulum3]     # the blind real-news figure gold, also by split

Each row's text goes through the claims extractor in process (one paragraph, no quotes); its
claims are turned into the scorer's `quantities` and scored by the scorer that sits next to the
data (score.py), so the numbers here are the ones the issue's targets are stated in.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, and this file's name would
# shadow the standard library's `numbers` (which numpy, under pandas, imports).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402

from claims.extract.numbers import find_claims  # noqa: E402

# The scorer names currencies in words; `claims` stores ISO codes.
CURRENCY_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "HKD": "hong kong dollar", "AUD": "australian dollar", "CAD": "canadian dollar", "NZD": "new zealand dollar",
    "SGD": "singapore dollar", "INR": "indian rupee", "MYR": "malaysian ringgit", "ILS": "shekel",
    "CHF": "swiss franc", "RUB": "russian ruble", "KRW": "south korean won", "BRL": "brazilian real",
    "MXN": "mexican peso", "UAH": "ukrainian hryvnia", "NGN": "nigerian naira", "ZAR": "south african rand",
    "percent": "percentage",
}


def scorer_unit(unit: str | None) -> str | None:
    """A `claims` unit in the scorer's vocabulary: "USD per month" -> "dollar per month"."""
    if not unit:
        return None
    head, sep, rest = unit.partition(" per ")
    return CURRENCY_NAMES.get(head, head) + (sep + rest if sep else "")


def scorer_age_unit(claim: dict) -> str | None:
    """NewsQuant calls the unit of an age written "74-year-old" "year of age"; `claims` types every age and
    duration by its time unit ("year"), the age being in its number_text."""
    unit = scorer_unit(claim["unit"])
    if unit in ("year", "month", "week", "day") and claim["number_text"].rstrip().endswith("old"):
        return f"{unit} of age"
    return unit


def to_quantity(claim: dict) -> dict:
    """One claim of `claims extract` JSON as one scorer quantity."""
    return {
        "surface": claim["number_text"], "start": claim["start"], "end": claim["end"],
        "value": claim["value"], "lower": claim["lower"], "upper": claim["upper"],
        "qualifier": claim["qualifier"], "unit": scorer_age_unit(claim), "concept": claim.get("concept") or claim["object"],
        "trend": claim["trend"],
    }


def run_claims(rows: list[dict]) -> tuple[dict, float]:
    preds = {}
    t0 = time.process_time()
    for row in rows:
        text = row["text"]
        claims = find_claims(text, [(0, len(text))], [])
        preds[row["id"]] = {"id": row["id"], "quantities": [to_quantity(c.__dict__) for c in claims]}
    return preds, time.process_time() - t0


def run_quantulum3(rows: list[dict]) -> tuple[dict, float]:
    from quantulum3 import classifier, parser

    try:
        parser.parse("It weighs 5 pounds and costs 5 pounds.")  # loads its unit classifier, if any
    except Exception as e:  # noqa: BLE001  (a pickle from another scikit-learn fails in many ways)
        # quantulum3 ships its classifier pickled with one scikit-learn; under another it does not
        # load. It then runs as it does when installed without scikit-learn: rules only.
        print(f"note: quantulum3's unit classifier did not load ({type(e).__name__}: {e}); "
              "running quantulum3 without it", file=sys.stderr)
        classifier.USE_CLF = False
    preds = {}
    t0 = time.process_time()
    for row in rows:
        qs = []
        for q in parser.parse(row["text"]):
            unit = None if q.unit.name == "dimensionless" else q.unit.name
            qs.append({"surface": q.surface, "start": q.span[0], "end": q.span[1], "value": q.value,
                       "lower": None, "upper": None, "qualifier": None, "unit": unit, "concept": None,
                       "trend": None})
        preds[row["id"]] = {"id": row["id"], "quantities": qs}
    return preds, time.process_time() - t0


def load_scorer(data: Path):
    path = data.parent / "score.py"
    spec = importlib.util.spec_from_file_location("newsquant_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def table(name: str, res: dict, n: int, seconds: float | None) -> str:
    lines = [f"## {name}",
             f"gold={res['gold']} pred={res['pred']} matched={res['matched']}",
             f"value       P={100 * res['P']:.1f} R={100 * res['R']:.1f} F1={100 * res['F1']:.1f}"]
    for k in ("unit", "bound", "change6"):
        lines.append(f"{k:<11} acc={100 * res[k + '_acc']:.1f}  value+{k} F1={100 * res['value+' + k + '_F1']:.1f}")
    lines.append(f"concept     acc={100 * res['concept_acc']:.1f} "
                 f"(over {res['concept_n']} matched pairs with gold concept)")
    if seconds is not None:
        lines.append(f"speed       {n / seconds:,.0f} sentences/s ({n} sentences in {seconds:.3f} s, one core, "
                     "in process)")
    return "\n".join(lines)


REALNEWS = Path(__file__).resolve().parent / "realnews"
FIGURES_SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "realnews" / "figures.py"
HONORIFIC = {"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame", "prof", "the", "a", "an"}


def realnews_rows() -> list[dict]:
    """The blind figure gold of benchmarks/realnews (gold_figures_*.jsonl), each with its article's
    date and outlet, in id order."""
    meta = {}
    for path in REALNEWS.glob("articles_*.jsonl"):
        for line in path.open(encoding="utf-8"):
            a = json.loads(line)
            meta[a["id"]] = (a.get("published"), a.get("outlet"))
    rows = [json.loads(line) for path in sorted(REALNEWS.glob("gold_figures_*.jsonl"))
            for line in path.open(encoding="utf-8") if line.strip()]
    for row in rows:
        row["published"], row["outlet"] = meta[row["id"]]
    return sorted(rows, key=lambda r: r["id"])


def realnews_claims(rows: list[dict]) -> tuple[dict, float]:
    """`claims extract` on each whole article (quotes too, so figures get their claimants)."""
    from claims.extract import extract

    out = {}
    t0 = time.process_time()
    for row in rows:
        e = extract(row["text"], row["published"], id=row["id"], outlet=row["outlet"])
        out[row["id"]] = {"id": row["id"], "claims": [c.__dict__ for c in e.claims]}
    return out, time.process_time() - t0


def realnews_quantulum3(rows: list[dict]) -> dict:
    """quantulum3 on the same articles, in the `claims extract` shape the real-news scorer reads."""
    preds, _ = run_quantulum3(rows)
    return {i: {"id": i, "claims": [{"number_text": q["surface"], "start": q["start"], "end": q["end"],
                                     "value": q["value"], "lower": None, "upper": None, "qualifier": None,
                                     "unit": q["unit"], "object": None, "trend": None} for q in p["quantities"]]}
            for i, p in preds.items()}


def realnews_score(rows: list[dict], preds: dict) -> str:
    """The shared real-news scorer's table (../shared/eval/realnews/figures.py, vague plurals left out)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps({k: r[k] for k in ("id", "text", "quantities")}) + "\n" for r in rows))
        pred.write_text("".join(json.dumps(preds[r["id"]]) + "\n" for r in rows))
        done = subprocess.run([sys.executable, str(FIGURES_SCORER), str(gold), str(pred)], capture_output=True,
                              text=True, check=True)
    return done.stdout.strip()


def realnews_splits(rows: list[dict], preds: dict) -> str:
    """Value F1, value+unit F1 and bound accuracy on each split of benchmarks/realnews/splits.json (dev and
    heldout for tuning, fresh_uk and fresh_us only for measuring), each scored by the shared scorer."""
    splits = json.loads((REALNEWS / "splits.json").read_text())
    lines = [f"{'split':<9} {'articles':>8} {'gold':>5} {'value F1':>9} {'value+unit F1':>14} {'bound acc':>10}"]
    for name, ids in splits.items():
        part = [r for r in rows if r["id"] in set(ids)]
        out = realnews_score(part, preds)
        gold = re.search(r"gold=(\d+)", out).group(1)
        f1 = re.search(r"value\s+P=[\d.]+ R=[\d.]+ F1=([\d.]+)", out).group(1)
        unit = re.search(r"value\+unit F1=([\d.]+)", out).group(1)
        bound = re.search(r"bound\s+acc=([\d.]+)", out).group(1)
        lines.append(f"{name:<9} {len(part):>8} {gold:>5} {f1:>9} {unit:>14} {bound:>10}")
    return "\n".join(lines)


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").lower().replace("’s", "").replace("'s", "")) if w not in HONORIFIC}


def object_and_claimant(rows: list[dict], preds: dict) -> tuple[float, int, float, int]:
    """Over figures the gold and `claims` both find (same span, overlapping): the share whose object
    shares a word with the gold's (of those the gold gives an object), and whose claimant is right:
    both none, or the same name (one's words within the other's, honorifics aside). The claimant
    is the resolved name, or the mention as written when it names no one ("a spokesman"), as the
    gold writes unnamed sources."""
    obj_right = obj_n = cl_right = cl_n = 0
    for row in rows:
        for q in row["quantities"]:
            c = next((c for c in preds[row["id"]]["claims"] if c["start"] < q["end"] and q["start"] < c["end"]), None)
            if c is None:
                continue
            if q.get("object"):
                obj_n += 1
                obj_right += bool(_words(q["object"]) & _words(c.get("object")))
            gold, pred = _words(q.get("claimant")), _words(c.get("claimant") or c.get("claimant_text"))
            cl_n += 1
            cl_right += (not gold and not pred) or bool(gold and pred and (gold <= pred or pred <= gold))
    return obj_right / max(obj_n, 1), obj_n, cl_right / max(cl_n, 1), cl_n


def realnews(peer: str | None) -> None:
    """The real-news table: `claims` and the peer on the blind figure gold of benchmarks/realnews."""
    rows = realnews_rows()
    preds, seconds = realnews_claims(rows)
    print(f"## real news: {len(rows)} articles, {sum(len(r['quantities']) for r in rows)} gold figures "
          "(benchmarks/realnews/gold_figures_*.jsonl)")
    print("### claims (whole pipeline: `claims extract`)")
    print(realnews_score(rows, preds))
    obj, obj_n, cl, cl_n = object_and_claimant(rows, preds)
    print(f"object      acc={100 * obj:.1f} (a word in common, over {obj_n} matched figures with a gold object)")
    print(f"claimant    acc={100 * cl:.1f} (none when the writer states it, else the same name; over {cl_n})")
    print(f"speed       {len(rows) / seconds:.0f} articles/s (whole extraction, one core)")
    print("#### by split")
    print(realnews_splits(rows, preds))
    if peer == "quantulum3":
        print("\n### quantulum3")
        print(realnews_score(rows, realnews_quantulum3(rows)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path, nargs="?", help="NewsQuant-style JSONL: id, text, quantities")
    ap.add_argument("--realnews", action="store_true",
                    help="also score the blind figure gold of benchmarks/realnews (object and claimant too)")
    ap.add_argument("--peer", choices=["quantulum3"], help="also run a peer extractor over the same file")
    ap.add_argument("--repeat", type=int, default=5, help="timing runs; the fastest is reported")
    ap.add_argument("--dump", type=Path, help="write our predictions here (scorer format)")
    ap.add_argument("--extracted", type=Path,
                    help="also score this output of `claims extract FILE --format jsonl` (the whole pipeline)")
    args = ap.parse_args(argv)
    if args.realnews:
        realnews(args.peer)
        if args.file is None:
            return 0
        print()
    if args.file is None:
        ap.error("give a NewsQuant-style FILE, or --realnews")

    rows = [json.loads(line) for line in args.file.open(encoding="utf-8") if line.strip()]
    gold = {r["id"]: r for r in rows}
    score = load_scorer(args.file)

    best = None
    for _ in range(max(1, args.repeat)):
        preds, seconds = run_claims(rows)
        best = seconds if best is None else min(best, seconds)
    res = score.score(gold, preds)
    print(table("claims", res, len(rows), best))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as f:
            for p in preds.values():
                f.write(json.dumps(p) + "\n")
    if args.extracted:
        extracted = {}
        for line in args.extracted.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                extracted[row["id"]] = {"id": row["id"], "quantities": [to_quantity(c) for c in row["claims"]]}
        print()
        print(table("claims extract (whole pipeline, from file)", score.score(gold, extracted), len(rows), None))
    if args.peer == "quantulum3":
        peer_seconds = None
        for _ in range(min(3, max(1, args.repeat))):  # slower, so fewer timing runs; the fastest counts
            peer_preds, seconds = run_quantulum3(rows)
            peer_seconds = seconds if peer_seconds is None else min(peer_seconds, seconds)
        print()
        print(table("quantulum3", score.score(gold, peer_preds), len(rows), peer_seconds))
        print()
        print(f"speed ratio: claims is {peer_seconds / best:.0f}x quantulum3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
