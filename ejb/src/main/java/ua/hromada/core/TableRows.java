package ua.hromada.core;

import java.util.List;

/** One page of a console table and the number of rows that match across all pages (-1: not counted, as asked). */
public record TableRows<T>(List<T> rows, long total) {
}
