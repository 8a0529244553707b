package ua.hromada.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tool.ToolManifest;

/**
 * Every tool's permission table, row by row: each manifest on the build's class path is found,
 * each action of its table must have a row, and each row is tried with a cast of callers (each
 * role, anonymous, e-mail + phone sign-in, API tokens of each scope and of another community, the
 * system) against the platform's policy written out here, independently of {@link Rule}.
 * A manifest's {@code permissions()} returns a constant table, so no container is needed.
 */
class ToolPermissionMatrixTest {
    private static final long C = 7L;
    private static final long OWNER = 1L;

    @Test
    void everyRegisteredToolsTableHasARowPerActionAndFollowsThePolicy() throws Exception {
        List<ToolManifest> tools = manifests();
        assertThat(tools).as("tool manifests on the class path").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (ToolManifest tool : tools) {
            PermissionTable<?> table = tool.permissions();
            assertThat(table.rowless()).as(tool.key() + ": actions without a row").isEmpty();
            check(tool.key(), table, wrong);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anActionWithoutARowIsRefusedAndReported() {
        PermissionTable<Sample> table = PermissionTable.of(Sample.class, "sample").row(Sample.READ, Rule.signedIn()).build();
        assertThat(table.rowless()).containsExactly(Sample.WRITE);
        Actor admin = new Actor("a", Set.of(Role.PLATFORM_ADMIN), Map.of(), 2L, SignInStrength.STRONG);
        assertThat(table.refusal(Sample.WRITE, admin, Subject.community(C))).contains("access.forbidden");
        assertThat(table.refusal(Sample.WRITE, Actor.system("job"), Subject.community(C))).isEmpty();
        assertThat(table.refusal(Sample.READ, admin, Subject.community(C))).isEmpty();
    }

    private enum Sample { READ, WRITE }

    private static <A extends Enum<A>> void check(String tool, PermissionTable<A> table, List<String> wrong) {
        for (Map.Entry<A, Rule> row : table.rows().entrySet()) {
            for (boolean residentsOnly : new boolean[] {false, true}) {
                for (SignInStrength required : SignInStrength.values()) {
                    Subject subject = new Subject(C, residentsOnly, required, OWNER);
                    for (Map.Entry<String, Actor> caller : callers().entrySet()) {
                        boolean allowed = table.refusal(row.getKey(), caller.getValue(), subject).isEmpty();
                        boolean expected = policy(row.getValue(), caller.getValue(), subject);
                        if (allowed != expected) {
                            wrong.add(tool + "." + row.getKey() + " for " + caller.getKey() + " (residents only " + residentsOnly
                                    + ", sign-in " + required + "): " + (allowed ? "allowed" : "refused"));
                        }
                    }
                }
            }
        }
    }

    /** The platform's rules, as the issue states them, for one caller. */
    private static boolean policy(Rule rule, Actor actor, Subject subject) {
        Set<Role> roles = actor.rolesIn(C);
        if (roles.contains(Role.SYSTEM)) {
            return true;
        }
        if (actor.token() != null) {
            // API tokens never do official work; elsewhere only the scope a row names, in its own community
            boolean tokenFits = rule.kind() != Rule.Kind.OFFICIAL && rule.tokenScope() == actor.token().scope()
                    && actor.token().communityId() == C;
            if (!tokenFits) {
                return false;
            }
        }
        if (!actor.isSignedIn()) {
            return false;
        }
        boolean owner = !rule.forOwner() || Long.valueOf(OWNER).equals(actor.personId());
        return switch (rule.kind()) {
            case OFFICIAL -> (roles.contains(Role.PLATFORM_ADMIN) || roles.stream().anyMatch(rule.roles()::contains))
                    && (rule.basicSignIn() || actor.strength() == SignInStrength.STRONG) && owner;
            case SIGNED_IN -> owner;
            case ELIGIBLE -> (!subject.residentsOnly() || roles.contains(Role.RESIDENT))
                    && actor.strength().satisfies(subject.signIn()) && owner;
        };
    }

    /** The cast: each community role strong and by e-mail + phone, platform roles, tokens, anonymous, system. */
    private static Map<String, Actor> callers() {
        Map<String, Actor> cast = new LinkedHashMap<>();
        cast.put("anonymous", Actor.ANONYMOUS);
        cast.put("system", Actor.system("matrix"));
        cast.put("signed in, no role", new Actor("p", Set.of(), Map.of(), OWNER, SignInStrength.STRONG));
        cast.put("other person, no role", new Actor("q", Set.of(), Map.of(), 9L, SignInStrength.STRONG));
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.SYSTEM, Role.NATIONAL_MODERATOR, Role.PLATFORM_ADMIN))) {
            for (SignInStrength strength : SignInStrength.values()) {
                cast.put(role + " " + strength, new Actor("p", Set.of(), Map.of(C, Set.of(role)), OWNER, strength));
            }
            cast.put(role + " elsewhere", new Actor("p", Set.of(), Map.of(C + 1, Set.of(role)), OWNER, SignInStrength.STRONG));
        }
        for (Role platform : List.of(Role.NATIONAL_MODERATOR, Role.PLATFORM_ADMIN)) {
            cast.put(platform + " STRONG", new Actor("n", Set.of(platform), Map.of(), 3L, SignInStrength.STRONG));
            cast.put(platform + " BASIC", new Actor("n", Set.of(platform), Map.of(), 3L, SignInStrength.BASIC));
        }
        Actor resident = new Actor("p", Set.of(), Map.of(C, Set.of(Role.RESIDENT, Role.LOCAL_MODERATOR)), OWNER, SignInStrength.STRONG);
        for (TokenScope scope : TokenScope.values()) {
            cast.put("token " + scope, resident.through(new TokenAccess(5L, C, scope)));
            cast.put("token " + scope + " of another community",
                    new Actor("p", Set.of(), Map.of(C + 1, Set.of(Role.RESIDENT)), OWNER).through(new TokenAccess(6L, C + 1, scope)));
        }
        return cast;
    }

    /** Every concrete ToolManifest class compiled in this module (the registry finds the same beans at run time). */
    private static List<ToolManifest> manifests() throws IOException, ReflectiveOperationException {
        Path classes = Paths.get("target/classes");
        List<ToolManifest> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ToolPermissionMatrixTest.class.getClassLoader());
                if (ToolManifest.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    found.add((ToolManifest) type.getDeclaredConstructor().newInstance());
                }
            }
        }
        return found;
    }
}
