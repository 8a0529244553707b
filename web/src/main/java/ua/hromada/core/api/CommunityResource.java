package ua.hromada.core.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ua.hromada.core.Page;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tool.ToolRegistry;
import ua.hromada.core.web.TenantContext;

/**
 * Communities and their announcements. Query parameters arrive as text and are parsed by core,
 * so a malformed one is a 400 problem rather than JAX-RS's silent 404.
 */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {
    @Inject
    CommunityDirectory directory;

    @Inject
    AnnouncementService announcements;

    @Inject
    TenantContext tenant;

    @Inject
    ToolRegistry registry;

    @GET
    public PageDto<CommunityDto> list(@QueryParam("q") String q, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return PageDto.of(directory.search(q, cursor, Page.limit(limit)), c -> CommunityDto.of(c, registry));
    }

    @GET
    @Path("/{community}")
    public CommunityDto get(@PathParam("community") String slug) {
        return CommunityDto.of(tenant.require(slug), registry);
    }

    @GET
    @Path("/{community}/announcements")
    public PageDto<AnnouncementDto> announcements(@PathParam("community") String slug,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        tenant.require(slug);
        return PageDto.of(announcements.published(cursor, Page.limit(limit)), AnnouncementDto::of);
    }

    @GET
    @Path("/{community}/announcements/{id}")
    public AnnouncementDto announcement(@PathParam("community") String slug, @PathParam("id") String id) {
        tenant.require(slug);
        return AnnouncementDto.of(announcements.published(Ids.parse(id)));
    }
}
