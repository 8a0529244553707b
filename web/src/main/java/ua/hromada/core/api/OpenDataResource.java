package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.web.Messages;

/**
 * The platform's open-data catalogue at {@code /open-data}, built from the registered tools'
 * datasets; the tools' resources answer each dataset's own address below it.
 */
@Path("/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {
    static final String API = "/api/v1";

    @Inject
    ToolRegistry registry;

    @Context
    HttpHeaders headers;

    @GET
    public OpenDataCatalogueDto catalogue() {
        return catalogue(registry.all(), API + "/open-data/", ProblemLanguage.of(headers));
    }

    /** The catalogue of {@code tools}' datasets, each at {@code base} + its name (and + ".csv"). */
    static OpenDataCatalogueDto catalogue(List<ToolManifest> tools, String base, Locale language) {
        List<OpenDataCatalogueDto.Entry> entries = tools.stream().flatMap(tool -> tool.datasets().stream()
                .map(d -> new OpenDataCatalogueDto.Entry(d.name(), Messages.text(language, d.titleKey()), tool.key(),
                        base + d.name(), base + d.name() + ".csv", d.lastChange().get().orElse(null))))
                .toList();
        return new OpenDataCatalogueDto(OpenDataCatalogueDto.LICENCE, OpenDataCatalogueDto.LICENCE_URL, entries);
    }
}
