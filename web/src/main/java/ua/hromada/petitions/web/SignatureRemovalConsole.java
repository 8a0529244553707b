package ua.hromada.petitions.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.identity.ResidencyKind;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionAction;
import ua.hromada.petitions.PetitionPermissions;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.SignatureRemoval;
import ua.hromada.petitions.SignatureRemovals;
import ua.hromada.petitions.SignatureRule;

/**
 * The console page of one petition's signature removals: a moderator counts the signatures a
 * rule picks, removes them with a public reason, follows the job and may cancel it. The beans
 * decide who may do what; this page only carries the form.
 */
@Named
@ViewScoped
public class SignatureRemovalConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SignatureRemovals removals;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    @Inject
    PetitionFormat format;

    private long id;
    private Petition petition;
    private List<SignatureRemoval> history = List.of();
    private SignInStrength strength;
    private ResidencyKind residency;
    private Long tokenId;
    private String signedFrom;
    private String signedTo;
    private String reason;
    private Integer picked;

    /** f:viewAction: the community's petition moderators only; an unknown petition is a 404 page. */
    public void load() throws IOException {
        if (!permissions.allows(PetitionAction.MODERATE, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/petitions/" + id + "/removals");
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    private void refresh() {
        petition = reading.view(id);
        history = removals.of(petition);
    }

    /** Counts what the rule picks now, so the moderator sees the number before removing anything. */
    public void count() {
        try {
            picked = removals.preview(id, rule());
        } catch (HromadaException e) {
            picked = null;
            Messages.show(e, language.getLocale());
        }
    }

    public void remove() {
        try {
            SignatureRemoval started = removals.start(id, rule(), reason);
            Messages.info(language.getLocale(), "petition.removal.started", started.matched());
            picked = null;
            reason = null;
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
        refresh();
    }

    public void cancel(long removalId) {
        Messages.attempt(language.getLocale(), "petition.removal.cancelled", () -> removals.cancel(removalId));
        refresh();
    }

    private SignatureRule rule() {
        return new SignatureRule(strength, residency, tokenId, instant(signedFrom), instant(signedTo));
    }

    /** A {@code datetime-local} value in the community's time zone; empty is no bound. */
    private Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(tenant.require().zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("petition.removal.rule.time", local.length() > 40 ? local.substring(0, 40) : local);
        }
    }

    public boolean isRunning() {
        return history.stream().anyMatch(SignatureRemoval::isRunning);
    }

    /** The rule of a removal in the moderator's language. */
    public String describe(SignatureRule rule) {
        Locale locale = language.getLocale();
        List<String> parts = new ArrayList<>();
        if (rule.strength() != null) {
            parts.add(Messages.text(locale, "petition.removal.strength." + rule.strength()));
        }
        if (rule.residency() != null) {
            parts.add(Messages.text(locale, "petition.removal.residency." + rule.residency()));
        }
        if (rule.tokenId() != null) {
            parts.add(Messages.text(locale, "petition.removal.rule.token", String.valueOf(rule.tokenId())));
        }
        if (rule.signedFrom() != null) {
            parts.add(Messages.text(locale, "petition.removal.rule.from", format.when(rule.signedFrom())));
        }
        if (rule.signedTo() != null) {
            parts.add(Messages.text(locale, "petition.removal.rule.to", format.when(rule.signedTo())));
        }
        return String.join("; ", parts);
    }

    public Petition getPetition() {
        return petition;
    }

    public List<SignatureRemoval> getHistory() {
        return history;
    }

    public SignInStrength[] getStrengths() {
        return SignInStrength.values();
    }

    public ResidencyKind[] getResidencies() {
        return ResidencyKind.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public SignInStrength getStrength() {
        return strength;
    }

    public void setStrength(SignInStrength strength) {
        this.strength = strength;
    }

    public ResidencyKind getResidency() {
        return residency;
    }

    public void setResidency(ResidencyKind residency) {
        this.residency = residency;
    }

    public Long getTokenId() {
        return tokenId;
    }

    public void setTokenId(Long tokenId) {
        this.tokenId = tokenId;
    }

    public String getSignedFrom() {
        return signedFrom;
    }

    public void setSignedFrom(String signedFrom) {
        this.signedFrom = signedFrom;
    }

    public String getSignedTo() {
        return signedTo;
    }

    public void setSignedTo(String signedTo) {
        this.signedTo = signedTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getPicked() {
        return picked;
    }
}
