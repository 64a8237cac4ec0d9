package cn.zjgh.portal.shared;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay connection built from a keyset query that fetched
 * {@link PageRequest#fetchSize()} rows.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

	public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, Cursor> cursorOf,
			Integer totalCount) {
		boolean hasNext = rows.size() > page.size();
		List<Edge<T>> edges = rows.stream()
			.limit(page.size())
			.map((row) -> new Edge<>(cursorOf.apply(row).encode(), row))
			.toList();
		String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(hasNext, endCursor), totalCount);
	}

	public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, Cursor> cursorOf) {
		return of(rows, page, cursorOf, null);
	}

}
