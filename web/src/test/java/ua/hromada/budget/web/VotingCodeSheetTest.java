package ua.hromada.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.hromada.budget.VotingCodes;

class VotingCodeSheetTest {
    @Test
    void eightCardsAPageEachWithItsNumberCodeAndLink() throws Exception {
        List<VotingCodes.Issued> codes = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            codes.add(new VotingCodes.Issued(i, ("ABCDEFGHJKMNPQRSTVW" + i).substring(0, 20)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VotingCodeSheet.write(out, "Ліцей № 3 · Шкільний бюджет 2027", "https://hromada.example/bucha/budget/7/code",
                serial -> "Картка № " + serial, "Відскануй QR-код або відкрий https://hromada.example/bucha/budget/7/code", codes);
        PdfReader pdf = new PdfReader(out.toByteArray());
        assertThat(pdf.getNumberOfPages()).as("eight cards a page").isEqualTo(2);
        String first = new PdfTextExtractor(pdf).getTextFromPage(1);
        assertThat(first).contains("Ліцей № 3 · Шкільний бюджет 2027", "Картка № 1", "ABCD-EFGH-JKMN-PQRS-TVW1", "Картка № 8",
                "https://hromada.example/bucha/budget/7/code").doesNotContain("Картка № 9");
        String content = new String(pdf.getPageContent(1), StandardCharsets.ISO_8859_1);
        assertThat(content).as("each QR code drawn at its own size, not stretched").contains("q 1 0 0 1 ");
        assertThat(decode(pdf, "Xf1")).as("the first card's QR code, read back").isEqualTo(
                "https://hromada.example/bucha/budget/7/code#ABCDEFGHJKMNPQRSTVW1");
    }

    /** Reads a card's QR code as a scanner would: its squares drawn at 4 pixels a module with a white border, then ZXing's reader. */
    private static String decode(PdfReader pdf, String name) throws Exception {
        PdfDictionary xobjects = pdf.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        PRStream stream = (PRStream) PdfReader.getPdfObject(xobjects.get(new PdfName(name)));
        String drawing = new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1);
        Matcher squares = Pattern.compile("([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) re").matcher(drawing);
        List<float[]> modules = new ArrayList<>();
        while (squares.find()) {
            modules.add(new float[] {Float.parseFloat(squares.group(1)), Float.parseFloat(squares.group(2)), Float.parseFloat(squares.group(3))});
        }
        assertThat(modules).isNotEmpty();
        float size = modules.get(0)[2];
        int count = Math.round(120 / size);
        int scale = 4;
        int border = 8 * scale;
        int side = count * scale + 2 * border;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        for (float[] m : modules) {
            int column = Math.round(m[0] / size);
            int row = count - 1 - Math.round(m[1] / size); // the PDF's y axis points up
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(border + row * scale + dy) * side + border + column * scale + dx] = 0;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
