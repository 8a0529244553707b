package ua.hromada.council;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import ua.hromada.core.TimeSource;
import ua.hromada.core.access.Acting;
import ua.hromada.core.identity.People;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The demo council's correspondence (fictional): Тарас Сусід writes to deputy Оксана Депутатка
 * about the yard of his building and she answers; Оксана and Петро Коваленко agree on the draft on
 * the crossing; Софія Секретар asks Оксана for her report. Through the beans people use, from
 * {@link CouncilDemoData} once the council's structure is there.
 */
@Stateless
public class MessageDemoData {
    @Inject
    People people;

    @Inject
    CouncilMessages messages;

    @Inject
    CouncilReading reading;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void load(long bucha, long secretary, long oksana, long petro) {
        long taras = people.findOrRegister("3000000007", "Тарас Сусід").id();
        long oksanaCard = as(taras, bucha, () -> reading.deputies()).stream().filter(d -> d.profile().personId() == oksana).findFirst()
                .orElseThrow().profile().id();
        Instant now = clock.instant();
        long yard = at(now.minus(Duration.ofDays(3)), () -> as(taras, bucha, () -> messages.writeToDeputy(oksanaCard,
                "Двір на Яблунській, 14: калюжі й зламана лавка", "Добрий день, пані Оксано! Я мешкаю на вулиці Яблунській, 14."
                + " Після кожного дощу у дворі стоїть велика калюжа біля під’їзду № 2, а лавку біля дитячого майданчика зламали"
                + " ще навесні. Чи можна включити ремонт двору до плану благоустрою на наступний рік?", List.of()))).id();
        at(now.minus(Duration.ofDays(2)), () -> as(oksana, bucha, () -> messages.reply(yard, "Добрий день, пане Тарасе! Дякую за"
                + " звернення. Я передала питання до відділу житлово-комунального господарства: лавку замінять цього місяця, а"
                + " відновлення водовідведення у дворі я запропоную внести до Програми благоустрою на 2027 рік на засіданні"
                + " комісії. Повідомлю вас про рішення.", List.of())));
        at(now.minus(Duration.ofDays(1)), () -> as(taras, bucha, () -> messages.reply(yard, "Дякую! Чекатиму новин.", List.of())));
        long crossing = at(now.minus(Duration.ofDays(4)), () -> as(oksana, bucha, () -> messages.writeToColleague(petro,
                "Проєкт № 247-VIII: пішохідний перехід біля ліцею № 3", "Петре, дякую, що підтримали проєкт як співавтор. Пропоную"
                + " до сесії разом зустрітися з директоркою ліцею і батьківським комітетом, щоб врахувати їхні пропозиції щодо"
                + " світлофора.", List.of()))).id();
        at(now.minus(Duration.ofDays(3)), () -> as(petro, bucha, () -> messages.reply(crossing, "Домовилися. Можу в четвер після"
                + " 16:00, запрошу також представника відділу ЖКГ.", List.of())));
        at(now.minus(Duration.ofDays(1)), () -> as(secretary, bucha, () -> messages.writeToColleague(oksana,
                "Звіт депутата за рік", "Пані Оксано, нагадуємо: звіт про роботу у виборчому окрузі № 3 за рік просимо подати"
                + " до секретаріату до кінця місяця, щоб оприлюднити його на сайті ради.", List.of())));
    }

    private static <T> T at(Instant moment, Supplier<T> work) {
        return TimeSource.asIf(moment, work);
    }

    private <T> T as(long person, long community, Supplier<T> work) {
        return Acting.as(people.actorOf(person), () -> CurrentCommunity.callAs(community, work));
    }
}
