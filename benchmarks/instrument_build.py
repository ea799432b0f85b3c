"""MkDocs hook for the benchmarks: the CPU time of each QR code and YAML load.

run.py adds this hook to the untimed instrumented build of each copy. It wraps `segno.make`
(the QR codes), on the module, so the project's own imports see the wrapped version, and writes
a JSON line per call to $SMO_BENCH_OUTPUTS/outputs.jsonl: the CPU time of each `segno.make` call
and its arguments, to spot codes made twice. For `yaml.load` (which `yaml.safe_load` and
`yaml.full_load` call) it records the loader class, the CPU time and the file that called it
(the first frame outside PyYAML), so run.py can tell the project's loads from MkDocs' own. The
build makes no Word files (the browser makes every .docx), so there is nothing of python-docx
to wrap. Nothing is wrapped when the variable is not set.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

OUT = os.environ.get("SMO_BENCH_OUTPUTS")


def _log(record: dict) -> None:
    with open(Path(OUT) / "outputs.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _wrap_segno() -> None:
    try:
        import segno
    except ImportError:
        return
    original = segno.make

    def make(content, *args, **kwargs):
        start = time.process_time()
        code = original(content, *args, **kwargs)
        _log({"kind": "qr", "cpu": time.process_time() - start,
              "key": repr((content, args, sorted(kwargs.items())))})
        return code

    segno.make = make


def _wrap_yaml() -> None:
    try:
        import yaml
    except ImportError:
        return
    original = yaml.load

    def load(stream, Loader=None):  # noqa: N803 - PyYAML's own parameter name
        start = time.process_time()
        try:
            return original(stream, Loader)
        finally:
            cpu = time.process_time() - start
            frame = sys._getframe(1)
            while frame is not None and "/yaml/" in frame.f_code.co_filename.replace("\\", "/"):
                frame = frame.f_back
            _log({"kind": "yaml", "cpu": cpu, "loader": getattr(Loader, "__name__", str(Loader)),
                  "caller": frame.f_code.co_filename if frame is not None else "?"})

    yaml.load = load


if OUT:
    _wrap_segno()
    _wrap_yaml()
