package ua.hromada.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Adding a tool touches no core file: no core source, page, stylesheet or resource names a tool —
 * its key, its classes, its package or its bundle. The tools are the packages beside {@code core}
 * in the ejb module; a tool's own files are those with its key as a path segment or file-name start
 * ({@code community/<key>/…}, {@code cabinet/<key>.xhtml}, {@code i18n/<key>_uk.properties}).
 * Core's prose texts (i18n bundles) and landed migrations are history and wording, not coupling.
 */
class ToolSeamTest {
    private static final Path PROJECT = Paths.get("..").toAbsolutePath().normalize();
    private static final List<Path> CORE_ROOTS = List.of(
            PROJECT.resolve("persistence/src/main/java/ua/hromada/core"),
            PROJECT.resolve("ejb/src/main/java/ua/hromada/core"),
            PROJECT.resolve("web/src/main/java/ua/hromada/core"),
            PROJECT.resolve("persistence/src/main/resources"),
            PROJECT.resolve("ejb/src/main/resources"),
            PROJECT.resolve("web/src/main/resources"),
            PROJECT.resolve("web/src/main/webapp"));
    private static final Pattern TEXT_FILES = Pattern.compile(".*\\.(java|xhtml|xml|yaml|css|js|cli|conf|sql)$");

    @Test
    void noCoreFileNamesATool() throws IOException {
        Set<String> tools = toolKeys();
        assertThat(tools).as("tool packages found beside core").isNotEmpty();
        List<String> offences = new ArrayList<>();
        int scanned = 0;
        for (String key : tools) {
            List<Pattern> names = new ArrayList<>();
            // the key and its singular, in any case and inside longer names (PetitionRules, i18n.petitions)
            names.add(Pattern.compile(Pattern.quote(singular(key)), Pattern.CASE_INSENSITIVE));
            for (String type : toolClasses(key)) {
                names.add(Pattern.compile("\\b" + Pattern.quote(type) + "\\b"));
            }
            for (Path file : coreFiles(tools)) {
                scanned++;
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern name : names) {
                    if (name.matcher(text).find()) {
                        offences.add(PROJECT.relativize(file) + " names " + key + " (" + name.pattern() + ")");
                    }
                }
            }
        }
        assertThat(scanned).as("core files scanned").isGreaterThan(100);
        assertThat(offences).isEmpty();
    }

    @Test
    void aToolsOwnFilesAreRecognisedByTheirPath() {
        assertThat(ownedByATool(Paths.get("community/things/list.xhtml"), Set.of("things"))).isTrue();
        assertThat(ownedByATool(Paths.get("i18n/things_uk.properties"), Set.of("things"))).isTrue();
        assertThat(ownedByATool(Paths.get("community/home.xhtml"), Set.of("things"))).isFalse();
        assertThat(singular("petitions")).isEqualTo("petition");
        assertThat(singular("budget")).isEqualTo("budget");
    }

    private static String singular(String key) {
        return key.endsWith("s") && key.length() > 4 ? key.substring(0, key.length() - 1) : key;
    }

    private static Set<String> toolKeys() throws IOException {
        try (Stream<Path> dirs = Files.list(PROJECT.resolve("ejb/src/main/java/ua/hromada"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> !n.equals("core"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    /** Simple names of the tool's classes in every module. */
    private static Set<String> toolClasses(String key) throws IOException {
        Set<String> types = new TreeSet<>();
        for (String module : List.of("persistence", "ejb", "web")) {
            Path dir = PROJECT.resolve(module + "/src/main/java/ua/hromada/" + key);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                            .forEach(n -> types.add(n.substring(0, n.length() - ".java".length())));
                }
            }
        }
        return types;
    }

    private static List<Path> coreFiles(Set<String> tools) {
        List<Path> files = new ArrayList<>();
        for (Path root : CORE_ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(f -> TEXT_FILES.matcher(f.toString()).matches())
                        .filter(f -> !ownedByATool(root.relativize(f), tools))
                        .filter(f -> !root.relativize(f).startsWith("db/migration"))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static boolean ownedByATool(Path relative, Set<String> tools) {
        for (Path segment : relative) {
            String name = segment.toString().toLowerCase(Locale.ROOT);
            for (String key : tools) {
                if (name.equals(key) || name.startsWith(key + ".") || name.startsWith(key + "_")) {
                    return true;
                }
            }
        }
        return false;
    }
}
