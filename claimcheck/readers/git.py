"""Articles as a git revision holds them: which files changed since a ref, and their text then.

Only plumbing commands with stable output are used (``rev-parse``, ``merge-base``,
``diff --name-only -z``, ``ls-files -z``, ``cat-file --batch``), and every path is
reported relative to the work tree's root with ``/``.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from claimcheck.errors import ClaimcheckError


@dataclass(frozen=True)
class Repo:
    """A git work tree: its root folder."""

    root: Path


def _git(cwd: Path, *args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=data, capture_output=True, check=False)
    except FileNotFoundError:
        raise ClaimcheckError("--changed-since needs git, and no `git` command was found") from None


def repo_at(folder: Path) -> Repo:
    """The work tree ``folder`` is in; outside one, a user error naming the folder."""
    done = _git(folder, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise ClaimcheckError(f"--changed-since needs a git repository, and {folder} is not inside one")
    return Repo(Path(done.stdout.decode().strip()).resolve())


def base_commit(repo: Repo, ref: str) -> str:
    """The commit to compare with: where ``ref`` and HEAD diverged (as a pull request's diff does),
    or ``ref`` itself when they share no history; an unknown ref is a user error."""
    done = _git(repo.root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if done.returncode != 0:
        raise ClaimcheckError(f"--changed-since {ref}: not a commit, branch or tag in {repo.root}")
    commit = done.stdout.decode().strip()
    fork = _git(repo.root, "merge-base", commit, "HEAD")
    return fork.stdout.decode().strip() if fork.returncode == 0 and fork.stdout.strip() else commit


@dataclass(frozen=True)
class Changes:
    """What differs from a commit: every path (both sides of a rename), and renames new -> old."""

    paths: frozenset[str]
    renamed: dict[str, str]


def changes_since(repo: Repo, commit: str) -> Changes:
    """Files that differ from ``commit``: committed since, staged, edited, or new and not ignored;
    a file moved with ``git mv`` is a rename, so its history follows it."""
    diffed = _git(repo.root, "diff", "--name-status", "-M", "-z", commit, "--")
    if diffed.returncode != 0:
        raise ClaimcheckError(f"git diff {commit}: {diffed.stderr.decode(errors='replace').strip()}")
    fields = [f.decode("utf-8", "surrogateescape") for f in diffed.stdout.split(b"\0")]
    paths, renamed, at = set(), {}, 0
    while at < len(fields) and fields[at]:
        status = fields[at]
        if status[:1] in ("R", "C"):
            old, new = fields[at + 1], fields[at + 2]
            paths |= {old, new}
            if status[:1] == "R":
                renamed[new] = old
            at += 3
        else:
            paths.add(fields[at + 1])
            at += 2
    untracked = _git(repo.root, "ls-files", "--others", "--exclude-standard", "-z").stdout.split(b"\0")
    paths |= {name.decode("utf-8", "surrogateescape") for name in untracked if name}
    return Changes(frozenset(paths), renamed)


def texts_at(repo: Repo, commit: str, paths: list[str]) -> dict[str, bytes | None]:
    """Each file's content at ``commit`` (None where it did not exist), in one ``git cat-file``."""
    if not paths:
        return {}
    query = "".join(f"{commit}:{p}\n" for p in paths).encode("utf-8", "surrogateescape")
    done = _git(repo.root, "cat-file", "--batch", data=query)
    out, at, found = done.stdout, 0, {}
    for path in paths:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) < 3 or header[1] != b"blob":
            found[path] = None
            continue
        size = int(header[2])
        found[path] = out[at : at + size]
        at += size + 1
    return found


def relative(repo: Repo, path: Path) -> str | None:
    """``path`` from the work tree's root with ``/``, or None when it lies outside the work tree."""
    try:
        return path.resolve().relative_to(repo.root).as_posix()
    except ValueError:
        return None
