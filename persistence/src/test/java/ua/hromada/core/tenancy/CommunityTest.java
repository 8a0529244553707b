package ua.hromada.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
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
        assertThat(c.switchTools(EnumSet.of(Tool.PETITIONS))).contains("tools [] → [PETITIONS]");
        assertThat(c.switchTools(EnumSet.of(Tool.PETITIONS))).isEmpty();
        assertThat(c.switchTools(EnumSet.of(Tool.BUDGET, Tool.PETITIONS))).contains("tools [PETITIONS] → [PETITIONS, BUDGET]");
        assertThat(c.requiredSignIn(Tool.PETITIONS)).isEqualTo(SignInStrength.STRONG);
        assertThat(c.requireSignIn(Tool.PETITIONS, SignInStrength.BASIC)).contains("sign-in PETITIONS STRONG → BASIC");
        assertThat(c.requiredSignIn(Tool.PETITIONS)).isEqualTo(SignInStrength.BASIC);
        assertThat(c.requireSignIn(Tool.PETITIONS, SignInStrength.BASIC)).isEmpty();
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
        bucha.residentsOf("Буча, Ворзель;\nм. Гостомель", "Київська область");
        assertThat(bucha.residencyLocalities()).containsExactly("буча", "ворзель", "гостомель");
        assertThat(bucha.covers("м. Буча", "Київська область")).isTrue();
        assertThat(bucha.covers("смт Гостомель", null)).as("no region in the address").isTrue();
        assertThat(bucha.covers("ВОРЗЕЛЬ", "київська область")).isTrue();
        assertThat(bucha.covers("Буча", "Львівська область")).as("same name, another region").isFalse();
        assertThat(bucha.covers("Ірпінь", "Київська область")).isFalse();
        assertThat(bucha.covers(null, "Київська область")).isFalse();
        bucha.residentsOf("Село-Над-Рікою, Місто-Сад", null);
        assertThat(bucha.covers("с. Село-Над-Рікою", null)).as("a prefix word inside a name stays").isTrue();
        assertThat(bucha.covers("м. Місто-Сад", null)).isTrue();
        assertThat(bucha.covers("Сад", null)).isFalse();
        bucha.residentsOf(" ", null);
        assertThat(bucha.settings()).doesNotContainKeys(Community.RESIDENCY_LOCALITIES, Community.RESIDENCY_REGION);
    }
}
