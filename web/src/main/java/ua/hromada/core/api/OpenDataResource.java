package ua.hromada.core.api;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.ledger.Ledger;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.web.Messages;

/**
 * The platform's open data at {@code /open-data}: the catalogue, built from the registered tools'
 * datasets, and each set below it as JSON pages and as one CSV file (the tools' {@link OpenDataSets}).
 */
@Path("/open-data")
@Produces(MediaType.APPLICATION_JSON)
public class OpenDataResource {
    static final String API = "/api/v1";
    /** A set's name in an address: no dot, so {@code <name>.csv} never reads as a name (JAX-RS would choose either). */
    static final String NAME = "[a-z0-9-]+";

    @Inject
    ToolRegistry registry;

    @Inject
    Instance<OpenDataSets> tools;

    @Inject
    Ledger ledger;

    @Context
    HttpHeaders headers;

    @GET
    public OpenDataCatalogueDto catalogue() {
        return catalogue(registry.all(), API + "/open-data/", ProblemLanguage.of(headers), ledger);
    }

    /** A set of every community, page by page (limit/cursor). */
    @GET
    @Path("/{name: " + OpenDataResource.NAME + "}")
    public PageDto<?> page(@PathParam("name") String name, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return set(tools, name).page(cursor, Page.limit(limit));
    }

    /** A set of every community as one CSV file. */
    @GET
    @Path("/{name: " + OpenDataResource.NAME + "}.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("name") String name) {
        return set(tools, name).csv(null, CurrentCommunity.NONE);
    }

    /** The set of that name a tool serves (404 for none). */
    static OpenDataSet<?, ?> set(Instance<OpenDataSets> tools, String name) {
        return tools.stream().flatMap(tool -> tool.sets().stream()).filter(set -> set.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("open-data.not-found", name));
    }

    /**
     * The catalogue of {@code tools}' datasets, each at {@code base} + its name (and + ".csv"), and
     * core's ledger heads first once the community (or, platform-wide, any) has published one.
     */
    static OpenDataCatalogueDto catalogue(List<ToolManifest> tools, String base, Locale language, Ledger ledger) {
        String heads = LedgerOpenDataSets.HEADS;
        Stream<OpenDataCatalogueDto.Entry> core = ledger.lastPublished().stream().map(at -> new OpenDataCatalogueDto.Entry(heads,
                Messages.text(language, "open-data.ledger-heads"), "core", base + heads, base + heads + ".csv", at));
        List<OpenDataCatalogueDto.Entry> entries = Stream.concat(core, tools.stream().flatMap(tool -> tool.datasets().stream()
                .map(d -> new OpenDataCatalogueDto.Entry(d.name(), Messages.text(language, d.titleKey()), tool.key(),
                        base + d.name(), base + d.name() + ".csv", d.lastChange().get().orElse(null)))))
                .toList();
        return new OpenDataCatalogueDto(OpenDataCatalogueDto.LICENCE, OpenDataCatalogueDto.LICENCE_URL, entries);
    }
}
