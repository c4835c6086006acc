"""Write claims/data/given_name_genders.tsv from the nomquamgender name data.

nomquamgender (MIT, Ian Van Buskirk, https://github.com/ianvanbuskirk/nomquamgender) gives, for
some 720,000 given names, how often each was borne by women in a large set of name-gender sources.
"he" and "she" in news need only the names that say a gender almost surely, so this keeps names
whose share is at most 2% or at least 98%, seen at least 200 times in at least three sources, and
leaves out every name that is also a lower-case English word ("will", "general", "mount"), so a
capitalised word opening a sentence is never read as a given name for it.

Run once by hand when the data is to be refreshed; the product never downloads anything:

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    python scripts/given_name_genders.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl \
        --words /usr/share/dict/words > claims/data/given_name_genders.tsv

(/usr/share/dict/words is Debian's wamerican package.)
"""
import argparse
import json
import re
import sys
import zipfile

NAME = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", help="the nomquamgender wheel")
    parser.add_argument("--words", required=True, help="a word list, one word a line")
    parser.add_argument("--min-count", type=int, default=200)
    parser.add_argument("--min-sources", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.02, help="largest share of the other gender")
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        data = json.loads(wheel.read("nomquamgender/name_data.json"))
    with open(args.words, encoding="utf-8") as f:
        english = {w.strip() for w in f if w.strip() and w.strip().islower()}
    rows = []
    for name, (sources, count, female, *_) in data.items():
        if sources < args.min_sources or count < args.min_count or len(name) < 3 or name in english \
                or not NAME.fullmatch(name) or name != name.lower():
            continue
        if female <= args.share:
            rows.append((name, "m"))
        elif female >= 1 - args.share:
            rows.append((name, "f"))
    sys.stdout.write("".join(f"{name}\t{gender}\n" for name, gender in sorted(rows)))


if __name__ == "__main__":
    main()
