package ua.hromada.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A national public holiday, edited by the platform administrator. {@code dayOff} false keeps the
 * date a working day, as under martial law, without losing the holiday from the list.
 */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = PublicHoliday.DAYS_OFF_BETWEEN, query = "select h.day from PublicHoliday h"
        + " where h.dayOff = true and h.day between :from and :to")
@NamedQuery(name = PublicHoliday.ALL, query = "select h from PublicHoliday h order by h.day")
@NamedQuery(name = PublicHoliday.BETWEEN, query = "select h from PublicHoliday h where h.day between :from and :to order by h.day")
public class PublicHoliday {
    public static final String DAYS_OFF_BETWEEN = "PublicHoliday.daysOffBetween";
    public static final String ALL = "PublicHoliday.all";
    public static final String BETWEEN = "PublicHoliday.between";

    @Id
    private LocalDate day;

    @Column(name = "name_uk", nullable = false, length = 200)
    private String nameUk;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "day_off", nullable = false)
    private boolean dayOff;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, String nameUk, String nameEn, boolean dayOff) {
        this.day = day;
        this.nameUk = nameUk;
        this.nameEn = nameEn;
        this.dayOff = dayOff;
    }

    public void observe(boolean dayOff) {
        this.dayOff = dayOff;
    }

    public LocalDate day() {
        return day;
    }

    public String nameUk() {
        return nameUk;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean dayOff() {
        return dayOff;
    }

    /** The name in the given language ("en" gives English, anything else Ukrainian). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameUk;
    }
}
