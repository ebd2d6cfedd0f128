"""Search that matches Vietnamese typed with or without diacritics.

The database search backends do not fold diacritics, so every searchable page also
indexes an ASCII transliteration of its text, and queries are transliterated the same way.
"""

import re

from django.utils.html import strip_tags

from anyascii import anyascii

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold to lowercase ASCII: "Bạo lực gia đình" -> "bao luc gia dinh" (đ becomes d)."""
    return _SPACES.sub(" ", anyascii(text or "")).strip().lower()


def folded_text(*parts) -> str:
    texts = []
    for part in parts:
        if hasattr(part, "render_as_block"):
            part = part.render_as_block()
        texts.append(strip_tags(str(part or "")))
    return fold(" ".join(texts))
