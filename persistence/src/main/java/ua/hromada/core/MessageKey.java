package ua.hromada.core;

/**
 * An argument of a failure's message that is itself a text of the bundles (a field's label), so
 * the message reads in the reader's language: "«Поріг підписів»: від 1 до 1000000".
 */
public record MessageKey(String key) {
}
