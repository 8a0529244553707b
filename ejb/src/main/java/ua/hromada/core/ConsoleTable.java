package ua.hromada.core;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A console table over one entity, answered in JPQL: a fixed condition, a search over a few text
 * fields ("contains", case-insensitive, wildcards escaped) and the sort keys the table offers,
 * each bound to a path; the entity id breaks ties so pages never overlap. Authorization and the
 * tenant filter are the calling bean's.
 */
public final class ConsoleTable<T> {
    private final Class<T> type;
    private final String alias;
    private final String condition;
    private final Map<String, Object> parameters;
    private final List<String> searchPaths;
    private final Map<String, String> sortPaths;
    private final String defaultSort;

    private ConsoleTable(Class<T> type, String alias, String condition, Map<String, Object> parameters,
            List<String> searchPaths, Map<String, String> sortPaths, String defaultSort) {
        this.type = type;
        this.alias = alias;
        this.condition = condition;
        this.parameters = parameters;
        this.searchPaths = searchPaths;
        this.sortPaths = sortPaths;
        this.defaultSort = defaultSort;
    }

    /** Rows of {@code type} as {@code alias} where {@code condition} (JPQL; empty for every row) holds. */
    public static <T> Builder<T> of(Class<T> type, String alias, String condition) {
        return new Builder<>(type, alias, condition);
    }

    public TableRows<T> fetch(EntityManager em, TableQuery query) {
        return fetch(em, query, Map.of());
    }

    /** As {@link #fetch(EntityManager, TableQuery)}, the condition's parameters of this call ({@code arguments}) bound too (the rows of one parent). */
    public TableRows<T> fetch(EntityManager em, TableQuery query, Map<String, Object> arguments) {
        return fetch(em, query, new Narrowing(arguments));
    }

    /**
     * As {@link #fetch(EntityManager, TableQuery)}, narrowed further by the conditions this call
     * adds (an official's filters): a filter not chosen is no condition at all, not an
     * "{@code :x is null or}" that MariaDB still checks row by row, reading every row the index
     * found instead of counting the index alone.
     */
    public TableRows<T> fetch(EntityManager em, TableQuery query, Narrowing narrowing) {
        Map<String, Object> arguments = narrowing.arguments;
        List<String> conditions = new ArrayList<>();
        if (!condition.isBlank()) {
            conditions.add(condition);
        }
        conditions.addAll(narrowing.conditions);
        searchCondition(query).ifPresent(conditions::add);
        String where = " from " + type.getSimpleName() + " " + alias + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        long total = query.rowsOnly() && query.size() > 0 ? -1
                : bind(em.createQuery("select count(" + alias + ")" + where, Long.class), query, arguments).getSingleResult();
        if (query.size() == 0 || total == 0) {
            return new TableRows<>(List.of(), total);
        }
        String key = query.sortKey() != null && sortPaths.containsKey(query.sortKey()) ? query.sortKey() : defaultSort;
        boolean descending = key.equals(query.sortKey()) && query.descending();
        String direction = descending ? " desc" : " asc";
        List<T> rows = bind(em.createQuery("select " + alias + where + " order by " + sortPaths.get(key) + direction
                + ", " + alias + ".id" + direction, type), query, arguments)
                .setFirstResult(query.first()).setMaxResults(query.size()).getResultList();
        return new TableRows<>(rows, total);
    }

    private Optional<String> searchCondition(TableQuery query) {
        if (query.search() == null || searchPaths.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("(" + String.join(" or ", searchPaths.stream().map(path -> "lower(" + path + ") like :search").toList()) + ")");
    }

    private <R> TypedQuery<R> bind(TypedQuery<R> typed, TableQuery query, Map<String, Object> arguments) {
        parameters.forEach(typed::setParameter);
        arguments.forEach(typed::setParameter);
        if (searchCondition(query).isPresent()) {
            typed.setParameter("search", LikePattern.containing(query.search().toLowerCase(java.util.Locale.ROOT)));
        }
        return typed;
    }

    /** Conditions (JPQL over the table's alias) and their parameters added for one call. */
    public static final class Narrowing {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> arguments;

        public Narrowing() {
            this(Map.of());
        }

        private Narrowing(Map<String, Object> arguments) {
            this.arguments = new HashMap<>(arguments);
        }

        /** Adds {@code condition}, whose parameter {@code name} is {@code value}. */
        public Narrowing and(String condition, String name, Object value) {
            conditions.add("(" + condition + ")");
            arguments.put(name, value);
            return this;
        }

        /** Adds {@code condition} only where {@code value} is given (a filter left at "any" narrows nothing). */
        public Narrowing andIfGiven(String condition, String name, Object value) {
            return value == null ? this : and(condition, name, value);
        }

        /** Binds a further parameter that the table's fixed condition or an added one names. */
        public Narrowing with(String name, Object value) {
            arguments.put(name, value);
            return this;
        }

        /** The conditions for another query of the same alias: " and …" each, or "" for none. */
        public String andConditions() {
            return conditions.stream().map(c -> " and " + c).reduce("", String::concat);
        }

        /** Binds the conditions' parameters on another query that uses {@link #andConditions()}. */
        public <R> TypedQuery<R> bind(TypedQuery<R> query) {
            arguments.forEach(query::setParameter);
            return query;
        }
    }

    public static final class Builder<T> {
        private final Class<T> type;
        private final String alias;
        private final String condition;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private List<String> searchPaths = List.of();
        private final Map<String, String> sortPaths = new LinkedHashMap<>();

        private Builder(Class<T> type, String alias, String condition) {
            this.type = type;
            this.alias = alias;
            this.condition = condition;
        }

        public Builder<T> parameter(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** The text fields the search box looks in. */
        public Builder<T> search(String... paths) {
            searchPaths = List.of(paths);
            return this;
        }

        /** A sort key the table offers; the first one given is the default. */
        public Builder<T> sort(String key, String path) {
            sortPaths.put(key, path);
            return this;
        }

        public ConsoleTable<T> build() {
            if (sortPaths.isEmpty()) {
                throw new IllegalStateException("a console table needs a sort key");
            }
            return new ConsoleTable<>(type, alias, condition, Map.copyOf(parameters), searchPaths,
                    Map.copyOf(sortPaths), Objects.requireNonNull(sortPaths.keySet().iterator().next()));
        }
    }
}
