#!/usr/bin/env python3
"""Turns a specification's published source into the plain text tests/build_script/quotes.rs reads.

The output has the layout of tests/data/rfc/rfc9110.txt: a title line, the document's
front matter and copyright notice, then every section as its heading on a line of its own
(`7.2. 508 Loop Detected`, `Appendix A. ...`) followed by its paragraphs, one paragraph a
line, whitespace collapsed. The words are the source's own; only layout changes.

    tools/rfc_text.py xml RFC-NUMBER < rfcNNNN.xml > tests/data/rfc/rfcNNNN.txt
    tools/rfc_text.py txt RFC-NUMBER < rfcNNNN.txt > tests/data/rfc/rfcNNNN.txt
    tools/rfc_text.py html RFC-NUMBER < rfcNNNN.html > tests/data/rfc/rfcNNNN.txt
    tools/rfc_text.py md DRAFT-NAME YEAR < draft.md > tests/data/rfc/DRAFT-NAME.txt

`xml` reads the RFC Editor's xml2rfc (version 2) source of a published RFC; `txt` the
RFC's published plain text, paginated; `html` that plain text as the IETF's rfcmarkup
tool publishes it (the text with links added); `md` the kramdown-rfc Markdown source of
an Internet-Draft.
"""

import re
import sys
import xml.etree.ElementTree as ET

MONTHS = "January February March April May June July August September October November December"

# The copyright notice xml2rfc prints for `ipr="trust200902"` and its variants.
NOTICE = [
    "Copyright Notice",
    "Copyright (c) {year} IETF Trust and the persons identified as the document authors. All rights reserved.",
    "This document is subject to BCP 78 and the IETF Trust's Legal Provisions Relating to IETF Documents "
    "(https://trustee.ietf.org/license-info) in effect on the date of publication of this document. Please "
    "review these documents carefully, as they describe your rights and restrictions with respect to this "
    "document.",
]
# RFCs published before the IETF Trust's legal provisions of 2009 carry the notice of their day.
OLD_NOTICE = [
    "Copyright Notice",
    "Copyright (C) The IETF Trust ({year}).",
]


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


