package cn.zjgh.portal.lecture;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** What other features may know about craftsmen. */
@Service
public class CraftsmanDirectory {

	private final CraftsmanMapper craftsmen;

	CraftsmanDirectory(CraftsmanMapper craftsmen) {
		this.craftsmen = craftsmen;
	}

	/** Craftsmen by id, for batch loading; missing ids are absent from the map. */
	public Map<Long, Craftsman> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.craftsmen.selectByIds(ids)
			.stream()
			.collect(Collectors.toMap(Craftsman::getId, Function.identity()));
	}

}
