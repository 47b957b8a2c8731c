"""The extraction cache: a text read before is not read again, and anything that decides the
claims (the text, the config, the tool) keys it."""

from __future__ import annotations

import subprocess

from claimcheck import __version__, api, reading
from claimcheck.config import load_config
from claimcheck.readers.sources import Article
from claimcheck.store.cache import CACHE_DIR, ExtractionCache, tool_version

TEXT = "OpenAI's valuation stands at $300 billion. GPT-4o scores 88.7 on MMLU.\n"


def test_a_text_read_once_comes_from_the_cache_the_second_time(tmp_path, monkeypatch):
    config = load_config(cwd=tmp_path)
    article = Article("a.txt", TEXT)
    first = api.extract_all([article], config)
    monkeypatch.setattr(reading, "read_one", lambda *a: (_ for _ in ()).throw(AssertionError("read again")))
    assert api.extract_all([article], config) == first


def test_another_text_config_or_source_is_a_miss(tmp_path):
    config = load_config(cwd=tmp_path)
    cache = ExtractionCache.for_config(config)
    cache.put(Article("a.txt", TEXT), reading.read_all([Article("a.txt", TEXT)], config, cached=False)[0])
    assert cache.get(Article("a.txt", TEXT), config)
    assert cache.get(Article("a.txt", TEXT + "More.\n"), config) is None
    assert cache.get(Article("b.txt", TEXT), config) is None
    other_config = load_config(cwd=tmp_path, fx={"CNY": 7.0})
    assert ExtractionCache.for_config(other_config).get(Article("a.txt", TEXT), other_config) is None


def test_the_tool_version_in_the_key_names_the_release_and_a_digest_of_the_code():
    release, _, digest = tool_version().partition("+")
    assert release == __version__ and len(digest) == 12


def test_the_cache_folder_ignores_itself_in_git(tmp_path):
    config = load_config(cwd=tmp_path)
    api.extract_all([Article("a.txt", TEXT)], config)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert CACHE_DIR not in status.stdout and (tmp_path / CACHE_DIR / ".gitignore").exists()


def test_an_unreadable_entry_is_a_miss_not_an_error(tmp_path):
    config = load_config(cwd=tmp_path)
    article = Article("a.txt", TEXT)
    api.extract_all([article], config)
    for entry in (tmp_path / CACHE_DIR).rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert api.extract_all([article], config) == api.extract_all([article], config, cached=False)
