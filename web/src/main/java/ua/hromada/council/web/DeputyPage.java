package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.core.NotFoundException;
import ua.hromada.council.CouncilReading;

/** A deputy's public page: their profile and the way to write to them; request-scoped, so an anonymous reader gets no session. */
@Named
@RequestScoped
public class DeputyPage {
    @Inject
    CouncilReading reading;

    private long id;
    private CouncilReading.DeputyCard card;

    /** f:viewAction: a deputy of this community, or a 404. */
    public void load() {
        long profile = reading.deputy(id).id();
        card = reading.deputies().stream().filter(d -> d.profile().id() == profile).findFirst()
                .orElseThrow(() -> new NotFoundException("council.deputy.not-found", id));
    }

    public CouncilReading.DeputyCard getCard() {
        return card;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
