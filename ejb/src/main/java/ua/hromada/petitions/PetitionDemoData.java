package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.demo.DemoData;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Demo petitions for the README's run command, through the same beans people use: in Bucha one
 * petition collecting signatures and one waiting for moderation, plus a secretariat officer who
 * answers. Loaded once, after the core demo data, only when {@code hromada.demo} is true.
 */
@Stateless
public class PetitionDemoData {
    private static final Logger LOG = Logger.getLogger(PetitionDemoData.class.getName());
    private static final String TEXT = "Просимо громаду облаштувати в парку біля озера зону відпочинку: лавки, урни й освітлення. "
            + "Зараз увечері там темно, а людям похилого віку ніде присісти.";

    @Inject
    CommunityDirectory directory;

    @Inject
    People people;

    @Inject
    RoleGrants grants;

    @Inject
    Petitions petitions;

    @Inject
    PetitionReading reading;

    // No transaction here: each step runs in its own, with the tenant set before it starts.
    /** Core's demo loader only (through the manifest), after its communities and people. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load() {
        if (!DemoData.withPeople()) {
            return;
        }
        long bucha = directory.bySlug("bucha").orElseThrow().id();
        Actor system = Actor.system("demo-data");
        long resident = people.findOrRegister("3000000001", "Олена Мешканка").id();
        long moderator = people.findOrRegister("3000000002", "Андрій Модератор").id();
        long secretary = people.findOrRegister("3000000006", "Софія Секретар").id();
        // Олена's petitions mark it loaded (another tool's demo may have given Софія her role already)
        if (!Acting.as(people.actorOf(resident), () -> reading.mineEverywhere()).isEmpty()) {
            return;
        }
        if (!people.actorOf(secretary).rolesIn(bucha).contains(Role.SECRETARIAT_OFFICER)) {
            Acting.as(system, () -> grants.grant(secretary, bucha, Role.SECRETARIAT_OFFICER, null));
        }
        long collecting = as(resident, bucha, () -> petitions.create("Зона відпочинку в парку біля озера", TEXT,
                PetitionCategory.INFRASTRUCTURE).id());
        as(resident, bucha, () -> petitions.submit(collecting));
        as(moderator, bucha, () -> petitions.publish(collecting));
        long waiting = as(resident, bucha, () -> petitions.create("Велодоріжка вздовж вулиці Вокзальної",
                TEXT.replace("в парку біля озера зону відпочинку: лавки, урни й освітлення", "велодоріжку вздовж вулиці Вокзальної"),
                PetitionCategory.TRANSPORT).id());
        as(resident, bucha, () -> petitions.submit(waiting));
        LOG.info("Demo petitions loaded in /bucha/petitions");
    }

    private <T> T as(long person, long community, java.util.function.Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
