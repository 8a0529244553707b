package ua.hromada.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.council.Committee;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilStructure;
import ua.hromada.council.DeputyProfile;
import ua.hromada.council.Faction;

/** The secretariat's page of the deputies: a profile for a holder of the DEPUTY role, and each profile's faction, committees, district, contacts. */
@Named
@ViewScoped
public class DeputyConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CouncilStructure structure;

    @Inject
    CouncilReading reading;

    @Inject
    CouncilAdmission admission;

    @Inject
    LanguageSelection language;

    private Long person;
    private Long editing;
    private Long faction;
    private List<Long> committees = new ArrayList<>();
    private String district;
    private String contacts;

    /** f:viewAction. */
    public void load() throws IOException {
        admission.admit(CouncilAction.STRUCTURE, "/admin/council/deputies");
    }

    public void add() {
        long chosen = person == null ? 0 : person;
        if (Messages.attempt(language.getLocale(), "council.deputy.added", () -> structure.addDeputy(chosen))) {
            person = null;
        }
    }

    /** Puts one profile into the form. */
    public void edit(DeputyProfile deputy) {
        editing = deputy.id();
        faction = deputy.factionId();
        committees = new ArrayList<>(deputy.committeeIds());
        district = deputy.district();
        contacts = deputy.contacts();
    }

    public void save() {
        long id = editing == null ? 0 : editing;
        if (Messages.attempt(language.getLocale(), "council.deputy.saved",
                () -> structure.describeDeputy(id, faction, committees, district, contacts))) {
            editing = null;
        }
    }

    public List<CouncilReading.DeputyCard> getDeputies() {
        return reading.deputies();
    }

    public List<CouncilStructure.Candidate> getCandidates() {
        return structure.candidates();
    }

    public List<Faction> getFactions() {
        return reading.factions();
    }

    public List<Committee> getCommitteeChoices() {
        return reading.committees();
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getFaction() {
        return faction;
    }

    public void setFaction(Long faction) {
        this.faction = faction;
    }

    public List<Long> getCommittees() {
        return committees;
    }

    public void setCommittees(List<Long> committees) {
        this.committees = committees;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getContacts() {
        return contacts;
    }

    public void setContacts(String contacts) {
        this.contacts = contacts;
    }
}
