package ua.hromada.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;
import ua.hromada.core.tenancy.CommunityDirectory;

/**
 * The search-as-you-type community field of forms (/WEB-INF/includes/community-picker.xhtml): the
 * platform serves hundreds of communities, too many for a select. Suggests active communities
 * whose Ukrainian or English name or address contains the typed text, and converts the chosen one
 * to its address and back (a community that is unknown or no longer active is refused).
 */
@Named
@ApplicationScoped
public class CommunityPicker implements Converter<Community> {
    /** Suggestions shown at once: the person types more to narrow them. */
    static final int SUGGESTIONS = 15;

    @Inject
    CommunityDirectory directory;

    @Inject
    CommunityCache communities;

    @Inject
    LanguageSelection language;

    /** p:autoComplete's completeMethod. */
    public List<Community> complete(String query) {
        try {
            return directory.search(query, null, SUGGESTIONS).items();
        } catch (InvalidInputException e) {
            return List.of(); // longer than any name: nothing to suggest
        }
    }

    @Override
    public Community getAsObject(FacesContext context, UIComponent component, String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return communities.bySlug(slug.strip()).filter(Community::isActive).orElseThrow(() -> new ConverterException(
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(language.getLocale(), "community.picker.unknown"), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Community community) {
        return community == null ? "" : community.slug();
    }
}
