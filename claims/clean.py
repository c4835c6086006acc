"""Page furniture out, article text in: which paragraphs of a page are the article.

Text pasted from a browser carries navigation, bylines, photo captions and credits, share
buttons, contact blocks and copyright lines. `clean()` does not rewrite the text: it returns the
spans of the paragraphs that are article text, so every offset found later still indexes the
input exactly as given, and the metadata (title, author, date, outlet) the furniture gives away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

# Whole lines that are page furniture, not article text.
FURNITURE = re.compile(
    r"""^(?:
        top\ of\ page|bottom\ of\ page|skip\ to\ (?:main\ )?content|menu|search|home|log\ ?in|sign\ in|sign\ up
      | subscribe(?:\ now)?|newsletter|advertisement|sponsored|related(?:\ (?:articles|stories|posts))?
      | comments?|\d+\ comments?|leave\ a\ comment|write\ a\ comment|add\ a\ comment|be\ the\ first\ to\ comment.{0,40}
      | share(?:\ this(?:\ (?:article|story|post))?)?(?:\ on\ \w+)?|tweet|print|email|copy\ link|save
      | facebook|instagram|twitter|x|linkedin|whatsapp|youtube|tiktok|reddit|telegram|pinterest
      | privacy(?:\ polic(?:y|ies))?|terms(?:\ of\ (?:use|service))?|cookie(?:s|\ policy|\ settings)?|accessibility
      | contact(?:\ us)?|about(?:\ us)?|logo|phone:?|tel:?|fax:?|e-?mail:?|postal\ address:?|address:?
      | get\ in\ touch.{0,60}|looking\ for\ more.{0,60}|read\ more.{0,80}|see\ more.{0,60}|more\ from.{0,60}
      | recommended(?:\ (?:for\ you|stories|articles|reading|videos))?|trending(?:\ (?:now|stories|articles|topics|news))?
      | follow\ us.{0,60}|all\ rights\ reserved.{0,60}|back\ to\ top|next\ article|previous\ article
      | \d+\ min(?:ute)?s?(?:\ read)?|listen\ to\ this\ (?:article|story)|most\ (?:read|popular|viewed|shared)
      | (?:top|latest|more)\ (?:stories|news|headlines)|editor'?s\ picks?|you\ may\ also\ like
      | writer:.{0,80}|author:.{0,80}|posted\ (?:by|in|on).{0,60}|filed\ under.{0,80}|tags?:.{0,200}
      | (?:updated|published)(?::.{0,60}|\ (?:on|at)\ [^,.]{0,40}|\ \d.{0,40}|)
      | [•·|>»–—\-\s]*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:(\d{4})\s*)?(.*)$", re.IGNORECASE)
BYLINE = re.compile(r"^(?:[Bb]y|[Ww]ritten by|[Ww]ords by)\s+([A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der|al|bin|and))*)\s*$")
# A photo caption ends with its credit: "(Tyler Hicks/The New York Times)", "(AP Photo/Jane Doe)".
CAPTION = re.compile(r"(?:\((?:[^()]*/[^()]*|(?:photo|image|credit|picture)[^()]*)\)|(?:photo|image|credit)s?:\s*[^.]*)\s*$",
                     re.IGNORECASE)
CONTACT = re.compile(r"^(?:p\.?o\.?\s*box\b|(?:phone|tel|telephone|fax|e-?mail|(?:postal )?address)\s*:\s*\S.{0,80}$|\+?\d[\d\s().-]{7,}\d$|[\w.+-]+@[\w-]+\.[\w.]+$|https?://\S+$|www\.\S+$)",
                     re.IGNORECASE)
