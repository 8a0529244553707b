package ua.hromada.core.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.web.Messages;

/**
 * The statistics of one community (its slug) or of the platform (no slug: null, left out of the
 * JSON): each tool's figures, in reading order rather than JSON-B's alphabetical one.
 */
@JsonbPropertyOrder({"community", "tools"})
public record StatisticsDto(String community, List<ToolFigures> tools) {

    /** One tool's figures, with its name in the language asked for. */
    @JsonbPropertyOrder({"tool", "name", "figures"})
    public record ToolFigures(String tool, String name, List<Figure> figures) {
    }

    /** One figure: a stable name, its label in the language asked for, the value. */
    @JsonbPropertyOrder({"name", "label", "value"})
    public record Figure(String name, String label, long value) {
    }

    static StatisticsDto of(String community, Long communityId, List<ToolManifest> tools, Locale language) {
        return new StatisticsDto(community, tools.stream().map(tool -> new ToolFigures(tool.key(),
                Messages.text(language, tool.key() + ".tool.name"), tool.statistics(communityId).stream()
                        .map(s -> new Figure(s.name(), Messages.text(language, s.labelKey()), s.value())).toList()))
                .toList());
    }
}
