package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.document.Upload;
import ua.hromada.core.web.ChosenFiles;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.council.CouncilMessages;

/**
 * A message form's file inputs (one request's: a part is never kept in a view) and what follows a
 * send: the thread's page, or the form again with the reason and, when files were chosen, the
 * request to choose them again.
 */
@Named
@RequestScoped
public class MessageFiles {
    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    private final Part[] parts = new Part[CouncilMessages.ATTACHMENTS_MAX];

    public Part[] getParts() {
        return parts;
    }

    /** The file inputs' indexes, for the page's repeat. */
    public List<Integer> getSlots() {
        return IntStream.range(0, parts.length).boxed().toList();
    }

    /** The largest file the store takes, in whole megabytes, for the form's hint. */
    public long getMaxMegabytes() {
        return Documents.maxBytes() / (1024 * 1024);
    }

    /**
     * Sends a message with the chosen files ({@code sending} answers its thread's id): sent, on to
     * the thread; refused, the form stays with the reason and, when files were chosen, a word on them.
     */
    void send(Function<List<Upload>, Long> sending) throws IOException {
        Long[] thread = new Long[1];
        boolean attached;
        boolean done;
        try (ChosenFiles chosen = ChosenFiles.open(parts)) {
            attached = !chosen.isEmpty();
            done = Messages.attempt(language.getLocale(), "council.messages.sent", () -> thread[0] = sending.apply(chosen.uploads()));
        }
        if (done) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + "/council/messages/" + thread[0]);
        } else if (attached) {
            Messages.info(language.getLocale(), "council.messages.attachments.choose-again");
        }
    }

    /** The ending of an attachment's address ({@code .pdf}, {@code .jpg}), as core's download serves it. */
    public String ending(StoredDocument document) {
        return DocumentKind.stored(document.contentType()).extension();
    }
}
