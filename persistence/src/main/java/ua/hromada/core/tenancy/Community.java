package ua.hromada.core.tenancy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

/** A tenant of the platform: a hromada, city or ministry with its own tools and settings. */
@Entity
@Table(name = "community")
@NamedQuery(name = Community.BY_SLUG, query = "select c from Community c where c.slug = :slug")
@NamedQuery(name = Community.PAGE_ACTIVE, query = "select c from Community c where c.status = ua.hromada.core.tenancy.CommunityStatus.ACTIVE"
        + " and c.id > :after and (:q = '' or lower(c.nameUk) like :like or lower(c.nameEn) like :like or c.slug like :like)"
        + " order by c.id")
@NamedQuery(name = Community.WITH_SETTING, query = "select c from Community c join c.settings s where key(s) = :name")
@NamedQuery(name = Community.PAGE_ALL, query = "select c from Community c where c.id > :after order by c.id")
@NamedQuery(name = Community.SLUGS_OF, query = "select c.id, c.slug from Community c where c.id in :ids")
public class Community {
    public static final String SLUGS_OF = "Community.slugsOf";
    public static final String BY_SLUG = "Community.bySlug";
    public static final String PAGE_ALL = "Community.pageAll";
    public static final String PAGE_ACTIVE = "Community.pageActive";
    public static final String WITH_SETTING = "Community.withSetting";
    /** Setting: the localities (towns, villages) whose residents belong here, comma-separated. */
    public static final String RESIDENCY_LOCALITIES = "residency.localities";
    /** Setting: the region those localities are in, when a provider's address names one. */
    public static final String RESIDENCY_REGION = "residency.region";
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\n]");
    /** "м. Буча", "місто Буча", "с. Гатне", "смт Гостомель" all name the locality after the prefix. */
    private static final Pattern LOCALITY_PREFIX = Pattern.compile("^(?:(?:м|с|смт)\\.|(?:місто|село|селище|смт)\\s)\\s*");
    /** Lower-case letters, digits and inner hyphens: safe as the first segment of every URL. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(name = "name_uk", nullable = false, length = NAME_MAX)
    private String nameUk;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommunityStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_tool", joinColumns = @JoinColumn(name = "community_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "tool", length = 32)
    private Set<Tool> tools = EnumSet.noneOf(Tool.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_setting", joinColumns = @JoinColumn(name = "community_id"))
    @MapKeyColumn(name = "name", length = 100)
    @Column(name = "value", length = 1000)
    private Map<String, String> settings = new HashMap<>();

    protected Community() {
    }

    public Community(String slug, String nameUk, String nameEn, ZoneId timeZone) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("community.slug.invalid", String.valueOf(slug));
        }
        this.slug = slug;
        rename(nameUk, nameEn);
        this.timeZone = timeZone.getId();
        this.status = CommunityStatus.ACTIVE;
    }

    /*
     * The changing methods below say what they changed ("old → new"), or nothing when nothing did:
     * every console that edits a community audits exactly that, without diffing by hand.
     */

    /** Both names, validated; what changed. */
    public Optional<String> rename(String nameUk, String nameEn) {
        String uk = requireName(nameUk);
        String en = requireName(nameEn);
        String before = this.nameUk + " / " + this.nameEn;
        boolean changed = !uk.equals(this.nameUk) || !en.equals(this.nameEn);
        this.nameUk = uk;
        this.nameEn = en;
        return changed ? Optional.of("name " + before + " → " + uk + " / " + en) : Optional.empty();
    }

    /** Moves the community to a time zone (its deadlines and dates follow); what changed. */
    public Optional<String> moveTo(ZoneId zone) {
        String id = zone.getId();
        if (id.equals(timeZone)) {
            return Optional.empty();
        }
        String before = timeZone;
        timeZone = id;
        return Optional.of("time zone " + before + " → " + id);
    }

    /** Switches on exactly {@code wanted} and off the rest; what changed. */
    public Optional<String> switchTools(Set<Tool> wanted) {
        Set<Tool> before = tools();
        for (Tool tool : Tool.values()) {
            if (wanted.contains(tool)) {
                enable(tool);
            } else {
                disable(tool);
            }
        }
        Set<Tool> after = tools();
        return before.equals(after) ? Optional.empty() : Optional.of("tools " + before + " → " + after);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new InvalidInputException("community.name.invalid", NAME_MAX);
        }
        return name.strip();
    }

    public void enable(Tool tool) {
        tools.add(tool);
    }

    public void disable(Tool tool) {
        tools.remove(tool);
    }

    public void suspend() {
        status = CommunityStatus.SUSPENDED;
    }

    public void activate() {
        status = CommunityStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String nameUk() {
        return nameUk;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The name in the given language ("en" gives English, anything else Ukrainian). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameUk;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public CommunityStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == CommunityStatus.ACTIVE;
    }

    /** Enabled tools in a stable (declaration) order. */
    public Set<Tool> tools() {
        return new TreeSet<>(tools);
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** The weakest sign-in the community accepts for a tool: strong unless it allowed e-mail + phone. */
    public SignInStrength requiredSignIn(Tool tool) {
        String value = settings.get(signInSetting(tool));
        return value == null ? SignInStrength.STRONG : SignInStrength.valueOf(value);
    }

    /** Whether e-mail + phone sign-in is enough for at least one of the enabled tools. */
    public boolean acceptsBasicSignIn() {
        return tools.stream().anyMatch(t -> requiredSignIn(t) == SignInStrength.BASIC);
    }

    /** Sets the weakest sign-in the community accepts for a tool; what changed. */
    public Optional<String> requireSignIn(Tool tool, SignInStrength strength) {
        SignInStrength before = requiredSignIn(tool);
        settings.put(signInSetting(tool), strength.name());
        return before == strength ? Optional.empty()
                : Optional.of("sign-in " + tool + " " + before + " → " + strength);
    }

    private static String signInSetting(Tool tool) {
        return "signin." + tool.name().toLowerCase();
    }

    /**
     * Whether an address (a provider's {@code locality} and {@code region} claims) lies in this
     * community: its locality is one of {@value #RESIDENCY_LOCALITIES}, and where both the address
     * and {@value #RESIDENCY_REGION} name a region, they agree (villages share names across regions).
     */
    public boolean covers(String locality, String region) {
        String place = normalisedPlace(locality);
        if (place.isEmpty() || residencyLocalities().stream().noneMatch(place::equals)) {
            return false;
        }
        String ownRegion = normalisedPlace(settings.get(RESIDENCY_REGION));
        String givenRegion = normalisedPlace(region);
        return ownRegion.isEmpty() || givenRegion.isEmpty() || ownRegion.equals(givenRegion);
    }

    /** The localities of {@value #RESIDENCY_LOCALITIES}, normalised for comparison. */
    public List<String> residencyLocalities() {
        String listed = settings.getOrDefault(RESIDENCY_LOCALITIES, "");
        return LIST_SEPARATOR.splitAsStream(listed).map(Community::normalisedPlace).filter(p -> !p.isEmpty()).toList();
    }

    /** Sets which localities (and, optionally, which region) make people residents here. */
    public void residentsOf(String localities, String region) {
        putOrRemove(RESIDENCY_LOCALITIES, localities);
        putOrRemove(RESIDENCY_REGION, region);
    }

    private void putOrRemove(String name, String value) {
        if (value == null || value.isBlank()) {
            settings.remove(name);
        } else if (value.strip().length() > 1000) {
            throw new InvalidInputException("community.setting.too-long", name, 1000);
        } else {
            settings.put(name, value.strip());
        }
    }

    private static String normalisedPlace(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.strip().toLowerCase(UKRAINIAN).replace('’', '\'').replace('ʼ', '\'');
        return LOCALITY_PREFIX.matcher(lower).replaceFirst("").strip();
    }

    public void putSetting(String name, String value) {
        settings.put(name, value);
    }
}
