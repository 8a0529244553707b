package ua.hromada.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String HMAC = "a".repeat(64);

    private static Person person() {
        Person p = new Person(HMAC, "Олена Мешканка", NOW);
        p.contactAt("olena@hromada.example");
        return p;
    }

    @Test
    void erasingReplacesTheKeyWithOneNoHmacCanEqualAndDropsTheAddress() {
        Person p = person();
        p.erase(false, NOW);
        assertThat(p.personKey()).startsWith(Person.ERASED_KEY_PREFIX).doesNotMatch("[0-9a-f]{64}").hasSizeLessThanOrEqualTo(64);
        assertThat(p.fullName()).isEqualTo(Person.NO_NAME);
        assertThat(p.email()).isNull();
        assertThat(p.deletedAt()).isEqualTo(NOW);
        assertThat(p.isClosed()).isTrue();
        Person other = person();
        other.erase(false, NOW);
        assertThat(other.personKey()).as("random, so unique").isNotEqualTo(p.personKey());
    }

    @Test
    void publicRecordsKeepTheNameAndTheKeySoTheSameIdentityFindsTheRowAgain() {
        Person p = person();
        p.erase(true, NOW);
        assertThat(p.fullName()).isEqualTo("Олена Мешканка");
        assertThat(p.personKey()).isEqualTo(HMAC);
        assertThat(p.email()).isNull();
        assertThat(p.wantsOptionalNotices()).isFalse();
        assertThat(p.isClosed()).isTrue();

        assertThat(p.reopen()).isTrue();
        assertThat(p.isClosed()).isFalse();
        assertThat(p.deletedAt()).isNull();
        assertThat(p.wantsOptionalNotices()).as("as a new account has them").isTrue();
        assertThat(p.reopen()).as("an open account has nothing to reopen").isFalse();
    }

    @Test
    void mergingKeepsTheKeyAndClosesThePersonOnce() {
        Person p = person();
        p.mergeInto(7);
        assertThat(p.personKey()).isEqualTo(HMAC);
        assertThat(p.mergedInto()).isEqualTo(7L);
        assertThat(p.email()).isNull();
        assertThat(p.isClosed()).isTrue();
        assertThatThrownBy(() -> p.mergeInto(8)).isInstanceOf(IllegalStateException.class);
    }
}
