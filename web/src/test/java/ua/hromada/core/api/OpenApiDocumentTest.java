package ua.hromada.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.hromada.petitions.api.CommunityOpenDataResource;
import ua.hromada.petitions.api.PetitionOpenDataResource;
import ua.hromada.petitions.api.PetitionResource;

/** The served OpenAPI document lists exactly the paths the resources answer. */
class OpenApiDocumentTest {
    private static final Class<?>[] RESOURCES = {CommunityResource.class, HealthResource.class, OpenApiResource.class,
            PetitionResource.class, PetitionOpenDataResource.class, CommunityOpenDataResource.class, MeResource.class};
    private static final List<Class<? extends Annotation>> METHODS = List.of(GET.class, POST.class, PUT.class, DELETE.class);

    @Test
    void documentedPathsMatchTheResources() throws IOException {
        Set<String> implemented = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getDeclaredMethods()) {
                if (METHODS.stream().anyMatch(m::isAnnotationPresent)) {
                    Path sub = m.getAnnotation(Path.class);
                    implemented.add(base + (sub == null ? "" : sub.value()));
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
            Matcher m = Pattern.compile("(?m)^  (/[^:]*):\\s*$").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                documented.add(m.group(1));
            }
        }
        assertThat(documented).isEqualTo(implemented);
    }
}