class Xml:
    def __init__(self, source):
        # The DOCTYPE's external entities (bibliography entries) are not needed for the text.
        source = re.sub(r"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", "", source, count=1, flags=re.S)
        # Some sources predate strict XML: comments holding "--", and bare "&" in URLs.
        parts = re.split(r"(<!\[CDATA\[.*?\]\]>)", source, flags=re.S)
        for at in range(0, len(parts), 2):
            part = re.sub(r"<!--.*?-->", "", parts[at], flags=re.S)
            parts[at] = re.sub(r"&(?![A-Za-z#][A-Za-z0-9.\-]*;)", "&amp;", part)
        source = "".join(parts)
        source = source.replace("&nbsp;", " ").replace("&#160;", " ")
        source = re.sub(r"&(rfc|RFC|I-D\.)[A-Za-z0-9.\-]*;", "", source)
        self.root = ET.fromstring(source)
        self.numbers = {}
        self.number_sections()

    def number_sections(self):
        middle = self.root.find("middle")
        for at, section in enumerate(middle.findall("section"), 1):
            self.number(section, str(at))
        back = self.root.find("back")
        if back is not None:
            letters = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            for section in back.findall("section"):
                self.number(section, next(letters))

    def number(self, section, number):
        section.set("_number", number)
        if section.get("anchor"):
            self.numbers[section.get("anchor")] = number
        for at, child in enumerate(section.findall("section"), 1):
            self.number(child, f"{number}.{at}")

    def inline(self, element):
        parts = [element.text or ""]
        for child in element:
            parts.append(self.render(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def render(self, child):
        tag = child.tag
        if tag == "xref":
            target = child.get("target", "")
            text = self.inline(child).strip()
            if target in self.numbers:
                number = self.numbers[target]
                label = f"Section {number}" if number[0].isdigit() else f"Appendix {number}"
            else:
                label = f"[{target}]"
            return f"{text} ({label})" if text else label
        if tag == "eref":
            text = self.inline(child).strip()
            return text or child.get("target", "")
        if tag in ("iref", "cref"):
            return ""
        if tag == "vspace":
            return " "
        if tag == "list":
            return " " + " ".join(squash(self.inline(t)) for t in child.findall("t")) + " "
        return self.inline(child)

    def paragraphs(self, section, out):
        for child in section:
            if child.tag == "t":
                lists = child.findall("list")
                if lists:
                    # A list inside a paragraph: its lead-in, then each item, on lines of their own.
                    lead = [child.text or ""]
                    out.append(squash("".join(lead)))
                    for item in lists[0].findall("t"):
                        line = squash(self.inline(item))
                        if line:
                            out.append(line)
                    tail = squash(lists[0].tail or "")
                    if tail:
                        out.append(tail)
                else:
                    line = squash(self.inline(child))
                    if line:
                        out.append(line)
            elif child.tag == "figure":
                for element in child:
                    if element.tag in ("preamble", "postamble"):
                        line = squash(self.inline(element))
                        if line:
                            out.append(line)
                    elif element.tag == "artwork":
                        for line in (element.text or "").strip("\n").split("\n"):
                            if line.strip():
                                out.append(line.rstrip())
            elif child.tag == "section":
                self.section(child, out)

    def section(self, section, out):
        number = section.get("_number")
        heading = f"{number}. " if number[0].isdigit() else f"Appendix {number}. "
        out.append(heading + squash(section.get("title", "")))
        self.paragraphs(section, out)

    def text(self, rfc_number):
        front = self.root.find("front")
        title = squash(front.findtext("title"))
        date = front.find("date")
        year = date.get("year")
        out = [f"RFC {rfc_number} - {title}", f"Request for Comments: {rfc_number}",
               f"{date.get('month', '')} {year}".strip(), title]
        abstract = front.find("abstract")
        if abstract is not None:
            out.append("Abstract")
            self.paragraphs(abstract, out)
        ipr = self.root.get("ipr", "")
        notice = NOTICE if "trust200902" in ipr.lower() else OLD_NOTICE
        out += [line.format(year=year) for line in notice]
        for section in self.root.find("middle").findall("section"):
            self.section(section, out)
        back = self.root.find("back")
        if back is not None:
            for section in back.findall("section"):
                self.section(section, out)
        return "\n".join(out) + "\n"


def markdown(source, name, year):
    """kramdown-rfc: YAML front matter, `--- abstract`, `--- middle`, `--- back`."""
    title = re.search(r"^title:\s*(.+)$", source, re.M).group(1).strip()
    out = [f"{name} - {title}", "Internet-Draft", title]
    out += [line.format(year=year) for line in NOTICE]
    part = None
    counters = []
    paragraph = []
    fenced = False

    def flush():
        if paragraph:
            out.append(squash(" ".join(paragraph)))
            paragraph.clear()

    for line in source.split("\n"):
        if line.startswith("--- "):
            flush()
            part = line[4:].strip()
            # The back matter's numbering starts afresh, with letters.
            counters.clear()
            if part == "abstract":
                out.append("Abstract")
            continue
        if part is None:
            continue
        if line.startswith("~~~") or line.startswith("```"):
            flush()
            fenced = not fenced
            continue
        if fenced:
            if line.strip():
                out.append(line.rstrip())
            continue
        heading = re.match(r"^(#+)\s+(.*?)\s*(\{#[^}]*\})?\s*$", line)
        if heading and part in ("middle", "back"):
            flush()
            depth = len(heading.group(1))
            del counters[depth:]
            while len(counters) < depth:
                counters.append(0)
            counters[depth - 1] += 1
            first = chr(ord("A") + counters[0] - 1) if part == "back" else str(counters[0])
            number = ".".join([first] + [str(c) for c in counters[1:]])
            prefix = f"Appendix {number}. " if part == "back" and depth == 1 else f"{number}. "
            out.append(prefix + heading.group(2).replace("`", ""))
            continue
        if not line.strip():
            flush()
        elif re.match(r"^\s*([-*]|\d+\.)\s+", line) and not paragraph[-1:] == [""]:
            flush()
            paragraph.append(re.sub(r"^\s*([-*]|\d+\.)\s+", "", line))
        else:
            paragraph.append(line)
    flush()
    text = "\n".join(out) + "\n"
    # Cross-references as xml2rfc prints them: {{anchor}} is "Section N" of this document,
    # {{Section N of REF}} is "Section N of [REF]", {{REF}} (another document) is "[REF]".
    anchors = {}
    number = None
    for line in source.split("\n"):
        heading = re.match(r"^#+\s+.*\{#([^}]*)\}\s*$", line)
        if heading:
            anchors[heading.group(1)] = None
    for line in out:
        match = re.match(r"^(?:Appendix )?([0-9A-Z][0-9.]*)\. ", line)
        if match:
            number = match.group(1)
    numbered = {}
    headings = [line for line in source.split("\n") if re.match(r"^#+\s", line)]
    printed = [line for line in out if re.match(r"^(?:Appendix )?[0-9A-Z][0-9.]*\. ", line)]
    for heading, line in zip(headings, printed):
        anchor = re.search(r"\{#([^}]*)\}\s*$", heading)
        if anchor:
            numbered[anchor.group(1)] = re.match(r"^(Appendix [A-Z][0-9.]*|[0-9][0-9.]*)", line).group(1).rstrip(".")

    def xref(match):
        inner = match.group(1).lstrip("!?")
        section = re.match(r"^Section ([0-9A-Z.]+) of (.+)$", inner)
        if section:
            return f"Section {section.group(1)} of [{section.group(2).split('=')[0]}]"
        if inner in numbered:
            label = numbered[inner]
            return label if label.startswith("Appendix") else f"Section {label}"
        return f"[{inner.split('=')[0]}]"

    text = re.sub(r"\{\{([^}]*)\}\}", xref, text)
    text = text.replace("{::boilerplate bcp14-tagged}", BCP14)
    # Markdown's code spans and emphasis are layout, not words.
    text = re.sub(r"(?<![A-Za-z0-9])_([^_\n]+)_(?![A-Za-z0-9])", r"\1", text)
    return text.replace("**", "").replace("`", "")


# What kramdown-rfc's `{::boilerplate bcp14-tagged}` prints (RFC 8174 Section 2).
BCP14 = (
    'The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", '
    '"RECOMMENDED", "NOT RECOMMENDED", "MAY", and "OPTIONAL" in this document are to be interpreted '
    "as described in BCP 14 [RFC2119] [RFC8174] when, and only when, they appear in all capitals, "
    "as shown here."
)


def paginated(text, rfc_number):
    """The RFC's plain text: page breaks and their running headers and footers go, each
    paragraph joins into a line, and section headings (at the left margin) stay lines of
    their own. A paragraph that a page break cut in two stays two lines; tests/build_script/quotes.rs
    reads a section as one run of text, so that does not matter to a quote."""
    footer = re.compile(r"^\S.*\[Page \d+\]\s*$")
    header = re.compile(rf"^RFC {rfc_number}\s{{2,}}.*\d{{4}}\s*$")
    lines = [
        line.rstrip()
        for line in text.replace("\f", "\n").split("\n")
        if not footer.match(line) and not header.match(line)
    ]
    out = []
    paragraph = []

    def flush():
        if paragraph:
            out.append(squash(" ".join(paragraph)))
            paragraph.clear()

    for line in lines:
        if not line.strip():
            flush()
        elif not line[0].isspace():
            # At the left margin: a heading, or a line of the front matter.
            flush()
            out.append(squash(line))
        else:
            paragraph.append(line)
    flush()
    # The title is the centred line right above "Status of This Memo".
    title = out[out.index("Status of This Memo") - 1]
    return "\n".join([f"RFC {rfc_number} - {title}"] + out) + "\n"


def rfcmarkup(source, rfc_number):
    """The rfcmarkup HTML: the plain text inside <pre> elements, with links."""
    import html

    body = source[source.index("<pre>"):]
    body = body.split("Html markup produced by rfcmarkup")[0]
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    return paginated(text, rfc_number)


def main():
    kind = sys.argv[1]
    source = sys.stdin.read()
    if kind == "xml":
        sys.stdout.write(Xml(source).text(sys.argv[2]))
    elif kind == "txt":
        sys.stdout.write(paginated(source, sys.argv[2]))
    elif kind == "html":
        sys.stdout.write(rfcmarkup(source, sys.argv[2]))
    elif kind == "md":
        sys.stdout.write(markdown(source, sys.argv[2], sys.argv[3]))
    else:
        sys.exit("usage: rfc_text.py xml|txt|html RFC-NUMBER | md DRAFT-NAME YEAR")


if __name__ == "__main__":
    main()
