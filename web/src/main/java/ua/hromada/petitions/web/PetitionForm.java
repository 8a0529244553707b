package ua.hromada.petitions.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionSettings;
import ua.hromada.petitions.PetitionStatus;
import ua.hromada.petitions.Petitions;

/**
 * Writing a petition: a draft saved as the person types (and on every button), similar petitions
 * suggested from the title, then submission to the moderators.
 */
@Named
@ViewScoped
public class PetitionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Petitions petitions;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionSettings settings;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private Long id;
    private String title;
    private String text;
    private PetitionCategory category = PetitionCategory.OTHER;
    private PetitionRules rules;
    private List<Petition> similar = List.of();

    /** f:viewAction: sign-in first; only the author's own draft can be edited here. */
    public void load() throws IOException {
        String here = "/" + tenant.require().slug() + (id == null ? "/petitions/new" : "/petitions/" + id + "/edit");
        if (!Acting.current().isSignedIn()) {
            access.refuse(here);
            return;
        }
        rules = settings.current();
        if (id != null) {
            try {
                Petition petition = reading.view(id);
                if (petition.status() != PetitionStatus.DRAFT || petition.authorId() != Acting.current().personId()) {
                    redirect(petition.id());
                    return;
                }
                title = petition.title();
                text = petition.text();
                category = petition.category();
                rules = petition.rules();
            } catch (NotFoundException e) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, null);
                faces.responseComplete();
            }
        }
    }

    /** The poll and the save button: keeps what was typed as a draft; a failure is shown, the text stays. */
    public void save() {
        try {
            store();
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    /** Sends the draft to the moderators and opens its page. */
    public void submit() throws IOException {
        try {
            store();
            petitions.submit(id);
            redirect(id);
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    /** On leaving the title: petitions of the community that may already ask the same. */
    public void suggest() {
        similar = title == null || title.isBlank() ? List.of() : reading.similar(title, 5);
    }

    private void store() {
        if (id == null) {
            id = petitions.create(title, text, category).id();
        } else {
            petitions.editDraft(id, title, text, category);
        }
    }

    private void redirect(long petition) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + "/petitions/" + petition);
    }

    public PetitionCategory[] getCategories() {
        return PetitionCategory.values();
    }

    public PetitionRules getRules() {
        return rules;
    }

    public List<Petition> getSimilar() {
        return similar;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PetitionCategory getCategory() {
        return category;
    }

    public void setCategory(PetitionCategory category) {
        this.category = category;
    }
}
