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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
// newest first (a community just registered leads the console's list); :after is the last id shown
@NamedQuery(name = Community.PAGE_ALL, query = "select c from Community c where c.id < :after"
        + " and (:q = '' or lower(c.nameUk) like :like or lower(c.nameEn) like :like or c.slug like :like) order by c.id desc")
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
    /** How many days a person waits before changing a declared residency to this community. */
    public static final String DECLARATION_CHANGE_DAYS = "residency.declaration-change-days";
    public static final int DECLARATION_CHANGE_DAYS_DEFAULT = 30;
    public static final int DECLARATION_CHANGE_DAYS_MAX = 366;
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\n]");
    /** "м. Буча", "місто Буча", "с. Гатне", "смт Гостомель" all name the locality after the prefix. */
    private static final Pattern LOCALITY_PREFIX = Pattern.compile("^(?:(?:м|с|смт)\\.|(?:місто|село|селище|смт)\\s)\\s*");
    /** Lower-case letters, digits and inner hyphens: safe as the first segment of every URL. */
    /** A tool's key: lower-case letters, digits, inner hyphens (a URL segment and a bundle name). */
    public static final Pattern TOOL_KEY = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    public static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    public static final int NAME_MAX = 200;
    /** The longest locality or region name accepted. */
    public static final int LOCALITY_MAX = 100;
    /** The most localities one community lists; the setting's column is sized for them. */
    public static final int LOCALITIES_MAX = 50;
    /** Room for {@value #LOCALITIES_MAX} localities of {@value #LOCALITY_MAX} characters, comma-separated. */
    static final int SETTING_MAX = LOCALITIES_MAX * (LOCALITY_MAX + 2);

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

    /** Keys of the switched-on tools; only keys of registered tools get here (the settings beans check). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_tool", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "tool", length = 32)
    private Set<String> tools = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_setting", joinColumns = @JoinColumn(name = "community_id"))
    @MapKeyColumn(name = "name", length = 100)
    @Column(name = "value", length = SETTING_MAX)
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

    /**
     * Switches on exactly the tools keyed {@code wanted} (lower-case keys of registered tools: the
     * settings beans check them against the registry) and off the rest; what changed.
     */
    public Optional<String> switchTools(Set<String> wanted) {
        for (String key : wanted) {
            if (key == null || !TOOL_KEY.matcher(key).matches()) {
                throw new InvalidInputException("community.tool.unknown", String.valueOf(key));
            }
        }
        Set<String> before = tools();
        tools.clear();
        tools.addAll(wanted);
        Set<String> after = tools();
        return before.equals(after) ? Optional.empty() : Optional.of("tools " + before + " → " + after);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new InvalidInputException("community.name.invalid", NAME_MAX);
        }
        return name.strip();
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

    /** Keys of the enabled tools, sorted. */
    public Set<String> tools() {
        return new TreeSet<>(tools);
    }

    /** Whether the tool keyed {@code key} is switched on here. */
    public boolean hasTool(String key) {
        return tools.contains(key);
    }

    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** The weakest sign-in the community accepts for a tool: strong unless it allowed e-mail + phone. */
    public SignInStrength requiredSignIn(String tool) {
        String value = settings.get(signInSetting(tool));
        return value == null ? SignInStrength.STRONG : SignInStrength.valueOf(value);
    }

    /** Whether e-mail + phone sign-in is enough for at least one of the enabled tools. */
    public boolean acceptsBasicSignIn() {
        return tools.stream().anyMatch(t -> requiredSignIn(t) == SignInStrength.BASIC);
    }

    /** Sets the weakest sign-in the community accepts for a tool; what changed. */
    public Optional<String> requireSignIn(String tool, SignInStrength strength) {
        SignInStrength before = requiredSignIn(tool);
        settings.put(signInSetting(tool), strength.name());
        return before == strength ? Optional.empty()
                : Optional.of("sign-in " + tool + " " + before + " → " + strength);
    }

    private static String signInSetting(String tool) {
        return "signin." + tool;
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
        return residencyLocalityNames().stream().map(Community::normalisedPlace).filter(p -> !p.isEmpty()).toList();
    }

    /** The localities of {@value #RESIDENCY_LOCALITIES} as the moderator wrote them. */
    public List<String> residencyLocalityNames() {
        return localitiesIn(settings.getOrDefault(RESIDENCY_LOCALITIES, ""));
    }

    /** A list of localities as typed (one a line, or separated by commas or semicolons): the names, blanks dropped. */
    public static List<String> localitiesIn(String typed) {
        return typed == null ? List.of()
                : LIST_SEPARATOR.splitAsStream(typed).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The region of {@value #RESIDENCY_REGION}, or empty when the localities are matched in any region. */
    /** The days a person waits before changing a declared residency to this community. */
    public int declarationChangeDays() {
        try {
            int days = Integer.parseInt(settings.getOrDefault(DECLARATION_CHANGE_DAYS, "").strip());
            return days >= 0 && days <= DECLARATION_CHANGE_DAYS_MAX ? days : DECLARATION_CHANGE_DAYS_DEFAULT;
        } catch (NumberFormatException e) {
            return DECLARATION_CHANGE_DAYS_DEFAULT;
        }
    }

    /** Sets that wait (0 to 366 days); what changed, for the audit. */
    public Optional<String> waitBeforeDeclarationChange(int days) {
        if (days < 0 || days > DECLARATION_CHANGE_DAYS_MAX) {
            throw new InvalidInputException("community.residency.declaration-days.invalid", DECLARATION_CHANGE_DAYS_MAX);
        }
        int before = declarationChangeDays();
        settings.put(DECLARATION_CHANGE_DAYS, String.valueOf(days));
        return before == days ? Optional.empty() : Optional.of("declaration change every " + before + " -> " + days + " days");
    }

    public String residencyRegion() {
        return settings.getOrDefault(RESIDENCY_REGION, "");
    }

    /**
     * Sets which localities (and, optionally, which region) make people residents here: each
     * locality trimmed, non-blank, at most {@value #LOCALITY_MAX} characters and without the list's
     * separators; the same locality written twice ("Буча", "м. Буча") is kept once, as first
     * written; at most {@value #LOCALITIES_MAX}. Refuses the whole change on any bad entry; what changed.
     */
    public Optional<String> residentsOf(List<String> localities, String region) {
        Map<String, String> byPlace = new LinkedHashMap<>();
        for (String written : localities) {
            String name = written == null ? "" : written.strip();
            if (name.length() > LOCALITY_MAX || LIST_SEPARATOR.matcher(name).find() || normalisedPlace(name).isEmpty()) {
                throw new InvalidInputException("community.residency.locality.invalid", name, LOCALITY_MAX);
            }
            byPlace.putIfAbsent(normalisedPlace(name), name);
        }
        if (byPlace.size() > LOCALITIES_MAX) {
            throw new InvalidInputException("community.residency.too-many", LOCALITIES_MAX, byPlace.size());
        }
        String newRegion = region == null ? "" : region.strip();
        if (newRegion.length() > LOCALITY_MAX) {
            throw new InvalidInputException("community.residency.region.invalid", LOCALITY_MAX);
        }
        List<String> before = residencyLocalityNames();
        String regionBefore = residencyRegion();
        putOrRemove(RESIDENCY_LOCALITIES, String.join(", ", byPlace.values()));
        putOrRemove(RESIDENCY_REGION, newRegion);
        List<String> changes = new ArrayList<>();
        if (!before.equals(residencyLocalityNames())) {
            changes.add("residency localities " + before + " → " + residencyLocalityNames());
        }
        if (!regionBefore.equals(newRegion)) {
            changes.add("residency region " + orDash(regionBefore) + " → " + orDash(newRegion));
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", changes));
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "—" : value;
    }

    private void putOrRemove(String name, String value) {
        if (value.isEmpty()) {
            settings.remove(name);
        } else {
            settings.put(name, value);
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
