package cn.zjgh.portal.lecture;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ids a batch of rows refers to, and rows found by id. */
final class Ids {

	private Ids() {
	}

	static <T> List<Long> distinct(List<T> items, Function<T, Long> id) {
		return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
	}

	static <T> Map<Long, T> index(List<T> rows, Function<T, Long> id) {
		return rows.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
