"""MkDocs hook for the benchmarks: the CPU time of each Word file, QR code and YAML load.

run.py adds this hook to the untimed instrumented build of each copy. It wraps python-docx
(`docx.opc.package.OpcPackage.open`, where `docx.Document()` starts a document, and
`docx.document.Document.save`) and `segno.make` (the QR codes), on the classes and module, so
the project's own imports see the wrapped versions. For each saved document it writes a JSON
line to $SMO_BENCH_OUTPUTS/outputs.jsonl: the process CPU time from opening the package to the
end of the save, and the SHA-1 and size of its word/document.xml, by which run.py finds the
.docx file in the built site (the project may re-zip the bytes; the XML stays the same). For
QR codes it records the CPU time of each `segno.make` call and its arguments, to spot codes
made twice. For `yaml.load` (which `yaml.safe_load` and `yaml.full_load` call) it records the
loader class, the CPU time and the file that called it (the first frame outside PyYAML), so
run.py can tell the project's loads from MkDocs' own. Nothing is wrapped when the variable is
not set.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import time
import zipfile
from pathlib import Path

OUT = os.environ.get("SMO_BENCH_OUTPUTS")


def _log(record: dict) -> None:
    with open(Path(OUT) / "outputs.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def _xml_of(target) -> bytes:
    if hasattr(target, "getvalue"):
        data = target.getvalue()
    else:
        data = Path(target).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def _wrap_docx() -> None:
    try:
        from docx.document import Document
        from docx.opc.package import OpcPackage
    except ImportError:
        return
    original_open = OpcPackage.open.__func__
    original_save = Document.save

    def open_(cls, pkg_file):
        start = time.process_time()
        package = original_open(cls, pkg_file)
        package._smo_bench_start = start
        return package

    def save(self, path_or_stream):
        original_save(self, path_or_stream)
        end = time.process_time()
        start = getattr(self.part.package, "_smo_bench_start", None)
        try:
            xml = _xml_of(path_or_stream)
        except Exception as err:  # a stream that cannot be read back: record without the XML
            xml, note = b"", repr(err)
        else:
            note = ""
        _log({"kind": "docx", "cpu": None if start is None else end - start,
              "xml_sha1": hashlib.sha1(xml).hexdigest() if xml else None, "xml_bytes": len(xml),
              "paragraphs": len(self.paragraphs), "tables": len(self.tables), "note": note})

    OpcPackage.open = classmethod(open_)
    Document.save = save


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
    _wrap_docx()
    _wrap_segno()
    _wrap_yaml()
