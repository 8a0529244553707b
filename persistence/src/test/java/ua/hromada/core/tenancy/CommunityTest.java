package ua.hromada.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

class CommunityTest {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void slugMustBeSafeForAUrl() {
        assertThat(new Community("bucha", "Буча", "Bucha", KYIV).slug()).isEqualTo("bucha");
        assertThat(new Community("ivano-frankivsk", "Івано-Франківськ", "Ivano-Frankivsk", KYIV).slug())
                .isEqualTo("ivano-frankivsk");
        for (String bad : new String[] {"", "Bucha", "-bucha", "bucha-", "bu cha", "буча", "a".repeat(64), null}) {
            assertThatThrownBy(() -> new Community(bad, "Буча", "Bucha", KYIV))
                    .as(String.valueOf(bad)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThatThrownBy(() -> new Community("bucha", " ", "Bucha", KYIV)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Community("bucha", "Б".repeat(201), "Bucha", KYIV))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new Community("bucha", "Буча", "Bucha", KYIV).name("en")).isEqualTo("Bucha");
        assertThat(new Community("bucha", "Буча", "Bucha", KYIV).name("uk")).isEqualTo("Буча");
    }

    @Test
    void settingChangesSayWhatChangedAndNothingWhenNothingDid() {
        Community c = new Community("bucha", "Буча", "Bucha", KYIV);
        assertThat(c.switchTools(Set.of("alpha"))).contains("tools [] → [alpha]");
        assertThat(c.switchTools(Set.of("alpha"))).isEmpty();
        assertThat(c.switchTools(Set.of("beta", "alpha"))).contains("tools [alpha] → [alpha, beta]");
        assertThat(c.hasTool("beta")).isTrue();
        assertThatThrownBy(() -> c.switchTools(Set.of("Alpha"))).as("keys are lower-case").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> c.switchTools(Set.of("a/b"))).isInstanceOf(InvalidInputException.class);
        assertThat(c.tools()).as("a refused switch changes nothing").containsExactly("alpha", "beta");
        assertThat(c.requiredSignIn("alpha")).isEqualTo(SignInStrength.STRONG);
        assertThat(c.requireSignIn("alpha", SignInStrength.BASIC)).contains("sign-in alpha STRONG → BASIC");
        assertThat(c.requiredSignIn("alpha")).isEqualTo(SignInStrength.BASIC);
        assertThat(c.requireSignIn("alpha", SignInStrength.BASIC)).isEmpty();
        assertThat(c.moveTo(ZoneId.of("Europe/Warsaw"))).contains("time zone Europe/Kyiv → Europe/Warsaw");
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(c.moveTo(ZoneId.of("Europe/Warsaw"))).isEmpty();
        assertThat(c.rename("Буча", "Bucha")).isEqualTo(Optional.empty());
        assertThat(c.rename(" Бучанська громада ", "Bucha")).contains("name Буча / Bucha → Бучанська громада / Bucha");
        assertThatThrownBy(() -> c.rename("", "Bucha")).isInstanceOf(InvalidInputException.class);
        assertThat(c.nameUk()).as("a refused rename changes nothing").isEqualTo("Бучанська громада");
    }

    @Test
    void threadTenantIsRestoredAfterWork() {
        CurrentCommunity.set(7);
        assertThat(CurrentCommunity.callAs(9, CurrentCommunity::id)).isEqualTo(9L);
        assertThat(CurrentCommunity.id()).isEqualTo(7L);
        CurrentCommunity.clear();
        assertThat(CurrentCommunity.id()).isEqualTo(CurrentCommunity.NONE);
        assertThat(new CommunityTenantResolver().isRoot(CurrentCommunity.ALL)).isTrue();
        assertThat(new CommunityTenantResolver().isRoot(CurrentCommunity.NONE)).isFalse();
    }

    @Test
    void residentsAreThoseOfTheListedLocalitiesInTheRegion() {
        Community bucha = new Community("bucha", "Буча", "Bucha", KYIV);
        assertThat(bucha.covers("Буча", null)).as("no localities set").isFalse();
        bucha.residentsOf(List.of("Буча", "Ворзель", "м. Гостомель"), "Київська область");
        assertThat(bucha.residencyLocalities()).containsExactly("буча", "ворзель", "гостомель");
        assertThat(bucha.covers("м. Буча", "Київська область")).isTrue();
        assertThat(bucha.covers("смт Гостомель", null)).as("no region in the address").isTrue();
        assertThat(bucha.covers("ВОРЗЕЛЬ", "київська область")).isTrue();
        assertThat(bucha.covers("Буча", "Львівська область")).as("same name, another region").isFalse();
        assertThat(bucha.covers("Ірпінь", "Київська область")).isFalse();
        assertThat(bucha.covers(null, "Київська область")).isFalse();
        bucha.residentsOf(List.of("Село-Над-Рікою", "Місто-Сад"), null);
        assertThat(bucha.covers("с. Село-Над-Рікою", null)).as("a prefix word inside a name stays").isTrue();
        assertThat(bucha.covers("м. Місто-Сад", null)).isTrue();
        assertThat(bucha.covers("Сад", null)).isFalse();
        bucha.residentsOf(List.of(), " ");
        assertThat(bucha.settings()).doesNotContainKeys(Community.RESIDENCY_LOCALITIES, Community.RESIDENCY_REGION);
        bucha.putSetting(Community.RESIDENCY_LOCALITIES, "Буча, Ворзель;\nм. Гостомель");
        assertThat(bucha.residencyLocalities()).as("older settings separated otherwise").containsExactly("буча", "ворзель", "гостомель");
        assertThat(Community.localitiesIn("Буча\r\n\n м. Ворзель ; Гостомель,")).as("as typed in the console")
                .containsExactly("Буча", "м. Ворзель", "Гостомель");
        assertThat(Community.localitiesIn(null)).isEmpty();
    }

    @Test
    void residencyLocalitiesAreTrimmedDeduplicatedAndBoundedAndTheChangeIsSaid() {
        Community bucha = new Community("bucha", "Буча", "Bucha", KYIV);
        assertThat(bucha.residentsOf(List.of(" Буча ", "Ворзель", "м. Буча", "ворзель"), "Київська область"))
                .contains("residency localities [] → [Буча, Ворзель]; residency region — → Київська область");
        assertThat(bucha.residencyLocalityNames()).containsExactly("Буча", "Ворзель");
        assertThat(bucha.residentsOf(List.of("Буча", "Ворзель"), "Київська область")).isEmpty();
        assertThat(bucha.residentsOf(List.of("Буча", "Гостомель"), null))
                .contains("residency localities [Буча, Ворзель] → [Буча, Гостомель]; residency region Київська область → —");

        List<List<String>> bad = List.of(List.of("Буча", " "), List.of("м."), List.of("Буча, Ворзель"), List.of("Б".repeat(101)),
                IntStream.range(0, 51).mapToObj(i -> "Село-" + i).toList());
        for (List<String> localities : bad) {
            assertThatThrownBy(() -> bucha.residentsOf(localities, null)).as(localities.toString())
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> bucha.residentsOf(List.of("Буча"), "О".repeat(101))).isInstanceOf(InvalidInputException.class);
        assertThat(bucha.residencyLocalityNames()).as("a refused change changes nothing").containsExactly("Буча", "Гостомель");
        List<String> most = IntStream.range(0, 50).mapToObj(i -> String.format("%03d", i) + "С".repeat(97)).toList();
        bucha.residentsOf(most, "К".repeat(100));
        assertThat(bucha.settings().get(Community.RESIDENCY_LOCALITIES)).hasSize(Community.SETTING_MAX - 2);
    }
}
