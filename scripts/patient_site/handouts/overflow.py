"""Does anything stick out of the page? The one place that reads WeasyPrint's
laid-out boxes (an internal structure, `page._page_box`): if WeasyPrint
changes it, this function and its test are all that change."""

from __future__ import annotations

from collections.abc import Iterator


def _boxes(box) -> Iterator:  # type: ignore[no-untyped-def]
    """`box` and its descendants, but not the page's margin boxes (its
    running header and footer belong in the margins)."""
    yield box
    for child in getattr(box, "children", None) or ():
        if type(child).__name__ != "MarginBox":
            yield from _boxes(child)


def overflowing(document, tolerance: float = 0.5) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    """(page number, what) of each run of text and each image of a rendered
    WeasyPrint document that reaches beyond its page's content area left or
    right (the side margins hold nothing else), or beyond the paper's top or
    bottom edge (a line's leading may rise a little into the top margin).
    Only what is drawn counts: a container's box may hold its last child's
    bottom margin."""
    found = []
    for number, page in enumerate(document.pages, 1):
        page_box = page._page_box
        left, right = page_box.content_box_x(), page_box.content_box_x() + page_box.width
        top, bottom = 0, page_box.margin_height()
        for box in _boxes(page_box):
            kind = type(box).__name__
            if kind == "TextBox":
                what = box.text.strip()
            elif kind.endswith("ReplacedBox"):
                what = f"<{box.element_tag}>"
            else:
                continue
            x, y = box.border_box_x(), box.border_box_y()
            width, height = box.border_width(), box.border_height()
            if x < left - tolerance or x + width > right + tolerance or y < top - tolerance or y + height > bottom + tolerance:
                found.append((number, what))
    return found