# "About | Contact | Terms": a row of links. "1. Headline of another story": a most-read list.
LINK_ROW = re.compile(r"^[^|]{1,40}(?:\|[^|]{1,40})+$")
MENU = re.compile(r"^\S+(?: \S+){0,2}(?: {2,}\S+(?: \S+){0,2}){2,}$")  # "News  Politics  Business  Sport"
LIST_HEADLINE = re.compile(r"^\d{1,2}[.)]\s+[^.!?]{3,120}$")
BULLET = re.compile(r"^\s*[•·*\-]\s+")
DATE_FULL = re.compile(MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\s+" + MONTH + r",?\s+(\d{4})|(\d{4})-(\d\d)-(\d\d)")
DATE_SHORT = re.compile(r"^\s*(?:[•·]\s*)?" + MONTH + r"\s+(\d{1,2})\s*$")


@dataclass
class Page:
    """The article inside a page: paragraph spans of the input, and metadata found in the furniture."""

    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of text, whitespace trimmed (pasted pages put one paragraph a line)."""
    return [span for m in re.finditer(r"[^\n]+", text) if (span := trimmed(text, *m.span()))]


def trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span text[s:e] without its leading and trailing whitespace, or None if nothing is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


_NON_WORD = re.compile(r"\W+")


def _may_be_caption(line: str) -> bool:
    """A cheap test before CAPTION: every caption it finds has a bracket or one of its words."""
    low = line.lower()
    return "(" in line or "photo" in low or "image" in low or "credit" in low


def clean(text: str) -> Page:
    """Find the article paragraphs of a page and the title, author, date and outlet it shows."""
    page = Page()
    seen: set[str] = set()
    short_date: tuple[int, int] | None = None
    year: int | None = None
    body_started = False
    listing = False  # after a line ending "...:" or a numbered item kept after it: a list of the body's
    for s, e in paragraphs_of(text):
        was_listing, listing = listing, False  # (any line skipped ends the list)
        line = text[s:e]
        bare = BULLET.sub("", line).strip()
        key = _NON_WORD.sub(" ", bare).strip().casefold()
        if m := COPYRIGHT.match(bare):
            year = year or (int(m.group(1)) if m.group(1) else None)
            holder = re.split(r"\s+[-–|]\s+|\.\s+all rights", m.group(2) or "", flags=re.IGNORECASE)[0].strip(" .")
            page.outlet = page.outlet or (holder or None)
            continue
        if m := re.match(r"^writer:\s*(.+)$", bare, re.IGNORECASE):
            page.outlet = page.outlet or m.group(1).strip()
            continue
        if m := DATE_SHORT.match(line):
            short_date = (MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
            continue
        numbered = LIST_HEADLINE.match(bare) is not None
        if FURNITURE.match(bare) or CONTACT.match(bare) or LINK_ROW.match(bare) or MENU.match(bare) \
                or numbered and not was_listing or not key:
            continue  # (a numbered line is a list of headlines unless the body introduced it: "For example:")
        if m := BYLINE.match(bare):
            page.author = page.author or m.group(1)
            continue
        if not page.published and len(bare) < 80 and (d := date_of_line(bare)):
            page.published = d
            if len(bare.split()) <= 6:
                continue
        if _may_be_caption(bare) and CAPTION.search(bare) or key in seen or (page.outlet and key == page.outlet.casefold()):
            continue
        seen.add(key)
        words = len(bare.split())
        if not body_started and (words < 3 or (bare.isupper() and words <= 6)):
            continue  # navigation, section labels and the masthead above the headline
        if page.title is None and not body_started and words <= 25:
            page.title = bare.strip()
        elif words >= 8 or (words >= 4 and bare[-1] in ".?!\"”'’:"):
            body_started = True
        elif not body_started:
            # Short lines before the body are navigation and section labels.
            continue
        page.paragraphs.append((s, e))
        listing = body_started and (bare.endswith(":") or numbered and was_listing)
    if not page.published and short_date:
        year = year or _first_year(text)
        if year:
            page.published = date(year, *short_date).isoformat()
    return page


def date_of_line(line: str) -> str | None:
    """An ISO date for the first full date written in line, if any."""
    m = DATE_FULL.search(line)
    if not m:
        return None
    try:
        if m.group(1):
            return date(int(m.group(3)), MONTHS[m.group(1)[:3].lower()], int(m.group(2))).isoformat()
        if m.group(4):
            return date(int(m.group(6)), MONTHS[m.group(5)[:3].lower()], int(m.group(4))).isoformat()
        return date(int(m.group(7)), int(m.group(8)), int(m.group(9))).isoformat()
    except ValueError:
        return None


def _first_year(text: str) -> int | None:
    m = re.search(r"\b(19[5-9]\d|20\d\d)\b", text)
    return int(m.group(1)) if m else None
