package ua.hromada.budget;

import java.util.List;

/** What a project's form holds: its category, texts, the author's contacts (private) and its cost lines. */
public record ProjectContent(Long categoryId, String title, String description, String location, String contacts, List<CostLine> lines) {
    public ProjectContent {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
