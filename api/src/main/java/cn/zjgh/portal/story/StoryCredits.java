package cn.zjgh.portal.story;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.craftsman.Craftsman;
import cn.zjgh.portal.craftsman.CraftsmanDirectory;
import cn.zjgh.portal.shared.Batches;

import org.springframework.stereotype.Service;

/**
 * Who a batch of stories is by and about: the author's unit and the craftsmen each one
 * (or each revision) features, each looked up once for the whole batch.
 */
@Service
class StoryCredits {

	private final OrgUnitDirectory orgUnits;

	private final CraftsmanDirectory craftsmen;

	StoryCredits(OrgUnitDirectory orgUnits, CraftsmanDirectory craftsmen) {
		this.orgUnits = orgUnits;
		this.craftsmen = craftsmen;
	}

	Map<Story, OrgUnit> authorOrgUnits(List<Story> stories) {
		return this.orgUnits.unitsOf(stories, Story::getAuthorOrgUnitId);
	}

	/**
	 * The craftsmen of each story (or revision) in its own order; unknown ids are left
	 * out.
	 */
	<T> Map<T, List<Craftsman>> craftsmen(List<T> items, Function<T, Long[]> craftsmanIds) {
		List<Long> ids = items.stream().flatMap((item) -> Arrays.stream(craftsmanIds.apply(item))).distinct().toList();
		Map<Long, Craftsman> found = this.craftsmen.findAll(ids);
		return Batches.map(items,
				(item) -> Arrays.stream(craftsmanIds.apply(item)).map(found::get).filter(Objects::nonNull).toList());
	}

}
