"""PDF input: glyphs named by TeX's glyph names, and glyphs that map to no character
(cleantext/pdfglyphs.py), on small PDFs written here byte by byte."""
from cleantext import Pipeline
from cleantext.pdf import read_pdf


def _pdf(fonts: str, content: bytes) -> bytes:
    """A one-page PDF with the font dictionaries ``fonts`` (objects 4 on) and the page content."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 7 0 R "
               b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>",
               *[font.encode() for font in fonts.split("\n") if font],
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# Helvetica with two codes renamed as TeX's math fonts name them, and a CID font without a
# ToUnicode map.
FONTS = """<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /Differences [13 /circlecopyrt 104 /angbracketleft /angbracketright] >> >>
<< /Type /Font /Subtype /Type0 /BaseFont /Anonymous /Encoding /Identity-H /DescendantFonts [6 0 R] >>
<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Anonymous /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>
"""


def test_tex_glyph_names_give_their_characters():
    # pdfminer alone gives the base encoding's "h" and "i" for the brackets and "(cid:13)" for ©
    content = b"BT /F1 12 Tf 40 150 Td (Say \x68Copy to output\x69 now, \x0d 1994 by Levy) Tj ET"
    text = read_pdf(_pdf(FONTS, content)).text
    assert text.strip() == "Say \u27e8Copy to output\u27e9 now, \u00a9 1994 by Levy"


def test_glyphs_without_a_character_are_left_out_and_counted():
    content = (b"BT /F1 12 Tf 40 150 Td (Two words set) Tj ET "
               b"BT /F2 12 Tf 40 120 Td <000300040005> Tj ET")
    data = _pdf(FONTS, content)
    read = read_pdf(data)
    assert "cid" not in read.text and read.text.strip() == "Two words set"
    assert read.unmapped == 3
    result = Pipeline.default().run(data)
    assert result.report["changes"]["unmapped_glyphs"] == 3
    assert any("no character" in warning for warning in result.report["warnings"])


def test_a_pdf_whose_glyphs_all_map_to_no_character_says_so():
    import pytest
    from cleantext.pdf import PdfError
    with pytest.raises(PdfError, match="map its glyphs to no characters"):
        read_pdf(_pdf(FONTS, b"BT /F2 12 Tf 40 120 Td <000300040005> Tj ET"))


def test_an_accent_set_over_a_letter_is_put_on_it():
    # TeX's OT1 fonts set "César" as C, an acute accent, e, s, a, r: the accent drawn over the e
    import io
    canvas = __import__("pytest").importorskip("reportlab.pdfgen.canvas")
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(400, 200))
    page.setFont("Helvetica", 12)
    x = 40.0

    def put(text, over=None):
        nonlocal x
        if over is None:
            page.drawString(x, 150, text)
            x += page.stringWidth(text, "Helvetica", 12)
        else:  # an accent centred over the letter just set
            width = page.stringWidth(over, "Helvetica", 12)
            page.drawString(x - (page.stringWidth(text, "Helvetica", 12) + width) / 2, 150, over)
    put("Thanks to C"), put("e"), put("e", over="\u00b4"), put("sar and H"), put("a"), put("a", over="`")
    put("n; don\u00b4t move a ` quote.")
    page.save()
    assert read_pdf(out.getvalue()).text.strip() == "Thanks to César and Hàn; don\u00b4t move a ` quote."
