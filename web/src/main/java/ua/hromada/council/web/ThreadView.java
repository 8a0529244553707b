package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.council.CouncilMessages;

/**
 * One thread, for its members only (anyone else: the bean's 404): its messages, which become read,
 * the answer form, and for the deputy a resident wrote to, blocking and unblocking them.
 */
@Named
@ViewScoped
public class ThreadView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilMessages messages;

    @Inject
    MessageFiles files;

    @Inject
    LanguageSelection language;

    private long id;
    private CouncilMessages.Conversation conversation;
    private final MessageDraft draft = new MessageDraft();

    /** f:viewAction. */
    public void load() {
        if (conversation == null) {
            conversation = messages.conversation(id);
        }
    }

    public void reply() throws IOException {
        files.send(uploads -> {
            messages.reply(id, draft.getText(), uploads);
            return id;
        });
    }

    public void block() {
        Messages.attempt(language.getLocale(), "council.messages.blocked.done", () -> messages.block(id));
        conversation = messages.conversation(id);
    }

    public void unblock() {
        Messages.attempt(language.getLocale(), "council.messages.unblocked", () -> messages.unblock(id));
        conversation = messages.conversation(id);
    }

    public CouncilMessages.Conversation getConversation() {
        return conversation;
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
