package cn.zjgh.portal.craftsman;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;

import org.springframework.stereotype.Service;

/** The read side of craftsmen: what workers browse and what other features may know. */
@Service
public class CraftsmanDirectory {

	private final CraftsmanMapper craftsmen;

	CraftsmanDirectory(CraftsmanMapper craftsmen) {
		this.craftsmen = craftsmen;
	}

	@ReadsFromReplica
	Connection<Craftsman> page(CraftsmanFilter filter, PageRequest page) {
		String honour = (filter != null && filter.honour() != null) ? filter.honour().name() + ":" : null;
		String trade = (filter != null) ? filter.trade() : null;
		String keyword = (filter != null) ? LikePattern.containing(filter.keyword()) : null;
		Long orgUnitId = (filter != null) ? filter.orgUnitId() : null;
		return Connection.of(this.craftsmen.findPage(honour, trade, orgUnitId, keyword, page.afterKey(0),
				page.afterLong(1), page.fetchSize()), page,
				(craftsman) -> Cursor.of(craftsman.getName(), craftsman.getId()));
	}

	Craftsman find(long id) {
		return this.craftsmen.selectById(id);
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
