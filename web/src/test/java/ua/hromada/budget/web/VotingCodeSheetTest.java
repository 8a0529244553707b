package ua.hromada.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    }
}
