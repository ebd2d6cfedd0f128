"""Shape of the demo content modules in ``demo/tracks/``, and a checker for it.

Each module defines ``TRACK``, a plain dict (no Django imports), so the content can be
read and reviewed as text and loaded by ``manage.py seed_demo``:

TRACK = {
    "number": 1,                      # order on the home page (1..6)
    "title": "...",                   # Vietnamese, NFC
    "slug": "kien-thuc-chung",        # ASCII, lowercase, hyphens; no diacritics
    "summary": "...",                 # one or two sentences, plain text
    "audience": "<p>...</p>",         # rich-text HTML: who the track is for
    "objectives": ["...", ...],       # plain-text learning objectives
    "courses": [                      # at least two
        {
            "title": "...", "slug": "...", "summary": "...",
            "description": "<p>...</p>",   # rich-text HTML
            "estimated_hours": "2.5",      # decimal as string
            "objectives": ["...", ...],
            "lessons": [                   # at least three
                {
                    "title": "...", "slug": "...", "summary": "...",
                    "body": [ {"type": BLOCK_TYPE, "value": VALUE}, ... ],
                },
            ],
        },
    ],
}

Lesson body blocks (type -> value):
  heading        "text of an h2"
  paragraph      "<p>…</p>"  rich-text HTML: p, b, i, ul/ol/li, h3, a href
  callout        {"title": "…", "text": "<p>…</p>"}           key message
  case_scenario  {"title": "…", "situation": "<p>…</p>", "questions": ["…", …],
                  "discussion": "<p>…</p>"}
  checklist      {"title": "…", "items": ["…", …]}
  content_note   {"summary": "…", "body": "<p>…</p>"}          warning before distressing
                                                                 material, opened on purpose
"""

import re
import unicodedata

BLOCK_KEYS = {
    "heading": None,
    "paragraph": None,
    "callout": {"title", "text"},
    "case_scenario": {"title", "situation", "questions", "discussion"},
    "checklist": {"title", "items"},
    "content_note": {"summary", "body"},
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def check_track(track: dict) -> list[str]:
    """Return a list of problems with one TRACK dict (empty when it is well formed)."""
    problems = []
    for text in _strings(track):
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"not NFC: {text[:40]!r}")
    for key in ("number", "title", "slug", "summary", "audience", "objectives", "courses"):
        if key not in track:
            problems.append(f"track lacks {key}")
    if len(track.get("courses", [])) < 2:
        problems.append("track needs at least two courses")
    slugs = [track.get("slug", "")]
    for course in track.get("courses", []):
        slugs.append(course.get("slug", ""))
        for key in ("title", "slug", "summary", "description", "estimated_hours", "objectives"):
            if key not in course:
                problems.append(f"course {course.get('slug')} lacks {key}")
        if len(course.get("lessons", [])) < 3:
            problems.append(f"course {course.get('slug')} needs at least three lessons")
        for lesson in course.get("lessons", []):
            slugs.append(lesson.get("slug", ""))
            for block in lesson.get("body", []):
                kind, value = block.get("type"), block.get("value")
                if kind not in BLOCK_KEYS:
                    problems.append(f"lesson {lesson.get('slug')}: unknown block {kind}")
                elif BLOCK_KEYS[kind] is None and not isinstance(value, str):
                    problems.append(f"lesson {lesson.get('slug')}: {kind} must be a string")
                elif BLOCK_KEYS[kind] is not None and set(value) != BLOCK_KEYS[kind]:
                    problems.append(f"lesson {lesson.get('slug')}: {kind} keys {sorted(value)}")
            if not lesson.get("body"):
                problems.append(f"lesson {lesson.get('slug')} has no body")
    problems += [f"bad slug {s!r}" for s in slugs if not SLUG.match(s or "")]
    return problems


if __name__ == "__main__":
    import importlib
    import pkgutil

    from demo import tracks

    for info in pkgutil.iter_modules(tracks.__path__):
        module = importlib.import_module(f"demo.tracks.{info.name}")
        found = check_track(module.TRACK)
        lessons = sum(len(c["lessons"]) for c in module.TRACK["courses"])
        print(info.name, found or "OK", f"{lessons} lessons")
