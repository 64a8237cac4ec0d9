package cn.zjgh.portal.craftsman;

import java.util.List;

import cn.zjgh.portal.shared.ImageUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the craftsman operations, as the schema names them. */
final class CraftsmanInputs {

	private CraftsmanInputs() {
	}

	record HonourAwardInput(@NotNull Honour honour, @Min(1949) @Max(2100) Integer year) {

		/** As stored: {@code CODE:year}, or the code alone when the year is unknown. */
		String stored() {
			return (this.year != null) ? this.honour.name() + ":" + this.year : this.honour.name();
		}

	}

	record CreateCraftsmanInput(@NotNull Long orgUnitId, @NotBlank @Size(max = 50) String name,
			@Size(max = 20) List<@NotNull @Valid HonourAwardInput> honours, @Size(max = 100) String enterprise,
			@Size(max = 50) String trade, @Size(max = 5000) String biography,
			@ImageUrl @Size(max = 500) String portraitUrl, @Size(max = 100) String studioName) {
	}

	/** Null leaves a field as it is; an empty string clears an optional one. */
	record UpdateCraftsmanInput(@NotNull Long id, Long orgUnitId, @Size(min = 1, max = 50) String name,
			@Size(max = 20) List<@NotNull @Valid HonourAwardInput> honours, @Size(max = 100) String enterprise,
			@Size(max = 50) String trade, @Size(max = 5000) String biography,
			@ImageUrl @Size(max = 500) String portraitUrl, @Size(max = 100) String studioName) {
	}

	record CraftsmanPayload(Craftsman craftsman) {
	}

}
