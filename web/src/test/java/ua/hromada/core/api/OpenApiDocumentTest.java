package ua.hromada.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document (core's with every tool's part merged in) lists exactly the paths
 * the resource classes of this module answer: every {@code @Path} class is found on the build's
 * class path, so a tool's new resource without its part of the document fails here.
 */
class OpenApiDocumentTest {
    private static final List<Class<? extends Annotation>> METHODS = List.of(GET.class, POST.class, PUT.class, DELETE.class);
    private static final java.nio.file.Path CLASSES = Paths.get("target/classes");
    /** Core answers every tool's open-data set at one template; each tool's part documents its sets by name. */
    private static final Pattern OPEN_DATA_SET = Pattern.compile("^(.*/open-data/)[a-z0-9-]+(\\.csv)?$");

    @Test
    void documentedPathsMatchTheResources() throws Exception {
        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                if (METHODS.stream().anyMatch(m::isAnnotationPresent)) {
                    Path sub = m.getAnnotation(Path.class);
                    implemented.add((base + (sub == null ? "" : sub.value())).replaceAll("\\{(\\w+): [^}]*}", "{$1}"));
                }
            }
        }
        assertThat(implemented).as("resource classes found").contains("/health", "/openapi.yaml");
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^  (/[^:]*):\\s*$").matcher(document());
        while (m.find()) {
            documented.add(OPEN_DATA_SET.matcher(m.group(1)).replaceFirst("$1{name}$2"));
        }
        assertThat(documented).isEqualTo(implemented);
    }

    @Test
    void toolPartsLandInPathsAndSchemas() {
        String merged = OpenApiResource.assemble("paths:\n  /a:\n    get: {}\ncomponents:\n  schemas:\n    A: {}\n",
                List.of("# a tool\n  /t:\n    get: {}\n# schemas\n    T: {}\n"));
        assertThat(merged).isEqualTo("paths:\n  /a:\n    get: {}\n  /t:\n    get: {}\ncomponents:\n  schemas:\n    T: {}\n    A: {}\n");
    }

    /** Core's document with every tool part this module holds (the registry picks the same at run time). */
    private static String document() throws IOException {
        try (Stream<java.nio.file.Path> parts = Files.list(CLASSES.resolve("openapi"))) {
            List<String> texts = parts.sorted().map(p -> OpenApiResource.read("/openapi/" + p.getFileName())).toList();
            return OpenApiResource.assemble(OpenApiResource.read(OpenApiResource.DOCUMENT), texts);
        }
    }

    private static List<Class<?>> resources() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(OpenApiDocumentTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
