package ua.hromada.petitions.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.web.CsvTable;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.Petitions;
import ua.hromada.petitions.Signature;

/**
 * {@code /{community}/petitions/{id}/signatories.csv} and {@code .pdf}: every signature (number,
 * name, time, sign-in strength) for the council to verify, streamed page by page; only the
 * officials the bean admits get it. The PDF embeds Liberation Sans, so Cyrillic prints anywhere.
 */
@WebServlet({SignatoriesExport.CSV, SignatoriesExport.PDF})
public class SignatoriesExport extends HttpServlet {
    /** Reached only by the request filter's forward from the petition address. */
    static final String CSV = "/community/petitions/signatories-csv";
    static final String PDF = "/community/petitions/signatories-pdf";
    private static final String FONT = "liberation/LiberationSans-Regular.ttf";
    /** Rows handed to the PDF at a time, so a list of a million names never sits in memory. */
    private static final int PDF_CHUNK = 500;

    @Inject
    PetitionReading reading;

    @Inject
    Petitions petitions;

    @Inject
    TenantContext tenant;

    /** Writes the signatures of one petition in some format. */
    private interface Listing extends AutoCloseable {
        void row(int number, Signature signature) throws IOException;

        @Override
        void close() throws IOException;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        Page<Signature> page;
        Petition petition;
        try {
            id = Long.parseLong(request.getParameter("id"));
            page = reading.signatoriesToVerify(id, null, Page.MAX_LIMIT);
            petition = reading.view(id);
            petitions.signatoriesDownloaded(id, PDF.equals(request.getServletPath()) ? "pdf" : "csv");
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (HromadaException e) {
            response.sendError(e.status() == 401 || !Acting.current().isSignedIn() ? 401 : e.status());
            return;
        }
        boolean pdf = PDF.equals(request.getServletPath());
        response.setContentType(pdf ? "application/pdf" : "text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"petition-" + id + "-signatories." + (pdf ? "pdf" : "csv") + "\"");
        ZoneId zone = tenant.require().zone();
        try (Listing listing = pdf ? pdf(response, petition, zone) : csv(response)) {
            int number = 0;
            while (true) {
                for (Signature s : page.items()) {
                    listing.row(++number, s);
                }
                if (page.nextCursor() == null) {
                    break;
                }
                page = reading.signatoriesToVerify(id, page.nextCursor(), Page.MAX_LIMIT);
            }
        }
    }

    private static Listing csv(HttpServletResponse response) throws IOException {
        CsvTable csv = CsvTable.open(response.getOutputStream(), "number", "full_name", "signed_at", "sign_in", "residency");
        return new Listing() {
            @Override
            public void row(int number, Signature s) throws IOException {
                csv.row(number, s.fullName(), s.signedAt(), s.strength(), s.residency());
            }

            @Override
            public void close() throws IOException {
                csv.close();
            }
        };
    }

    private static Listing pdf(HttpServletResponse response, Petition petition, ZoneId zone) throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, response.getOutputStream());
            Font font = new Font(BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 9);
            Font heading = new Font(font.getBaseFont(), 12, Font.BOLD);
            document.open();
            document.add(new Paragraph("№" + petition.id() + " " + petition.title(), heading));
            document.add(new Paragraph("Підписи станом на " + time.format(java.time.Instant.now()) + " (" + zone + ")"
                    + " / Signatures as of that time", font));
            PdfPTable table = table(font);
            return new Listing() {
                private int inTable;

                @Override
                public void row(int number, Signature s) {
                    table.addCell(new Phrase(String.valueOf(number), font));
                    table.addCell(new Phrase(s.fullName(), font));
                    table.addCell(new Phrase(time.format(s.signedAt()), font));
                    table.addCell(new Phrase(s.strength().name(), font));
                    if (++inTable == PDF_CHUNK) {
                        document.add(table); // a table marked incomplete is written out and emptied
                        inTable = 0;
                    }
                }

                @Override
                public void close() {
                    table.setComplete(true);
                    document.add(table);
                    document.close();
                }
            };
        } catch (DocumentException e) {
            throw new IOException("the signatory list could not be written as PDF", e);
        }
    }

    private static PdfPTable table(Font font) {
        PdfPTable table = new PdfPTable(new float[] {1, 6, 4, 2});
        table.setWidthPercentage(100);
        table.setComplete(false);
        table.setHeaderRows(1);
        for (String header : new String[] {"№", "Повне ім’я / Full name", "Час підпису / Signed at", "Вхід / Sign-in"}) {
            table.addCell(new Phrase(header, new Font(font.getBaseFont(), 9, Font.BOLD)));
        }
        return table;
    }
}
