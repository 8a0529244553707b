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
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.tool.ToolRegistry;

/**
 * {@code /{community}/documents/{id}.pdf}: a community's published document, with its checksum;
 * published means a tool says the visitor may see it ({@code ToolManifest.showsDocument}).
 */
@WebServlet(DocumentDownload.PATH)
public class DocumentDownload extends HttpServlet {
    /** Reached only by the request filter's forward from the community address. */
    static final String PATH = "/community/documents-pdf";

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
        if (tools.all().stream().noneMatch(tool -> tool.showsDocument(document.id()))) {
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
