package ua.hromada.petitions.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.Signature;

/**
 * {@code /{community}/petitions/{id}/signatories.csv}: every signature (name, time, sign-in strength)
 * for the council to verify, streamed page by page; only the officials the bean admits get it.
 */
@WebServlet(SignatoriesExport.PATH)
public class SignatoriesExport extends HttpServlet {
    /** Reached only by the request filter's forward from the petition address. */
    static final String PATH = "/community/petitions/signatories-csv";

    @Inject
    PetitionReading reading;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        Page<Signature> page;
        try {
            id = Long.parseLong(request.getParameter("id"));
            page = reading.signatoriesToVerify(id, null, Page.MAX_LIMIT);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (HromadaException e) {
            response.sendError(e.status() == 401 || !Acting.current().isSignedIn() ? 401 : e.status());
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"petition-" + id + "-signatories.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\ufeff'); // spreadsheet programs read Cyrillic only with the byte order mark
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("number", "full_name", "signed_at", "sign_in").get())) {
            int number = 0;
            while (true) {
                for (Signature s : page.items()) {
                    csv.printRecord(++number, s.fullName(), s.signedAt(), s.strength());
                }
                if (page.nextCursor() == null) {
                    break;
                }
                page = reading.signatoriesToVerify(id, page.nextCursor(), Page.MAX_LIMIT);
            }
        }
    }
}
