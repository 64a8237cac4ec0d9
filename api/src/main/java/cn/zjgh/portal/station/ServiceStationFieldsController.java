package cn.zjgh.portal.station;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.station.StationInputs.FreeMealStatus;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class ServiceStationFieldsController {

	private final StationDirectory directory;

	ServiceStationFieldsController(StationDirectory directory) {
		this.directory = directory;
	}

	@BatchMapping(typeName = "ServiceStation")
	Map<ServiceStation, List<StationHours>> openingHours(List<ServiceStation> stations) {
		return this.directory.openingHoursOf(stations);
	}

	@BatchMapping(typeName = "ServiceStation")
	Map<ServiceStation, Boolean> openNow(List<ServiceStation> stations) {
		return this.directory.openNowOf(stations);
	}

	@BatchMapping(typeName = "ServiceStation")
	Map<ServiceStation, Boolean> reportedClosed(List<ServiceStation> stations) {
		return this.directory.reportedClosedOf(stations);
	}

	@BatchMapping(typeName = "ServiceStation")
	Map<ServiceStation, FreeMealStatus> freeMeals(List<ServiceStation> stations) {
		return this.directory.freeMealsOf(stations);
	}

	@BatchMapping(typeName = "FreeMeals")
	Map<FreeMealStatus, Boolean> claimedByMe(List<FreeMealStatus> meals, Principal principal) {
		return this.directory.claimedBy(Caller.of(principal), meals);
	}

}
