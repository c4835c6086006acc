"""The article the product was specified from: `claims extract` must satisfy ../shared/seed/check.py."""

import json
import subprocess
import sys


def test_seed_check_passes(shared_dir, tmp_path):
    article = shared_dir / "seed" / "article.txt"
    out = tmp_path / "out.json"
    extracted = subprocess.run([sys.executable, "-m", "claims.cli", "extract", str(article), "--format", "json"],
                               capture_output=True, text=True, check=True)
    out.write_text(extracted.stdout, encoding="utf-8")
    json.loads(extracted.stdout)
    check = subprocess.run([sys.executable, str(shared_dir / "seed" / "check.py"), str(article),
                            str(shared_dir / "seed" / "expected.json"), str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert check.stdout.strip().splitlines()[-1].endswith(", 0 short")
