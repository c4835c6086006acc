"""Every notebook in notebooks/ runs top to bottom on a fresh database, on this venv's Python."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb"))
KERNEL = "claims-test-venv"


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch):
    """A kernelspec running this interpreter, so the notebook sees the package under test."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "claims (test)", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the inline backend, so plots become outputs
    return KERNEL


def execute(path: Path, kernel: str) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=120,
                                     resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return notebook


def outputs(notebook) -> list:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]


def test_there_are_notebooks():
    assert {p.name for p in NOTEBOOKS} >= {"explore_quotes.ipynb", "track_a_figure.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_with_outputs_cleared(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name}: clear the outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_runs_on_the_sample_database(path, sample_db, venv_kernel, monkeypatch):
    monkeypatch.setenv("CLAIMS_DB", str(sample_db))
    notebook = execute(path, venv_kernel)
    assert not [o for o in outputs(notebook) if o.output_type == "error"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_draws_its_plots_when_there_are_quotes_and_claims(path, claims_db, venv_kernel, monkeypatch):
    # The known articles guarantee quotes, a range, one-sided bounds and a dispute to draw.
    monkeypatch.setenv("CLAIMS_DB", str(claims_db))
    monkeypatch.setenv("CLAIMS_SPEAKER", "Shevchuk, Oleksandra")
    monkeypatch.setenv("CLAIMS_FIGURE", "evacuated")
    notebook = execute(path, venv_kernel)
    images = [o for o in outputs(notebook) if "image/png" in o.get("data", {})]
    assert len(images) >= 2 if path.name == "explore_quotes.ipynb" else len(images) >= 1
    text = "".join(o.get("text", "") for o in outputs(notebook))
    if path.name == "track_a_figure.ipynb":
        assert "figures in sentences matching 'evacuated'" in text
