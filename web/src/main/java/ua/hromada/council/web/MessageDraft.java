package ua.hromada.council.web;

import java.io.Serializable;

/** What a person types into a message form: the subject (for a new thread) and the text; kept with the view when a send is refused. */
public class MessageDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    private String subject;
    private String text;

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
