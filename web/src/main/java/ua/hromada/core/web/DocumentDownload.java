package ua.hromada.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ua.hromada.core.HromadaException;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.tool.ToolRegistry;

/**
 * {@code /{community}/documents/{id}.pdf} and {@code …/{id}.jpg}: a community's published document
 * or photo, with its checksum and its own content type (the address's ending must be its kind's);
 * published means a tool says the visitor may see it ({@code ToolManifest.showsDocument}). It opens
 * no HTTP session, so anonymous pages showing photos stay session-free.
 */
@WebServlet({DocumentDownload.PATH, DocumentDownload.PHOTO_PATH})
public class DocumentDownload extends HttpServlet {
    /** Reached only by the request filter's forward from the community address. */
    static final String PATH = "/community/documents-pdf";
    static final String PHOTO_PATH = "/community/documents-jpg";

    @Inject
    Documents documents;

    @Inject
    ToolRegistry tools;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDocument document;
        try {
            document = documents.find(Long.parseLong(request.getParameter("id")));
        } catch (HromadaException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentKind kind = DocumentKind.stored(document.contentType());
        if (kind == null || !request.getServletPath().endsWith("-" + kind.extension().substring(1))
                || tools.all().stream().noneMatch(tool -> tool.showsDocument(document.id()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // a draft's, or no tool's: as if it did not exist
            return;
        }
        response.setContentType(document.contentType());
        response.setContentLengthLong(document.size());
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Digest", "sha-256=" + document.sha256());
        try (InputStream in = documents.open(document)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
