"""Text from data or users is shown as text: no Markdown, HTML, links or images come through."""
import pytest

from ui.widgets import md_escape


@pytest.mark.parametrize("raw,shown", [
    ("https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444", "https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444"),
    ("![x](https://tracker.example/p.png)", "\\!\\[x\\](https://tracker.example/p.png)"),
    ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
    ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
    ("- not a list\n1. not numbered", "\\- not a list\n1\\. not numbered"),
    ("**bold** _it_ `code` # h | t ~s~ $x$", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\# h \\| t \\~s\\~ \\$x\\$"),
])
def test_md_escape(raw, shown):
    assert md_escape(raw) == shown
