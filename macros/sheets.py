"""Kept only for macros/word.py and macros/glue/downloads.py, the build's Word files, until the
`browser` branch removes them (every Word file is made in the browser there): delete this
module with them. New code imports macros.render.sheets and the kinds' builders."""
from .kinds.checklist import build_checklist  # noqa: F401
from .kinds.worksheet import build_worksheet  # noqa: F401
from .render.sheets import Answer, Checklist, Frame, WorksheetView, qr_png  # noqa: F401
