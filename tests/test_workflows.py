"""The GitHub workflows: read-only for pull requests, actions pinned by commit, no stored
credentials, publishing only after the tests passed on the same commit, a timeout on every
job, and zizmor (a static checker for workflows) finds nothing."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s+([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # v\d+\.\d+\.\d+\s*$")


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _triggers(workflow: dict) -> dict:
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    return on if isinstance(on, dict) else {name: None for name in ([on] if isinstance(on, str) else on)}


def _steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


def test_there_is_a_test_workflow_and_a_pages_workflow():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "test.yml"]
    for path in WORKFLOWS:
        assert isinstance(_load(path), dict)


def test_pull_requests_get_no_write_permission():
    for path in WORKFLOWS:
        workflow = _load(path)
        if "pull_request" not in _triggers(workflow) and "pull_request_target" not in _triggers(workflow):
            continue
        assert "pull_request_target" not in _triggers(workflow)
        scopes = [workflow.get("permissions")] + [j.get("permissions") for j in workflow["jobs"].values()]
        assert workflow.get("permissions") is not None, "set the default token's permissions explicitly"
        for scope in scopes:
            if scope is None:
                continue
            assert isinstance(scope, dict) and all(v in ("read", "none") for v in scope.values()), (path.name, scope)
        assert "secrets." not in path.read_text()


def test_every_action_is_pinned_by_commit_with_its_version_beside_it():
    for path in WORKFLOWS:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
        assert lines, path.name
        for line in lines:
            assert PINNED.match(line), f"{path.name}: {line.strip()}"


def test_every_checkout_keeps_no_credentials_and_every_job_has_a_timeout():
    for path in WORKFLOWS:
        workflow = _load(path)
        for name, job in workflow["jobs"].items():
            assert isinstance(job.get("timeout-minutes"), int), (path.name, name)
        for step in _steps(workflow):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("persist-credentials") is False, path.name


def test_the_pages_workflow_publishes_only_after_the_tests_passed_on_that_commit():
    workflow = _load(ROOT / ".github/workflows/pages.yml")
    assert set(_triggers(workflow)) <= {"push", "workflow_dispatch"}
    jobs = workflow["jobs"]
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    runs = [step.get("run", "") for step in jobs["test"]["steps"]]
    assert "bash tests/run.sh" in runs
    # the same tests as the Test workflow, in the same container
    test = _load(ROOT / ".github/workflows/test.yml")["jobs"]["test"]
    assert jobs["test"]["container"] == test["container"] and jobs["test"]["steps"] == test["steps"]
    uses = {step["uses"].split("@")[0] for step in _steps(workflow) if "uses" in step}
    assert uses == {"actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact", "actions/deploy-pages"}
    env = next(s["env"] for s in jobs["build"]["steps"] if "env" in s)
    assert env["SITE_URL"].startswith("${{ steps.pages.outputs.base_url }}")
    assert "github.repository" in env["EDIT_URI"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def _zizmor() -> str | None:
    beside = Path(sys.executable).with_name("zizmor")
    return str(beside) if beside.exists() else shutil.which("zizmor")


def test_zizmor_is_pinned_and_finds_nothing():
    assert re.search(r"^zizmor==\d+\.\d+\.\d+$", (ROOT / "requirements-test.txt").read_text(), re.M)
    zizmor = _zizmor()
    if zizmor is None:
        pytest.fail("zizmor is not installed: pip install -r requirements-test.txt")
    result = subprocess.run([zizmor, "--offline", "--no-progress", ".github/workflows"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No findings to report" in output, output
