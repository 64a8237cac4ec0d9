package cn.zjgh.portal.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of batch loaders ({@code @BatchMapping}) keyed by the objects they were asked
 * for.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * Each key with its value; keys whose value is null are left out (the field resolves
	 * to null).
	 */
	public static <K, V> Map<K, V> map(List<K> keys, Function<K, V> value) {
		Map<K, V> result = new LinkedHashMap<>();
		for (K key : keys) {
			V v = value.apply(key);
			if (v != null) {
				result.put(key, v);
			}
		}
		return result;
	}

}
