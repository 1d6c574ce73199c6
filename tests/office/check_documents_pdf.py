#!/usr/bin/env python3
"""Every document procure render makes for both examples, as DOCX, converted
to PDF by LibreOffice (headless), as a reader would print it: every page A4,
a page count within the range stated below, and no word or amount split
across lines in the text poppler's pdftotext extracts. Then `-f pdf` itself,
once for every document of the KMD example (a letter for its first tender):
the same pages as LibreOffice made from the DOCX, as PDF/A.

Word by word: each word of the Markdown (criterion names, column headings,
names in tables, ...) occurs at least as often in the PDF's text as in the
Markdown, so a word broken inside ("Kriteri|um") is missed. Amounts (digits
held together by no-break spaces, with "kr" or "NOK") must each occur whole
on one line as often as in the Markdown.
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

# The letter dates at which each document can be written, per example.
DATES = {
    "kmd-2018-prosessbistand": {"before-tenders": "2018-03-01", "after-award": "2018-06-05"},
    "innovasjonspris-2018": {"before-tenders": "2018-03-01", "after-award": "2018-04-16"},
    "bergvik-2025-digital-byggesak": {"before-tenders": "2025-04-10", "after-award": "2025-06-20"},
}
# The documents of a procedure in stages, made only for the example in stages.
STAGE_DOCUMENTS = {"invitation-to-tender", "negotiation-minutes", "non-selection-notice",
                   "reduction-notice", "negotiation-invitation", "final-tender-invitation"}
STAGED_EXAMPLES = {"bergvik-2025-digital-byggesak"}
# The examples divided into lots: their award documents are made per lot (--lot).
LOTS = {"bergvik-2025-digital-byggesak": ("soknad", "integrasjon")}
PER_LOT_DOCUMENTS = {"evaluation-report", "award-notice", "rejection-letter", "procurement-record"}
# Page ranges per document (each per-tender letter on its own), with room for
# content still being written; a document not listed gets DEFAULT_PAGES.
PAGES = {
    "dialogue-invitation": (1, 4),
    "input-request": (1, 5),
    "input-summary": (1, 8),
    "qa-log": (1, 6),
    "tender-documents": (2, 30),
    "evaluation-report": (4, 20),
    "award-notice": (1, 5),
    "rejection-letter": (1, 3),
    "procurement-record": (2, 12),
    "invitation-to-tender": (1, 6),
    "negotiation-minutes": (1, 8),
    "non-selection-notice": (1, 3),
    "reduction-notice": (1, 3),
    "negotiation-invitation": (1, 4),
}
# The prize competition's report lists 48 tenders with every score and reason.
# The example in stages decides each of its two lots on its final tenders.
PAGES_OF_EXAMPLE = {("innovasjonspris-2018", "evaluation-report"): (30, 48),
                    ("bergvik-2025-digital-byggesak", "evaluation-report"): (2, 10)}
# A document with nothing to say for an example: procure refuses it (exit 2).
NOT_APPLICABLE = {("bergvik-2025-digital-byggesak", "rejection-letter"): "no tender was rejected",
                  ("bergvik-2025-digital-byggesak", "final-tender-invitation"):
                  "a competitive procedure with negotiation: no dialogue to close"}
DEFAULT_PAGES = (1, 40)
AFTER_AWARD = {"evaluation-report", "award-notice", "rejection-letter", "procurement-record",
               "negotiation-minutes", "reduction-notice"}
A4 = (595.3, 841.9)
NO_BREAK = "\u00a0\u202f"
AMOUNT = re.compile(
    r"(?:NOK[" + NO_BREAK + r"])?\d{1,3}(?:[" + NO_BREAK + r"]\d{3})+(?:,\d+)?(?:[" + NO_BREAK +
    r"](?:kr|NOK))?")
WORD = re.compile(r"\w+")


def run(args, **kw):
    return subprocess.run(args, check=False, capture_output=True, text=True, **kw)


def plain(text):
    """Markdown as the words a reader sees: escapes, emphasis marks and the
    numbers of ordered lists out (the Markdown writes "1." for every item; the
    DOCX numbers them 1, 2, 3)."""
    text = re.sub(r"^[ \t]*\d+\.[ \t]", " ", text, flags=re.M)
    text = re.sub(r"\\(.)", r"\1", text)
    # An underscore inside a word (a case key such as procurement_record) stays.
    text = re.sub(r"(?<!\w)_|_(?!\w)", " ", text)
    return re.sub(r"[*`|#>]", " ", text)


def one_line(text):
    for c in NO_BREAK:
        text = text.replace(c, " ")
    return re.sub(r"[ \t]+", " ", text)


def check_pdf(pdf, markdown, pages_allowed, problems):
    info = run(["pdfinfo", str(pdf)])
    pages = int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))
    low, high = pages_allowed
    if not low <= pages <= high:
        problems.append(f"{pdf.name}: {pages} pages, expected {low}-{high}")
    sizes = run(["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)]).stdout
    for page, w, h in re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", sizes, re.M):
        if abs(float(w) - A4[0]) > 1 or abs(float(h) - A4[1]) > 1:
            problems.append(f"{pdf.name}: page {page} is {w} x {h} pt, not A4")
    text = run(["pdftotext", "-layout", str(pdf), "-"]).stdout
    lines = [one_line(line) for line in text.splitlines()]
    pdf_words = Counter(WORD.findall(text))
    md_words = Counter(WORD.findall(plain(markdown)))
    for word, count in md_words.items():
        if pdf_words[word] < count:
            problems.append(f"{pdf.name}: '{word}' {count} times in the Markdown, "
                            f"{pdf_words[word]} whole in the PDF (split across lines?)")
    for amount, count in Counter(one_line(a) for a in AMOUNT.findall(plain(markdown))).items():
        found = sum(line.count(amount) for line in lines)
        if found < count:
            problems.append(f"{pdf.name}: amount '{amount}' {count} times in the Markdown, "
                            f"{found} on one line in the PDF")
    return pages


def check_pdf_format(procure, source, documents, temp, counts):
    """procure render -f pdf for every document of the KMD example."""
    problems = []
    example = "kmd-2018-prosessbistand"
    for document in documents:
        docx = sorted((temp / example).glob(document + ".*.docx"))
        if not docx:
            continue
        parts = docx[0].name.split(".")
        tenderer = ["--tenderer", parts[1]] if len(parts) == 4 else []
        today = DATES[example]["after-award" if document in AFTER_AWARD else "before-tenders"]
        pdf = temp / f"{document}.pdf"
        result = run([procure, "render", document, str(source / "examples" / example),
                      "--lang", "nb", "--today", today, "--out", str(pdf), *tenderer])
        if result.returncode != 0:
            problems.append(f"-f pdf {document}: exit {result.returncode}: {result.stderr.strip()}")
            continue
        info = run(["pdfinfo", str(pdf)]).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        metadata = run(["pdfinfo", "-meta", str(pdf)]).stdout
        expected = counts[f"{example} {document}"][0]
        if pages != expected:
            problems.append(f"-f pdf {document}: {pages} pages, LibreOffice made {expected} "
                            "from the DOCX")
        if "<pdfaid:part>2</pdfaid:part>" not in metadata:
            problems.append(f"-f pdf {document}: not PDF/A-2")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True, type=Path)
    parser.add_argument("--source", required=True, type=Path)
    args = parser.parse_args()
    procure = str(args.bin / "procure")
    office = shutil.which("soffice")
    if office is None:
        print("FAIL: soffice not found (apt-get install libreoffice-writer-nogui)")
        return 1
    listed = json.loads(run([procure, "render", "--list", "--json"]).stdout)["documents"]
    documents = [d["name"] for d in listed]
    problems = []
    counts = {}
    with tempfile.TemporaryDirectory(prefix="procure-office-") as temp:
        temp = Path(temp)
        for example, dates in DATES.items():
            out = temp / example
            for document in documents:
                if document in STAGE_DOCUMENTS and example not in STAGED_EXAMPLES:
                    continue
                today = dates["after-award" if document in AFTER_AWARD else "before-tenders"]
                lots = LOTS.get(example, ()) if document in PER_LOT_DOCUMENTS else ()
                for lot in lots or (None,):
                    result = run([procure, "render", document,
                                  str(args.source / "examples" / example), "--lang", "nb",
                                  "--today", today, "--out-dir", str(out), "-f", "md", "-f", "docx",
                                  *(["--lot", lot] if lot else [])])
                    if (example, document) in NOT_APPLICABLE:
                        if result.returncode != 2:
                            problems.append(f"{example} {document}: exit {result.returncode}, "
                                            f"expected 2: {NOT_APPLICABLE[(example, document)]}")
                    elif result.returncode != 0:
                        problems.append(f"{example} {document}: exit {result.returncode}: "
                                        f"{result.stderr.strip()}")
            docx = sorted(out.glob("*.docx"))
            converted = run([office, "-env:UserInstallation=" + (temp / "profile").as_uri(),
                             "--headless", "--norestore", "--convert-to", "pdf",
                             "--outdir", str(out / "pdf")] + [str(d) for d in docx], timeout=1200)
            for d in docx:
                pdf = out / "pdf" / (d.stem + ".pdf")
                if not pdf.is_file():
                    problems.append(f"{example} {d.name}: LibreOffice wrote no PDF: "
                                    f"{converted.stdout.strip()} {converted.stderr.strip()}")
                    continue
                document = d.name.split(".")[0]
                allowed = PAGES_OF_EXAMPLE.get((example, document), PAGES.get(document))
                if allowed is None:
                    print(f"note: {document} has no stated page range; {DEFAULT_PAGES} applies")
                markdown = (out / (d.stem + ".md")).read_text(encoding="utf-8")
                pages = check_pdf(pdf, markdown, allowed or DEFAULT_PAGES, problems)
                counts.setdefault(f"{example} {document}", []).append(pages)
        problems += check_pdf_format(procure, args.source, documents, temp, counts)
    for name, pages in counts.items():
        shown = str(pages[0]) if len(pages) == 1 else f"{min(pages)}-{max(pages)} ({len(pages)} files)"
        print(f"{name}: pages {shown}")
    for problem in problems:
        print("FAIL:", problem)
    print(f"{sum(len(p) for p in counts.values())} PDFs checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
