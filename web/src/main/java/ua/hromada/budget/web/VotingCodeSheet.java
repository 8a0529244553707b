package ua.hromada.budget.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Map;
import ua.hromada.budget.VotingCodes;

/**
 * The printed sheet of a school contest's one-time codes: a card per code, to cut out and hand to
 * a pupil, with its serial number, a QR code of its voting link and the code itself to type. The
 * QR code is drawn as vector squares, so it stays sharp at any printer's resolution. Liberation
 * Sans is embedded for Cyrillic.
 */
final class VotingCodeSheet {
    private static final String FONT = "liberation/LiberationSans-Regular.ttf";
    private static final float QR_SIZE = 120;

    private VotingCodeSheet() {
    }

    /**
     * Writes the sheet: {@code heading} on each card (the school and the contest), {@code link}
     * the voting page's address, the code following it after {@code #}; {@code cardName} names a
     * card by its number, {@code instructions} tell the pupil what to do (in the page's language).
     */
    static void write(OutputStream out, String heading, String link, IntFunction<String> cardName, String instructions,
            List<VotingCodes.Issued> codes) throws IOException {
        Document document = new Document(PageSize.A4, 30, 30, 30, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font small = new Font(base, 7);
            Font font = new Font(base, 9);
            Font code = new Font(base, 12, Font.BOLD);
            document.open();
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            for (VotingCodes.Issued issued : codes) {
                String address = link + "#" + issued.code();
                PdfPCell card = new PdfPCell();
                card.setPadding(8);
                card.setHorizontalAlignment(Element.ALIGN_CENTER);
                card.addElement(centred(new Paragraph(heading, font)));
                card.addElement(centred(new Paragraph(cardName.apply(issued.serial()), small)));
                // as a chunk the QR code keeps its size (an image added to a cell is stretched to its width)
                Paragraph qr = new Paragraph();
                qr.add(new Chunk(Image.getInstance(qr(writer.getDirectContent(), address)), 0, 0, true));
                card.addElement(centred(qr));
                card.addElement(centred(new Paragraph(issued.grouped(), code)));
                card.addElement(centred(new Paragraph(instructions, small)));
                table.addCell(card);
            }
            table.completeRow();
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the codes could not be written as PDF", e);
        }
    }

    private static Paragraph centred(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private static PdfTemplate qr(PdfContentByte canvas, String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a voting link", e);
        }
        float module = QR_SIZE / matrix.getWidth();
        PdfTemplate template = canvas.createTemplate(QR_SIZE, QR_SIZE);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    // PDF's y axis points up: the matrix's first row is the template's top
                    template.rectangle(x * module, QR_SIZE - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        return template;
    }
}
