package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.council.CouncilMessages;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.DeputyProfile;

/**
 * A resident's first message to a deputy (signed in; the route sends others to sign in): subject,
 * text, files. Sent, it leads to the thread; refused, the form keeps what was typed and says why
 * (a file input cannot keep its file: the page asks to choose it again).
 */
@Named
@ViewScoped
public class WriteToDeputyView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilMessages messages;

    @Inject
    CouncilReading reading;

    @Inject
    MessageFiles files;

    private long id;
    private String deputy;
    private final MessageDraft draft = new MessageDraft();

    /** f:viewAction: the deputy of this community (404 otherwise). */
    public void load() {
        if (deputy == null) {
            DeputyProfile profile = reading.deputy(id);
            deputy = profile.name();
        }
    }

    public void send() throws IOException {
        files.send(uploads -> messages.writeToDeputy(id, draft.getSubject(), draft.getText(), uploads).id());
    }

    public String getDeputy() {
        return deputy;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public MessageDraft getDraft() {
        return draft;
    }
}
