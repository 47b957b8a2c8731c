"""CMS exports: one article per record of a JSON, JSON Lines or CSV file."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck import api
from claimcheck.cli import app
from claimcheck.readers.load import ReadOptions

RECORDS = [
    {
        "slug": "openai-round",
        "title": "OpenAI raises",
        "author": {"name": "A. Writer"},
        "published_at": "2026-02-01T09:30:00Z",
        "body": "OpenAI's valuation stands at $300 billion.",
    },
    {
        "slug": "glm-scores",
        "published_at": "2025-11-20",
        "body": "| Model | MMLU |\n|---|---|\n| GLM-4 | 82.3 |\n",
    },
    {
        "slug": "zhipu-html",
        "published_at": 1767225600,
        "body": "<p>Zhipu AI has <strong>1,200</strong> employees.</p><p>It was founded in Beijing.</p>",
    },
]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_json_lines_export_gives_one_article_per_record_with_its_id_and_date(tmp_path, config):
    export = _jsonl(tmp_path / "export.jsonl", RECORDS)
    results = api.extract([str(export)], config, store_to=None)
    by_name = {r.article.source.rsplit("/", 1)[-1]: r for r in results}
    assert set(by_name) == {"export.jsonl#openai-round", "export.jsonl#glm-scores", "export.jsonl#zhipu-html"}
    first = by_name["export.jsonl#openai-round"]
    assert first.article.date == dt.date(2026, 2, 1) and first.article.title == "OpenAI raises"
    assert first.article.author == "A. Writer" and first.article.record == "openai-round"
    (claim,) = first.claims
    assert (claim.entity, claim.value, claim.location) == ("OpenAI", 300e9, "export.jsonl#openai-round:1")
    assert [(c.entity, c.metric, c.value) for c in by_name["export.jsonl#glm-scores"].claims] == [
        ("GLM-4", "mmlu", 82.3)
    ]
    html = by_name["export.jsonl#zhipu-html"]
    assert html.article.date == dt.date(2026, 1, 1) and "<p>" not in html.article.text
    assert [(c.entity, c.metric, c.value) for c in html.claims] == [("Zhipu AI", "employees", 1200)]


def test_fields_named_on_the_command_line_find_text_date_and_id(tmp_path, config):
    records = [{"story_id": 7, "copy": "OpenAI's valuation stands at $300 billion.", "when": "2026-05-05"}]
    export = _jsonl(tmp_path / "feed.jsonl", records)
    options = ReadOptions(fields={"text": "copy", "date": "when", "id": "story_id"})
    (result,) = api.extract([str(export)], config, store_to=None, options=options)
    assert result.article.source.endswith("feed.jsonl#7") and result.article.date == dt.date(2026, 5, 5)
    assert [c.value for c in result.claims] == [300e9]


def test_a_json_file_and_a_wordpress_style_object_with_nested_fields_are_read(tmp_path, config):
    posts = {
        "posts": [
            {
                "id": 1,
                "date": "2026-04-01",
                "content": {"rendered": "<p>OpenAI's valuation stands at $300 billion.</p>"},
            }
        ]
    }
    (tmp_path / "wp.json").write_text(json.dumps(posts), encoding="utf-8")
    (result,) = api.extract([str(tmp_path / "wp.json")], config, store_to=None)
    assert result.article.source.endswith("wp.json#1") and [c.value for c in result.claims] == [300e9]


def test_a_csv_export_is_read_like_json_lines(tmp_path, config):
    with (tmp_path / "export.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, ["Slug", "Body", "Date"])
        writer.writeheader()
        writer.writerow(
            {
                "Slug": "a",
                "Body": "OpenAI's valuation stands at $300 billion.\nIt grew fast.",
                "Date": "2026-01-05",
            }
        )
        writer.writerow({"Slug": "b", "Body": "GPT-4o scores 88.7 on MMLU.", "Date": "2026-01-06"})
    results = api.extract([str(tmp_path / "export.csv")], config, store_to=None)
    assert [r.article.source.rsplit("#", 1)[-1] for r in results] == ["a", "b"]
    assert [c.value for r in results for c in r.claims] == [300e9, 88.7]


def test_a_broken_line_is_an_unreadable_record_and_the_rest_of_the_export_is_read(tmp_path, monkeypatch):
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps(RECORDS[0]) + "\n{not json\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "export.jsonl", "--format", "json", "--no-store"])
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["rule"] == "unreadable-article" and finding["details"]["source"] == "export.jsonl#L2"
    assert "line 2: not valid JSON" in finding["message"]


def test_records_without_a_text_field_are_a_warning_naming_the_option(tmp_path, monkeypatch):
    _jsonl(tmp_path / "export.jsonl", [RECORDS[0], {"slug": "x", "summary": "no body here"}])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", "export.jsonl", "--no-store", "--format", "json"])
    assert result.exit_code == 0
    assert "1 record(s) with no text field" in result.stderr and "--field text=" in result.stderr


@pytest.mark.parametrize("bad", ["text", "body=", "colour=red"])
def test_a_malformed_field_option_exits_2(tmp_path, monkeypatch, bad):
    _jsonl(tmp_path / "export.jsonl", RECORDS[:1])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "export.jsonl", "--field", bad])
    assert result.exit_code == 2 and "--field" in result.stderr


def test_a_thousand_record_export_is_read(tmp_path, config):
    records = [{"id": i, "body": f"Acme{i} has {i + 10} employees."} for i in range(1000)]
    results = api.extract([str(_jsonl(tmp_path / "big.jsonl", records))], config, store_to=None)
    assert len(results) == 1000 and len({r.article.source for r in results}) == 1000
