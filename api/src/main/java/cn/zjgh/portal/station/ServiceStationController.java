package cn.zjgh.portal.station;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.station.StationInputs.CloseServiceStationInput;
import cn.zjgh.portal.station.StationInputs.CreateServiceStationInput;
import cn.zjgh.portal.station.StationInputs.StationPayload;
import cn.zjgh.portal.station.StationInputs.UpdateServiceStationInput;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class ServiceStationController {

	private final StationDirectory directory;

	private final ServiceStations stations;

	ServiceStationController(StationDirectory directory, ServiceStations stations) {
		this.directory = directory;
		this.stations = stations;
	}

	@QueryMapping
	Connection<ServiceStation> serviceStations(@Argument @Valid GeoPoint near, @Argument Double radiusKm,
			@Argument StationService service, @Argument Boolean openNow, @Argument Long orgUnitId,
			@Argument Integer first, @Argument String after) {
		return this.directory.page(near, radiusKm, service, openNow, orgUnitId, PageRequest.of(first, after));
	}

	@QueryMapping
	ServiceStation serviceStation(@Argument long id) {
		return this.directory.find(id);
	}

	@MutationMapping
	StationPayload createServiceStation(@Argument @Valid CreateServiceStationInput input,
			@AuthenticationPrincipal Caller caller) {
		return new StationPayload(this.stations.create(caller, input));
	}

	@MutationMapping
	StationPayload updateServiceStation(@Argument @Valid UpdateServiceStationInput input,
			@AuthenticationPrincipal Caller caller) {
		return new StationPayload(this.stations.update(caller, input));
	}

	@MutationMapping
	StationPayload closeServiceStation(@Argument @Valid CloseServiceStationInput input,
			@AuthenticationPrincipal Caller caller) {
		return new StationPayload(this.stations.close(caller, input));
	}

}
