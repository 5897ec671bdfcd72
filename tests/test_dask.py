"""cleantext.dask on a real local cluster of two worker processes."""
import json
from pathlib import Path

import pytest

dask = pytest.importorskip("dask", reason="the dask extra is not installed: pip install -e '.[test,dask]'")
db = pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install -e '.[test,dask]'")
dd = pytest.importorskip("dask.dataframe", reason="the dask extra is not installed: pip install -e '.[test,dask]'")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed: pip install -e '.[test,dask]'")
pd = pytest.importorskip("pandas")

from cleantext import Pipeline, RuleError  # noqa: E402
from cleantext.dask import clean_bag, clean_dataframe, pipelines_built  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SITE_RULES = (ROOT / "tests" / "data" / "harbour-gazette.toml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def records():
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    texts += ["Ukraineâ€™s army said â€œnoâ€\u009d.\n", "harbourgazette.example\nRead the print edition\n"
              "The ferry sailed at noon.\n"]
    return [{"id": i, "text": text, "url": f"https://example.org/{i}"} for i, text in enumerate(texts * 2)]


def test_bag_equals_the_serial_pipeline_and_keeps_other_fields(client):
    pipeline = Pipeline.default()
    want = [pipeline.run(r["text"]).text for r in records()]
    got = clean_bag(db.from_sequence(records(), npartitions=4)).compute()
    assert [r["text"] for r in got] == want
    assert [r["id"] for r in got] == list(range(len(want)))
    assert got[0]["url"] == "https://example.org/0"
    assert got[len(SAMPLES)]["cleantext"]["changes"]["mojibake"] == 1
    # one pipeline per worker process, however many partitions it ran
    assert set(client.run(pipelines_built).values()) == {1}


def test_rule_files_travel_to_the_workers(client, tmp_path):
    rule = tmp_path / "harbour.toml"
    rule.write_text(SITE_RULES, encoding="utf-8")
    bag = clean_bag(db.from_sequence(records(), npartitions=3), rules=[rule])
    rule.unlink()  # the workers must not need the file: its text is in the graph
    got = bag.compute()
    last = got[-1]
    assert "Read the print edition" not in last["text"]
    assert last["cleantext"]["sites"] == ["harbour-gazette"]
    assert last["cleantext"]["removed"][0]["rule"] == "harbour-gazette:print-edition"


def test_a_bad_record_is_marked_not_fatal(client):
    got = clean_bag(db.from_sequence([{"id": 1, "text": "Loading\nFine text.\n"}, {"id": 2}], npartitions=1))
    first, second = got.compute()
    assert first["text"] == "Fine text.\n"
    assert second == {"id": 2, "cleantext": {"error": "no string field 'text'"}}


def test_dataframe_from_parquet_and_back(client, tmp_path):
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame([{"id": r["id"], "body": r["text"]} for r in records()])
    dd.from_pandas(frame, npartitions=3).to_parquet(tmp_path / "in")
    cleaned = clean_dataframe(dd.read_parquet(tmp_path / "in"), column="body")
    cleaned.to_parquet(tmp_path / "out")
    back = pd.read_parquet(tmp_path / "out").sort_values("id")
    pipeline = Pipeline.default()
    assert list(back["body"]) == [pipeline.run(t).text for t in frame["body"]]
    reports = [json.loads(r) for r in back["cleantext"]]
    assert reports[SAMPLES.index(next(p for p in SAMPLES if p.name.startswith("003")))]["sites"] == ["afgazad", "wsws"]


def test_a_broken_rule_file_fails_where_the_graph_is_built(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[furniture]]\nid = "x"\nclass = "banner"\npatern = "^x$"\n', encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        clean_bag(db.from_sequence([{"text": "x"}]), rules=[bad])
    assert 'unknown key "patern"' in str(caught.value.problems)
