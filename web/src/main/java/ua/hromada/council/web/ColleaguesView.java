package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.core.access.Acting;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilMessages;

/** Deputies and the secretariat: the directory of colleagues, and a message to one of them. */
@Named
@ViewScoped
public class ColleaguesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilMessages messages;

    @Inject
    CouncilAdmission admission;

    @Inject
    MessageFiles files;

    private List<CouncilMessages.Colleague> colleagues;
    private Long to;
    private final MessageDraft draft = new MessageDraft();

    /** f:viewAction: deputies and the secretariat (others are sent to sign in, 403 when signed in). */
    public void load() throws IOException {
        if (colleagues == null && admission.admit(CouncilAction.COLLEAGUES, "/council/colleagues")) {
            colleagues = messages.colleagues();
        }
    }

    public void send() throws IOException {
        files.send(uploads -> messages.writeToColleague(to == null ? 0 : to, draft.getSubject(), draft.getText(), uploads).id());
    }

    /** The colleagues one may write to: everyone listed but oneself. */
    public List<CouncilMessages.Colleague> getRecipients() {
        Long me = Acting.current().personId();
        return colleagues == null ? List.of() : colleagues.stream().filter(c -> me == null || c.personId() != me).toList();
    }

    public List<CouncilMessages.Colleague> getColleagues() {
        return colleagues;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }

    public MessageDraft getDraft() {
        return draft;
    }
}
