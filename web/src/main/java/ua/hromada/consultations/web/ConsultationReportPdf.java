package ua.hromada.consultations.web;

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
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import ua.hromada.consultations.ActDiscussion;
import ua.hromada.consultations.Consultation;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.PollQuestion;
import ua.hromada.consultations.PollTally;
import ua.hromada.consultations.QuestionType;
import ua.hromada.consultations.RegulationSection;
import ua.hromada.consultations.ReportOutcome;
import ua.hromada.core.HromadaException;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * {@code /{community}/consultations/{id}/report.pdf}: a closed consultation's published final
 * report with its figures — the comments, a poll's results question by question, a draft act's
 * support and opposition section by section — and the outcome of each item, in the page's
 * language. Public once the report is (404 before). Liberation Sans is embedded for Cyrillic.
 */
@WebServlet(ConsultationReportPdf.PATH)
public class ConsultationReportPdf extends HttpServlet {
    /** Reached only by the request filter's forward from the consultation's address. */
    static final String PATH = "/community/consultations/report-pdf";
    private static final String FONT = "liberation/LiberationSans-Regular.ttf";

    @Inject
    ConsultationReading reading;

    @Inject
    TenantContext tenant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Consultation c;
        try {
            c = reading.view(Long.parseLong(request.getParameter("id")));
        } catch (HromadaException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (c.reportPublishedAt() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = LanguageSelection.of(request);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(tenant.require().zone());
        List<String[]> figures = figures(c, locale);
        List<ReportOutcome> outcomes = reading.outcomes(c.id());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"consultation-" + c.id() + "-report.pdf\"");
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, response.getOutputStream());
            Font font = new Font(BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 10);
            Font bold = new Font(font.getBaseFont(), 10, Font.BOLD);
            Font heading = new Font(font.getBaseFont(), 14, Font.BOLD);
            document.open();
            document.add(new Paragraph(c.title(), heading));
            document.add(new Paragraph(tenant.require().name(locale.getLanguage()) + " · " + text(locale, c.kind().labelKey()) + " · "
                    + text(locale, c.category().labelKey()), font));
            document.add(new Paragraph(text(locale, "consultation.starts") + ": " + when.format(c.startsAt()) + " · "
                    + text(locale, "consultation.ends") + ": " + when.format(c.endsAt()), font));
            document.add(new Paragraph(text(locale, "consultation.report") + ": " + c.reportBy() + ", " + when.format(c.reportPublishedAt()), bold));
            document.add(new Paragraph(c.reportText(), font));
            if (!figures.isEmpty()) {
                document.add(new Paragraph(" ", font));
                PdfPTable table = new PdfPTable(figures.get(0).length);
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (int r = 0; r < figures.size(); r++) {
                    for (String cell : figures.get(r)) {
                        table.addCell(new Phrase(cell, r == 0 ? bold : font));
                    }
                }
                document.add(table);
            }
            if (!outcomes.isEmpty()) {
                document.add(new Paragraph(text(locale, "consultation.outcomes"), bold));
                for (ReportOutcome o : outcomes) {
                    document.add(new Paragraph(o.item().title() + ": " + text(locale, o.decision().labelKey())
                            + (o.reason() == null ? "" : " — " + o.reason()), font));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the report could not be written as PDF", e);
        }
    }

    /** The report's figures as a table, its first row the header: by kind of consultation. */
    private List<String[]> figures(Consultation c, Locale locale) {
        List<String[]> rows = new ArrayList<>();
        if (c.isPoll()) {
            PollTally tally = reading.tally(c.id()).orElse(null);
            if (tally == null) {
                return rows;
            }
            rows.add(new String[] {text(locale, "poll.questions"), text(locale, "poll.results.option"), text(locale, "poll.results.count") + " / "
                + text(locale, "poll.results.borda") + " / " + text(locale, "poll.results.mean"), text(locale, "poll.results.share") + " / "
                + text(locale, "poll.results.first")});
            for (PollQuestion q : reading.questions(c.id())) {
                for (PollTally.OptionResult r : tally.of(q).options()) {
                    String figure = switch (q.type()) {
                        case RANKING -> String.valueOf(r.borda());
                        case SCORING -> String.format(locale, "%.2f", r.mean());
                        default -> String.valueOf(r.count());
                    };
                    String second = q.type() == QuestionType.RANKING ? String.valueOf(r.firstPreferences())
                            : q.type() == QuestionType.SCORING ? "" : String.format(locale, "%.1f %%", r.share() * 100);
                    rows.add(new String[] {q.number() + ". " + q.text(), r.option().label(), figure, second});
                }
            }
            rows.add(new String[] {text(locale, "poll.results.respondents", tally.respondents()), "", "", ""});
        } else if (c.isDiscussion()) {
            ConsultationReading.Act act = reading.act(c.id());
            rows.add(new String[] {text(locale, "regulation.act.whole"), String.valueOf(act.support(ActDiscussion.WHOLE_ACT)),
                String.valueOf(act.oppose(ActDiscussion.WHOLE_ACT)), ""});
            for (RegulationSection s : act.sections()) {
                rows.add(new String[] {s.title(), String.valueOf(act.support(s.key())), String.valueOf(act.oppose(s.key())),
                    String.valueOf(act.comments().getOrDefault(s.key(), 0L))});
            }
            rows.add(0, new String[] {text(locale, "regulation.act.version", c.actVersion()), text(locale, "regulation.stance.support-button"),
                text(locale, "regulation.stance.oppose-button"), text(locale, "consultation.report.pdf.comments")});
        } else {
            rows.add(new String[] {text(locale, "consultation.report.pdf.comments")});
            rows.add(new String[] {String.valueOf(reading.commentCount(c.id()))});
        }
        return rows;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
