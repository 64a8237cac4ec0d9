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

	/**
	 * Each key with the value found under the reference it holds; keys without a
	 * reference (an event of no season, say) or whose reference was not found are left
	 * out.
	 */
	public static <K, R, V> Map<K, V> byReference(List<K> keys, Function<K, R> reference, Map<R, V> found) {
		return map(keys, (key) -> {
			R ref = reference.apply(key);
			return (ref != null) ? found.get(ref) : null;
		});
	}

}
