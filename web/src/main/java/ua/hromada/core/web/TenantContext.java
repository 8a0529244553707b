package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.tenancy.Community;

/** The community this request is for, as the tenant filter found it in the URL. */
@Named
@RequestScoped
public class TenantContext {
    private Community community;

    void set(Community community) {
        this.community = community;
    }

    public Optional<Community> community() {
        return Optional.ofNullable(community);
    }

    /** The request's community; 404 when the URL named none (or an unknown one). */
    public Community require() {
        if (community == null) {
            throw new NotFoundException("community.not-found", "");
        }
        return community;
    }

    /**
     * The request's community, checked against the slug a resource was called with: the filter
     * set the tenant from the same path, so a mismatch means it found none (unknown, inactive).
     */
    public Community require(String slug) {
        if (community == null || !community.slug().equals(slug)) {
            throw new NotFoundException("community.not-found", slug);
        }
        return community;
    }

    /** For pages: the community or null. */
    public Community getCommunity() {
        return community;
    }
}
